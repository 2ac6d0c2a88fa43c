#!/bin/bash
# Session 33's routes (results/hardware/levers_2026-12-07.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s33).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s33}
NP=${NEXTPNR_ECP5:-nextpnr-ecp5}
export NEXTPNR_ECP5=$NP
# One nextpnr run of an existing synth.json in the current directory: DEVICE SEED.
pnr() {
  NEXTPNR_ENDPOINTS=$PWD/endpoints_s$2.txt nice -n 5 "$NP" "--$1" --package CABGA381 --speed 6 \
    --json synth.json --lpf ulx3s.lpf --timing-allow-fail --seed "$2" --report route_s$2.json \
    > route_s$2.log 2>&1
}
case $1 in
  # Sections 1 and 2: 6248e8b's fpga-small synth.json (SMALL_6248E8B: route.sh's build dir).
  outreg-bound)
    mkdir -p "$RUNS/outreg" && cd "$RUNS/outreg" && cp "$SMALL_6248E8B/ulx3s.lpf" .
    python3 - "$SMALL_6248E8B/synth.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for m in d['modules'].values():
    for c in m.get('cells', {}).values():
        if c['type'] == 'DP16KD':
            c['parameters'].update(REGMODE_A='OUTREG', REGMODE_B='OUTREG')
json.dump(d, open('synth.json', 'w'))
PY
    for s in 1 2 3; do pnr 25k $s; done ;;
  target-100)
    mkdir -p "$RUNS/t100" && cd "$RUNS/t100" && ln -sf "$SMALL_6248E8B/synth.json" .
    sed 's/FREQUENCY PORT "clock" 25 MHZ;/FREQUENCY PORT "clock" 100 MHZ;/' \
      "$SMALL_6248E8B/ulx3s.lpf" > ulx3s.lpf
    for s in 1 2; do pnr 25k $s; done ;;
  # Sections 3-5: fpga-small at each commit, seeds 1-5.
  small-5316c27) sh "$ROUTE" "$BIN_5316c27" "$RUNS/small_b" ecp5-25k fpga-small.toml 1 "1 2 3 4 5" ;;
  small-846370b) sh "$ROUTE" "$BIN_846370b" "$RUNS/small_c" ecp5-25k fpga-small.toml 1 "1 2 3 4 5" ;;
  small-dacce2e) sh "$ROUTE" "$BIN_dacce2e" "$RUNS/small_d" ecp5-25k fpga-small.toml 1 "1 2 3 4 5" ;;
  # Section 6: seed 2 of session 32's L = 8 builds (their build dirs REF_L8, SPEECH_L8).
  l8-seed2) (cd "$REF_L8" && pnr 85k 2); (cd "$SPEECH_L8" && pnr 85k 2) ;;
  # Still routing at the session's end: the landed HDL's reference at L = 8, seed 1.
  ref-l8-846370b) sh "$ROUTE" "$BIN_846370b" "$RUNS/refL8c" ecp5-85k reference.toml 8 1 ;;
  *) echo "usage: runs.sh outreg-bound|target-100|small-5316c27|small-846370b|small-dacce2e|l8-seed2|ref-l8-846370b" >&2; exit 2 ;;
esac
