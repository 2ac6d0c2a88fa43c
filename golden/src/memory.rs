//! What a tile stores, per memory, in bits: the parameter memories, the state the contract
//! defines, and the RTL's working lists. The RTL instantiates exactly these memories, at these
//! host-interface regions (address = region << REGION_SHIFT | index).

use crate::config::{Config, Feedback};
use crate::format::{ERROR_BITS, Formats};
use crate::rng::LFSR_STREAMS;
use serde::Serialize;

/// One memory of the tile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Memory {
    #[serde(skip)]
    pub id: MemoryId,
    /// `id.name()`.
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
    /// Block RAMs it is split into (`hardware.lanes` for a banked memory, else 1), each of
    /// `entries / banks` entries.
    pub banks: u32,
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

/// Every memory of the tile, one variant each: its name (files, JSON, the command line), its
/// host-interface region, what writes it before its first read, and its entry and width rules
/// (`entries`, `width`). The one table of the tile's memories; the RTL instantiates exactly these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemoryId {
    Weights,
    SynapticDelays,
    AxonalDelays,
    ReadoutWeights,
    ReadoutBiases,
    FeedbackWeights,
    SpikeHistory,
    Membranes,
    Spikes,
    Readout,
    DecisionSums,
    InputSpikes,
    ActiveSources,
    SpikeList,
    EpsTraceFifo,
    EtaTraceFifo,
    ReadoutTraces,
    Psi,
    Lfsr,
    OutputErrors,
    ModulatedSignals,
    DelayGradients,
    AxonalGradients,
    CurrentBuffer,
}

use MemoryId as M;

impl MemoryId {
    /// Every memory in region order: a memory's region is its index here (fixed, so addresses do
    /// not move when another memory is absent).
    pub const ALL: [MemoryId; 24] = [
        M::Weights,
        M::SynapticDelays,
        M::AxonalDelays,
        M::ReadoutWeights,
        M::ReadoutBiases,
        M::FeedbackWeights,
        M::SpikeHistory,
        M::Membranes,
        M::Spikes,
        M::Readout,
        M::DecisionSums,
        M::InputSpikes,
        M::ActiveSources,
        M::SpikeList,
        M::EpsTraceFifo,
        M::EtaTraceFifo,
        M::ReadoutTraces,
        M::Psi,
        M::Lfsr,
        M::OutputErrors,
        M::ModulatedSignals,
        M::DelayGradients,
        M::AxonalGradients,
        M::CurrentBuffer,
    ];

    /// Position in the memory map: region order, except that the learning unit's work
    /// memories (output errors .. axonal gradients) come before its traces and streams.
    fn map_rank(self) -> u32 {
        let (traces, work) = (M::EpsTraceFifo as u32, M::OutputErrors as u32);
        let n_work = M::AxonalGradients as u32 + 1 - work;
        match self.region() {
            r if r > M::AxonalGradients as u32 => r,
            r if (traces..work).contains(&r) => r + n_work,
            r if r >= work => r - (work - traces),
            r => r,
        }
    }

    /// Host-interface region (the address's top bits).
    pub const fn region(self) -> u32 {
        self as u32
    }

