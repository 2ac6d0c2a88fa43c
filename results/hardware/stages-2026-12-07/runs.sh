#!/bin/bash
# Session 34's routes (results/hardware/stages_2026-12-07.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s34); then
#   ../cuts-2026-12-07/summarise.sh $RUNS/<dir>/build <name> <this directory> writes the files here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s34}
export NEXTPNR_ECP5=${NEXTPNR_ECP5:-nextpnr-ecp5}
small() { sh "$ROUTE" "$1" "$RUNS/$2" ecp5-25k fpga-small.toml 1 "1 2 3 4 5"; }
case $1 in
  # fpga-small at each commit, seeds 1-5 (name: the summarise.sh name of its files here).
  small-5221fbd) small "$BIN_5221fbd" small_sig ;;       # SIG in four stages
  small-53603a1) small "$BIN_53603a1" small_53603a1 ;;   # + TRACE interleaved, bridge DISPATCH
  small-1cd209f) small "$BIN_1cd209f" small_1cd209f ;;   # + MEAN in two stages, response ORs
  small-f68a457) small "$BIN_f68a457" small_f68a457 ;;   # + event pass's word registered
  *) echo "unknown step $1" >&2; exit 2 ;;
esac
