//! Verilator co-simulation of the generated tile against the golden model.
//!
//! [`verilator`] builds and drives the RTL; [`icarus`] runs the same RTL under Icarus Verilog
//! behind the same `host::Link`; [`cosim`] is the lockstep scoreboard.

pub mod board_link;
pub mod cosim;
pub mod host;
pub mod icarus;
pub mod learner;
pub mod link;
pub mod replay;
pub mod serial;
pub mod session;
pub mod uart_link;
pub mod verilator;
pub mod waves;
