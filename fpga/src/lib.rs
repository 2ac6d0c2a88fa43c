//! The FPGA leg of delaytile, callable from the CLI and from tests: the devices and boards
//! (`device`), where the tools are (`tools`, the one venv rule), the flow from the board top's
//! Verilog to a bitstream with fit checks at every stage (`flow`), the Yosys and nextpnr log
//! parsers (`parse`) and the block-RAM / LUT-RAM model of the memory map (`bram`).

pub mod bram;
pub mod device;
pub mod flow;
pub mod measured;
pub mod parse;
pub mod pll;
pub mod sweep;
pub mod tools;

pub use bram::{bram_blocks, entry_blocks, lutram_cells, predicted_brams};
pub use device::{Device, Family, Target, constraints_dir};
pub use flow::{Flow, PllSummary, Router, Summary, run_flow};
pub use parse::{Area, Pnr, parse_pnr, parse_stat};
pub use tools::{venv, yosys};
