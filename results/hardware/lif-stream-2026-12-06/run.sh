#!/bin/sh
# Session 29's measurement (results/hardware/lif_stream_2026-12-06.md): the learning reference at
# L = 8 with the LIF stream, synthesis then the flow's nextpnr command for seeds 1-5 (router1),
# and the cycle model on the 260 held-out speech clips at the measured clock.
# Needs a native nextpnr-ecp5 (results/hardware/fmax_2026-12-05.md "Session 19";
# DELAYTILE_NEXTPNR_ECP5) built with ../fmax-2026-12-05/census/nextpnr-endpoints.patch for the
# census, and the held-out speech clips (`delaytile data synth`).
# Usage: run.sh DELAYTILE_BINARY OUT_DIR SHD_TEST.h5 [SEEDS]
set -e
B=$(realpath "$1"); OUT=$2; DATA=$(realpath "$3"); SEEDS=${4:-"1 2 3 4 5"}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NP=${DELAYTILE_NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
"$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=8 --no-pnr --out L8
cp "$ROOT/constraints/ulx3s.lpf" L8/
for seed in $SEEDS; do
  (cd L8 && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 \
     --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
     > route_s$seed.log 2>&1)
  grep 'Max frequency' L8/route_s$seed.log | tail -1
done
# Cycles per sample (inference: the event pass; learning: the tap pass) on the held-out clips:
for L in 1 2 4 8 16; do
  "$B" report --config "$ROOT/configs/reference.toml" --set hardware.lanes=$L --data "$DATA"
  "$B" report --config "$ROOT/configs/reference.toml" --set hardware.lanes=$L \
    --set hardware.event_pass=false --data "$DATA"
done
