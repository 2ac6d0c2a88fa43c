#!/usr/bin/env python3
"""Endpoint census of a nextpnr run: how many timing endpoints, in how many register or memory
families, lie on paths slower than a threshold (ns). Input: the file a nextpnr-ecp5 built with
`nextpnr-endpoints.patch` writes when run with NEXTPNR_ENDPOINTS=FILE (one line per endpoint:
path delay in ps, cell, cell type, port, net and, since session 33, the path's start, `starts.py`;
written after placement and again after routing, the second half is the routed design's).

Usage: census.py ENDPOINTS [THRESHOLD_NS [TOP]]
"""
import collections
import re
import sys


def family(cell, typ, port):
    """The register or memory an endpoint belongs to, bits and lane indices folded."""
    n = cell
    if typ == "TRELLIS_FF":
        n = re.sub(r"_TRELLIS_FF_Q(_\d+)?$", "", n)
        n = re.sub(r"_LUT4.*|_PFUMX.*|_CCU2C.*|_DOB\d+|_DOA\d+|_DIA\d+|_DIB\d+", "", n)
    elif typ == "DP16KD":
        n = re.sub(r"\.mem\.\d+\.\d+$", ".mem", n) + ":" + re.sub(r"\d+$", "", port)
    elif typ == "TRELLIS_COMB":
        n = re.sub(r"\.mem\.\d+\.\d+.*$", ".mem", n) + ":" + re.sub(r"\d+$", "", port)
    elif typ == "MULT18X18D":
        n = n + ":" + re.sub(r"\d+$", "", port)
    return f"{typ[:8]}:{fold(n)}"


def fold(n):
    """A cell name's lane and bit indices folded, its register's read suffixes dropped."""
    n = re.sub(r"\$\d+\$", "$N$", n)
    n = re.sub(r"\$\d+\.", "$N.", n)
    n = re.sub(r"\$\d+$", "$N", n)
    n = re.sub(r"_n\$x$", "", n)
    n = re.sub(r"\$q$", "", n)
    return re.sub(r"\.q$", "", n)


def main():
    lines = [l for l in open(sys.argv[1]).read().split("\n") if l]
    routed = lines[len(lines) // 2:]
    thr = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    fam = collections.defaultdict(list)
    for l in routed:
        d, cell, typ, port, _net = l.split(" ", 4)
        fam[family(cell, typ, port)].append(int(d) / 1000)
    over = [(k, v) for k, v in fam.items() if max(v) > thr]
    n_over = sum(sum(1 for x in v if x > thr) for v in fam.values())
    print(f"endpoints {len(routed)}; over {thr} ns: {n_over} in {len(over)} families (of {len(fam)})")
    for k, v in sorted(over, key=lambda kv: -max(kv[1]))[:top]:
        print(f"{max(v):6.2f}  {sum(1 for x in v if x > thr):5d}/{len(v):5d}  {k[:100]}")


if __name__ == "__main__":
    main()
