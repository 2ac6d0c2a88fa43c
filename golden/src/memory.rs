//! What a tile stores, per memory, in bits: the parameter memories, the state the contract
//! defines, and the RTL's working lists. The RTL instantiates exactly these memories, at these
//! host-interface regions (address = region << REGION_SHIFT | index).

use crate::config::{Config, Feedback};
use crate::rng::LFSR_STREAMS;
use serde::Serialize;

/// One memory of the tile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Memory {
    pub name: &'static str,
    /// Host-interface region (the address's top bits); fixed per name, so addresses do not move
    /// when another memory is absent.
    pub region: u32,
    /// Parameter (learned or loaded) or state (cleared every sample).
    pub parameter: bool,
    /// Needed only for learning (traces, feedback).
    pub learning_only: bool,
    pub entries: u64,
    pub width: u32,
}

impl Memory {
    pub fn bits(&self) -> u64 {
        self.entries * self.width as u64
    }
}

/// Host addresses: `region << REGION_SHIFT | index`.
pub const REGION_SHIFT: u32 = 26;
/// The region of the configuration and status registers.
pub const REGISTERS: u32 = 63;
/// Register indices in the `REGISTERS` region; what each holds: `REGISTER_TABLE`.
pub mod reg {
    pub const BUDGET: u32 = 0;
    pub const ACTIVE_SOURCES: u32 = 1;
    pub const SPIKES: u32 = 2;
    pub const STEP: u32 = 3;
    pub const BAD_SPIKE: u32 = 4;
    pub const ID: u32 = 5;
    pub const LEARN: u32 = 6;
    pub const LABEL: u32 = 7;
    pub const SUPERVISION_START: u32 = 8;
    pub const LEARN_FLAGS: u32 = 9;
    pub const SHIFTS: u32 = 10;
    pub const TRACE_HEAD: u32 = 11;
    pub const MODULATED: u32 = 12;
}

/// One register of the `REGISTERS` region, as the memory map documents it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Register {
    pub name: &'static str,
    pub index: u32,
    /// "r" or "rw".
    pub access: &'static str,
    pub meaning: &'static str,
    /// Part of the learning unit (absent without `hardware.learning_unit`).
    pub learning: bool,
}

const fn register(
    name: &'static str,
    index: u32,
    access: &'static str,
    meaning: &'static str,
    learning: bool,
) -> Register {
    Register {
        name,
        index,
        access,
        meaning,
        learning,
    }
}

/// Every register, in index order: the one description of the register file.
pub const REGISTER_TABLE: [Register; 13] = [
    register(
        "budget",
        reg::BUDGET,
        "rw",
        "cycle budget per step (0 = none); a longer step raises `deadline_missed`",
        false,
    ),
    register(
        "active_sources",
        reg::ACTIVE_SOURCES,
        "r",
        "sources that could deliver a spike in the last step",
        false,
    ),
    register(
        "spikes",
        reg::SPIKES,
        "r",
        "hidden spikes of the last step",
        false,
    ),
    register("step", reg::STEP, "r", "steps since the last CLEAR", false),
    register(
        "bad_spike",
        reg::BAD_SPIKE,
        "r",
        "a SPIKE named a channel >= inputs (ignored; sticky until CLEAR)",
        false,
    ),
    register(
        "id",
        reg::ID,
        "r",
        "0x4454494C4501 (`ID_MAGIC`): \"DTILE\", interface version 1",
        false,
    ),
    register(
        "learn",
        reg::LEARN,
        "rw",
        "1: the coming sample learns (traces from its first step, updates from \
         supervision_start on); set after CLEAR, before its first step",
        true,
    ),
    register(
        "label",
        reg::LABEL,
        "rw",
        "target class of the current sample",
        true,
    ),
    register(
        "supervision_start",
        reg::SUPERVISION_START,
        "rw",
        "first step of a sample at which updates are applied",
        true,
    ),
    register(
        "learn_flags",
        reg::LEARN_FLAGS,
        "rw",
        "bit 0 weights, 1 readout, 2 bias, 3 synaptic delays, 4 axonal delays, 5 centring of \
         delay updates (`learn_flags`)",
        true,
    ),
    register(
        "shifts",
        reg::SHIFTS,
        "rw",
        "stochastic-rounding shifts, 8 bits each: w, d << 8, a << 16, u << 24, b << 32 \
         (`pack_shifts`); the host anneals the rates by rewriting it",
        true,
    ),
    register(
        "trace_head",
        reg::TRACE_HEAD,
        "r",
        "ring position of lag 0 in the trace FIFOs",
        true,
    ),
    register(
        "modulated",
        reg::MODULATED,
        "r",
        "hidden neurons with a non-zero learning signal in the last learning step",
        true,
    ),
];

