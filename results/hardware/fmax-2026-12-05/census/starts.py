#!/usr/bin/env python3
"""Where a family's slow paths start: for the routed endpoints whose family (census.py's) contains
PATTERN and whose path is over THRESHOLD_NS, the start points (the last column the patched
nextpnr writes since session 33: cell:port of the worst path's source), folded as census.py folds
registers (bits and lane indices), with the count and the worst delay of each.

Usage: starts.py ENDPOINTS PATTERN [THRESHOLD_NS]
"""
import collections
import re
import sys

from census import family, fold


def start_family(start):
    """A start point folded as census.py folds families (the cell's type is not recorded)."""
    cell, _, port = start.rpartition(":")
    cell = re.sub(r"_TRELLIS_FF_Q(_\d+)?$", "", cell)
    cell = re.sub(r"\.mem\.\d+\.\d+$", ".mem", cell)
    return f"{fold(cell)}:{re.sub(r'[0-9]+$', '', port)}"


def main():
    lines = [l for l in open(sys.argv[1]).read().split("\n") if l]
    routed = lines[len(lines) // 2:]
    pattern = sys.argv[2]
    thr = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    starts = collections.defaultdict(list)
    for l in routed:
        fields = l.split(" ")
        if len(fields) < 6:
            sys.exit(f"{sys.argv[1]}: no start column (a nextpnr built before session 33's patch)")
        d, cell, typ, port, start = int(fields[0]) / 1000, fields[1], fields[2], fields[3], fields[-1]
        if pattern in family(cell, typ, port) and d > thr:
            starts[start_family(start)].append(d)
    total = sum(len(v) for v in starts.values())
    print(f"{total} endpoints over {thr} ns in families containing {pattern!r}; their starts:")
    for k, v in sorted(starts.items(), key=lambda kv: -max(kv[1])):
        print(f"{max(v):6.2f}  {len(v):5d}  {k[:110]}")


if __name__ == "__main__":
    main()
