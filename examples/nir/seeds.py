"""The worked example over seeds: for each seed, BPTT in PyTorch (train_bptt.py) -> NIR ->
`delaytile nir import` -> fixed-point accuracy (`eval`) -> one epoch of on-chip fine-tuning
(`train --init`, the rates chosen on the validation speaker, see README.md) -> accuracy; all on
the held-out test speakers. Writes results.json with every run, mean, sd and paired t-tests.

usage: python seeds.py WORK_DIR --seeds 1,2,3,4,5 --delaytile PATH
(WORK_DIR/speech holds shd_train.h5 and test_heldout.h5; needs torch, scipy, nir)
"""

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
from scipy import stats

HERE = Path(__file__).resolve().parent
# Chosen on the validation speaker (speaker 0 held out of the training file), seed 1: README.md.
FINETUNE = ["--set", "learning.lr_w_log2=-19", "--set", "learning.lr_u_log2=-16"]


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return out.stdout + out.stderr


def accuracy(text):
    return float(re.findall(r"(?:accuracy:|final test accuracy:) ([0-9.]+)", text)[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--delaytile", required=True)
    a = ap.parse_args()
    work, dt = Path(a.work), a.delaytile
    speech = work / "speech"
    rows = []
    for seed in [int(s) for s in a.seeds.split(",")]:
        d = work / f"seed{seed}"
        d.mkdir(exist_ok=True)
        nir_file = d / "speech_bptt.nir"
        run([sys.executable, str(HERE / "train_bptt.py"), "--train", str(speech / "shd_train.h5"),
             "--test", str(speech / "shd_test.h5"), "--out", str(nir_file), "--results",
             str(d / "bptt.json"), "--seed", str(seed)])
        float_acc = json.load(open(d / "bptt.json"))["float_test_accuracy"]
        run([dt, "nir", "import", str(nir_file), "--config", str(HERE / "../../configs/speech.toml"),
             "--out", str(d / "imported")])
        fixed = accuracy(run([dt, "eval", "--params", str(d / "imported/params.dtp"), "--data",
                              str(speech / "test_heldout.h5")]))
        tuned = accuracy(run([dt, "train", "--config", str(d / "imported/config.toml"), *FINETUNE,
                              "--init", str(d / "imported/params.dtp"), "--train",
                              str(speech / "shd_train.h5"), "--test", str(speech / "test_heldout.h5"),
                              "--epochs", "1", "--out", str(d / "finetuned")]))
        rows.append({"seed": seed, "float": float_acc, "fixed": fixed, "finetuned": tuned})
        print(rows[-1], flush=True)
    col = {k: np.array([r[k] for r in rows]) for k in ("float", "fixed", "finetuned")}
    summary = {k: {"mean": float(v.mean()), "sd": float(v.std(ddof=1))} for k, v in col.items()}
    tests = {
        "fixed_vs_float": float(stats.ttest_rel(col["fixed"], col["float"]).pvalue),
        "finetuned_vs_fixed": float(stats.ttest_rel(col["finetuned"], col["fixed"]).pvalue),
    }
    json.dump({"runs": rows, "summary": summary, "paired_t_test_p": tests}, open(work / "results.json", "w"), indent=1)
    print(json.dumps({"summary": summary, "paired_t_test_p": tests}, indent=1))


if __name__ == "__main__":
    main()
