#!/bin/sh
# The reference with the learning unit at L = 8 on the ECP5-85k: synthesis, then the native
# nextpnr-ecp5 (built with ../fmax-2026-12-05/census/nextpnr-endpoints.patch) on the seeds side by
# side, each writing its endpoint census.
# Usage: reference_L8.sh DELAYTILE_BINARY OUT_DIR [SEEDS [CONFIG]]   (NEXTPNR_ECP5: the native
# nextpnr-ecp5; CONFIG: a file in configs/, default reference.toml; the speech contract:
# reference_L8.sh B OUT 1 speech.toml)
set -e
B=$(realpath "$1"); OUT=$2; SEEDS=${3:-"1 2"}; CONFIG=${4:-reference.toml}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
"$B" synth --target ecp5-85k --config "$ROOT/configs/$CONFIG" --set hardware.lanes=8 --no-pnr --out L8 > synth.log 2>&1
cp "$ROOT/constraints/ulx3s.lpf" L8/
for seed in $SEEDS; do
  (cd L8 && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 \
     --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
     > route_s$seed.log 2>&1) &
done
wait
grep 'Max frequency' L8/route_s*.log
