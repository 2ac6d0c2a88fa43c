# logic_depth.py SYNTH_JSON CELL PORT: the LUT levels (LUT4 cells; PFUMX, L6MUX21 and carry cells
# count 0) from every register or memory output to one input of CELL in Yosys' ECP5 netlist
# (`delaytile synth ... --no-pnr --out DIR` writes DIR/synth.json), the deepest sources first.
# Session 24: `python3 logic_depth.py DIR/synth.json 'bridge.rsp_hold.q_TRELLIS_FF_Q_2' DI`.
import functools
import json
import sys

SEQUENTIAL = ('TRELLIS_FF', 'DP16KD', 'TRELLIS_DPR16X4', 'MULT18X18D')
FREE = ('PFUMX', 'L6MUX21', 'CCU2C')

netlist = json.load(open(sys.argv[1]))
top = next(m for m in netlist['modules'].values() if m.get('attributes', {}).get('top'))
cells = top['cells']
driver = {}
for name, cell in cells.items():
    for port, direction in cell.get('port_directions', {}).items():
        if direction == 'output':
            for bit in cell['connections'][port]:
                driver[bit] = (name, cell)
sys.setrecursionlimit(100000)


@functools.lru_cache(None)
def sources(bit):
    if not isinstance(bit, int) or bit not in driver:
        return {}
    name, cell = driver[bit]
    if cell['type'] in SEQUENTIAL:
        return {f"{name.split('$q_')[0].split('.q_')[0][:60]} [{cell['type']}]": 0}
    level = 0 if cell['type'] in FREE else 1
    found = {}
    for port, direction in cell['port_directions'].items():
        if direction == 'input':
            for b in cell['connections'][port]:
                for s, depth in sources(b).items():
                    found[s] = max(found.get(s, -1), depth + level)
    return found


deepest = {}
for bit in cells[sys.argv[2]]['connections'][sys.argv[3]]:
    for s, depth in sources(bit).items():
        deepest[s] = max(deepest.get(s, -1), depth)
for s, depth in sorted(deepest.items(), key=lambda x: -x[1])[:25]:
    print(depth, s)
