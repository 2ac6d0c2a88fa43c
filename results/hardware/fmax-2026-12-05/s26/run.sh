#!/bin/sh
# Session 26's measurements (results/hardware/fmax_2026-12-05.md, "Session 26").
# Needs a native nextpnr-ecp5 (session 19: DELAYTILE_NEXTPNR_ECP5) and the held-out speech clips.
# The censuses (census_*.txt) need that nextpnr built with ../census/nextpnr-endpoints.patch and
# NEXTPNR_ENDPOINTS=FILE set for a run; FILE holds the placed then the routed endpoints, and
# `python3 ../census/census_all.py ROUTED_HALF THRESHOLD_NS TOP` lists the families.
# Usage: run.sh DELAYTILE_BINARY OUT_DIR SHD_TEST.h5   (hours on 2 cores; run one part at a time)
set -e
B=$(realpath "$1"); OUT=$2; DATA=$(realpath "$3"); ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
NP=${DELAYTILE_NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
# The learning reference at L = 8: synthesis once, then the flow's nextpnr command per seed.
"$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=8 --no-pnr --out L8
cp "$ROOT/constraints/ulx3s.lpf" L8/
for seed in 1 2 3 4 5; do
  (cd L8 && "$NP" --85k --package CABGA381 --speed 6 --json synth.json --lpf ulx3s.lpf \
     --timing-allow-fail --seed $seed --report route_s$seed.json > route_s$seed.log 2>&1)
  grep 'Max frequency' L8/route_s$seed.log | tail -1
done
# The inference-only reference (no learning unit) at L = 8 and 16, five seeds each (the flow).
for L in 8 16; do
  "$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=$L \
    --set hardware.learning_unit=false --seeds 5 --out inf$L
done
# Cycles on the 260 held-out clips at a clock (here the L = 8 learning tile's mean).
"$B" report --config "$ROOT/configs/reference.toml" --set hardware.lanes=8 --data "$DATA" --clock-mhz 47.0
for L in 8 16; do
  "$B" report --config "$ROOT/configs/reference.toml" --set hardware.lanes=$L \
    --set hardware.learning_unit=false --data "$DATA" --clock-mhz 50
done
