#!/bin/sh
# fpga-small with the learning unit on the ECP5-25k: synthesis, then the native nextpnr-ecp5 (with
# the endpoint patch) on seeds 1-3.
# Usage: small25.sh DELAYTILE_BINARY OUT_DIR   (NEXTPNR_ECP5: the native nextpnr-ecp5)
set -e
B=$(realpath "$1"); OUT=$2
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
"$B" synth --target ecp5-25k --config "$ROOT/configs/fpga-small.toml" --no-pnr --out s > synth.log 2>&1
cp "$ROOT/constraints/ulx3s.lpf" s/
for seed in 1 2 3; do
  (cd s && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --25k --package CABGA381 --speed 6 \
     --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
     > route_s$seed.log 2>&1)
  echo "seed $seed: $(grep 'Max frequency' s/route_s$seed.log | tail -1)"
done
