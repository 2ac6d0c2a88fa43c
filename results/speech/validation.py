#!/usr/bin/env python3
"""Validation (and test) accuracy at each run's selected epoch, per row of speech_table.json files.

Usage: python3 results/speech/validation.py FILE.json...   (the selection uses the VALID column)
"""
import json
import statistics as st
import sys
from collections import defaultdict

for f in sys.argv[1:]:
    d = json.load(open(f))
    print(f"{f} (wall {d['wall_time_s']:.0f} s)")
    rows = defaultdict(list)
    for r in d["runs"]:
        k = r["selected"]
        rows[(r["group"], r["variant"], r["arith"])].append(
            (r["valid_accuracy"][k], r["test_accuracy"][k], k + 1))
    for key, v in rows.items():
        va = [100 * x[0] for x in v]
        te = [100 * x[1] for x in v]
        sd = lambda a: st.stdev(a) if len(a) > 1 else 0.0
        print(f"  {' | '.join(key)}: VALID {st.mean(va):.1f} ± {sd(va):.1f} %, "
              f"test {st.mean(te):.1f} ± {sd(te):.1f} %, n = {len(v)}, "
              f"epochs {[x[2] for x in v]}")
