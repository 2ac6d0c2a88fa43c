"""Session 30's cycle-model census (results/hardware/lif_lanes_2026-12-07.md, "Why"): the step
formulas of the designs considered, summed over the 36,400 held-out steps at L = 8.
step_counts_L8.txt holds each step's (active sources, hidden spikes) with the event pass at
eb499a7, printed by a temporary line in golden::cycles::mean_cycles (not committed).
Usage: python3 model.py"""
import math, os

here = os.path.dirname(os.path.abspath(__file__))
rows = [tuple(map(int, l.split()[1:])) for l in open(os.path.join(here, "step_counts_L8.txt"))]
S, H, O, L = 268, 128, 20, 8
G, GS, GO = math.ceil(H / L), math.ceil(S / L), math.ceil(O / L)
bound = sum(a * H + H + n * O + O for a, n in rows) / len(rows) / L

def ratio(step):
    return sum(step(a, n) for a, n in rows) / len(rows) / bound

def syn_units(a, k):  # k LIF units, each group at least L / k cycles (session 29's schedule)
    return (G - 1) * max(a + 1, L // k) + a + L // k + 5

out_serial = lambda n: GO * n + O + 3
out_stream = lambda n: (n + 1) + (GO - 1) * max(n + 1, L) + (O - (GO - 1) * L) + 3
hist = GS + 2
hist_2l = math.ceil(S / (2 * L)) + 2
syn_lanes = lambda a: G * (a + 1) + 6

print("mean active %.1f, mean spikes %.1f, steps without a source %.0f %%" % (
    sum(a for a, _ in rows) / len(rows), sum(n for _, n in rows) / len(rows),
    100 * sum(a == 0 for a, _ in rows) / len(rows)))
print("session 29 (one LIF unit)     %.3f" % ratio(lambda a, n: hist + syn_units(a, 1) + out_serial(n) + 1))
print("two LIF units                 %.3f" % ratio(lambda a, n: hist + syn_units(a, 2) + out_serial(n) + 1))
print("L LIF units                   %.3f" % ratio(lambda a, n: hist + syn_units(a, L) + out_serial(n) + 1))
print("LIF lanes (built)             %.3f" % ratio(lambda a, n: hist + syn_lanes(a) + out_serial(n) + 1))
print("LIF lanes + OUT stream (built) %.3f" % ratio(lambda a, n: hist + syn_lanes(a) + out_stream(n) + 1))
print("LIF lanes + HIST at 2L        %.3f" % ratio(lambda a, n: hist_2l + syn_lanes(a) + out_serial(n) + 1))
