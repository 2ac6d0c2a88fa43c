//! The tile's cycle-count model: how many clock cycles the RTL (`hdl::tile`) is busy per
//! command. The co-simulation checks it against the RTL's `last_cycles` at every step.
//!
//! A STEP runs three pipelined passes (ARCHITECTURE.md, "The step schedule"):
//! - HIST: every source's history word is read, shifted and written back, L sources per cycle
//!   (ceil(S / L) issue cycles + 2); sources that can deliver a spike this step are listed
//!   ("active", below; each lane its own);
//! - SYN: per group of L = `hardware.lanes` consecutive hidden neurons, one cycle per active
//!   source (the L lanes accumulate their neurons at once; with the event pass, the sources
//!   spiking now, each lane adding into its neuron's buffer slot) and one that closes the group
//!   (the sums, or the buffer slots of this step, move to the lanes' holds, and each lane's LIF
//!   updates its neuron beside the next group's sources; the last group's + 6 to drain);
//! - OUT: per group of L consecutive outputs, one cycle per hidden spike (the L lanes sum their
//!   outputs at once) and one that closes the group (the sums move to the lanes' holds), at
//!   least L cycles per group but the last; the group's updates, one per output and cycle, run
//!   beside the next group's spikes (the last group's after it, + 3 to drain);
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
    let (_, _, o) = sizes(cfg);
    let (a, n) = (c.active_sources as u64, c.spikes as u64);
    // Each group takes its sources and a close token; the last close's LIF updates (stage 5)
    // and their spike-list, psi and spike writes (stage 6) end SYN 6 cycles after it.
    let syn = groups(cfg) * (a + 1) + 6;
    // Each output group takes its spikes and a close token, the groups but the last at least L
    // cycles: the one readout unit reads the group's L holds (one per cycle) before the next
    // close loads them. The last group's updates end OUT 3 cycles after their first.
    let (go, l) = (output_groups(cfg), lanes(cfg));
    let out = (n + 1) + (go - 1) * (n + 1).max(l) + (o - (go - 1) * l) + 3;
    (source_groups(cfg) + 2) + syn + out + 1
}

/// The lanes L (`hardware.lanes`): L history, synapse and output lanes.
pub fn lanes(cfg: &Config) -> u64 {
    cfg.hardware.lanes as u64
}

/// SYN's neuron groups: ceil(H / L).
pub fn groups(cfg: &Config) -> u64 {
    (cfg.network.hidden as u64).div_ceil(lanes(cfg))
}

/// HIST's source groups: ceil(S / L).
pub fn source_groups(cfg: &Config) -> u64 {
    (cfg.sources() as u64).div_ceil(lanes(cfg))
}

/// OUT's output groups: ceil(O / L).
pub fn output_groups(cfg: &Config) -> u64 {
    (cfg.network.outputs as u64).div_ceil(lanes(cfg))
}

/// The work a one-lane tile cannot avoid: synaptic events (active sources x hidden neurons),
/// neuron updates, readout events (spikes x outputs) and readout updates. A tile of L lanes
/// cannot take fewer than `work_bound / L` cycles (`report` prints the ratio to that).
pub fn work_bound(cfg: &Config, c: StepCounts) -> u64 {
    let (_, h, o) = sizes(cfg);
    let (a, n) = (c.active_sources as u64, c.spikes as u64);
    a * h + h + n * o + o
}

/// Busy cycles of a CLEAR (all state memories, the trace FIFOs included, zeroed in parallel,
/// one entry per cycle; the banked trace FIFOs and current buffer one row of every bank).
pub fn clear_cycles(cfg: &Config) -> u64 {
    let (s, h, o) = sizes(cfg);
    // The trace FIFOs, source-banked: each of the L banks holds its sources' D lags (an
    // inference-only tile has none).
    let fifo = if cfg.hardware.learning_unit {
        source_groups(cfg) * cfg.network.max_delay as u64
    } else {
        0
    };
    // The current buffer: each lane's bank holds its neurons' D slots.
    let buffer = if cfg.hardware.event_pass {
        groups(cfg) * cfg.network.max_delay as u64
    } else {
        0
    };
    s.max(h).max(o).max(fifo).max(buffer) + 1
}

fn sizes(cfg: &Config) -> (u64, u64, u64) {
    (
        cfg.sources() as u64,
        cfg.network.hidden as u64,
        cfg.network.outputs as u64,
    )
}

/// What a learning step's extra work depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LearnCounts {
    /// The sample learns: the trace FIFOs advance this step.
    pub traces: bool,
    /// Updates are applied this step (`t >= supervision_start`).
    pub supervised: bool,
    /// Hidden neurons with a non-zero modulated signal (the others are skipped).
    pub modulated: usize,
    /// Groups of L consecutive hidden neurons (CHECK's rows) with no modulated neuron.
    pub quiet_groups: usize,
}

/// Which kinds learn, as the learning unit sees them.
struct Kinds {
    w: bool,
    u: bool,
    b: bool,
    need_q: bool,
    a: bool,
}

