//! One history lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "The step
//! schedule"): HIST walks the sources in groups of L consecutive ones, and lane `index` holds the
//! sources `s mod L = index`: their banks of the spike history, the input spikes, the hidden
//! spikes (neuron j is source I + j) and the axonal delays, at bank address `s div L`
//! (`golden::memory::MemoryId::source_banked`), and its own list of the step's active sources.
//! In a group's stage 1 the lane pushes its source's new spike into its history word, writes it
//! back, clears the input spike and, if the source can deliver a spike this step, appends it to
//! its list (golden `fixed::delay_fifo`, the same rule as one lane). SYN reads the lists bank
//! after bank (`start`: the lengths of the lanes below), so a step's sums are those of the
//! ascending list (integers: the order changes no value). The lengths of the lanes below are a
//! prefix sum over the lanes, taken as a tree (Kogge-Stone: `span_k` of lane l sums the lengths
//! of lanes l - 2^k + 1 ..= l, from its own `span_(k-1)` and lane l - 2^(k-1)'s), so that HIST's
//! last cycle adds 4 narrow numbers in series at L = 16 instead of 16.
//!
//! ```text
//!                  +-----------------------------------------------------------+
//!   read_source -->| history, inputs, spikes, axonal banks read at source s:   |
//!                  |   address s div L; sel <= (s mod L == index)              |
//!   *_chain_in --->|   *_chain_out = *_chain_in | (own word if sel)            |--> *_chain_out
//!                  |   h_word, a_word = the lane's own history word and axonal |--> h_word
//!                  |   delay (learning lanes: TRACE, PASS, AXON)               |--> a_word
//!   write_source ->| façade writes (host, AXON) into bank s mod L              |
//!   write_data --->|                                                           |
//!   *_write ------>|                                                           |
//!   sp_* --------->| SYN's LIF lanes: the group's spikes, each bank its own    |
//!   a_lane, ------>| AXON: with a_lane the lane's source of the group takes    |
//!   a_data         |   a_data as its axonal delay (row group)                  |
//!                  | HIST: the words registered as read (h_reg, a_reg, in_reg, |
//!                  |   sp_reg; the tile reads two cycles before the write-back)|
//!   hist_wb ------>| HIST stage 1 (group): push, write back, clear the input   |
//!   group -------->|   spike, append if active: list[count] <= source (a cycle |
//!                  |   later, from registers: no block-RAM word before the     |
//!                  |   list's write enable); count + 1 at once                 |
//!   hist_clear --->|   count <= 0                                              |
//!   clear_all ---->| CLEAR: zero history, inputs, spikes at clear_address      |
//!   syn, act_idx ->| the list: SYN reads entry act_idx - start (hit: in range);|
//!   act_count ---->|   the host entry act_idx div L, or with act_count the     |--> act_chain_out
//!   act_chain_in ->|   length, of bank act_idx mod L                           |
//!   latch -------->| start <= start_in (lane l - 1's start_out)                |
//!   start_in ----->|                                                           |
//!   span1..4_in -->| span0 = count; span_k = span_(k-1) + span_k_in            |--> span0..3_out
//!                  |   (span_k_in: lane l - 2^(k-1)'s span_(k-1), 0 below 0)   |
//!                  | start_out = span4: the lengths of lanes 0 ..= l           |--> start_out
//!                  +-----------------------------------------------------------+
//! ```

use crate::delay_fifo::DelayFifo;
use crate::narrow::Narrow;
use crate::ram::{Memory, ecp5_blocks};
use golden::config::Config;
use golden::memory::MemoryId;
use rust_hdl::prelude::*;

/// The banks read at the sequencer's source: where the ECP5 keeps one in LUT-RAM, its read
/// address is registered (`ram.rs`), since these reads follow the sequencer's index. The list
/// keeps its word registered, since SYN forms the synapse banks' addresses from it.
const READ_AT_SOURCE: [MemoryId; 4] = [
    MemoryId::SpikeHistory,
    MemoryId::InputSpikes,
    MemoryId::Spikes,
    MemoryId::AxonalDelays,
];

