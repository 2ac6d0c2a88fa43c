//! The tile's cycle-count model: how many clock cycles the RTL (`hdl::tile`) is busy per
//! command. The co-simulation checks it against the RTL's `last_cycles` at every step.
//!
//! A STEP runs three pipelined passes on one lane (ARCHITECTURE.md, "The step schedule"):
//! - HIST: every source's history word is read, shifted and written back (S issue cycles + 2);
//!   sources that can deliver a spike this step are listed ("active", below);
//! - SYN: per hidden neuron, one cycle per active source, then one LIF cycle (+ 3 to drain);
//! - OUT: per output, one cycle per hidden spike, then one update cycle (+ 3 to drain);
//! - one cycle to finish.

use crate::config::Config;

/// What a step's work depends on besides the sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepCounts {
    /// Sources whose spike can arrive at some synapse this step: with synaptic delays, any source
    /// with a spike in its D-step history (each synapse has its own tap, so all are read);
    /// otherwise sources with a spike at their (shared) tap.
    pub active_sources: usize,
    /// Hidden neurons that spiked.
    pub spikes: usize,
}

/// Busy cycles of one STEP.
pub fn step_cycles(cfg: &Config, c: StepCounts) -> u64 {
    let (s, h, o) = sizes(cfg);
    let (a, n) = (c.active_sources as u64, c.spikes as u64);
    (s + 2) + (h * (a + 1) + 3) + (o * (n + 1) + 3) + 1
}

/// The work a one-lane tile cannot avoid: synaptic events (active sources x hidden neurons),
/// neuron updates, readout events (spikes x outputs) and readout updates.
pub fn work_bound(cfg: &Config, c: StepCounts) -> u64 {
    let (_, h, o) = sizes(cfg);
    let (a, n) = (c.active_sources as u64, c.spikes as u64);
    a * h + h + n * o + o
}

/// Busy cycles of a CLEAR (all state memories zeroed in parallel, one entry per cycle).
pub fn clear_cycles(cfg: &Config) -> u64 {
    let (s, h, o) = sizes(cfg);
    s.max(h).max(o) + 1
}

fn sizes(cfg: &Config) -> (u64, u64, u64) {
    (
        cfg.sources() as u64,
        cfg.network.hidden as u64,
        cfg.network.outputs as u64,
    )
}
