#!/bin/sh
# The placer's timing knobs on one netlist (session 37): route.sh's command on an existing
# build's synth.json with extra nextpnr options, seeds given. Usage:
#   knobs.sh BUILD_DIR OUT_DIR "SEEDS" NEXTPNR_OPTIONS...
#   (NEXTPNR_ECP5: the native nextpnr-ecp5). The runs: BUILD = route.sh's build/ at 45eade4,
#   "--placer-heap-timingweight 30" and "--placer-heap-critexp 4", seeds 1-3.
set -e
B=$(realpath "$1"); OUT=$2; SEEDS=$3; shift 3
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT"
for seed in $SEEDS; do
  NEXTPNR_ENDPOINTS=$(realpath "$OUT")/endpoints_s$seed.txt "$NP" --25k --package CABGA381 \
    --speed 6 --json "$B/synth.json" --lpf "$B/ulx3s.lpf" --timing-allow-fail --seed "$seed" \
    --report "$OUT/route_s$seed.json" "$@" > "$OUT/route_s$seed.log" 2>&1
done
grep 'Max frequency' "$OUT"/route_s*.log