/// Whether a history lane reads its bank of memory `id` behind a registered address (from
/// `golden::memory`'s entry: its width and entries per bank). The tile builds its lanes with
/// these (`HistShape::registered`) and `generate::memory_map` marks them, so that
/// `fpga::bram` counts them as transparent read ports: one derivation for both.
pub fn address_registered(cfg: &Config, id: MemoryId) -> bool {
    golden::memory::find(cfg, id).is_some_and(|m| {
        READ_AT_SOURCE.contains(&id) && ecp5_blocks(m.width, m.entries / m.banks as u64) == 0
    })
}

/// `address_registered` for the banks `HistShape::registered` lists, in its order.
pub fn registered_reads(cfg: &Config) -> [bool; 4] {
    READ_AT_SOURCE.map(|id| address_registered(cfg, id))
}

/// A history lane's bank (`registered`: behind a registered address).
fn bank(registered: bool, width: u32, entries: u64) -> Memory {
    if registered {
        Memory::address_registered(width, entries)
    } else {
        Memory::new(width, entries)
    }
}

#[derive(LogicBlock)]
pub struct HistLane {
    pub clock: Signal<In, Clock>,
    pub read_source: Signal<In, Bits<32>>,
    pub write_source: Signal<In, Bits<32>>,
    pub write_data: Signal<In, Bits<64>>,
    pub h_write: Signal<In, Bit>,
    pub a_write: Signal<In, Bit>,
    pub a_lane: Signal<In, Bit>,
    pub a_data: Signal<In, Bits<64>>,
    pub in_write: Signal<In, Bit>,
    pub sp_write: Signal<In, Bit>,
    /// SYN's LIF lanes' spikes (stage 6, `lif_lane.rs`): lane k's neuron `g L + k` is source
    /// `I + g L + k`, in bank `(I + k) mod L`; the tile hands this bank its lane's spike
    /// (`sp_bit`, `sp_live`: the neuron exists) with the group g.
    pub sp_lanes: Signal<In, Bit>,
    pub sp_bit: Signal<In, Bit>,
    pub sp_live: Signal<In, Bit>,
    pub sp_group: Signal<In, Bits<32>>,
    pub h_chain_in: Signal<In, Bits<64>>,
    pub a_chain_in: Signal<In, Bits<64>>,
    pub in_chain_in: Signal<In, Bits<64>>,
    pub sp_chain_in: Signal<In, Bits<64>>,
    pub h_chain_out: Signal<Out, Bits<64>>,
    pub a_chain_out: Signal<Out, Bits<64>>,
    pub h_word: Signal<Out, Bits<64>>,
    pub a_word: Signal<Out, Bits<64>>,
    pub in_chain_out: Signal<Out, Bits<64>>,
    pub sp_chain_out: Signal<Out, Bits<64>>,
    pub hist_wb: Signal<In, Bit>,
    pub group: Signal<In, Bits<32>>,
    pub hist_clear: Signal<In, Bit>,
    pub clear_all: Signal<In, Bit>,
    pub clear_address: Signal<In, Bits<32>>,
    pub syn: Signal<In, Bit>,
    pub act_idx: Signal<In, Bits<32>>,
    pub act_count: Signal<In, Bit>,
    pub act_chain_in: Signal<In, Bits<64>>,
    pub act_chain_out: Signal<Out, Bits<64>>,
    pub latch: Signal<In, Bit>,
    /// The event pass (`hardware.event_pass`, a step that does not learn): list the sources
    /// that spike now instead.
    pub events: Signal<In, Bit>,
    pub start_in: Signal<In, Bits<32>>,
    pub start_out: Signal<Out, Bits<32>>,
    pub span1_in: Signal<In, Bits<32>>,
    pub span2_in: Signal<In, Bits<32>>,
    pub span3_in: Signal<In, Bits<32>>,
    pub span4_in: Signal<In, Bits<32>>,
    pub span0_out: Signal<Out, Bits<32>>,
    pub span1_out: Signal<Out, Bits<32>>,
    pub span2_out: Signal<Out, Bits<32>>,
    pub span3_out: Signal<Out, Bits<32>>,
    history: Memory,
    inputs: Memory,
    spikes: Memory,
    axonal: Memory,
    active: Memory,
    push: DelayFifo,
    /// HIST's words, registered as read (every cycle): the push and the append start from
    /// registers, not from the history block RAM's output (its clock-to-out was fpga-small's
    /// slowest start, `results/hardware/flags_2026-12-08.md`). The tile reads a group two
    /// cycles before its write-back.
    h_reg: DFF<Bits<64>>,
    a_reg: DFF<Bits<64>>,
    in_reg: DFF<Bit>,
    sp_reg: DFF<Bit>,
    sel: DFF<Bit>,
    asel: DFF<Bit>,
    acount: DFF<Bit>,
    count: DFF<Bits<32>>,
    /// An append, registered: the list's write lands in the next cycle (HIST's next group or its
    /// latch cycle, before SYN's first read).
    aw_v: DFF<Bit>,
    aw_address: DFF<Bits<32>>,
    aw_source: DFF<Bits<32>>,
    start: DFF<Bits<32>>,
    /// The list's length, its start and SYN's entry, read through `list_bits` bits (so that the
    /// lanes' starts are sums of narrow adders; an index below the start wraps to at least
    /// 2S - S > ceil(S / L), never inside the list).
    count_n: Narrow<32>,
    span1_n: Narrow<32>,
    span2_n: Narrow<32>,
    span3_n: Narrow<32>,
    start_n: Narrow<32>,
    entry_n: Narrow<32>,
    source: Signal<Local, Bits<32>>,
    is_input: Signal<Local, Bit>,
    valid: Signal<Local, Bit>,
    appends: Signal<Local, Bit>,
    write_hit: Signal<Local, Bit>,
    entry: Signal<Local, Bits<32>>,
    index: Constant<Bits<32>>,
    lane_mask: Constant<Bits<32>>,
    lane_bits: Constant<Bits<32>>,
    n_in: Constant<Bits<32>>,
    n_src: Constant<Bits<32>>,
    /// The spikes' bank row of source s: s div L - I div L.
    spike_row0: Constant<Bits<32>>,
    /// The bank row of the source of this bank's LIF lane k = (index - I) mod L, less the
    /// group's: (I + k) div L - I div L.
    sp_row: Constant<Bits<32>>,
    synaptic: Constant<Bit>,
}

