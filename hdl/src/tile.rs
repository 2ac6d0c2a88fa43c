//! The tile (golden `fixed::tile::Tile`): its memories, a one-lane sequencer that runs a time
//! step as three pipelined passes, and the host interface. Sizes and formats are fixed when the
//! Verilog is generated from a `Config` (compiled presets: every memory has exactly its
//! configured width and depth); the learning rates and the cycle budget are registers.
//!
//! ```text
//!              +--------------------------------------------------------------+
//!  clock ----->|  host interface (one command per cycle when idle)             |
//!  cmd_valid ->|   op 1 WRITE addr data | 2 READ addr | 3 SPIKE channel        |--> cmd_ready
//!  cmd_op ---->|   4 STEP | 5 CLEAR                                           |--> rsp_valid
//!  cmd_addr -->|  addr = region << 26 | index (golden::memory)                 |--> rsp_data
//!  cmd_data -->|                                                              |--> busy
//!              |  STEP: HIST  push spikes into the history, list active sources|--> last_cycles
//!              |        SYN   per neuron: active sources' taps, then the LIF   |--> deadline_missed
//!              |        OUT   per output: spiking neurons' weights, then update|--> prediction
//!              +--------------------------------------------------------------+
//! ```
//! Cycles of a STEP (busy cycles; `golden::cycles::step_cycles` is the model):
//! `(S + 2) + (H (a + 1) + 3) + (O (n + 1) + 3) + 1`, `a` = active sources, `n` = spikes.

use crate::delay_fifo::DelayFifo;
use crate::lif::Lif;
use crate::memory::Memory;
use crate::readout::Readout;
use crate::signed::SignedConsts;
use golden::config::Config;
use golden::format::Formats;
use golden::memory::{self, ID_MAGIC, REGION_SHIFT, REGISTERS, reg};
use golden::rng;
use rust_hdl::prelude::*;

/// Host command opcodes (`cmd_op`).
pub mod op {
    pub const NOP: u8 = 0;
    pub const WRITE: u8 = 1;
    pub const READ: u8 = 2;
    pub const SPIKE: u8 = 3;
    pub const STEP: u8 = 4;
    pub const CLEAR: u8 = 5;
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Phase {
    Idle,
    Clear,
    Hist,
    Syn,
    Out,
    Done,
}

#[derive(LogicBlock)]
pub struct Tile {
    pub clock: Signal<In, Clock>,
    pub cmd_valid: Signal<In, Bit>,
    pub cmd_op: Signal<In, Bits<4>>,
    pub cmd_addr: Signal<In, Bits<32>>,
    pub cmd_data: Signal<In, Bits<64>>,
    pub cmd_ready: Signal<Out, Bit>,
    pub rsp_valid: Signal<Out, Bit>,
    pub rsp_data: Signal<Out, Bits<64>>,
    pub busy: Signal<Out, Bit>,
    pub last_cycles: Signal<Out, Bits<32>>,
    pub deadline_missed: Signal<Out, Bit>,
    pub prediction: Signal<Out, Bits<16>>,

    // Memories (golden::memory names).
    weights: Memory,
    synaptic_delays: Memory,
    axonal_delays: Memory,
    readout_weights: Memory,
    readout_biases: Memory,
    spike_history: Memory,
    membranes: Memory,
    spikes: Memory,
    readout: Memory,
    decision_sums: Memory,
    input_spikes: Memory,
    active_sources: Memory,
    spike_list: Memory,

    // Datapath.
    delay: DelayFifo,
    lif: Lif,
    out: Readout,

    // Sequencer registers.
    phase: DFF<Phase>,
    cnt: DFF<Bits<32>>,
    last: DFF<Bits<32>>,
    missed: DFF<Bit>,
    budget: DFF<Bits<32>>,
    pred: DFF<Bits<16>>,
    pred_work: DFF<Bits<16>>,
    best: DFF<Bits<64>>,
    t: DFF<Bits<32>>,
    bad_spike: DFF<Bit>,
    rsp_v: DFF<Bit>,
    rsp_region: DFF<Bits<6>>,
    rsp_reg: DFF<Bits<64>>,
    i: DFF<Bits<32>>,
    idx: DFF<Bits<32>>,
    base: DFF<Bits<32>>,
    n_act: DFF<Bits<32>>,
    n_spk: DFF<Bits<32>>,
    acc: DFF<Bits<64>>,
    q1_v: DFF<Bit>,
    q1_last: DFF<Bit>,
    q1_i: DFF<Bits<32>>,
    q1_base: DFF<Bits<32>>,
    q2_v: DFF<Bit>,
    q2_last: DFF<Bit>,
    q2_i: DFF<Bits<32>>,

