"""Reads a NIR file with the reference `nir` package (nir.read, type checks on) and prints its
graph as JSON: {"nodes": {name: {"type": ..., field: {"shape": [...], "bits": [...]}}},
"edges": [[from, to], ...]}. Values as the bits of their float64 (exact through JSON). Used by the tests to check what
delaytile writes.

usage: python dump.py FILE.nir
"""

import json
import sys

import nir
import numpy as np


def main():
    g = nir.read(sys.argv[1])
    nodes = {}
    for name, node in g.nodes.items():
        d = {"type": type(node).__name__}
        for field, v in node.to_dict().items():
            if isinstance(v, np.ndarray):
                d[field] = {"shape": list(v.shape), "bits": v.astype(np.float64).ravel().view(np.uint64).tolist()}
        nodes[name] = d
    print(json.dumps({"nodes": nodes, "edges": [list(e) for e in g.edges]}))


if __name__ == "__main__":
    main()
