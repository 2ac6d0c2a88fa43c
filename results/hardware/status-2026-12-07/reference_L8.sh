#!/bin/sh
set -e
cd /work/runs/head53
B=/work/runs/delaytile-53df916; ROOT=/work/main
NP=/work/nextpnr-src/build/nextpnr-ecp5
date > t_synth_start
"$B" synth --target ecp5-85k --config "$ROOT/configs/reference.toml" --set hardware.lanes=8 --no-pnr --out L8 > synth.log 2>&1
date > t_synth_end
cp "$ROOT/constraints/ulx3s.lpf" L8/
for seed in $SEEDS; do
  (cd L8 && date > t_s$seed && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 \
     --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
     > route_s$seed.log 2>&1; date >> t_s$seed) &
done
wait
