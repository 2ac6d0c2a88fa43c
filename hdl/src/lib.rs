//! delaytile's tile in rust-hdl. One hardware block per file; each mirrors the golden block of
//! the same name (`golden::fixed::*`). `generate` turns a `Config` into Verilog.

pub mod bank;
pub mod board;
pub mod bridge;
pub mod count_ones;
pub mod crc8;
pub mod decay;
pub mod decay_stages;
pub mod delay_fifo;
pub mod files;
pub mod generate;
pub mod hist_lane;
pub mod learning;
pub mod lfsr;
pub mod lif;
pub mod lif_lane;
pub mod mean;
pub mod mul;
pub mod narrow;
pub mod out_lane;
pub mod pass_lane;
pub mod ram;
pub mod readout;
pub mod readout_trace;
pub mod rom;
pub mod shift_decode;
pub mod sig_lane;
pub mod signed;
pub mod spike_list;
pub mod sra;
pub mod stochastic_shift;
pub mod syn_lane;
pub mod tile;
pub mod trace_fifo;
pub mod uart;
