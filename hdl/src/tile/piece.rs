//! The pieces the tile's combinational block is written in (one file each, mod.rs joins them),
//! and how their Verilog is joined: one `case` of the phase pieces' arms (so the Verilog is what
//! one function would give, byte for byte). They run and are emitted in this order:
//!
//! ```text
//!   build.rs          memories from golden::memory, register widths, constants
//!   registers.rs      holds, clock, configured-width reads
//!   rotations.rs      the banks' words and the streams rotated to the lanes
//!   host.rs           address decode, memory-port defaults, register map, responses; IDLE, CLEAR
//!   operands.rs       datapath inputs, the learning unit's operands
//!   step.rs           HIST, SYN, OUT (the time step); the stages that run past their phase
//!   learn_signals.rs  TRACE, PSUM, DIV, ERR, SIG, CHECK, DECIDE
//!   learn_updates.rs  PASS1, MEAN, PASS2, MEANG, AXON, RUPD, DONE
//!   learn_lanes.rs    the learning lanes' operands and registers, the streams
//!   lif_lanes.rs      SYN's LIF lanes, the membrane banks, the spike list's appends
//!   lanes.rs          the lanes' inputs (last: every lane input once)
//! ```

use super::Tile;
use rust_hdl::core::ast;
use rust_hdl::prelude::*;

/// The sequencer's phases (ARCHITECTURE.md, "The step schedule" and "Learning").
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Phase {
    Idle,
    Clear,
    Hist,
    Syn,
    Out,
    Trace,
    Psum,
    Div,
    Err,
    Sig,
    Check,
    Decide,
    Pass1,
    Mean,
    Lead,
    Pass2,
    MeanG,
    Axon,
    Rupd,
    Done,
}

/// One piece of the tile's combinational block. Each file writes its piece with `#[hdl_gen]`;
/// `Logic for Tile` runs them in this order and emits them as one block, the phase pieces'
/// arms merged into one `case` (so the Verilog is as if written in one function).
pub(super) trait Piece<const N: usize> {
    fn update(&mut self);
    fn connect(&mut self);
    fn hdl(&self) -> Verilog;
}

pub(super) const REGS: usize = 0;
pub(super) const ROTATIONS: usize = 1;
pub(super) const HOST: usize = 2;
pub(super) const OPERANDS: usize = 3;
pub(super) const HOST_PHASES: usize = 4;
pub(super) const STEP_PHASES: usize = 5;
pub(super) const SIGNAL_PHASES: usize = 6;
pub(super) const UPDATE_PHASES: usize = 7;
pub(super) const STAGES: usize = 8;
pub(super) const LEARN_LANES: usize = 9;
pub(super) const LIF_LANES: usize = 10;
pub(super) const LANES: usize = 11;

pub(super) fn statements(piece: Verilog) -> Vec<ast::VerilogStatement> {
    match piece {
        Verilog::Combinatorial(block) => block,
        _ => unreachable!("an #[hdl_gen] piece is combinational"),
    }
}

/// The phases only the learning unit enters. Without it their arms are not emitted (the
/// `default` arm returns to IDLE): LEARN stays 0 so none is entered after a command, but from a
/// random power-up the phase register may hold one, so Yosys could not otherwise remove the
/// learning datapath those arms drive (it did not: on the HX8K the inference-only tile's
/// critical path ran through the learning unit's weight update).
pub(super) const LEARNING_PHASES: [Phase; 14] = [
    Phase::Trace,
    Phase::Psum,
    Phase::Div,
    Phase::Err,
    Phase::Sig,
    Phase::Check,
    Phase::Decide,
    Phase::Pass1,
    Phase::Mean,
    Phase::Lead,
    Phase::Pass2,
    Phase::MeanG,
    Phase::Axon,
    Phase::Rupd,
];

pub(super) fn drop_learning_arms(case: &mut ast::VerilogStatement) {
    let ast::VerilogStatement::Match(m) = case else {
        unreachable!("one_case returns a match")
    };
    let names: Vec<String> = LEARNING_PHASES
        .iter()
        .map(|p| format!("Phase${p:?}"))
        .collect();
    let before = m.cases.len();
    m.cases.retain(|c| !names.contains(&c.condition));
    assert_eq!(
        before - m.cases.len(),
        names.len(),
        "every learning phase has one arm"
    );
}

