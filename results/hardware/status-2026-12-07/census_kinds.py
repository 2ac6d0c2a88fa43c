#!/usr/bin/env python3
"""The endpoint census (../fmax-2026-12-05/census/census.py) folded once more, by the kind of
endpoint: block-RAM address, block-RAM data or enable, LUT-RAM write port, register. It says
what kind of pipeline stage the paths over a period need.

Usage: census_kinds.py ENDPOINTS THRESHOLD_NS
"""
import collections
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "census", os.path.join(HERE, "../fmax-2026-12-05/census/census.py"))
census = importlib.util.module_from_spec(spec)
spec.loader.exec_module(census)


def kind(family):
    typ, name = family.split(":", 1)
    if typ.startswith("DP16KD"):
        port = name.rsplit(":", 1)[1]
        return "block-RAM address" if port.startswith("AD") else "block-RAM data/enable"
    if ".mem:" in name:
        return "LUT-RAM write port"
    return "register"


def main():
    lines = [l for l in open(sys.argv[1]).read().split("\n") if l]
    routed = lines[len(lines) // 2:]
    thr = float(sys.argv[2])
    fam = collections.defaultdict(list)
    for l in routed:
        d, cell, typ, port, _net = l.split(" ", 4)
        fam[census.family(cell, typ, port)].append(int(d) / 1000)
    kinds = collections.defaultdict(lambda: [0, 0])
    for f, delays in fam.items():
        n = sum(1 for x in delays if x > thr)
        if n:
            kinds[kind(f)][0] += 1
            kinds[kind(f)][1] += n
    over = sum(k[1] for k in kinds.values())
    families = sum(k[0] for k in kinds.values())
    print(f"{len(routed)} endpoints; over {thr} ns: {over} in {families} families")
    for k, (f, n) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
        print(f"  {k:24s} {f:4d} families {n:6d} endpoints")


main()
