#!/usr/bin/env bash
# The cost of the 16-stream stochastic-rounding contract in learning quality: the same training
# runs (configs/speech.toml, 64 hidden, fixed point, 4 epochs, seeds 1-5) with the binary of the
# old contract (one sequential xorshift32 stream) and of the new one, on the speech set of
# `delaytile data synth --out DIR` (default options). Usage: compare.sh OLD_BIN NEW_BIN DATA_DIR
# Writes results/contract/runs.tsv (binary, seed, test accuracy per epoch).
set -euo pipefail
old=$1; new=$2; data=$3
out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
printf 'contract\tseed\tepoch_accuracies\n' > "$out/runs.tsv"
for seed in 1 2 3 4 5; do
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    "$bin" train --config "$out/../../configs/speech.toml" --set network.hidden=64 \
      --set init.seed=$seed --train "$data/shd_train.h5" --test "$data/shd_test.h5" \
      --model fixed --epochs 4 --out "$work/$which-$seed" > "$work/$which-$seed.log" 2>&1
    acc=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(','.join(f'{e[\"test_accuracy\"]:.4f}' for e in r['epochs']))" "$work/$which-$seed/results.json")
    printf '%s\t%s\t%s\n' "$which" "$seed" "$acc" >> "$out/runs.tsv"
  done
done