/// The `LEARN_FLAGS` register for a `Learning` section.
pub fn learn_flags(l: &crate::config::Learning) -> u64 {
    (l.weights as u64)
        | (l.readout as u64) << 1
        | (l.bias as u64) << 2
        | (l.synaptic_delays as u64) << 3
        | (l.axonal_delays as u64) << 4
        | (l.center_delays as u64) << 5
}

/// The `SHIFTS` register for a set of formats.
pub fn pack_shifts(f: &crate::format::Formats) -> u64 {
    f.sr_w as u64
        | (f.sr_d as u64) << 8
        | (f.sr_a as u64) << 16
        | (f.sr_u as u64) << 24
        | (f.sr_b as u64) << 32
}
/// Host command opcodes (`cmd_op` of the tile's command port).
pub mod op {
    pub const NOP: u8 = 0;
    /// WRITE `cmd_addr` <- `cmd_data`.
    pub const WRITE: u8 = 1;
    /// READ `cmd_addr`; `rsp_valid` with `rsp_data` one cycle later.
    pub const READ: u8 = 2;
    /// SPIKE: input channel `cmd_data` spikes in the coming step.
    pub const SPIKE: u8 = 3;
    /// STEP: run one time step.
    pub const STEP: u8 = 4;
    /// CLEAR: zero the state for a new sample.
    pub const CLEAR: u8 = 5;
}

/// "DTILE" + interface version 1.
pub const ID_MAGIC: u64 = 0x4454_494C_4501;

/// Bits that index `entries` entries (at least 1): the width of a list of indices.
pub fn index_bits(entries: u64) -> u32 {
    (64 - entries.saturating_sub(1).leading_zeros()).max(1)
}

/// Every memory of the tile for `cfg`; memories with no entries are left out, and so are the
/// learning memories of a tile built without the learning unit (`hardware.learning_unit`).
pub fn memories(cfg: &Config) -> Vec<Memory> {
    let n = &cfg.network;
    let w = &cfg.widths;
    let (s, h, o, d) = (
        cfg.sources() as u64,
        n.hidden as u64,
        n.outputs as u64,
        n.max_delay as u64,
    );
    let delay_bits = n.max_delay.trailing_zeros() + w.delay_frac;
    let mem = |name, parameter, learning_only, entries, width| Memory {
        name,
        region: region_of(name).expect("every memory has a region"),
        parameter,
        learning_only,
        entries,
        width,
    };
    let has = |b: bool, x: u64| if b { x } else { 0 };
    let random_fb = cfg.learning.feedback == Feedback::Random;
    let list = vec![
        mem("weights", true, false, h * s, w.weight_bits),
        mem(
            "synaptic_delays",
            true,
            false,
            has(n.delay_mode.has_synaptic(), h * s),
            delay_bits,
        ),
        mem(
            "axonal_delays",
            true,
            false,
            has(n.delay_mode.has_axonal(), s),
            delay_bits,
        ),
        mem("readout_weights", true, false, o * h, w.weight_bits),
        mem("readout_biases", true, false, o, w.weight_bits),
        mem(
            "feedback_weights",
            true,
            true,
            has(random_fb, h * o),
            w.weight_bits,
        ),
        mem("spike_history", false, false, s, n.max_delay as u32),
        mem("membranes", false, false, h, w.membrane_bits),
        mem("spikes", false, false, h, 1),
        mem("readout", false, false, o, w.readout_bits),
        mem("decision_sums", false, false, o, 64),
        mem("input_spikes", false, false, n.inputs as u64, 1),
        mem("active_sources", false, false, s, index_bits(s)),
        mem("spike_list", false, false, h, index_bits(h)),
        mem(
            "output_errors",
            false,
            true,
            o,
            crate::format::PROB_FRAC + 2,
        ),
        mem("modulated_signals", false, true, h, w.signal_bits),
        mem(
            "delay_gradients",
            false,
            true,
            has(n.delay_mode.has_any(), s),
            w.signal_bits + w.weight_bits + w.trace_bits - 2,
        ),
        mem(
            "axonal_gradients",
            false,
            true,
            has(n.delay_mode.has_axonal(), s),
            64,
        ),
        mem("eps_trace_fifo", false, true, s * d, w.trace_bits),
        mem("eta_trace_fifo", false, true, s * d, w.trace_bits),
        mem("readout_traces", false, true, h, w.trace_bits),
        mem("psi", false, true, h, w.psi_bits),
        mem("lfsr", false, true, LFSR_STREAMS as u64, 32),
    ];
    list.into_iter()
        .filter(|m| m.entries > 0 && (cfg.hardware.learning_unit || !m.learning_only))
        .collect()
}

