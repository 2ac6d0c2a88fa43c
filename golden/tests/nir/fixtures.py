"""Writes the NIR fixtures of golden/tests/nir_import.rs with the reference `nir` package.

usage: python fixtures.py OUT_DIR

Every graph uses dt = 1 ms (the tests' data.dt_ms = 1) and D = 16. Supported shapes first, then
one file per case the tile refuses; the Rust test knows which is which by name.
"""

import sys
from pathlib import Path

import nir
import numpy as np

DT = 1e-3
N_IN, N_H, N_OUT = 6, 5, 3
rng = np.random.default_rng(18)


def lif(n=N_H, alpha=0.9, thr=None, r=None, **over):
    """snnTorch-style LIF: tau = dt / (1 - alpha), r = tau / dt, threshold 1."""
    tau = np.full(n, DT / (1 - alpha))
    p = dict(
        tau=tau,
        r=tau / DT if r is None else r,
        v_leak=np.zeros(n),
        v_threshold=np.ones(n) if thr is None else thr,
        v_reset=np.zeros(n),
    )
    p.update(over)
    return nir.LIF(**p)


def li(n=N_OUT, kappa=0.8, **over):
    tau = np.full(n, DT / (1 - kappa))
    p = dict(tau=tau, r=tau / DT, v_leak=np.zeros(n))
    p.update(over)
    return nir.LI(**p)


def w(rows, cols, scale=0.7):
    return rng.normal(0.0, scale, (rows, cols))


def graph(nodes, edges):
    return nir.NIRGraph(nodes=nodes, edges=edges, type_check=False)


def head(extra_nodes, extra_edges, hidden=None, readout=None):
    """Input, LIF, readout, LI, Output plus the given weight branches."""
    nodes = {
        "input": nir.Input(input_type=np.array([N_IN])),
        "lif": hidden if hidden is not None else lif(),
        "readout": readout if readout is not None else nir.Linear(weight=w(N_OUT, N_H, 0.5)),
        "li": li(),
        "output": nir.Output(output_type=np.array([N_OUT])),
    }
    nodes.update(extra_nodes)
    edges = [("lif", "readout"), ("readout", "li"), ("li", "output")] + extra_edges
    return graph(nodes, edges)


def masks(parts, shape):
    """A random partition of the synapses into `parts` disjoint masks."""
    owner = rng.integers(0, parts, shape)
    return [(owner == k).astype(float) for k in range(parts)]


def supported():
    g = {}
    # float32 parameters and metadata, as snnTorch writes them.
    f32 = lambda a: a.astype(np.float32)  # noqa: E731
    hidden = lif()
    for field in ("tau", "r", "v_leak", "v_threshold", "v_reset"):
        setattr(hidden, field, f32(getattr(hidden, field)))
    g["feedforward"] = head(
        {"w_in": nir.Linear(weight=f32(w(N_H, N_IN)), metadata={"framework": "snntorch-like"})},
        [("input", "w_in"), ("w_in", "lif")],
        hidden=hidden,
        readout=nir.Linear(weight=f32(w(N_OUT, N_H, 0.5))),
    )
    # Norse-style parameters: r = 1, thresholds per neuron, an Affine readout with biases.
    thr = np.linspace(0.05, 0.1, N_H)
    gain = DT / 0.02
    g["recurrent"] = head(
        {
            "w_in": nir.Linear(weight=w(N_H, N_IN) * thr[:, None] / gain),
            "w_rec": nir.Linear(weight=w(N_H, N_H, 0.4) * thr[:, None] / gain),
        },
        [("input", "w_in"), ("w_in", "lif"), ("lif", "w_rec"), ("w_rec", "lif")],
        hidden=lif(tau=np.full(N_H, 0.02), r=np.ones(N_H), thr=thr),
        readout=nir.Affine(weight=w(N_OUT, N_H, 0.5), bias=rng.normal(0, 0.05, N_OUT)),
    )
    g["axonal"] = head(
        {
            "in_delay": nir.Delay(delay=rng.integers(0, 8, N_IN) * DT),
            "w_in": nir.Linear(weight=w(N_H, N_IN)),
            "rec_delay": nir.Delay(delay=rng.integers(0, 8, N_H) * DT),
            "w_rec": nir.Linear(weight=w(N_H, N_H, 0.4)),
        },
        [("input", "in_delay"), ("in_delay", "w_in"), ("w_in", "lif"),
         ("lif", "rec_delay"), ("rec_delay", "w_rec"), ("w_rec", "lif")],
    )
    m = masks(3, (N_H, N_IN))
    W = w(N_H, N_IN)
    g["synaptic"] = head(
        {
            "w0": nir.Linear(weight=W * m[0]),
            "d2": nir.Delay(delay=np.full(N_IN, 2 * DT)),
            "w2": nir.Linear(weight=W * m[1]),
            "d5": nir.Delay(delay=np.full(N_IN, 5 * DT)),
            "w5": nir.Linear(weight=W * m[2]),
        },
        [("input", "w0"), ("w0", "lif"), ("input", "d2"), ("d2", "w2"), ("w2", "lif"),
         ("input", "d5"), ("d5", "w5"), ("w5", "lif")],
    )
    m = masks(2, (N_H, N_IN))
    W = w(N_H, N_IN)
    g["both"] = head(
        {
            "axon": nir.Delay(delay=rng.integers(0, 4, N_IN) * DT),
            "w0": nir.Linear(weight=W * m[0]),
            "d3": nir.Delay(delay=np.full(N_IN, 3 * DT)),
            "w3": nir.Linear(weight=W * m[1]),
            "rec_axon": nir.Delay(delay=rng.integers(0, 4, N_H) * DT),
            "w_rec": nir.Linear(weight=w(N_H, N_H, 0.4)),
        },
        [("input", "axon"), ("axon", "w0"), ("w0", "lif"), ("axon", "d3"), ("d3", "w3"),
         ("w3", "lif"), ("lif", "rec_axon"), ("rec_axon", "w_rec"), ("w_rec", "lif")],
    )
    return g