    pub const fn name(self) -> &'static str {
        match self {
            M::Weights => "weights",
            M::SynapticDelays => "synaptic_delays",
            M::AxonalDelays => "axonal_delays",
            M::ReadoutWeights => "readout_weights",
            M::ReadoutBiases => "readout_biases",
            M::FeedbackWeights => "feedback_weights",
            M::SpikeHistory => "spike_history",
            M::Membranes => "membranes",
            M::Spikes => "spikes",
            M::Readout => "readout",
            M::DecisionSums => "decision_sums",
            M::InputSpikes => "input_spikes",
            M::ActiveSources => "active_sources",
            M::SpikeList => "spike_list",
            M::EpsTraceFifo => "eps_trace_fifo",
            M::EtaTraceFifo => "eta_trace_fifo",
            M::ReadoutTraces => "readout_traces",
            M::Psi => "psi",
            M::Lfsr => "lfsr",
            M::OutputErrors => "output_errors",
            M::ModulatedSignals => "modulated_signals",
            M::DelayGradients => "delay_gradients",
            M::AxonalGradients => "axonal_gradients",
            M::CurrentBuffer => "current_buffer",
        }
    }

    /// What writes the memory before anything reads a value from it (ALGORITHM.md §11, "Defined
    /// before read"): the tile must compute the same under any power-up (block RAM contents, an
    /// ASIC's random state, Icarus's X), so no value is read that the host, CLEAR or an earlier
    /// phase of the same step has not written.
    pub const fn first_write(self) -> &'static str {
        match self {
            M::Weights
            | M::SynapticDelays
            | M::AxonalDelays
            | M::ReadoutWeights
            | M::ReadoutBiases
            | M::FeedbackWeights => "host (parameter load)",
            M::SpikeHistory
            | M::Membranes
            | M::Spikes
            | M::Readout
            | M::DecisionSums
            | M::EpsTraceFifo
            | M::EtaTraceFifo
            | M::ReadoutTraces
            | M::CurrentBuffer
            | M::Psi => "CLEAR",
            M::InputSpikes => "CLEAR (then SPIKE; HIST re-zeroes each bit it consumes)",
            M::ActiveSources => "HIST of the same step (entries below ACTIVE_SOURCES only)",
            M::SpikeList => "SYN of the same step (entries below SPIKES only)",
            M::Lfsr => "host (the seed of every stream)",
            M::OutputErrors => "ERR of the same step",
            M::ModulatedSignals => "SIG of the same step",
            M::DelayGradients => "PASS1 of the same neuron",
            M::AxonalGradients => "CLEAR (then summed in PASS1, re-zeroed by AXON after use)",
        }
    }

    /// Parameter (learned or loaded) rather than state (cleared every sample).
    pub const fn parameter(self) -> bool {
        (self as u32) <= M::FeedbackWeights as u32
    }

    /// Needed only for learning (traces, feedback, the learning unit's work memories).
    pub const fn learning_only(self) -> bool {
        matches!(
            self,
            M::FeedbackWeights
                | M::OutputErrors
                | M::ModulatedSignals
                | M::DelayGradients
                | M::AxonalGradients
                | M::EpsTraceFifo
                | M::EtaTraceFifo
                | M::ReadoutTraces
                | M::Psi
                | M::Lfsr
        )
    }

    /// Split into `hardware.lanes` banks, skewed: entry (row, column) in bank `(row + column) mod
    /// L`, one bank per lane (`host_index`).
    pub const fn banked(self) -> bool {
        matches!(
            self,
            M::Weights | M::SynapticDelays | M::ReadoutWeights | M::FeedbackWeights
        )
    }

    /// Split into `hardware.lanes` banks by source, source s in bank `s mod L` at `s div L`
    /// (the host index is the entry; the spikes of hidden neuron j are source `I + j`'s, at
    /// bank row `(I + j) div L - I div L`; the active list is kept per bank, `host_index` does
    /// not apply to it: `active_entry_index`). The trace FIFOs keep source s's D lags together:
    /// entry `s D + m` in bank `s mod L` at `(s div L) D + m`. The membranes, readout traces,
    /// psi and modulated signals are split by neuron likewise (neuron j in bank `j mod L` at
    /// `j div L`), the spike list by position (entry p in bank `p mod L` at `p div L`: a group's
    /// L LIF lanes append up to L neurons at once), and the current buffer keeps neuron j's D
    /// slots together as the trace FIFOs keep a source's lags: entry `j D + m` in bank `j mod L`
    /// at `(j div L) D + m`.
    pub const fn source_banked(self) -> bool {
        matches!(
            self,
            M::SpikeHistory
                | M::InputSpikes
                | M::AxonalDelays
                | M::ActiveSources
                | M::Spikes
                | M::EpsTraceFifo
                | M::EtaTraceFifo
                | M::DelayGradients
                | M::AxonalGradients
                | M::Membranes
                | M::SpikeList
                | M::ReadoutTraces
                | M::Psi
                | M::ModulatedSignals
                | M::CurrentBuffer
        )
    }

    /// A banked memory's rows and row length in the golden model's order: H x S (weights,
    /// synaptic delays), O x H (readout weights) or H x O (random feedback weights).
    pub fn rows(self, cfg: &Config) -> (u64, u64) {
        let (s, h, o) = (
            cfg.sources() as u64,
            cfg.network.hidden as u64,
            cfg.network.outputs as u64,
        );
        match self {
            M::ReadoutWeights => (o, h),
            M::FeedbackWeights => (h, o),
            _ => (h, s),
        }
    }

    /// Entries in the golden model's order (`host_index` maps them to the tile's): `entries`
    /// without a banked memory's padding rows.
    pub fn logical_entries(self, cfg: &Config) -> u64 {
        let n = &cfg.network;
        if self.entries(cfg) == 0 {
            0
        } else if self.banked() {
            let (rows, len) = self.rows(cfg);
            rows * len
        } else if self.source_banked() {
            match self {
                M::InputSpikes => n.inputs as u64,
                M::Spikes
                | M::Membranes
                | M::SpikeList
                | M::ReadoutTraces
                | M::Psi
                | M::ModulatedSignals => n.hidden as u64,
                M::EpsTraceFifo | M::EtaTraceFifo => cfg.sources() as u64 * n.max_delay as u64,
                M::CurrentBuffer => n.hidden as u64 * n.max_delay as u64,
                _ => cfg.sources() as u64,
            }
        } else {
            self.entries(cfg)
        }
    }

    /// Entries for `cfg` (0: the configuration has no such memory).
    pub fn entries(self, cfg: &Config) -> u64 {
        let n = &cfg.network;
        let (s, h, o, d) = (
            cfg.sources() as u64,
            n.hidden as u64,
            n.outputs as u64,
            n.max_delay as u64,
        );
        let has = |b: bool, x: u64| if b { x } else { 0 };
        // The banked memories hold ceil(rows / L) rows per bank (`host_index`); the ones banked
        // by source ceil(S / L) entries per bank (the spikes only the hidden sources' rows).
        let lanes = crate::cycles::lanes(cfg);
        let rows = crate::cycles::groups(cfg) * lanes;
        let per_source = crate::cycles::source_groups(cfg) * lanes;
        // Hidden neuron j's spike sits at source I + j's bank row (also without recurrence).
        let spike_rows = ((n.inputs as u64 + h).div_ceil(lanes) - n.inputs as u64 / lanes) * lanes;
        match self {
            M::Weights => rows * s,
            M::SynapticDelays => has(n.delay_mode.has_synaptic(), rows * s),
            M::AxonalDelays => has(n.delay_mode.has_axonal(), per_source),
            M::ReadoutWeights => crate::cycles::output_groups(cfg) * lanes * h,
            M::ReadoutBiases => o,
            M::FeedbackWeights => has(cfg.learning.feedback == Feedback::Random, rows * o),
            M::SpikeHistory | M::ActiveSources => per_source,
            M::Spikes => spike_rows,
            // Banked by neuron (or, the spike list, by position): G L rows.
            M::Membranes | M::SpikeList | M::ModulatedSignals | M::ReadoutTraces | M::Psi => rows,
            M::Readout | M::DecisionSums | M::OutputErrors => o,
            M::InputSpikes => (n.inputs as u64).div_ceil(lanes) * lanes,
            M::EpsTraceFifo | M::EtaTraceFifo => per_source * d,
            M::Lfsr => LFSR_STREAMS as u64,
            M::DelayGradients => has(n.delay_mode.has_any(), per_source),
            M::AxonalGradients => has(n.delay_mode.has_axonal(), per_source),
            M::CurrentBuffer => has(cfg.hardware.event_pass, rows * d),
        }
    }

    /// Bits per entry for `cfg` (derived widths from `Formats`).
    pub fn width(self, cfg: &Config) -> u32 {
        let w = &cfg.widths;
        match self {
            M::Weights | M::ReadoutWeights | M::ReadoutBiases | M::FeedbackWeights => w.weight_bits,
            M::SynapticDelays | M::AxonalDelays => Formats::delay_bits(cfg),
            M::SpikeHistory => cfg.network.max_delay as u32,
            M::Membranes => w.membrane_bits,
            M::Spikes | M::InputSpikes => 1,
            M::Readout => w.readout_bits,
            M::DecisionSums => 64,
            M::AxonalGradients => Formats::axonal_gradient_bits(cfg),
            M::ActiveSources => index_bits(cfg.sources() as u64),
            M::SpikeList => index_bits(cfg.network.hidden as u64),
            M::OutputErrors => ERROR_BITS,
            M::ModulatedSignals => w.signal_bits,
            M::DelayGradients => Formats::delay_gradient_bits(cfg),
            M::EpsTraceFifo | M::EtaTraceFifo | M::ReadoutTraces => w.trace_bits,
            M::Psi => w.psi_bits,
            M::Lfsr => 32,
            M::CurrentBuffer => Formats::current_bits(cfg),
        }
    }

    /// The memory as `cfg` sizes it (whether or not the tile has it).
    pub fn sized(self, cfg: &Config) -> Memory {
        Memory {
            id: self,
            name: self.name(),
            region: self.region(),
            parameter: self.parameter(),
            learning_only: self.learning_only(),
            entries: self.entries(cfg),
            width: self.width(cfg),
            banks: if self.banked() || self.source_banked() {
                cfg.hardware.lanes
            } else {
                1
            },
        }
    }
}

