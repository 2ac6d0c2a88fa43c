#!/bin/bash
# Session 35's routes (results/hardware/addresses_2026-12-07.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s35); then
#   ../cuts-2026-12-07/summarise.sh $RUNS/<dir>/build <name> <this directory> writes the files here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s35}
export NEXTPNR_ECP5=${NEXTPNR_ECP5:-nextpnr-ecp5}
small() { sh "$ROUTE" "$1" "$RUNS/$2" ecp5-25k fpga-small.toml 1 "$3"; }
case $1 in
  # fpga-small (name: the summarise.sh name of its files here).
  small-81e2011) small "$BIN_81e2011" small_81e2011 "1 2 3 4 5" ;;    # every history-lane bank behind a registered address
  small-4957031) small "$BIN_4957031" small_4957031 "1 2 3 4 5" ;;  # only the LUT-RAM ones, the list's word registered
  *) echo "unknown step $1" >&2; exit 2 ;;
esac
