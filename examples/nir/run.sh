#!/usr/bin/env bash
# The NIR worked example (examples/nir/README.md), one seed end to end. Needs the speech set in
# WORK_DIR/speech (`delaytile data synth --out WORK_DIR/speech`, a few minutes), the nir venv of
# scripts/setup, and for step 1 a venv with torch ($TORCH_VENV; not installed by setup or CI:
# without it the shipped speech_bptt.nir is used, which is what CI's sim/tests/nir_cosim.rs runs).
#
# usage: examples/nir/run.sh WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$1"
dt="${DELAYTILE:-cargo run --manifest-path $here/../../Cargo.toml --release --}"
. "$(dirname "$0")/../../scripts/venvs.env"
py="${DELAYTILE_NIR_VENV:-$HOME/$DELAYTILE_NIR_VENV_HOME_REL}/bin/python"
torch_venv="${TORCH_VENV:-$HOME/.local/share/delaytile/torch-venv}"

# The held-out test speakers (4, 5) for the tile's commands, which read whole files.
"$py" "$here/split.py" speech/shd_test.h5 --speakers 4,5 --out speech/test_heldout.h5

# 1. Offline: surrogate-gradient BPTT in PyTorch (epoch kept on validation speaker 0), to NIR.
if [ -x "$torch_venv/bin/python" ]; then
  nice -n 19 "$torch_venv/bin/python" "$here/train_bptt.py" --train speech/shd_train.h5 \
    --test speech/shd_test.h5 --out speech_bptt.nir --results bptt.json
else
  echo "no torch venv at $torch_venv: using the shipped speech_bptt.nir" >&2
  cp "$here/speech_bptt.nir" speech_bptt.nir
fi
# 2. Import onto the speech configuration (widths, D, 10 ms steps).
$dt nir import speech_bptt.nir --config "$here/../../configs/speech.toml" --out imported
# 3. Fixed-point accuracy of the golden model on the held-out speakers.
$dt eval --params imported/params.dtp --data speech/test_heldout.h5 --out imported/eval.json
# 4. RTL co-simulation of 20 held-out clips against the golden model.
$dt cosim --config imported/config.toml --data speech/test_heldout.h5 \
  --params imported/params.dtp --samples 20 --out cosim
# 5. One epoch of on-chip fine-tuning (rates chosen on the validation speaker, README.md).
$dt train --config imported/config.toml --set learning.lr_w_log2=-19 --set learning.lr_u_log2=-16 \
  --init imported/params.dtp --train speech/shd_train.h5 --test speech/test_heldout.h5 \
  --epochs 1 --out finetuned
# 6. The fine-tuned network back to NIR, read by the reference package.
$dt nir export --params finetuned/params.dtp --out finetuned.nir
"$py" -c "import nir, sys; g = nir.read(sys.argv[1]); print('nir.read:', sorted(g.nodes))" finetuned.nir
