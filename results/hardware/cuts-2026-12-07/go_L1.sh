#!/bin/bash
# Session 32: the one-lane routes of 6248e8b (after the co-simulation set): fpga-small on the
# ECP5-25k, the reference and the speech contract on the ECP5-85k, seeds 1-3 each, one at a time
# (the two L = 8 routes run beside them).
B=/work/runs/delaytile-6248e8b
R=/work/main/results/hardware/status-2026-12-07/route.sh
export NEXTPNR_ECP5=/work/nextpnr-src/build/nextpnr-ecp5
cd /work/runs/s32
while ! grep -q '^done' cosim_summary.txt 2>/dev/null; do sleep 20; done
for job in "small25 ecp5-25k fpga-small.toml" "refL1 ecp5-85k reference.toml" "speechL1 ecp5-85k speech.toml"; do
  set -- $job
  s=$(date +%s)
  nice -n 2 sh $R $B /work/runs/s32/$1 $2 $3 1 "1 2 3" > $1.out 2>&1
  echo "$1 $(( $(date +%s) - s ))s" >> go_L1.times
done
