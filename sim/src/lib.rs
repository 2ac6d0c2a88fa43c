//! Verilator co-simulation of the generated tile against the golden model.
//!
//! [`verilator`] builds and drives the RTL; the lockstep scoreboard comes with the RTL issue.

pub mod board_link;
pub mod cosim;
pub mod host;
pub mod learner;
pub mod link;
pub mod replay;
pub mod serial;
pub mod uart_link;
pub mod verilator;
pub mod waves;
