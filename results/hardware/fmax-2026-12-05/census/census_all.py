# census.py for one batch of endpoints: every line of FILE (one nextpnr timing analysis, e.g.
# a run stopped after placement, or one seed's post-route batch split out of a --seeds run).
# Families are not folded over lanes or block-RAM slices (census.py's lane folding is in its
# regexes; here `$3.` stays).
import sys,re,collections
lines=open(sys.argv[1]).read().split('\n')
lines=[l for l in lines if l]
post=lines
thr=float(sys.argv[2]) if len(sys.argv)>2 else 10.0
fam=collections.defaultdict(list)
def family(cell,typ,port,net):
    n=net if net!='-' else cell
    if typ=='DP16KD' or 'DPR16X4' in typ or typ=='MULT18X18D':
        n=cell
    n=re.sub(r'\[\d+\]','',n)
    n=re.sub(r'_TRELLIS_FF_Q.*|_SLICE.*|_DP16KD.*|_LUT4.*|_CCU2C.*','',n)
    n=re.sub(r'\$\d+\$','$N$',n)
    n=re.sub(r'(\$auto\$|\$abc\$)\S*','<auto>',n)
    return f"{typ}:{n}"
for l in post:
    d,cell,typ,port,net=l.split(' ',4)
    fam[family(cell,typ,port,net)].append(int(d)/1000)
tot=len(post)
over=[(k,v) for k,v in fam.items() if max(v)>thr]
print(f"endpoints {tot}; over {thr} ns: {sum(sum(1 for x in v if x>thr) for v in fam.values())} in {len(over)} families")
for k,v in sorted(over,key=lambda kv:-max(kv[1]))[:int(sys.argv[3]) if len(sys.argv)>3 else 60]:
    print(f"{max(v):6.2f} ns  n>{thr}: {sum(1 for x in v if x>thr):4d}/{len(v):4d}  {k[:110]}")
