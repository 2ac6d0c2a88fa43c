# What-if (not a design): every weight, delay and readout bank's read and write address taken
# through one more register in board.v's tile module, so that no address logic reaches a block
# RAM. It changes the tile's behaviour (addresses a cycle late); it only asks nextpnr how fast
# the rest would be. Usage: python3 whatif_register_bank_addresses.py IN_board.v OUT_board.v
import re, sys
src = open(sys.argv[1]).read()
start = src.index('module top$tile(')
end = src.index('endmodule', start)
body = src[start:end]
names = []
def rep(m):
    names.append(m.group(2))
    return f'.{m.group(1)}({m.group(2)}_q)'
body = re.sub(r'\.(read_address|write_address)\(((?:w|d|u)_banks\$\d+\$(?:read|write)_address)\)', rep, body)
decl = ''.join(f'    reg [31:0] {n}_q;\n    always @(posedge clock) {n}_q <= {n};\n' for n in names)
open(sys.argv[2], 'w').write(src[:start] + body + decl + src[end:])
print(f'{len(names)} bank addresses registered')