/// The sizes a history lane is built with (its banks' entries from `golden::memory`).
#[derive(Clone, Copy, Debug)]
pub struct HistShape {
    pub index: u32,
    pub lanes: u32,
    pub inputs: u32,
    pub sources: u32,
    pub max_delay: usize,
    pub delay_frac: u32,
    pub delay_bits: u32,
    /// Entries per bank: history and active list, input spikes, hidden spikes, axonal delays
    /// (0: absent).
    pub source_entries: u64,
    pub input_entries: u64,
    pub spike_entries: u64,
    pub axonal_entries: u64,
    pub index_bits: u32,
    pub synaptic: bool,
    /// Per bank of `READ_AT_SOURCE` (history, input spikes, hidden spikes, axonal delays), in
    /// its order: read behind a registered address (`registered_reads`).
    pub registered: [bool; 4],
}

impl HistShape {
    /// Bits of a list length, start or entry: S < 2^(list_bits - 1).
    pub fn list_bits(&self) -> u32 {
        golden::memory::index_bits(self.sources as u64) + 1
    }

    /// Whether the bank of `id` reads behind a registered address (`registered`, in
    /// `READ_AT_SOURCE`'s order).
    fn reads(&self, id: MemoryId) -> bool {
        READ_AT_SOURCE
            .iter()
            .position(|&r| r == id)
            .is_some_and(|k| self.registered[k])
    }
}