impl std::fmt::Display for MemoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The host index of entry `logical` of memory `id`, `logical` in the golden model's order (row
/// r, column c at `r N + c`: the weights and synaptic delays `j S + s`, the readout weights
/// `k H + j`). A banked memory (`MemoryId::banked`) keeps its L = `hardware.lanes` banks in the
/// index's low bits: entry (r, c) lies in bank `(r + c) mod L` at bank address `(r div L) N + c`,
/// and its host index is `bank address * L + bank`, so that the tile finds bank and bank address
/// by slicing. The banks are skewed: L consecutive rows at one column (SYN's group of neurons at
/// one source, OUT's group of outputs at one spike) lie in L different banks at one address, and
/// so do L consecutive columns of one row (a neuron's synapses for the learning passes, an
/// output's readout weights), at L consecutive addresses. Every other memory's index is its
/// entry; with one lane so is a banked memory's.
pub fn host_index(cfg: &Config, id: MemoryId, logical: u64) -> u64 {
    let lanes = crate::cycles::lanes(cfg);
    if !id.banked() || lanes == 1 {
        return logical;
    }
    let (_, len) = id.rows(cfg);
    let (r, c) = (logical / len, logical % len);
    ((r / lanes) * len + c) * lanes + (r + c) % lanes
}

/// The host index of entry `entry` of lane `bank`'s active list: the tile keeps a step's
/// active sources per lane (lane b: the sources `s mod L = b`, ascending), lane b's e-th entry at
/// `e L + b` and its length at `ACTIVE_COUNT | b`. With one lane the list itself.
pub fn active_entry_index(cfg: &Config, bank: u64, entry: u64) -> u64 {
    entry * crate::cycles::lanes(cfg) + bank
}