/// Every memory name in region order: the region of a memory is its index here.
pub const REGION_NAMES: [&str; 23] = [
    "weights",
    "synaptic_delays",
    "axonal_delays",
    "readout_weights",
    "readout_biases",
    "feedback_weights",
    "spike_history",
    "membranes",
    "spikes",
    "readout",
    "decision_sums",
    "input_spikes",
    "active_sources",
    "spike_list",
    "eps_trace_fifo",
    "eta_trace_fifo",
    "readout_traces",
    "psi",
    "lfsr",
    "output_errors",
    "modulated_signals",
    "delay_gradients",
    "axonal_gradients",
];

pub fn region_of(name: &str) -> Option<u32> {
    REGION_NAMES
        .iter()
        .position(|&n| n == name)
        .map(|i| i as u32)
}

/// The memory called `name` in `cfg`, if present.
pub fn find(cfg: &Config, name: &str) -> Option<Memory> {
    memories(cfg).into_iter().find(|m| m.name == name)
}

/// Total bits for inference and for the learning additions.
pub fn totals(cfg: &Config) -> (u64, u64) {
    let m = memories(cfg);
    let inference = m
        .iter()
        .filter(|m| !m.learning_only)
        .map(Memory::bits)
        .sum();
    let learning = m.iter().filter(|m| m.learning_only).map(Memory::bits).sum();
    (inference, learning)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixed::Tile;

    /// The register table is in index order, one entry per index, and the learning registers are
    /// exactly those from LEARN on.
    #[test]
    fn the_register_table_covers_every_index_once() {
        for (i, r) in REGISTER_TABLE.iter().enumerate() {
            assert_eq!(r.index as usize, i, "{}", r.name);
            assert_eq!(r.learning, r.index >= reg::LEARN, "{}", r.name);
            assert!(r.access == "r" || r.access == "rw", "{}", r.name);
        }
        assert_eq!(REGISTER_TABLE.last().unwrap().index, reg::MODULATED);
    }

    /// The parameter memories listed here have exactly as many entries as the golden model's.
    #[test]
    fn parameter_entries_match_the_golden_model() {
        for mode in ["none", "axonal", "synaptic", "both"] {
            for fb in ["symmetric", "random"] {
                let text = format!(
                    "[network]\ninputs = 7\nhidden = 5\noutputs = 3\ndelay_mode = \"{mode}\"\n\
                     [learning]\nfeedback = \"{fb}\"\n[data]\ndt_ms = 10.0\nmax_time_s = 1.4\npool = 100\n"
                );
                let cfg = Config::from_toml_str(&text, "test").unwrap();
                let p = Tile::new(&cfg).unwrap().params;
                let entries = |name: &str| {
                    memories(&cfg)
                        .iter()
                        .find(|m| m.name == name)
                        .map_or(0, |m| m.entries) as usize
                };
                assert_eq!(entries("weights"), p.w.len());
                assert_eq!(entries("synaptic_delays"), p.d.len());
                assert_eq!(entries("axonal_delays"), p.a.len());
                assert_eq!(entries("readout_weights"), p.u.len());
                assert_eq!(entries("readout_biases"), p.b.len());
                assert_eq!(entries("feedback_weights"), p.fb.len());
            }
        }
    }
}
