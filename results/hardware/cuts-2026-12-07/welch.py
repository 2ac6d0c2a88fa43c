#!/usr/bin/env python3
"""Welch's t-test on two lists of Fmax (MHz), without SciPy: the two-sided p from Student's t
with Welch-Satterthwaite degrees of freedom (the regularised incomplete beta by its continued
fraction, Numerical Recipes' betacf).

Usage: welch.py "A1 A2 ..." "B1 B2 ..."
"""
import math
import sys
from statistics import mean, stdev


def betacf(a, b, x):
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / d if abs(d) > 1e-300 else 1e300
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / d if abs(d) > 1e-300 else 1e300
        c = 1 + aa / c if abs(c) > 1e-300 else 1e300
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / d if abs(d) > 1e-300 else 1e300
        c = 1 + aa / c if abs(c) > 1e-300 else 1e300
        de = d * c
        h *= de
        if abs(de - 1) < 1e-12:
            break
    return h


def betai(a, b, x):
    if x <= 0 or x >= 1:
        return 0.0 if x <= 0 else 1.0
    bt = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                  + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return bt * betacf(a, b, x) / a
    return 1 - bt * betacf(b, a, 1 - x) / b


def welch(a, b):
    va, vb = stdev(a) ** 2 / len(a), stdev(b) ** 2 / len(b)
    t = (mean(a) - mean(b)) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return t, df, betai(df / 2, 0.5, df / (df + t * t))


if __name__ == "__main__":
    a = [float(x) for x in sys.argv[1].split()]
    b = [float(x) for x in sys.argv[2].split()]
    t, df, p = welch(a, b)
    print(f"A {mean(a):.2f} ± {stdev(a):.2f} (n {len(a)}), B {mean(b):.2f} ± {stdev(b):.2f} "
          f"(n {len(b)}): t {t:.2f}, df {df:.1f}, p {p:.3f}")
