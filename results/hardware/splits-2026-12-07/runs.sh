#!/bin/bash
# Session 37's routes (results/hardware/splits_2026-12-07.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s37); then
#   ../cuts-2026-12-07/summarise.sh $RUNS/<dir>/build <name> <this directory> writes the files here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s37}
export NEXTPNR_ECP5=${NEXTPNR_ECP5:-nextpnr-ecp5}
small() { sh "$ROUTE" "$1" "$RUNS/$2" ecp5-25k fpga-small.toml 1 "$3"; }
case $1 in
  # fpga-small (name: the summarise.sh name of its files here).
  small-d62d532) small "$BIN_d62d532" small_d62d532 "1 2 3 4 5" ;;  # the split stochastic shifts
  small-faa4796) small "$BIN_faa4796" small_faa4796 "1 2 3 4 5" ;;  # + l_m, the ROM's one addition, the clip's margin
  small-45eade4) small "$BIN_45eade4" small_45eade4 "1 2 3 4 5" ;;  # + shape.rs (fixed), the seeds' register, the tap's clamp
  # Tried and not kept: BIN_zeta_row built at 45eade4 with zeta_row.patch applied (the pinned
  # Verilog re-blessed), seeds 1-3.
  small-zeta-row) small "$BIN_zeta_row" small_73afc33 "1 2 3" ;;
  # CI's flow (the HX8K inference-only build at the PLL's 50.25 MHz, the ECP5 at 55 MHz).
  fpga-flow) (cd "$HERE/../../.." && cargo test --release --test fpga_flow -- --nocapture) ;;
  *) echo "unknown step $1" >&2; exit 2 ;;
esac