def refused():
    ff = [("input", "w_in"), ("w_in", "lif")]
    w_in = lambda: {"w_in": nir.Linear(weight=w(N_H, N_IN))}  # noqa: E731
    g = {}
    tau = np.full(N_H, 0.01)
    g["cubalif"] = head(w_in(), ff, hidden=nir.CubaLIF(
        tau_syn=tau, tau_mem=tau, r=np.ones(N_H), v_leak=np.zeros(N_H),
        v_threshold=np.ones(N_H), v_reset=np.zeros(N_H)))
    g["v_leak"] = head(w_in(), ff, hidden=lif(v_leak=np.array([0, 0, 0.1, 0, 0])))
    g["v_reset"] = head(w_in(), ff, hidden=lif(v_reset=np.full(N_H, -0.2)))
    g["tau_mixed"] = head(w_in(), ff, hidden=lif(tau=np.array([0.01, 0.01, 0.01, 0.02, 0.01])))
    g["short_tau"] = head(w_in(), ff, hidden=lif(tau=np.full(N_H, 0.5 * DT)))
    g["li_v_leak"] = head(w_in(), ff)
    g["li_v_leak"].nodes["li"] = li(v_leak=np.full(N_OUT, 0.3))
    g["hidden_bias"] = head({"w_in": nir.Affine(weight=w(N_H, N_IN), bias=np.full(N_H, 0.2))}, ff)
    g["two_hidden"] = head(
        {"w_in": nir.Linear(weight=w(N_H, N_IN)), "w_12": nir.Linear(weight=w(N_H, N_H)), "lif2": lif()},
        [("input", "w_in"), ("w_in", "lif2"), ("lif2", "w_12"), ("w_12", "lif")],
    )
    g["scale"] = head({**w_in(), "scale": nir.Scale(scale=np.full(N_OUT, 2.0))}, ff)
    g["scale"].edges = [("input", "w_in"), ("w_in", "lif"), ("lif", "readout"), ("readout", "scale"),
                        ("scale", "li"), ("li", "output")]
    g["delay_too_long"] = head(
        {"d": nir.Delay(delay=np.array([0, 0, 20 * DT, 0, 0, 0])), **w_in()},
        [("input", "d"), ("d", "w_in"), ("w_in", "lif")],
    )
    W = w(N_H, N_IN)
    g["overlap"] = head(
        {"w_a": nir.Linear(weight=W), "d": nir.Delay(delay=np.full(N_IN, 2 * DT)), "w_b": nir.Linear(weight=W)},
        [("input", "w_a"), ("w_a", "lif"), ("input", "d"), ("d", "w_b"), ("w_b", "lif")],
    )
    g["no_readout"] = graph(
        {"input": nir.Input(input_type=np.array([N_IN])), **w_in(), "lif": lif(),
         "output": nir.Output(output_type=np.array([N_H]))},
        [("input", "w_in"), ("w_in", "lif"), ("lif", "output")],
    )
    g["readout_delay"] = head({**w_in(), "rd": nir.Delay(delay=np.full(N_H, 2 * DT))}, ff)
    g["readout_delay"].edges = [("input", "w_in"), ("w_in", "lif"), ("lif", "rd"), ("rd", "readout"),
                                ("readout", "li"), ("li", "output")]
    return g


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for kind, graphs in (("ok", supported()), ("refused", refused())):
        for name, g in graphs.items():
            nir.write(out / f"{kind}_{name}.nir", g)


if __name__ == "__main__":
    main()
