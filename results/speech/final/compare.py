#!/usr/bin/env python3
"""Issue 15's final speech rows, gathered from the speech-table runs in this directory, with
Welch t-tests between rows that come from different runs (each run's own table already tests
the pairs inside it).

Usage: python3 results/speech/final/compare.py > results/speech/final/summary.md
"""
import json
import math
import os
import statistics as st

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    path = os.path.join(HERE, name, "speech_table.json")
    if not os.path.exists(path):
        return None
    return json.load(open(path))


def betacf(a, b, x):
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
    return h


def inc_beta(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * betacf(a, b, x) / a
    return 1.0 - front * betacf(b, a, 1 - x) / b


def welch(x, y):
    mx, my = st.mean(x), st.mean(y)
    vx, vy = st.variance(x) / len(x), st.variance(y) / len(y)
    se2 = vx + vy
    if se2 == 0:
        return (0.0, 1.0) if mx == my else (math.inf, 0.0)
    t = (mx - my) / math.sqrt(se2)
    df = se2 ** 2 / (vx ** 2 / (len(x) - 1) + vy ** 2 / (len(y) - 1))
    return t, inc_beta(df / 2, 0.5, df / (df + t * t))


def rows(search=False):
    """(label, run directory, row) for every row of every final run here (search: of the
    rate search runs, *_lr*, instead)."""
    out = []
    for name in sorted(os.listdir(HERE)):
        d = load(name)
        if d is None or ("_lr" in name) != search:
            continue
        for r in d["rows"]:
            label = f"{r['network']} | {r['learned']} | {'fixed' if r['arith'] == 'fixed' else 'float'}"
            out.append((label, name, r, d))
    return out


def main():
    all_rows = rows()
    print("# Issue 15: the final speech rows (speech contract: configs/speech.toml)\n")
    print("Each row: held-out speakers 4 and 5, each run's epoch chosen on validation speakers 10 "
          "and 11, plateau stop (patience 3, at most 20 epochs). Regenerate this file: "
          "`python3 results/speech/final/compare.py > results/speech/final/summary.md`; each run "
          "directory's speech_table.md names its command.\n")
    print("| run | network | learned | model | held-out accuracy | per seed | epochs | validation |")
    print("|---|---|---|---|---|---|---|---|")
    for label, name, r, d in all_rows:
        runs = [x for x in d["runs"] if x["group"] == r["network"] and x["variant"] == r["variant"]
                and x["arith"] == r["arith"]]
        val = [100 * x["valid_accuracy"][x["selected"]] for x in runs]
        sd = st.stdev(val) if len(val) > 1 else 0.0
        per = ", ".join(f"{100 * a:.1f}" for a in r["final_accuracy"])
        print(f"| {name} | {r['network']} | {r['learned']} | {r['arith']} | "
              f"{100 * r['mean']:.1f} ± {100 * r['std']:.1f} % | {per} | "
              f"{', '.join(map(str, r['selected_epoch']))} | {st.mean(val):.1f} ± {sd:.1f} % |")

    print("\nLearning-rate search (2 seeds each; validation only):\n")
    print("| run | network | validation (per seed) |")
    print("|---|---|---|")
    for label, name, r, d in rows(search=True):
        runs = [x for x in d["runs"] if x["group"] == r["network"] and x["variant"] == r["variant"]]
        val = [100 * x["valid_accuracy"][x["selected"]] for x in runs]
        print(f"| {name} | {r['network']} {r['learned']} | {st.mean(val):.1f} % ({', '.join(f'{v:.1f}' for v in val)}) |")

    def find(run, net_part, learned, arith):
        for label, name, r, d in all_rows:
            if name == run and net_part in r["network"] and r["learned"] == learned and r["arith"] == arith:
                return r
        return None

    pairs = [
        (("fixed_128_r12", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("float_128_r12", "recurrent, 128 hidden", "weights + both delays", "float")),
        (("fixed_128_r12", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("fixed_128_r12", "recurrent, 128 hidden", "weights, frozen random delays (both kinds)", "fixed")),
        (("fixed_128_r12", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("weights_only_128", "recurrent, 128 hidden", "weights only", "fixed")),
        (("fixed_128_r12", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("weights_only_ff_128", "feedforward, 128 hidden", "weights only", "fixed")),
        (("fixed_128", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("float_128", "recurrent, 128 hidden", "weights + both delays", "float")),
        (("fixed_128", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("fixed_128", "recurrent, 128 hidden", "weights, frozen random delays (both kinds)", "fixed")),
        (("fixed_128", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("weights_only_128", "recurrent, 128 hidden", "weights only", "fixed")),
        (("fixed_128", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("weights_only_ff_128", "feedforward, 128 hidden", "weights only", "fixed")),
        (("fixed_128", "recurrent, 128 hidden", "weights + both delays", "fixed"),
         ("weights_only_128", "as many parameters", "weights only", "fixed")),
        (("fixed_64", "recurrent, 64 hidden", "weights + both delays", "fixed"),
         ("fixed_64", "recurrent, 64 hidden", "weights, frozen random delays (both kinds)", "fixed")),
        (("hard_64", "recurrent, 64 hidden", "weights + both delays", "fixed"),
         ("hard_64", "recurrent, 64 hidden", "weights, frozen random delays (both kinds)", "fixed")),
        (("hard_64", "recurrent, 64 hidden", "weights + both delays", "fixed"),
         ("hard_64", "recurrent, 64 hidden", "weights only", "fixed")),
    ]
    print("\n| comparison | difference (points) | Welch t | p |")
    print("|---|---|---|---|")
    for a, b in pairs:
        x, y = find(*a), find(*b)
        if x is None or y is None:
            continue
        t, p = welch(x["final_accuracy"], y["final_accuracy"])
        print(f"| {a[0]}: {a[1]} {a[2]} ({a[3]}) vs {b[0]}: {b[1]} {b[2]} ({b[3]}) | "
              f"{100 * (x['mean'] - y['mean']):+.1f} ({100 * x['mean']:.1f} ± {100 * x['std']:.1f} vs "
              f"{100 * y['mean']:.1f} ± {100 * y['std']:.1f}) | {t:.2f} | {p:.3f} |")


if __name__ == "__main__":
    main()
