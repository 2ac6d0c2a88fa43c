//! Our own Verilator bindings: verilate a `top` at run time, compile it with the shim in
//! `shim.cpp` into a cached shared library, load it, and drive it through [`Rtl`].
//!
//! (The published `verilated`/`verilator` crates do not work with Verilator 5.)
//!
//! ```no_run
//! use sim::verilator::{Build, op};
//! let verilog = std::fs::read_to_string("top.v").unwrap();
//! let model = Build::new().load(&verilog)?;
//! let mut rtl = model.rtl()?;
//! rtl.command(op::WRITE, 3, 42, 100)?;
//! assert_eq!(rtl.read(3, 100)?, 42);
//! # Ok::<(), sim::verilator::Error>(())
//! ```

mod board;
mod build;
mod cache;
mod classes;
mod compile;
mod error;
mod ffi;
mod ports;
mod rtl;
mod tools;

pub use board::{BoardSim, RECEIVE_CAP, UartRun};
pub use build::{BoardModel, Build, Model};
/// The cache root and key, shared with other cached artefacts (the demo's speech set).
pub use error::Error;
pub use rtl::{Rtl, op};