impl HistLane {
    pub fn new(s: HistShape) -> HistLane {
        let c = |x: u64| Constant::new(x.to_bits());
        let sp_lane = (s.index + s.lanes - s.inputs % s.lanes) % s.lanes;
        HistLane {
            clock: Default::default(),
            read_source: Default::default(),
            write_source: Default::default(),
            write_data: Default::default(),
            h_write: Default::default(),
            a_write: Default::default(),
            a_lane: Default::default(),
            a_data: Default::default(),
            in_write: Default::default(),
            sp_write: Default::default(),
            sp_lanes: Default::default(),
            sp_bit: Default::default(),
            sp_live: Default::default(),
            sp_group: Default::default(),
            h_chain_in: Default::default(),
            a_chain_in: Default::default(),
            in_chain_in: Default::default(),
            sp_chain_in: Default::default(),
            h_chain_out: Default::default(),
            a_chain_out: Default::default(),
            h_word: Default::default(),
            a_word: Default::default(),
            in_chain_out: Default::default(),
            sp_chain_out: Default::default(),
            hist_wb: Default::default(),
            group: Default::default(),
            hist_clear: Default::default(),
            clear_all: Default::default(),
            clear_address: Default::default(),
            syn: Default::default(),
            act_idx: Default::default(),
            act_count: Default::default(),
            act_chain_in: Default::default(),
            act_chain_out: Default::default(),
            latch: Default::default(),
            events: Default::default(),
            start_in: Default::default(),
            start_out: Default::default(),
            span1_in: Default::default(),
            span2_in: Default::default(),
            span3_in: Default::default(),
            span4_in: Default::default(),
            span0_out: Default::default(),
            span1_out: Default::default(),
            span2_out: Default::default(),
            span3_out: Default::default(),
            history: bank(
                s.reads(MemoryId::SpikeHistory),
                s.max_delay as u32,
                s.source_entries,
            ),
            inputs: bank(s.reads(MemoryId::InputSpikes), 1, s.input_entries),
            spikes: bank(s.reads(MemoryId::Spikes), 1, s.spike_entries),
            axonal: bank(
                s.reads(MemoryId::AxonalDelays),
                s.delay_bits.max(1),
                s.axonal_entries,
            ),
            active: bank(false, s.index_bits, s.source_entries),
            push: DelayFifo::new(s.max_delay, s.delay_frac),
            h_reg: Default::default(),
            a_reg: Default::default(),
            in_reg: Default::default(),
            sp_reg: Default::default(),
            sel: Default::default(),
            asel: Default::default(),
            acount: Default::default(),
            count: Default::default(),
            aw_v: Default::default(),
            aw_address: Default::default(),
            aw_source: Default::default(),
            start: Default::default(),
            count_n: Narrow::unsigned(s.list_bits()),
            span1_n: Narrow::unsigned(s.list_bits()),
            span2_n: Narrow::unsigned(s.list_bits()),
            span3_n: Narrow::unsigned(s.list_bits()),
            start_n: Narrow::unsigned(s.list_bits()),
            entry_n: Narrow::unsigned(s.list_bits()),
            source: Default::default(),
            is_input: Default::default(),
            valid: Default::default(),
            appends: Default::default(),
            write_hit: Default::default(),
            entry: Default::default(),
            index: c(s.index as u64),
            lane_mask: c(s.lanes as u64 - 1),
            lane_bits: c(s.lanes.trailing_zeros() as u64),
            n_in: c(s.inputs as u64),
            n_src: c(s.sources as u64),
            spike_row0: c((s.inputs / s.lanes) as u64),
            sp_row: c(((s.inputs + sp_lane) / s.lanes - s.inputs / s.lanes) as u64),
            synaptic: Constant::new(s.synaptic),
        }
    }
}

