#!/bin/sh
# Session 31's builds: synthesis with `delaytile synth --no-pnr`, then the native nextpnr-ecp5
# (built with ../fmax-2026-12-05/census/nextpnr-endpoints.patch, so each seed writes its endpoint
# census) on the given seeds, one after another or side by side.
# Usage: route.sh DELAYTILE_BINARY OUT_DIR TARGET CONFIG LANES "SEEDS" [parallel]
#   (NEXTPNR_ECP5: the native nextpnr-ecp5; CONFIG: a file in configs/). The runs:
#   route.sh B OUT ecp5-85k reference.toml 8 "1 2" parallel
#   route.sh B OUT ecp5-85k speech.toml 8 1
#   route.sh B OUT ecp5-85k reference.toml 1 "1 2 3";  route.sh B OUT ecp5-85k speech.toml 1 "1 2 3"
#   route.sh B OUT ecp5-25k fpga-small.toml 1 "1 2 3"
set -e
B=$(realpath "$1"); OUT=$2; TARGET=$3; CONFIG=$4; LANES=$5; SEEDS=$6; MODE=${7:-serial}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
DEVICE=--${TARGET#ecp5-}
mkdir -p "$OUT" && cd "$OUT"
"$B" synth --target "$TARGET" --config "$ROOT/configs/$CONFIG" --set hardware.lanes="$LANES" \
  --no-pnr --out build > synth.log 2>&1
cp "$ROOT/constraints/ulx3s.lpf" build/
route() {
  (cd build && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$1.txt "$NP" "$DEVICE" --package CABGA381 \
     --speed 6 --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed "$1" \
     --report route_s$1.json > route_s$1.log 2>&1)
}
for seed in $SEEDS; do
  if [ "$MODE" = parallel ]; then route "$seed" & else route "$seed"; fi
done
wait
grep 'Max frequency' build/route_s*.log
