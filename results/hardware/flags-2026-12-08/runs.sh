#!/bin/bash
# Session 38's routes (results/hardware/flags_2026-12-08.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s38); then
#   ../cuts-2026-12-07/summarise.sh $RUNS/<dir>/build <commit> <this directory> writes the files here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s38}
export NEXTPNR_ECP5=${NEXTPNR_ECP5:-nextpnr-ecp5}
small() { sh "$ROUTE" "$1" "$RUNS/$2" ecp5-25k fpga-small.toml 1 "$3"; }
case $1 in
  # The flow reproduces session 37's routes of 45eade4 (2ab9ba5's Verilog is the same): 85.82, 87.32.
  small-base) small "$BIN_2ab9ba5" small_base "1 2" ;;
  # Kept: the phases' flags registered, the end-of-pass equalities.
  small-7d7c1de) small "$BIN_7d7c1de" small_A "1 2 3 4 5" ;;
  # Kept: HIST's words registered (6764113; main's commit of it has the same Verilog).
  small-6764113) small "$BIN_6764113" small_H "1 2 3 4 5" ;;
  # Tried and backed out (ahead.patch; lanes_learning_psum.patch for the next two).
  small-8dc9bee) small "$BIN_8dc9bee" small_B "1 2 3 4 5" ;;  # tile/ahead.rs
  small-af71e1a) small "$BIN_af71e1a" small_C "1 2 3 4 5" ;;  # 7d7c1de + the unit's split + PSUM
  small-e216fc5) small "$BIN_e216fc5" small_D "1 2 3 4 5" ;;  # + the lanes' deferred adds
  # CI's flow (the HX8K inference-only build at the PLL's 50.25 MHz, the ECP5 at 55 MHz).
  fpga-flow) (cd "$HERE/../../.." && cargo test --release --test fpga_flow -- --nocapture) ;;
  *) echo "unknown step $1" >&2; exit 2 ;;
esac
