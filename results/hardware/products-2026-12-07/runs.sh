#!/bin/bash
# Session 36's routes (results/hardware/products_2026-12-07.md), as they were run on the shared VM.
# Usage: runs.sh STEP   with NEXTPNR_ECP5 the native nextpnr-ecp5 built with
#   ../fmax-2026-12-05/census/nextpnr-endpoints.patch, and BIN_<commit> a `delaytile` binary built
#   at that commit (cargo build --release). Outputs under $RUNS (default /work/runs/s36); then
#   ../cuts-2026-12-07/summarise.sh $RUNS/<dir>/build <name> <this directory> writes the files here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROUTE=$HERE/../status-2026-12-07/route.sh
RUNS=${RUNS:-/work/runs/s36}
export NEXTPNR_ECP5=${NEXTPNR_ECP5:-nextpnr-ecp5}
small() { sh "$ROUTE" "$1" "$RUNS/$2" ecp5-25k fpga-small.toml 1 "$3"; }
case $1 in
  # fpga-small (name: the summarise.sh name of its files here).
  small-fdb848a) small "$BIN_fdb848a" small_fdb848a "1 2 3 4 5" ;;  # SIG's clamp beside the product; PASS1's m W, eta own registers
  small-82cc98e) small "$BIN_82cc98e" small_82cc98e "1 2 3 4 5" ;;  # + supervised registered, RUPD's tests as equalities
  small-a3cc508) small "$BIN_a3cc508" small_a3cc508 "1 2 3 4 5" ;;  # + the UART receiver's second register
  # CI's flow (the HX8K inference-only build at the PLL's 50.25 MHz, the ECP5 at 55 MHz).
  fpga-flow) (cd "$HERE/../../.." && cargo test --release --test fpga_flow -- --nocapture) ;;
  *) echo "unknown step $1" >&2; exit 2 ;;
esac
