"""Offline training for the NIR worked example (examples/nir/README.md): a recurrent LIF
network trained by plain surrogate-gradient BPTT in PyTorch (CPU) on the SHD-format speech set,
exported to NIR with the reference `nir` package.

The network is the tile's, in floating point: 140 inputs -> 64 recurrent LIF (alpha = 0.95,
threshold 1, reset to zero, recurrent spikes one step late) -> 20 leaky-integrator outputs
(kappa = 0.9), decision = argmax of the readout summed over the sample; weights are clipped to the
tile's weight range [-2, 2) after every update. Forward Euler with dt = 10 ms, which is how
`delaytile nir import` reads the time constants back.

Hyperparameters were fixed before any run (none tuned). The epoch kept is the one with the best
accuracy on a validation speaker held out of the training file; the test speakers (4 and 5, the
held-out speakers of the test file) are only evaluated at the end.

usage: python train_bptt.py --train train.h5 --test test.h5 --out speech_bptt.nir
       --results bptt.json
Needs torch, numpy, h5py, nir (a venv of its own; CI does not install torch).
"""

import argparse
import json
import time

import h5py
import nir
import numpy as np
import torch

DT = 0.01  # s, data.dt_ms = 10
MAX_TIME, POOL, CHANNELS, STEPS = 1.4, 5, 140, 140
ALPHA, KAPPA = 0.95, 0.9
W_MIN, W_MAX = -2.0, 2.0 - 1.0 / 64  # the tile's 8-bit weights, 6 fraction bits
TEST_SPEAKERS = (4, 5)
VALIDATION_SPEAKER = 0


def load(path):
    """SHD file -> (dense [n, steps, channels] float32 spikes, labels, speakers), binned as
    golden::shd::bin does: step floor(t * 1000 / 10), channel unit / 5, t >= 1.4 s dropped."""
    with h5py.File(path, "r") as f:
        times, units = f["spikes/times"][()], f["spikes/units"][()]
        labels = f["labels"][()].astype(np.int64)
        speakers = f["extra/speaker"][()].astype(np.int64)
    x = np.zeros((len(labels), STEPS, CHANNELS), np.float32)
    for i, (t, u) in enumerate(zip(times, units)):
        t = t.astype(np.float64)
        keep = t < MAX_TIME
        step = np.floor(t[keep] * 1000.0 / (DT * 1000)).astype(np.int64)
        x[i, step, u[keep].astype(np.int64) // POOL] = 1.0
    return x, labels, speakers


class SpikeFn(torch.autograd.Function):
    """Heaviside forward, fast-sigmoid surrogate backward (SuperSpike, slope 10)."""

    @staticmethod
    def forward(ctx, v):
        ctx.save_for_backward(v)
        return (v >= 1.0).float()

    @staticmethod
    def backward(ctx, g):
        (v,) = ctx.saved_tensors
        return g / (1.0 + 10.0 * (v - 1.0).abs()) ** 2


class Net(torch.nn.Module):
    def __init__(self, hidden, classes, seed):
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        u = lambda *s, a: (torch.rand(*s, generator=g) * 2 - 1) * a  # noqa: E731
        self.w_in = torch.nn.Parameter(u(hidden, CHANNELS, a=3.0 / CHANNELS**0.5))
        self.w_rec = torch.nn.Parameter(u(hidden, hidden, a=1.0 / hidden**0.5))
        self.u = torch.nn.Parameter(u(classes, hidden, a=1.0 / hidden**0.5))
        self.b = torch.nn.Parameter(torch.zeros(classes))

    def forward(self, x):
        n, steps, _ = x.shape
        h = self.w_in.shape[0]
        v = torch.zeros(n, h)
        z = torch.zeros(n, h)
        y = torch.zeros(n, self.u.shape[0])
        acc = torch.zeros_like(y)
        for t in range(steps):
            v = ALPHA * v + x[:, t] @ self.w_in.T + z @ self.w_rec.T
            z = SpikeFn.apply(v)
            v = v * (1.0 - z.detach())  # reset to zero
            y = KAPPA * y + z @ self.u.T + self.b
            acc = acc + y
        return acc / steps

    def clip(self):
        with torch.no_grad():
            for p in self.parameters():
                p.clamp_(W_MIN, W_MAX)


def accuracy(net, x, y):
    with torch.no_grad():
        out = torch.cat([net(torch.from_numpy(x[i : i + 128])) for i in range(0, len(x), 128)])
    return float((out.argmax(1).numpy() == y).mean())


def to_nir(net):
    """The trained network as NIR: snnTorch's convention (tau = dt / (1 - beta), r = tau / dt)."""
    h, o = net.w_in.shape[0], net.u.shape[0]
    tau, tau_o = DT / (1 - ALPHA), DT / (1 - KAPPA)
    w = lambda p: p.detach().double().numpy()  # noqa: E731
    nodes = {
        "input": nir.Input(input_type=np.array([CHANNELS])),
        "w_in": nir.Linear(weight=w(net.w_in)),
        "lif": nir.LIF(tau=np.full(h, tau), r=np.full(h, tau / DT), v_leak=np.zeros(h),
                       v_threshold=np.ones(h), v_reset=np.zeros(h)),
        "w_rec": nir.Linear(weight=w(net.w_rec)),
        "readout": nir.Affine(weight=w(net.u), bias=w(net.b)),
        "li": nir.LI(tau=np.full(o, tau_o), r=np.full(o, tau_o / DT), v_leak=np.zeros(o)),
        "output": nir.Output(output_type=np.array([o])),
    }
    edges = [("input", "w_in"), ("w_in", "lif"), ("lif", "w_rec"), ("w_rec", "lif"),
             ("lif", "readout"), ("readout", "li"), ("li", "output")]
    return nir.NIRGraph(nodes=nodes, edges=edges)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    torch.set_num_threads(1)
    x, y, spk = load(a.train)
    xt, yt, spkt = load(a.test)
    held = np.isin(spkt, TEST_SPEAKERS)
    xt, yt = xt[held], yt[held]
    val = spk == VALIDATION_SPEAKER
    xv, yv, x, y = x[val], y[val], x[~val], y[~val]
    net = Net(a.hidden, 20, a.seed)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    rng = np.random.default_rng(a.seed)
    best, best_state, curve = -1.0, None, []
    t0 = time.time()
    for epoch in range(1, a.epochs + 1):
        order = rng.permutation(len(x))
        for i in range(0, len(x), 32):
            idx = order[i : i + 32]
            loss = torch.nn.functional.cross_entropy(net(torch.from_numpy(x[idx])), torch.from_numpy(y[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            net.clip()
        va = accuracy(net, xv, yv)
        curve.append({"epoch": epoch, "validation_accuracy": va})
        print(f"epoch {epoch}: validation {va:.3f} ({time.time() - t0:.0f} s)", flush=True)
        if va > best:
            best, best_state = va, {k: v.clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    test = accuracy(net, xt, yt)
    print(f"kept epoch {max(curve, key=lambda c: c['validation_accuracy'])['epoch']}: test (speakers 4, 5) {test:.4f}")
    nir.write(a.out, to_nir(net))
    with open(a.results, "w") as f:
        json.dump({"float_test_accuracy": test, "test_samples": int(len(yt)), "validation_speaker": VALIDATION_SPEAKER,
                   "train_samples": int(len(y)), "hidden": a.hidden, "epochs": a.epochs, "seed": a.seed,
                   "curve": curve, "seconds": time.time() - t0}, f, indent=1)


if __name__ == "__main__":
    main()
