//! delaytile's tile in rust-hdl. One hardware block per file; each mirrors the golden block of
//! the same name (`golden::fixed::*`). `generate` turns a `Config` into Verilog.

pub mod decay;
pub mod delay_fifo;
pub mod generate;
pub mod lif;
pub mod memory;
pub mod readout;
pub mod signed;
pub mod tile;
