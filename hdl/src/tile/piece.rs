//! The pieces the tile's combinational block is written in (one file each, mod.rs joins them).

use rust_hdl::prelude::*;

/// One piece of the tile's combinational block. Each file writes its piece with `#[hdl_gen]`;
/// `Logic for Tile` runs them in this order and emits them as one block, the phase pieces'
/// arms merged into one `case` (so the Verilog is as if written in one function).
pub(super) trait Piece<const N: usize> {
    fn update(&mut self);
    fn connect(&mut self);
    fn hdl(&self) -> Verilog;
}

pub(super) const REGS: usize = 0;
pub(super) const HOST: usize = 1;
pub(super) const OPERANDS: usize = 2;
pub(super) const HOST_PHASES: usize = 3;
pub(super) const STEP_PHASES: usize = 4;
pub(super) const SIGNAL_PHASES: usize = 5;
pub(super) const UPDATE_PHASES: usize = 6;
pub(super) const STAGES: usize = 7;
pub(super) const LANES: usize = 8;
