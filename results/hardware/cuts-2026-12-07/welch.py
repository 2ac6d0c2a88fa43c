#!/usr/bin/env python3
"""Welch's t-test on two lists of Fmax (MHz), by the test results/speech/final/compare.py
already carries (no SciPy).

Usage: welch.py "A1 A2 ..." "B1 B2 ..."
"""
import importlib.util
import os
import sys
from statistics import mean, stdev

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "compare", os.path.join(HERE, "../../speech/final/compare.py"))
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)

if __name__ == "__main__":
    a = [float(x) for x in sys.argv[1].split()]
    b = [float(x) for x in sys.argv[2].split()]
    t, p = compare.welch(a, b)
    print(f"A {mean(a):.2f} ± {stdev(a):.2f} (n {len(a)}), B {mean(b):.2f} ± {stdev(b):.2f} "
          f"(n {len(b)}): t {t:.2f}, p {p:.3f}")
