#!/bin/sh
# One-lane builds at HEAD (53df916): speech.toml and reference.toml with the learning unit on the ECP5-85k, seeds 1-3.
cd /work/runs/l1head
B=/work/runs/delaytile-53df916; ROOT=/work/main
NP=/work/nextpnr-src/build/nextpnr-ecp5
for cfg in speech reference; do
  date > t_${cfg}_synth
  "$B" synth --target ecp5-85k --config "$ROOT/configs/$cfg.toml" --no-pnr --out $cfg > synth_$cfg.log 2>&1
  date >> t_${cfg}_synth
  cp "$ROOT/constraints/ulx3s.lpf" $cfg/
  for seed in 1 2 3; do
    (cd $cfg && date > t_s$seed && NEXTPNR_ENDPOINTS=$PWD/endpoints_s$seed.txt "$NP" --85k --package CABGA381 --speed 6 \
       --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed $seed --report route_s$seed.json \
       > route_s$seed.log 2>&1; date >> t_s$seed)
    echo "$cfg seed $seed: $(grep 'Max frequency' $cfg/route_s$seed.log | tail -1)"
  done
done