impl Logic for HistLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, h_reg, a_reg, in_reg, sp_reg, sel, asel, acount, count, start, aw_v,
            aw_address, aw_source
        );
        clock!(self, clock, history, inputs, spikes, axonal, active);
        // Reads at a source: every bank at its row; the addressed bank's word goes up the chain.
        self.history.read_address.next = self.read_source.val() >> self.lane_bits.val();
        self.inputs.read_address.next = self.read_source.val() >> self.lane_bits.val();
        self.axonal.read_address.next = self.read_source.val() >> self.lane_bits.val();
        self.spikes.read_address.next =
            (self.read_source.val() >> self.lane_bits.val()) - self.spike_row0.val();
        self.sel.d.next = (self.read_source.val() & self.lane_mask.val()) == self.index.val();
        // The lane's own axonal delay (the learning lanes read their sources' delays at once).
        self.h_word.next = self.history.read_data.val();
        self.a_word.next = self.axonal.read_data.val();
        // Each output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        if self.sel.q.val() {
            self.h_chain_out.next = self.h_chain_in.val() | self.history.read_data.val();
            self.a_chain_out.next = self.a_chain_in.val() | self.axonal.read_data.val();
            self.in_chain_out.next = self.in_chain_in.val() | self.inputs.read_data.val();
            self.sp_chain_out.next = self.sp_chain_in.val() | self.spikes.read_data.val();
        } else {
            self.h_chain_out.next = self.h_chain_in.val();
            self.a_chain_out.next = self.a_chain_in.val();
            self.in_chain_out.next = self.in_chain_in.val();
            self.sp_chain_out.next = self.sp_chain_in.val();
        }
        // HIST stage 1: this lane's source of the group; its new spike, the pushed word and
        // whether it can deliver a spike this step (any spike in the word with synaptic delays,
        // else the spike at its axonal tap).
        self.source.next = (self.group.val() << self.lane_bits.val()) | self.index.val();
        self.valid.next = self.source.val() < self.n_src.val();
        self.is_input.next = self.source.val() < self.n_in.val();
        self.h_reg.d.next = self.history.read_data.val();
        self.a_reg.d.next = self.axonal.read_data.val();
        self.in_reg.d.next = self.inputs.read_data.val().get_bit(0);
        self.sp_reg.d.next = self.spikes.read_data.val().get_bit(0);
        self.push.word.next = self.h_reg.q.val();
        self.push.axonal.next = self.a_reg.q.val();
        self.push.synaptic.next = 0.into();
        // From ports and memory outputs only: a local of this block in `push`'s inputs would
        // make the block a false loop through `push` for Verilator.
        if ((self.group.val() << self.lane_bits.val()) | self.index.val()) < self.n_in.val() {
            self.push.spike.next = self.in_reg.q.val();
        } else {
            self.push.spike.next = self.sp_reg.q.val();
        }
        if self.events.val() {
            self.appends.next =
                self.hist_wb.val() & self.valid.val() & self.push.pushed.val().get_bit(0);
        } else if self.synaptic.val() {
            self.appends.next =
                self.hist_wb.val() & self.valid.val() & self.push.pushed.val().any();
        } else {
            self.appends.next = self.hist_wb.val() & self.valid.val() & self.push.pushed_bit.val();
        }
        // Writes: HIST's write-back (every lane), CLEAR's zeros, or a façade write into this
        // bank (the host, AXON's delay).
        self.write_hit.next = (self.write_source.val() & self.lane_mask.val()) == self.index.val();
        self.history.write_address.next = self.write_source.val() >> self.lane_bits.val();
        self.history.write_data.next = self.write_data.val();
        self.history.write_enable.next = self.h_write.val() & self.write_hit.val();
        self.inputs.write_address.next = self.write_source.val() >> self.lane_bits.val();
        self.inputs.write_data.next = self.write_data.val();
        self.inputs.write_enable.next = self.in_write.val() & self.write_hit.val();
        self.spikes.write_address.next =
            (self.write_source.val() >> self.lane_bits.val()) - self.spike_row0.val();
        self.spikes.write_data.next = self.write_data.val();
        self.spikes.write_enable.next = self.sp_write.val() & self.write_hit.val();
        if self.sp_lanes.val() {
            // A group's LIF updates: every bank its source's spike at once.
            self.spikes.write_address.next = self.sp_group.val() + self.sp_row.val();
            self.spikes.write_data.next = bit_cast::<64, 1>(self.sp_bit.val().into());
            self.spikes.write_enable.next = self.sp_live.val();
        }
        self.axonal.write_address.next = self.write_source.val() >> self.lane_bits.val();
        self.axonal.write_data.next = self.write_data.val();
        self.axonal.write_enable.next = self.a_write.val() & self.write_hit.val();
        if self.a_lane.val() {
            // AXON's write-back: every lane its own source of the group.
            self.axonal.write_address.next = self.group.val();
            self.axonal.write_data.next = self.a_data.val();
            self.axonal.write_enable.next = self.valid.val();
        }
        if self.hist_wb.val() {
            self.history.write_address.next = self.group.val();
            self.history.write_data.next = self.push.pushed.val();
            self.history.write_enable.next = self.valid.val();
            self.inputs.write_address.next = self.group.val();
            self.inputs.write_data.next = 0.into();
            self.inputs.write_enable.next = self.valid.val() & self.is_input.val();
        }
        if self.clear_all.val() {
            self.history.write_address.next = self.clear_address.val();
            self.history.write_data.next = 0.into();
            self.history.write_enable.next = true;
            self.inputs.write_address.next = self.clear_address.val();
            self.inputs.write_data.next = 0.into();
            self.inputs.write_enable.next = true;
            self.spikes.write_address.next = self.clear_address.val();
            self.spikes.write_data.next = 0.into();
            self.spikes.write_enable.next = true;
        }
        // The list: HIST appends (the count at once, the entry a cycle later); SYN reads entry
        // act_idx - start if it is this lane's; the host reads an entry or the length of the
        // bank its index names.
        self.count_n.x.next = self.count.q.val();
        self.aw_v.d.next = self.appends.val();
        self.aw_address.d.next = self.count_n.y.val();
        self.aw_source.d.next = self.source.val();
        self.active.write_address.next = self.aw_address.q.val();
        self.active.write_data.next = bit_cast::<64, 32>(self.aw_source.q.val());
        self.active.write_enable.next = self.aw_v.q.val();
        if self.hist_clear.val() {
            self.count.d.next = 0.into();
        } else if self.appends.val() {
            self.count.d.next = self.count_n.y.val() + 1;
        }
        self.span1_n.x.next = self.count_n.y.val() + self.span1_in.val();
        self.span2_n.x.next = self.span1_n.y.val() + self.span2_in.val();
        self.span3_n.x.next = self.span2_n.y.val() + self.span3_in.val();
        self.start_n.x.next = self.span3_n.y.val() + self.span4_in.val();
        self.span0_out.next = self.count_n.y.val();
        self.span1_out.next = self.span1_n.y.val();
        self.span2_out.next = self.span2_n.y.val();
        self.span3_out.next = self.span3_n.y.val();
        self.start_out.next = self.start_n.y.val();
        if self.latch.val() {
            self.start.d.next = self.start_in.val();
        }
        self.entry_n.x.next = self.act_idx.val() - self.start.q.val();
        self.entry.next = self.entry_n.y.val();
        if self.syn.val() {
            self.active.read_address.next = self.entry.val();
            self.asel.d.next = self.entry.val() < self.count_n.y.val();
        } else {
            self.active.read_address.next = self.act_idx.val() >> self.lane_bits.val();
            self.asel.d.next = (self.act_idx.val() & self.lane_mask.val()) == self.index.val();
        }
        self.acount.d.next = self.act_count.val();
        if self.asel.q.val() & self.acount.q.val() {
            self.act_chain_out.next =
                self.act_chain_in.val() | bit_cast::<64, 32>(self.count_n.y.val());
        } else if self.asel.q.val() {
            self.act_chain_out.next = self.act_chain_in.val() | self.active.read_data.val();
        } else {
            self.act_chain_out.next = self.act_chain_in.val();
        }
    }
}
