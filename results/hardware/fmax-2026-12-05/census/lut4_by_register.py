# lut4_by_register.py SYNTH_JSON...: the LUT4 cells of each netlist grouped by the register or
# signal Yosys names them after (lane indices folded to $N), one column per netlist, the groups
# that differ most first. Session 24's L = 8 bisection: `python3 lut4_by_register.py
# ref_L8_4147570/synth.json ref_L8_832692d/synth.json` (`delaytile synth --target ecp5-85k
# --config configs/reference.toml --set hardware.lanes=8 --no-pnr --out DIR` at each commit).
import collections
import json
import re
import sys


def groups(path):
    netlist = json.load(open(path))
    top = next(m for m in netlist['modules'].values() if m.get('attributes', {}).get('top'))
    count = collections.Counter()
    for name, cell in top['cells'].items():
        if cell['type'] != 'LUT4':
            continue
        for cut in ('_TRELLIS', '_LUT4', '_CCU2', '_PFUMX', '_L6MUX'):
            name = name.split(cut)[0]
        count['.'.join(re.sub(r'\$\d+', '$N', name).split('.')[:2])[:50]] += 1
    return count


tables = [groups(p) for p in sys.argv[1:]]
keys = set().union(*tables)
spread = sorted(keys, key=lambda k: -(max(t[k] for t in tables) - min(t[k] for t in tables)))
print('total', *[sum(t.values()) for t in tables])
for k in spread[:20]:
    print(k, *[t[k] for t in tables])
