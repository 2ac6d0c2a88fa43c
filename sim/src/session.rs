//! A board session, the same for a board on a serial port and for the verilated board top
//! (`delaytile run` and sim/tests/board_uart.rs): check the identity, load the parameters (and
//! read them back), then classify samples step by step beside the golden model, recording the
//! board's and the golden model's prediction and cycles at every step.

use crate::host::{Host, Link, LinkError};
use golden::cycles::step_cycles;
use golden::fixed::Tile;
use golden::memory::ID_MAGIC;
use golden::task::Sample;

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("the board answered identity {got:#x}, expected {ID_MAGIC:#x} (a delaytile tile)")]
    Identity { got: u64 },
    #[error("the parameters read back from the board differ from those loaded")]
    Readback,
}

/// One step on the board and in the golden model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRecord {
    pub prediction: usize,
    pub golden_prediction: usize,
    /// Busy cycles the board counted, and the cycle model's count for the golden step.
    pub cycles: u64,
    pub golden_cycles: u64,
    pub deadline_missed: bool,
}

/// One sample: the CLEAR's busy cycles and every step.
#[derive(Clone, Debug)]
pub struct Classified {
    pub label: usize,
    pub clear_cycles: u64,
    pub steps: Vec<StepRecord>,
}

impl Classified {
    /// The prediction after the last step (0 for a sample without steps), board and golden.
    pub fn prediction(&self) -> usize {
        self.steps.last().map_or(0, |s| s.prediction)
    }

    pub fn golden_prediction(&self) -> usize {
        self.steps.last().map_or(0, |s| s.golden_prediction)
    }

    /// Busy cycles of all steps, as the board counted them.
    pub fn cycles(&self) -> u64 {
        self.steps.iter().map(|s| s.cycles).sum()
    }
}

/// A connected board running `golden`'s parameters.
pub struct Session<'h, L: Link> {
    pub host: &'h mut Host<L>,
    golden: Tile,
}

impl<'h, L: Link> Session<'h, L> {
    /// Checks the identity, loads `tile`'s parameters and, with `readback`, reads them back and
    /// compares.
    pub fn open(host: &'h mut Host<L>, tile: &Tile, readback: bool) -> Result<Self, SessionError> {
        let got = host.identify()?;
        if got != ID_MAGIC {
            return Err(SessionError::Identity { got });
        }
        host.load_params(&tile.params)?;
        if readback && host.read_params()? != tile.params.stored(&tile.cfg) {
            return Err(SessionError::Readback);
        }
        Ok(Session {
            host,
            golden: tile.clone(),
        })
    }

    /// Classifies `sample` from a cleared state on the board and in the golden model.
    pub fn classify(&mut self, sample: &Sample) -> Result<Classified, SessionError> {
        self.golden.reset_state();
        let clear_cycles = self.host.link.clear()?;
        let mut steps = Vec::with_capacity(sample.steps.len());
        for inputs in &sample.steps {
            self.golden.step(inputs, None);
            let status = self.host.run_step(inputs)?;
            steps.push(StepRecord {
                prediction: status.prediction,
                golden_prediction: self.golden.state.readout.prediction(),
                cycles: status.cycles,
                golden_cycles: step_cycles(&self.golden.cfg, self.golden.state.counts()),
                deadline_missed: status.deadline_missed,
            });
        }
        Ok(Classified {
            label: sample.label,
            clear_cycles,
            steps,
        })
    }
}
