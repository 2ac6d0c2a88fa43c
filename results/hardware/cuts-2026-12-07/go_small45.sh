#!/bin/bash
# Seeds 4 and 5 for fpga-small on the ECP5-25k, at 53df916 (session 31's synth.json) and at
# 6248e8b (this session's), so that the two compare over 5 seeds each.
NP=/work/nextpnr-src/build/nextpnr-ecp5
for dir in /work/runs/small25/head/s /work/runs/s32/small25/build; do
  for seed in 4 5; do
    (cd $dir && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt nice -n 2 $NP --25k --package CABGA381 --speed 6 \
       --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json > route_s$seed.log 2>&1)
    echo "$dir seed $seed: $(grep "Max frequency for clock '\$glbnet" $dir/route_s$seed.log | tail -1)" >> /work/runs/s32/small45.txt
  done
done