fn kinds(cfg: &Config) -> Kinds {
    let l = &cfg.learning;
    let mode = cfg.network.delay_mode;
    let d = l.synaptic_delays && mode.has_synaptic();
    let a = l.axonal_delays && mode.has_axonal();
    Kinds {
        w: l.weights,
        u: l.readout,
        b: l.readout && l.bias,
        need_q: d || a,
        a,
    }
}

/// Busy cycles the learning unit adds to a STEP (0 without learning). Phases (ARCHITECTURE.md):
/// TRACE 2 ceil(G_S / 2) (R + 1) + 3 - (G_S mod 2), G_S = ceil(S / L) (lanes over the sources,
/// two groups' lags interleaved); then, when supervised: PSUM O + 2, DIV 33, ERR O + 2, SIG
/// ceil(H / L) (O + 1) + 4 (lanes over the neurons; four stages);
/// per group of L neurons CHECK 1 (their L modulated signals), per m_j != 0 DECIDE 1, PASS1
/// ceil(S / L) + 3 and MEAN log2 L + 3 (delays learned) or LEAD 1 (weights only: PASS2 reads its
/// delays two groups ahead), PASS2 ceil(S / L) + 3 (the learning lanes take L synapses per
/// cycle), a quiet group's DECIDE 1, one final CHECK;
/// axonal MEANG 1 + AXON ceil(S / L) + 3 (lanes over the sources; four stages); readout
/// O (ceil(H / L) + bias) + 2 (lanes over a row's neurons).
pub fn learning_cycles(cfg: &Config, c: LearnCounts) -> u64 {
    if !c.traces {
        return 0;
    }
    let (_, _, o) = sizes(cfg);
    let r = cfg.surrogate.kernel_radius as u64;
    // TRACE interleaves two groups' lags (2 (R + 1) cycles a pair; an odd count's last group
    // has an idle partner) and drains three stages, one less after an idle last token.
    let g = source_groups(cfg);
    let mut cycles = (g + g % 2) * (r + 1) + 3 - g % 2;
    if !c.supervised {
        return cycles;
    }
    let k = kinds(cfg);
    cycles += (o + 2) + 33 + (o + 2) + groups(cfg) * (o + 1) + 4;
    if k.w || k.need_q {
        // MEAN adds PASS1's last q (1), folds the lanes' totals into one (log2 L cycles), then
        // divides (2); without delay learning LEAD (1) reads PASS2's second group of delays
        // instead.
        let pass = source_groups(cfg) + 3;
        let mean = lanes(cfg).trailing_zeros() as u64 + 3;
        let per_neuron = if k.need_q { 2 * pass + mean } else { pass + 1 };
        let (m, quiet) = (c.modulated as u64, c.quiet_groups as u64);
        cycles += groups(cfg) + quiet + m * (1 + per_neuron) + 1;
    }
    if k.a {
        cycles += 1 + source_groups(cfg) + 3;
    }
    if k.u {
        cycles += o * (groups(cfg) + k.b as u64) + 2;
    }
    cycles
}

/// The learning work a one-lane tile cannot avoid: trace entries updated, output errors,
/// learning-signal products, synapse visits of the neurons that update (one or two passes),
/// axonal and readout updates.
pub fn learning_work_bound(cfg: &Config, c: LearnCounts) -> u64 {
    if !c.traces {
        return 0;
    }
    let (s, h, o) = sizes(cfg);
    let r = cfg.surrogate.kernel_radius as u64;
    let mut work = s * (r + 1);
    if !c.supervised {
        return work;
    }
    let k = kinds(cfg);
    work += 3 * o + h * o + h;
    if k.w || k.need_q {
        work += c.modulated as u64 * s * if k.need_q { 2 } else { 1 };
    }
    if k.a {
        work += s;
    }
    if k.u {
        work += o * (h + k.b as u64);
    }
    work
}

/// Mean busy cycles and mean work bound per step of `tile` over `samples`, each sample from a
/// cleared state; with `learn` the tile learns online towards each label (its parameters change
/// as the samples go, as on chip).
pub fn mean_cycles(
    tile: &mut crate::fixed::Tile,
    samples: &[crate::task::Sample],
    learn: bool,
) -> (f64, f64) {
    let cfg = tile.cfg.clone();
    let (mut cycles, mut bound, mut steps) = (0u64, 0u64, 0u64);
    for sample in samples {
        tile.reset_state();
        for x in &sample.steps {
            tile.step(x, learn.then_some(sample.label));
            let (c, l) = (tile.state.counts(), tile.state.learn_counts);
            cycles += step_cycles(&cfg, c) + learning_cycles(&cfg, l);
            bound += work_bound(&cfg, c) + learning_work_bound(&cfg, l);
            steps += 1;
        }
    }
    let steps = steps.max(1) as f64;
    (cycles as f64 / steps, bound as f64 / steps)
}