/// The phase pieces, each one `case` on the phase, as one `case`: their arms in order, each
/// piece's empty `default` dropped but the last piece's.
pub(super) fn one_case(
    pieces: impl Iterator<Item = Vec<ast::VerilogStatement>>,
) -> ast::VerilogStatement {
    let mut merged: Option<ast::VerilogMatch> = None;
    for piece in pieces {
        let [ast::VerilogStatement::Match(m)] = <[_; 1]>::try_from(piece)
            .unwrap_or_else(|_| panic!("a phase piece is one match on the phase"))
        else {
            panic!("a phase piece is one match on the phase")
        };
        if let Some(mut all) = merged.take() {
            assert_eq!(format!("{:?}", all.test), format!("{:?}", m.test));
            let default = all
                .cases
                .pop()
                .expect("a phase piece ends in a default arm");
            assert!(default.condition == "default" && default.block.is_empty());
            all.cases.extend(m.cases);
            merged = Some(all);
        } else {
            merged = Some(m);
        }
    }
    ast::VerilogStatement::Match(merged.expect("phase pieces"))
}

impl Logic for Tile {
    fn update(&mut self) {
        Piece::<REGS>::update(self);
        Piece::<ROTATIONS>::update(self);
        Piece::<HOST>::update(self);
        Piece::<OPERANDS>::update(self);
        Piece::<HOST_PHASES>::update(self);
        Piece::<STEP_PHASES>::update(self);
        if self.shape.learning_unit() || !LEARNING_PHASES.contains(&self.phase.q.val()) {
            Piece::<SIGNAL_PHASES>::update(self);
            Piece::<UPDATE_PHASES>::update(self);
        } else {
            // As `hdl` emits it: without the learning unit the learning phases have no arms.
            self.phase.d.next = Phase::Idle;
        }
        Piece::<STAGES>::update(self);
        Piece::<LEARN_LANES>::update(self);
        Piece::<LIF_LANES>::update(self);
        Piece::<LANES>::update(self);
    }

    fn connect(&mut self) {
        Piece::<REGS>::connect(self);
        Piece::<ROTATIONS>::connect(self);
        Piece::<HOST>::connect(self);
        Piece::<OPERANDS>::connect(self);
        Piece::<HOST_PHASES>::connect(self);
        Piece::<STEP_PHASES>::connect(self);
        Piece::<SIGNAL_PHASES>::connect(self);
        Piece::<UPDATE_PHASES>::connect(self);
        Piece::<STAGES>::connect(self);
        Piece::<LEARN_LANES>::connect(self);
        Piece::<LIF_LANES>::connect(self);
        Piece::<LANES>::connect(self);
    }

    fn hdl(&self) -> Verilog {
        let mut block = statements(Piece::<REGS>::hdl(self));
        block.extend(statements(Piece::<ROTATIONS>::hdl(self)));
        block.extend(statements(Piece::<HOST>::hdl(self)));
        block.extend(statements(Piece::<OPERANDS>::hdl(self)));
        let phases = [
            Piece::<HOST_PHASES>::hdl(self),
            Piece::<STEP_PHASES>::hdl(self),
            Piece::<SIGNAL_PHASES>::hdl(self),
            Piece::<UPDATE_PHASES>::hdl(self),
        ];
        let mut case = one_case(phases.into_iter().map(statements));
        // The configuration's flag, not the output's value: `hdl` runs before any simulation.
        if !self.shape.learning_unit() {
            drop_learning_arms(&mut case);
        }
        block.push(case);
        block.extend(statements(Piece::<STAGES>::hdl(self)));
        block.extend(statements(Piece::<LEARN_LANES>::hdl(self)));
        block.extend(statements(Piece::<LIF_LANES>::hdl(self)));
        block.extend(statements(Piece::<LANES>::hdl(self)));
        Verilog::Combinatorial(block)
    }
}
