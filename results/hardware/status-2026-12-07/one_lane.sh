#!/bin/sh
# The speech contract and the reference with the learning unit at one lane on the ECP5-85k:
# synthesis, then the native nextpnr-ecp5 (with the endpoint patch) on seeds 1-3, one at a time.
# Usage: one_lane.sh DELAYTILE_BINARY OUT_DIR   (NEXTPNR_ECP5: the native nextpnr-ecp5)
set -e
B=$(realpath "$1"); OUT=$2
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
for cfg in speech reference; do
  "$B" synth --target ecp5-85k --config "$ROOT/configs/$cfg.toml" --no-pnr --out $cfg > synth_$cfg.log 2>&1
  cp "$ROOT/constraints/ulx3s.lpf" $cfg/
  for seed in 1 2 3; do
    (cd $cfg && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 \
       --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
       > route_s$seed.log 2>&1)
    echo "$cfg seed $seed: $(grep 'Max frequency' $cfg/route_s$seed.log | tail -1)"
  done
done