    // Combinational helpers.
    region: Signal<Local, Bits<6>>,
    index: Signal<Local, Bits<32>>,
    host_write: Signal<Local, Bit>,
    active: Signal<Local, Bit>,
    src: Signal<Local, Bits<32>>,
    wext: Signal<Local, Bits<64>>,
    uext: Signal<Local, Bits<64>>,
    bext: Signal<Local, Bits<64>>,

    // Configuration (from Config / Formats).
    n_in: Constant<Bits<32>>,
    n_src: Constant<Bits<32>>,
    n_hid: Constant<Bits<32>>,
    n_out: Constant<Bits<32>>,
    n_clear: Constant<Bits<32>>,
    recurrent: Constant<Bit>,
    synaptic: Constant<Bit>,
    w_sign: Constant<Bits<64>>,
    msb: Constant<Bits<64>>,
    id_magic: Constant<Bits<64>>,
    r_weights: Constant<Bits<6>>,
    r_synaptic_delays: Constant<Bits<6>>,
    r_axonal_delays: Constant<Bits<6>>,
    r_readout_weights: Constant<Bits<6>>,
    r_readout_biases: Constant<Bits<6>>,
    r_spike_history: Constant<Bits<6>>,
    r_membranes: Constant<Bits<6>>,
    r_spikes: Constant<Bits<6>>,
    r_readout: Constant<Bits<6>>,
    r_decision_sums: Constant<Bits<6>>,
    r_input_spikes: Constant<Bits<6>>,
    r_active_sources: Constant<Bits<6>>,
    r_spike_list: Constant<Bits<6>>,
    r_registers: Constant<Bits<6>>,
    reg_budget: Constant<Bits<32>>,
    reg_active: Constant<Bits<32>>,
    reg_spikes: Constant<Bits<32>>,
    reg_step: Constant<Bits<32>>,
    reg_bad_spike: Constant<Bits<32>>,
    reg_id: Constant<Bits<32>>,
    op_write: Constant<Bits<4>>,
    op_read: Constant<Bits<4>>,
    op_spike: Constant<Bits<4>>,
    op_step: Constant<Bits<4>>,
    op_clear: Constant<Bits<4>>,
}

fn c32(x: u64) -> Constant<Bits<32>> {
    Constant::new(x.to_bits())
}

fn region(name: &str) -> Constant<Bits<6>> {
    let r = memory::region_of(name).expect("known memory");
    Constant::new((r as u64).to_bits())
}

/// The memory `name` as `cfg` sizes it, or an absent (depth 0) memory.
fn mem(cfg: &Config, name: &str) -> Memory {
    match memory::find(cfg, name) {
        Some(m) => Memory::new(m.width, m.entries),
        None => Memory::new(1, 0),
    }
}

impl Tile {
    pub fn new(cfg: &Config, f: &Formats) -> Tile {
        let n = &cfg.network;
        let w = &cfg.widths;
        let (s, h, o) = (cfg.sources() as u64, n.hidden as u64, n.outputs as u64);
        let _ = rng::Lfsr::new; // the LFSR joins with the learning unit
        Tile {
            clock: Default::default(),
            cmd_valid: Default::default(),
            cmd_op: Default::default(),
            cmd_addr: Default::default(),
            cmd_data: Default::default(),
            cmd_ready: Default::default(),
            rsp_valid: Default::default(),
            rsp_data: Default::default(),
            busy: Default::default(),
            last_cycles: Default::default(),
            deadline_missed: Default::default(),
            prediction: Default::default(),
            weights: mem(cfg, "weights"),
            synaptic_delays: mem(cfg, "synaptic_delays"),
            axonal_delays: mem(cfg, "axonal_delays"),
            readout_weights: mem(cfg, "readout_weights"),
            readout_biases: mem(cfg, "readout_biases"),
            spike_history: mem(cfg, "spike_history"),
            membranes: mem(cfg, "membranes"),
            spikes: mem(cfg, "spikes"),
            readout: mem(cfg, "readout"),
            decision_sums: mem(cfg, "decision_sums"),
            input_spikes: mem(cfg, "input_spikes"),
            active_sources: mem(cfg, "active_sources"),
            spike_list: mem(cfg, "spike_list"),
            delay: DelayFifo::new(n.max_delay, w.delay_frac),
            lif: Lif::new(f, w.membrane_bits, n.reset),
            out: Readout::new(f, w.readout_bits),
            phase: Default::default(),
            cnt: Default::default(),
            last: Default::default(),
            missed: Default::default(),
            budget: Default::default(),
            pred: Default::default(),
            pred_work: Default::default(),
            best: Default::default(),
            t: Default::default(),
            bad_spike: Default::default(),
            rsp_v: Default::default(),
            rsp_region: Default::default(),
            rsp_reg: Default::default(),
            i: Default::default(),
            idx: Default::default(),
            base: Default::default(),
            n_act: Default::default(),
            n_spk: Default::default(),
            acc: Default::default(),
            q1_v: Default::default(),
            q1_last: Default::default(),
            q1_i: Default::default(),
            q1_base: Default::default(),
            q2_v: Default::default(),
            q2_last: Default::default(),
            q2_i: Default::default(),
            region: Default::default(),
            index: Default::default(),
            host_write: Default::default(),
            active: Default::default(),
            src: Default::default(),
            wext: Default::default(),
            uext: Default::default(),
            bext: Default::default(),
            n_in: c32(n.inputs as u64),
            n_src: c32(s),
            n_hid: c32(h),
            n_out: c32(o),
            n_clear: c32(s.max(h).max(o)),
            recurrent: Constant::new(n.recurrent),
            synaptic: Constant::new(n.delay_mode.has_synaptic()),
            w_sign: SignedConsts::sign_of(w.weight_bits),
            msb: SignedConsts::msb(),
            id_magic: Constant::new(ID_MAGIC.to_bits()),
            r_weights: region("weights"),
            r_synaptic_delays: region("synaptic_delays"),
            r_axonal_delays: region("axonal_delays"),
            r_readout_weights: region("readout_weights"),
            r_readout_biases: region("readout_biases"),
            r_spike_history: region("spike_history"),
            r_membranes: region("membranes"),
            r_spikes: region("spikes"),
            r_readout: region("readout"),
            r_decision_sums: region("decision_sums"),
            r_input_spikes: region("input_spikes"),
            r_active_sources: region("active_sources"),
            r_spike_list: region("spike_list"),
            r_registers: Constant::new((REGISTERS as u64).to_bits()),
            reg_budget: c32(reg::BUDGET as u64),
            reg_active: c32(reg::ACTIVE_SOURCES as u64),
            reg_spikes: c32(reg::SPIKES as u64),
            reg_step: c32(reg::STEP as u64),
            reg_bad_spike: c32(reg::BAD_SPIKE as u64),
            reg_id: c32(reg::ID as u64),
            op_write: Constant::new((op::WRITE as u64).to_bits()),
            op_read: Constant::new((op::READ as u64).to_bits()),
            op_spike: Constant::new((op::SPIKE as u64).to_bits()),
            op_step: Constant::new((op::STEP as u64).to_bits()),
            op_clear: Constant::new((op::CLEAR as u64).to_bits()),
        }
    }
}

const _: () = assert!(REGION_SHIFT == 26, "the decode below slices addr[31:26]");

impl Logic for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, phase, cnt, last, missed, budget, pred, pred_work, best, t, bad_spike,
            rsp_v, rsp_region, rsp_reg, i, idx, base, n_act, n_spk, acc, q1_v, q1_last, q1_i,
            q1_base, q2_v, q2_last, q2_i
        );
        clock!(
            self,
            clock,
            weights,
            synaptic_delays,
            axonal_delays,
            readout_weights,
            readout_biases,
            spike_history,
            membranes,
            spikes,
            readout,
            decision_sums,
            input_spikes,
            active_sources,
            spike_list
        );
        // Host address decode.
        self.region.next = self.cmd_addr.val().get_bits::<6>(26);
        self.index.next = bit_cast::<32, 26>(self.cmd_addr.val().get_bits::<26>(0));
        self.cmd_ready.next = self.phase.q.val() == Phase::Idle;
        self.busy.next = self.phase.q.val() != Phase::Idle;
        self.host_write.next = self.cmd_valid.val()
            & (self.phase.q.val() == Phase::Idle)
            & (self.cmd_op.val() == self.op_write.val());
        self.last_cycles.next = self.last.q.val();
        self.deadline_missed.next = self.missed.q.val();
        self.prediction.next = self.pred.q.val();
        self.rsp_v.d.next = false;

        // Memory ports default to the host: reads at the command's index, writes when it
        // writes into the memory's region.
        self.weights.read_address.next = self.index.val();
        self.synaptic_delays.read_address.next = self.index.val();
        self.axonal_delays.read_address.next = self.index.val();
        self.readout_weights.read_address.next = self.index.val();
        self.readout_biases.read_address.next = self.index.val();
        self.spike_history.read_address.next = self.index.val();
        self.membranes.read_address.next = self.index.val();
        self.spikes.read_address.next = self.index.val();
        self.readout.read_address.next = self.index.val();
        self.decision_sums.read_address.next = self.index.val();
        self.input_spikes.read_address.next = self.index.val();
        self.active_sources.read_address.next = self.index.val();
        self.spike_list.read_address.next = self.index.val();
        self.weights.write_address.next = self.index.val();
        self.synaptic_delays.write_address.next = self.index.val();
        self.axonal_delays.write_address.next = self.index.val();
        self.readout_weights.write_address.next = self.index.val();
        self.readout_biases.write_address.next = self.index.val();
        self.spike_history.write_address.next = self.index.val();
        self.membranes.write_address.next = self.index.val();
        self.spikes.write_address.next = self.index.val();
        self.readout.write_address.next = self.index.val();
        self.decision_sums.write_address.next = self.index.val();
        self.input_spikes.write_address.next = self.index.val();
        self.active_sources.write_address.next = self.index.val();
        self.spike_list.write_address.next = self.index.val();
        self.weights.write_data.next = self.cmd_data.val();
        self.synaptic_delays.write_data.next = self.cmd_data.val();
        self.axonal_delays.write_data.next = self.cmd_data.val();
        self.readout_weights.write_data.next = self.cmd_data.val();
        self.readout_biases.write_data.next = self.cmd_data.val();
        self.spike_history.write_data.next = self.cmd_data.val();
        self.membranes.write_data.next = self.cmd_data.val();
        self.spikes.write_data.next = self.cmd_data.val();
        self.readout.write_data.next = self.cmd_data.val();
        self.decision_sums.write_data.next = self.cmd_data.val();
        self.input_spikes.write_data.next = self.cmd_data.val();
        self.active_sources.write_data.next = self.cmd_data.val();
        self.spike_list.write_data.next = self.cmd_data.val();
        self.weights.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_weights.val());
        self.synaptic_delays.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_synaptic_delays.val());
        self.axonal_delays.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_axonal_delays.val());
        self.readout_weights.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_readout_weights.val());
        self.readout_biases.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_readout_biases.val());
        self.spike_history.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_spike_history.val());
        self.membranes.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_membranes.val());
        self.spikes.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_spikes.val());
        self.readout.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_readout.val());
        self.decision_sums.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_decision_sums.val());
        self.input_spikes.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_input_spikes.val());
        self.active_sources.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_active_sources.val());
        self.spike_list.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_spike_list.val());
        if self.host_write.val()
            & (self.region.val() == self.r_registers.val())
            & (self.index.val() == self.reg_budget.val())
        {
            self.budget.d.next = bit_cast::<32, 64>(self.cmd_data.val());
        }

        // Read responses: the memory answers one cycle after the command.
        self.rsp_valid.next = self.rsp_v.q.val();
        self.rsp_data.next = self.rsp_reg.q.val();
        if self.rsp_region.q.val() == self.r_weights.val() {
            self.rsp_data.next = self.weights.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_synaptic_delays.val() {
            self.rsp_data.next = self.synaptic_delays.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_axonal_delays.val() {
            self.rsp_data.next = self.axonal_delays.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_readout_weights.val() {
            self.rsp_data.next = self.readout_weights.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_readout_biases.val() {
            self.rsp_data.next = self.readout_biases.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_spike_history.val() {
            self.rsp_data.next = self.spike_history.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_membranes.val() {
            self.rsp_data.next = self.membranes.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_spikes.val() {
            self.rsp_data.next = self.spikes.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_readout.val() {
            self.rsp_data.next = self.readout.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_decision_sums.val() {
            self.rsp_data.next = self.decision_sums.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_input_spikes.val() {
            self.rsp_data.next = self.input_spikes.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_active_sources.val() {
            self.rsp_data.next = self.active_sources.read_data.val();
        }
        if self.rsp_region.q.val() == self.r_spike_list.val() {
            self.rsp_data.next = self.spike_list.read_data.val();
        }

        // Datapath inputs (used by HIST, SYN, OUT).
        self.delay.word.next = self.spike_history.read_data.val();
        self.delay.axonal.next = self.axonal_delays.read_data.val();
        self.delay.synaptic.next = self.synaptic_delays.read_data.val();
        self.delay.spike.next = self.input_spikes.read_data.val().get_bit(0);
        if !self.q1_last.q.val() {
            self.delay.spike.next = self.spikes.read_data.val().get_bit(0);
        }
        self.lif.v.next = self.membranes.read_data.val();
        self.lif.current.next = self.acc.q.val();
        self.wext.next = (self.weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.uext.next =
            (self.readout_weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.bext.next =
            (self.readout_biases.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.out.y.next = self.readout.read_data.val();
        self.out.sum.next = self.acc.q.val() + self.bext.val();
        self.out.acc.next = self.decision_sums.read_data.val();
        self.active.next = self.delay.pushed_bit.val();
        if self.synaptic.val() {
            self.active.next = self.delay.pushed.val().any();
        }
        self.src.next = bit_cast::<32, 64>(self.active_sources.read_data.val());

        match self.phase.q.val() {
            Phase::Idle => {
                self.cnt.d.next = 0.into();
                if self.cmd_valid.val() {
                    if self.cmd_op.val() == self.op_read.val() {
                        self.rsp_v.d.next = true;
                        self.rsp_region.d.next = self.region.val();
                        self.rsp_reg.d.next = 0.into();
                        if self.index.val() == self.reg_budget.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.budget.q.val());
                        }
                        if self.index.val() == self.reg_active.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_act.q.val());
                        }
                        if self.index.val() == self.reg_spikes.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_spk.q.val());
                        }
                        if self.index.val() == self.reg_step.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.t.q.val());
                        }
                        if self.index.val() == self.reg_bad_spike.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 1>(self.bad_spike.q.val().into());
                        }
                        if self.index.val() == self.reg_id.val() {
                            self.rsp_reg.d.next = self.id_magic.val();
                        }
                    }
                    if self.cmd_op.val() == self.op_spike.val() {
                        if self.cmd_data.val() < bit_cast::<64, 32>(self.n_in.val()) {
                            self.input_spikes.write_address.next =
                                bit_cast::<32, 64>(self.cmd_data.val());
                            self.input_spikes.write_data.next = 1.into();
                            self.input_spikes.write_enable.next = true;
                        } else {
                            self.bad_spike.d.next = true;
                        }
                    }
                    if self.cmd_op.val() == self.op_step.val() {
                        self.phase.d.next = Phase::Hist;
                        self.i.d.next = 0.into();
                        self.n_act.d.next = 0.into();
                        self.n_spk.d.next = 0.into();
                    }
                    if self.cmd_op.val() == self.op_clear.val() {
                        self.phase.d.next = Phase::Clear;
                        self.i.d.next = 0.into();
                    }
                }
            }
            Phase::Clear => {
                // Zero every state memory; parameters stay.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.spike_history.write_address.next = self.i.q.val();
                self.spike_history.write_data.next = 0.into();
                self.spike_history.write_enable.next = self.i.q.val() < self.n_src.val();
                self.input_spikes.write_address.next = self.i.q.val();
                self.input_spikes.write_data.next = 0.into();
                self.input_spikes.write_enable.next = self.i.q.val() < self.n_in.val();
                self.membranes.write_address.next = self.i.q.val();
                self.membranes.write_data.next = 0.into();
                self.membranes.write_enable.next = self.i.q.val() < self.n_hid.val();
                self.spikes.write_address.next = self.i.q.val();
                self.spikes.write_data.next = 0.into();
                self.spikes.write_enable.next = self.i.q.val() < self.n_hid.val();
                self.readout.write_address.next = self.i.q.val();
                self.readout.write_data.next = 0.into();
                self.readout.write_enable.next = self.i.q.val() < self.n_out.val();
                self.decision_sums.write_address.next = self.i.q.val();
                self.decision_sums.write_data.next = 0.into();
                self.decision_sums.write_enable.next = self.i.q.val() < self.n_out.val();
                self.i.d.next = self.i.q.val() + 1;
                if self.i.q.val() == self.n_clear.val() {
                    self.phase.d.next = Phase::Idle;
                    self.t.d.next = 0.into();
                    self.pred.d.next = 0.into();
                    self.bad_spike.d.next = false;
                    self.n_act.d.next = 0.into();
                    self.n_spk.d.next = 0.into();
                }
            }
            Phase::Hist => {
                // Issue: read source i's history word, its new spike and its axonal delay.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i.q.val() < self.n_src.val() {
                    self.spike_history.read_address.next = self.i.q.val();
                    self.input_spikes.read_address.next = self.i.q.val();
                    self.spikes.read_address.next = self.i.q.val() - self.n_in.val();
                    self.axonal_delays.read_address.next = self.i.q.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i.q.val();
                    self.q1_last.d.next = self.i.q.val() < self.n_in.val();
                    self.i.d.next = self.i.q.val() + 1;
                }
                // Then: push the spike, consume the input spike, list the source if it can
                // deliver this step.
                if self.q1_v.q.val() {
                    self.spike_history.write_address.next = self.q1_i.q.val();
                    self.spike_history.write_data.next = self.delay.pushed.val();
                    self.spike_history.write_enable.next = true;
                    if self.q1_last.q.val() {
                        self.input_spikes.write_address.next = self.q1_i.q.val();
                        self.input_spikes.write_data.next = 0.into();
                        self.input_spikes.write_enable.next = true;
                    }
                    if self.active.val() {
                        self.active_sources.write_address.next = self.n_act.q.val();
                        self.active_sources.write_data.next = bit_cast::<64, 32>(self.q1_i.q.val());
                        self.active_sources.write_enable.next = true;
                        self.n_act.d.next = self.n_act.q.val() + 1;
                    }
                }
                if (self.i.q.val() == self.n_src.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Syn;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.acc.d.next = 0.into();
                }
            }
            Phase::Syn => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // Stage 0: per neuron, one token per active source, then one LIF token.
                self.q1_v.d.next = false;
                if self.i.q.val() < self.n_hid.val() {
                    self.active_sources.read_address.next = self.idx.q.val();
                    self.q1_v.d.next = true;
                    self.q1_last.d.next = self.idx.q.val() == self.n_act.q.val();
                    self.q1_i.d.next = self.i.q.val();
                    self.q1_base.d.next = self.base.q.val();
                    if self.idx.q.val() == self.n_act.q.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i.q.val() + 1;
                        self.base.d.next = self.base.q.val() + self.n_src.val();
                    } else {
                        self.idx.d.next = self.idx.q.val() + 1;
                    }
                }
                // Stage 1: read the synapse (weight, delays, history) or the membrane.
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.membranes.read_address.next = self.q1_i.q.val();
                    } else {
                        self.weights.read_address.next = self.q1_base.q.val() + self.src.val();
                        self.synaptic_delays.read_address.next =
                            self.q1_base.q.val() + self.src.val();
                        self.axonal_delays.read_address.next = self.src.val();
                        self.spike_history.read_address.next = self.src.val();
                    }
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i.q.val();
                // Stage 2: accumulate the weight if a spike sits at the tap; or update the neuron.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.membranes.write_address.next = self.q2_i.q.val();
                        self.membranes.write_data.next = self.lif.v_next.val();
                        self.membranes.write_enable.next = true;
                        self.spikes.write_address.next = self.q2_i.q.val();
                        self.spikes.write_data.next =
                            bit_cast::<64, 1>(self.lif.spike.val().into());
                        self.spikes.write_enable.next = true;
                        if self.lif.spike.val() {
                            self.spike_list.write_address.next = self.n_spk.q.val();
                            self.spike_list.write_data.next = bit_cast::<64, 32>(self.q2_i.q.val());
                            self.spike_list.write_enable.next = true;
                            self.n_spk.d.next = self.n_spk.q.val() + 1;
                        }
                        self.acc.d.next = 0.into();
                    } else if self.delay.tap_bit.val() {
                        self.acc.d.next = self.acc.q.val() + self.wext.val();
                    }
                }
                if (self.i.q.val() == self.n_hid.val()) & !self.q1_v.q.val() & !self.q2_v.q.val() {
                    self.phase.d.next = Phase::Out;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.acc.d.next = 0.into();
                }
            }
            Phase::Out => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // Stage 0: per output, one token per spiking neuron, then one update token.
                self.q1_v.d.next = false;
                if self.i.q.val() < self.n_out.val() {
                    self.spike_list.read_address.next = self.idx.q.val();
                    self.q1_v.d.next = true;
                    self.q1_last.d.next = self.idx.q.val() == self.n_spk.q.val();
                    self.q1_i.d.next = self.i.q.val();
                    self.q1_base.d.next = self.base.q.val();
                    if self.idx.q.val() == self.n_spk.q.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i.q.val() + 1;
                        self.base.d.next = self.base.q.val() + self.n_hid.val();
                    } else {
                        self.idx.d.next = self.idx.q.val() + 1;
                    }
                }
                // Stage 1: read the readout weight, or the unit's value, bias and sum.
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.readout.read_address.next = self.q1_i.q.val();
                        self.readout_biases.read_address.next = self.q1_i.q.val();
                        self.decision_sums.read_address.next = self.q1_i.q.val();
                    } else {
                        self.readout_weights.read_address.next = self.q1_base.q.val()
                            + bit_cast::<32, 64>(self.spike_list.read_data.val());
                    }
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i.q.val();
                // Stage 2: accumulate, or update y and the decision sum and track the argmax.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.readout.write_address.next = self.q2_i.q.val();
                        self.readout.write_data.next = self.out.y_next.val();
                        self.readout.write_enable.next = true;
                        self.decision_sums.write_address.next = self.q2_i.q.val();
                        self.decision_sums.write_data.next = self.out.acc_next.val();
                        self.decision_sums.write_enable.next = true;
                        if (self.q2_i.q.val() == 0)
                            | ((self.out.acc_next.val() ^ self.msb.val())
                                > (self.best.q.val() ^ self.msb.val()))
                        {
                            self.best.d.next = self.out.acc_next.val();
                            self.pred_work.d.next = bit_cast::<16, 32>(self.q2_i.q.val());
                        }
                        self.acc.d.next = 0.into();
                    } else {
                        self.acc.d.next = self.acc.q.val() + self.uext.val();
                    }
                }
                if (self.i.q.val() == self.n_out.val()) & !self.q1_v.q.val() & !self.q2_v.q.val() {
                    self.phase.d.next = Phase::Done;
                }
            }
            Phase::Done => {
                self.pred.d.next = self.pred_work.q.val();
                self.last.d.next = self.cnt.q.val() + 1;
                self.missed.d.next =
                    (self.budget.q.val() != 0) & ((self.cnt.q.val() + 1) > self.budget.q.val());
                self.t.d.next = self.t.q.val() + 1;
                self.phase.d.next = Phase::Idle;
            }
            _ => {
                self.phase.d.next = Phase::Idle;
            }
        }
    }
}