/// The active list's index bit that reads a bank's length instead of an entry.
pub const ACTIVE_COUNT: u64 = 1 << (REGION_SHIFT - 1);

/// A memory name that is not one of the tile's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no memory is called {name:?}; the tile's memories are {}", MemoryId::ALL.map(MemoryId::name).join(", "))]
pub struct UnknownMemory {
    pub name: String,
}

impl std::str::FromStr for MemoryId {
    type Err = UnknownMemory;

    fn from_str(name: &str) -> Result<MemoryId, UnknownMemory> {
        MemoryId::ALL
            .into_iter()
            .find(|m| m.name() == name)
            .ok_or_else(|| UnknownMemory {
                name: name.to_string(),
            })
    }
}

/// Every memory of the tile for `cfg`, in memory-map order (`map_rank`); memories with no entries are left
/// out, and so are the learning memories of a tile built without the learning unit
/// (`hardware.learning_unit`).
pub fn memories(cfg: &Config) -> Vec<Memory> {
    let mut ids = MemoryId::ALL;
    ids.sort_by_key(|id| id.map_rank());
    ids.into_iter()
        .map(|id| id.sized(cfg))
        .filter(|m| m.entries > 0 && (cfg.hardware.learning_unit || !m.learning_only))
        .collect()
}

/// The memory `id` in `cfg`, if the tile has it.
pub fn find(cfg: &Config, id: MemoryId) -> Option<Memory> {
    memories(cfg).into_iter().find(|m| m.id == id)
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

    /// Every memory's name parses back to it, regions are the distinct indices of `ALL`, the map
    /// order lists each memory once, and each says what writes it before its first read.
    #[test]
    fn every_memory_id_round_trips_and_has_its_own_region() {
        let mut regions = std::collections::BTreeSet::new();
        for (i, id) in MemoryId::ALL.into_iter().enumerate() {
            assert_eq!(id.name().parse::<MemoryId>(), Ok(id));
            assert_eq!(id.to_string(), id.name());
            assert_eq!(id.region() as usize, i);
            assert!(regions.insert(id.region()));
            assert!(!id.first_write().is_empty(), "{id}");
            assert!(id.region() < REGISTERS);
        }
        let mut ranks: Vec<u32> = MemoryId::ALL.map(MemoryId::map_rank).to_vec();
        ranks.sort();
        assert_eq!(
            ranks,
            (0..MemoryId::ALL.len() as u32).collect::<Vec<u32>>(),
            "the map order is a permutation"
        );
        // The parameters are exactly what the host loads first.
        for id in MemoryId::ALL {
            assert_eq!(
                id.parameter(),
                id.first_write() == "host (parameter load)",
                "{id}"
            );
        }
    }

    /// An unknown name's error lists every valid one.
    #[test]
    fn an_unknown_memory_name_lists_the_valid_ones() {
        let e = "wieghts".parse::<MemoryId>().unwrap_err().to_string();
        assert!(e.contains("\"wieghts\""), "{e}");
        for id in MemoryId::ALL {
            assert!(e.contains(id.name()), "{e}");
        }
    }

    /// The memory map of the reference lists each present memory once, at its region.
    #[test]
    fn the_map_holds_each_present_memory_at_its_region() {
        let cfg = Config::default();
        let m = memories(&cfg);
        for x in &m {
            assert_eq!(x.region, x.id.region());
            assert_eq!(x.name, x.id.name());
            assert_eq!(find(&cfg, x.id).as_ref(), Some(x));
        }
        let mut ids: Vec<MemoryId> = m.iter().map(|x| x.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), m.len());
    }

    /// With L lanes, the banked memories' host indices place each of the golden model's H x S
    /// entries at its own index below the memory's entries, in bank `(j + s) mod L` (the index's
    /// low bits), consecutive sources of a neuron L apart; the padding is below one group of rows.
    #[test]
    fn banked_host_indices_are_distinct_and_in_their_rows_bank() {
        for (h, s, lanes) in [
            (5, 7, 1),
            (5, 7, 2),
            (5, 7, 4),
            (8, 3, 8),
            (3, 9, 16),
            (17, 2, 4),
        ] {
            let text = format!(
                "[network]\ninputs = {s}\nhidden = {h}\noutputs = 3\nrecurrent = false\n\
                 [hardware]\nlanes = {lanes}\n"
            );
            let cfg = Config::from_toml_str(&text, "test").unwrap();
            // Rows x row length: H x S, H x S, O x H.
            for (id, rows, len) in [
                (M::Weights, h, s),
                (M::SynapticDelays, h, s),
                (M::ReadoutWeights, 3, h),
            ] {
                let entries = id.entries(&cfg);
                assert_eq!(id.rows(&cfg), (rows as u64, len as u64));
                assert_eq!(id.logical_entries(&cfg), (rows * len) as u64);
                assert!(entries >= (rows * len) as u64);
                assert!(entries < ((rows + lanes) * len) as u64);
                let mut seen = std::collections::HashSet::new();
                for r in 0..rows as u64 {
                    for c in 0..len as u64 {
                        let x = host_index(&cfg, id, r * len as u64 + c);
                        assert!(x < entries, "{x} >= {entries}");
                        assert!(seen.insert(x), "index {x} twice");
                        let bank = x % lanes as u64;
                        assert_eq!(bank, (r + c) % lanes as u64, "bank of ({r}, {c})");
                        // Its bank address: the row's group's block, column c in it.
                        assert_eq!(x / lanes as u64, (r / lanes as u64) * len as u64 + c);
                        // L rows of a group at column c, and L consecutive columns of row r,
                        // each lie in L different banks (what the lanes read in one cycle).
                        let group = (r / lanes as u64) * lanes as u64;
                        if r == group + lanes as u64 - 1 {
                            let banks: std::collections::HashSet<u64> = (group..=r)
                                .map(|q| host_index(&cfg, id, q * len as u64 + c) % lanes as u64)
                                .collect();
                            assert_eq!(banks.len(), lanes, "rows {group}..={r}, column {c}");
                        }
                        if c + 1 >= lanes as u64 {
                            let banks: std::collections::HashSet<u64> = (c + 1 - lanes as u64..=c)
                                .map(|k| host_index(&cfg, id, r * len as u64 + k) % lanes as u64)
                                .collect();
                            assert_eq!(banks.len(), lanes, "row {r}, columns to {c}");
                        }
                    }
                }
            }
            // Unbanked memories keep their entries' order.
            assert_eq!(host_index(&cfg, M::ReadoutBiases, 2), 2);
        }
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
                let entries = |id| find(&cfg, id).map_or(0, |m| m.entries) as usize;
                // One lane: the golden model's H x S (the lanes' padding: below).
                assert_eq!(entries(M::Weights), p.w.len());
                assert_eq!(entries(M::SynapticDelays), p.d.len());
                assert_eq!(entries(M::AxonalDelays), p.a.len());
                assert_eq!(entries(M::ReadoutWeights), p.u.len());
                assert_eq!(entries(M::ReadoutBiases), p.b.len());
                assert_eq!(entries(M::FeedbackWeights), p.fb.len());
            }
        }
    }
}
