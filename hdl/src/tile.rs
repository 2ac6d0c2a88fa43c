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
use crate::learning::Learning;
use crate::lfsr::Lfsr;
use crate::lfsr_bank::{INDEX_BITS, LfsrBank};
use crate::lif::{Lif, psi_rom};
use crate::mean::Mean;
use crate::narrow::{Narrow, signed_bits, unsigned_bits};
use crate::ram::Memory;
use crate::readout::Readout;
use crate::readout_trace::ReadoutTrace;
use crate::rom::Rom;
use crate::signed::{SignedConsts, as_bits};
use crate::trace_fifo::TraceFifo;
use golden::config::Config;
use golden::config::Feedback;
use golden::cycles::clear_cycles;
use golden::format::Formats;
use golden::format::{ERROR_BITS, PROB_FRAC};
use golden::memory::{self, ID_MAGIC, MemoryId, REGION_SHIFT, REGISTERS, reg};
use rust_hdl::prelude::*;

/// Host command opcodes (`cmd_op`).
pub use golden::memory::op;

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
    Pass2,
    MeanG,
    Axon,
    Rupd,
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

    // Memories (golden::memory names; absent ones have depth 0).
    weights: Memory,
    synaptic_delays: Memory,
    axonal_delays: Memory,
    readout_weights: Memory,
    readout_biases: Memory,
    feedback_weights: Memory,
    spike_history: Memory,
    membranes: Memory,
    spikes: Memory,
    readout: Memory,
    decision_sums: Memory,
    input_spikes: Memory,
    active_sources: Memory,
    spike_list: Memory,
    readout_traces: Memory,
    psi: Memory,
    eps_trace_fifo: Memory,
    eta_trace_fifo: Memory,
    output_errors: Memory,
    modulated_signals: Memory,
    delay_gradients: Memory,
    axonal_gradients: Memory,

    // Datapath.
    delay: DelayFifo,
    lif: Lif,
    /// The psi ROM, read in SYN's stage 4 from the registered v_pre.
    psi_rom: Rom,
    out: Readout,
    trace: TraceFifo,
    rtrace: ReadoutTrace,
    learn: Learning,
    mean_q: Mean,
    mean_g: Mean,
    lfsr_step: Lfsr,

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
    /// SYN stage 3: the LIF update of the neuron whose membrane, zeta and input current stage 2
    /// registered (off the block RAM's output).
    q3_v: DFF<Bit>,
    q3_i: DFF<Bits<32>>,
    q3_vin: DFF<Bits<64>>,
    q3_acc: DFF<Bits<64>>,
    q3_zeta: DFF<Bits<64>>,
    /// SYN stage 4: the neuron whose LIF update was stage 3's, and its v_pre (psi write).
    q4_v: DFF<Bit>,
    q4_i: DFF<Bits<32>>,
    q4_vpre: DFF<Bits<64>>,
    // Learning registers.
    learn_on: DFF<Bit>,
    label: DFF<Bits<16>>,
    sup_start: DFF<Bits<32>>,
    flags: DFF<Bits<8>>,
    shifts: DFF<Bits<64>>,
    head: DFF<Bits<8>>,
    n_m: DFF<Bits<32>>,
    /// The stochastic-rounding streams; `q1_lane` selects the stream of the element in stage 1.
    lfsr: LfsrBank,
    q1_lane: DFF<Bits<INDEX_BITS>>,
    ymax: DFF<Bits<64>>,
    psum: DFF<Bits<64>>,
    recip: DFF<Bits<64>>,
    rem: DFF<Bits<64>>,
    total: DFF<Bits<128>>,
    total_g: DFF<Bits<128>>,
    mean: DFF<Bits<64>>,
    m_cur: DFF<Bits<64>>,
    hist_reg: DFF<Bits<64>>,
    /// TRACE: the next source's history word, eps at lag 1 and eta at lag R + 1, read a cycle
    /// ahead (in the previous source's last token, or in OUT's closing cycle) and registered in
    /// the source's first token, so no block-RAM output is on the trace update's path.
    pf_hist: DFF<Bits<64>>,
    pf_eps: DFF<Bits<64>>,
    pf_eta: DFF<Bits<64>>,
    eta_fwd: DFF<Bits<64>>,
    q1_m: DFF<Bits<8>>,
    q1_bias: DFF<Bit>,
    /// OUT stage 3: the output whose y and summed input stage 2 registered (its decision sum
    /// arrives from the memory then).
    o3_v: DFF<Bit>,
    o3_i: DFF<Bits<32>>,
    o3_y: DFF<Bits<64>>,
    o3_sum: DFF<Bits<64>>,
    /// OUT stage 4: the output whose update stage 3 wrote, for the running argmax.
    o4_v: DFF<Bit>,
    o4_i: DFF<Bits<32>>,
    o4_y: DFF<Bits<64>>,
    o4_acc: DFF<Bits<64>>,
    /// PASS2 stage 3: the synapse whose operands stage 2 registered (weight and delay updates).
    p3_v: DFF<Bit>,
    p3_i: DFF<Bits<32>>,
    p3_eps: DFF<Bits<64>>,
    /// PASS2 stage 2's copies of the synapse's operands (w_reg.. hold stage 3's).
    w2: DFF<Bits<64>>,
    r2: DFF<Bits<32>>,
    d2: DFF<Bits<64>>,
    a2: DFF<Bits<64>>,
    g2: DFF<Bits<64>>,
    /// RUPD stage 2: the readout weight or bias whose operands stage 1 registered.
    rupd_v: DFF<Bit>,
    rupd_bias: DFF<Bit>,
    rupd_i: DFF<Bits<32>>,
    rupd_e: DFF<Bits<64>>,
    rupd_trace: DFF<Bits<64>>,
    rupd_w: DFF<Bits<64>>,
    rupd_r: DFF<Bits<32>>,
    q2_s: DFF<Bits<32>>,
    w_reg: DFF<Bits<64>>,
    d_reg: DFF<Bits<64>>,
    a_reg: DFF<Bits<64>>,
    g_reg: DFF<Bits<64>>,
    r_reg: DFF<Bits<32>>,
    aux: DFF<Bits<32>>,
    // The registers' configured widths (narrow.rs): every read goes through these.
    i_n: Narrow<32>,
    idx_n: Narrow<32>,
    base_n: Narrow<32>,
    aux_n: Narrow<32>,
    n_act_n: Narrow<32>,
    n_spk_n: Narrow<32>,
    q1_i_n: Narrow<32>,
    q1_base_n: Narrow<32>,
    q2_i_n: Narrow<32>,
    q3_i_n: Narrow<32>,
    o3_i_n: Narrow<32>,
    o3_y_n: Narrow<64>,
    o3_sum_n: Narrow<64>,
    o4_i_n: Narrow<32>,
    o4_y_n: Narrow<64>,
    p3_i_n: Narrow<32>,
    p3_eps_n: Narrow<64>,
    rupd_i_n: Narrow<32>,
    rupd_e_n: Narrow<64>,
    rupd_trace_n: Narrow<64>,
    rupd_w_n: Narrow<64>,
    q3_vin_n: Narrow<64>,
    q3_acc_n: Narrow<64>,
    q3_zeta_n: Narrow<64>,
    q4_i_n: Narrow<32>,
    q4_vpre_n: Narrow<64>,
    q2_s_n: Narrow<32>,
    n_m_n: Narrow<32>,
    acc_n: Narrow<64>,
    ymax_n: Narrow<64>,
    mean_n: Narrow<64>,
    m_cur_n: Narrow<64>,
    psum_n: Narrow<64>,
    rem_n: Narrow<64>,
    recip_n: Narrow<64>,
    total_n: Narrow<128>,
    total_g_n: Narrow<128>,

    // Combinational helpers.
    region: Signal<Local, Bits<6>>,
    index: Signal<Local, Bits<32>>,
    host_write: Signal<Local, Bit>,
    active: Signal<Local, Bit>,
    src: Signal<Local, Bits<32>>,
    wext: Signal<Local, Bits<64>>,
    uext: Signal<Local, Bits<64>>,
    bext: Signal<Local, Bits<64>>,
    supervised: Signal<Local, Bit>,
    learn_w: Signal<Local, Bit>,
    learn_u: Signal<Local, Bit>,
    learn_b: Signal<Local, Bit>,
    learn_d: Signal<Local, Bit>,
    learn_a: Signal<Local, Bit>,
    center: Signal<Local, Bit>,
    need_q: Signal<Local, Bit>,
    slot: Signal<Local, Bits<32>>,
    m_ext: Signal<Local, Bits<64>>,
    e_ext: Signal<Local, Bits<64>>,
    q_ext: Signal<Local, Bits<64>>,
    rem_shift: Signal<Local, Bits<64>>,
    y_ext: Signal<Local, Bits<64>>,
    q128: Signal<Local, Bits<128>>,
    row_last: Signal<Local, Bits<32>>,
    /// OUT stage 4's output has the largest decision sum so far (the lowest index on ties).
    o4_wins: Signal<Local, Bit>,

    // Configuration (from Config / Formats).
    n_in: Constant<Bits<32>>,
    n_src: Constant<Bits<32>>,
    n_hid: Constant<Bits<32>>,
    n_out: Constant<Bits<32>>,
    recurrent: Constant<Bit>,
    synaptic: Constant<Bit>,
    w_sign: Constant<Bits<64>>,
    m_sign: Constant<Bits<64>>,
    e_sign: Constant<Bits<64>>,
    q_sign: Constant<Bits<64>>,
    depth: Constant<Bits<32>>,
    depth_mask: Constant<Bits<32>>,
    radius: Constant<Bits<32>>,
    n_clear_mem: Constant<Bits<32>>,
    n_fifo: Constant<Bits<32>>,
    has_axonal: Constant<Bit>,
    has_synaptic: Constant<Bit>,
    /// The learning unit is built (`hardware.learning_unit`); without it LEARN and LEARN_FLAGS
    /// stay 0, so no learning phase is ever entered and Yosys prunes the learning datapath.
    has_learning: Constant<Bit>,
    random_fb: Constant<Bit>,
    delay_max: Constant<Bits<64>>,
    prob_one: Constant<Bits<64>>,
    y_sign: Constant<Bits<64>>,
    high128: Constant<Bits<128>>,
    reg_learn: Constant<Bits<32>>,
    reg_label: Constant<Bits<32>>,
    reg_sup_start: Constant<Bits<32>>,
    reg_flags: Constant<Bits<32>>,
    reg_shifts: Constant<Bits<32>>,
    reg_head: Constant<Bits<32>>,
    reg_modulated: Constant<Bits<32>>,
    msb: Constant<Bits<64>>,
    id_magic: Constant<Bits<64>>,
    r_weights: Constant<Bits<6>>,
    r_synaptic_delays: Constant<Bits<6>>,
    r_axonal_delays: Constant<Bits<6>>,
    r_readout_weights: Constant<Bits<6>>,
    r_readout_biases: Constant<Bits<6>>,
    r_feedback_weights: Constant<Bits<6>>,
    r_spike_history: Constant<Bits<6>>,
    r_membranes: Constant<Bits<6>>,
    r_spikes: Constant<Bits<6>>,
    r_readout: Constant<Bits<6>>,
    r_decision_sums: Constant<Bits<6>>,
    r_input_spikes: Constant<Bits<6>>,
    r_active_sources: Constant<Bits<6>>,
    r_spike_list: Constant<Bits<6>>,
    r_readout_traces: Constant<Bits<6>>,
    r_psi: Constant<Bits<6>>,
    r_eps_trace_fifo: Constant<Bits<6>>,
    r_eta_trace_fifo: Constant<Bits<6>>,
    r_output_errors: Constant<Bits<6>>,
    r_modulated_signals: Constant<Bits<6>>,
    r_delay_gradients: Constant<Bits<6>>,
    r_axonal_gradients: Constant<Bits<6>>,
    r_lfsr: Constant<Bits<6>>,
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

fn region(id: MemoryId) -> Constant<Bits<6>> {
    Constant::new((id.region() as u64).to_bits())
}

/// The memory `id` as `cfg` sizes it, or an absent (depth 0) memory.
fn mem(cfg: &Config, id: MemoryId) -> Memory {
    match memory::find(cfg, id) {
        Some(m) => Memory::new(m.width, m.entries),
        None => Memory::new(1, 0),
    }
}

/// Bits of the quotient register of the softmax division: `recip = floor(2^31 / psum) <= 2^31`.
const RECIP_BITS: u32 = 33;

/// The configured widths of the sequencer's registers, from the sizes and formats (each bound
/// holds for every state reachable from CLEAR and STEPs; `narrow.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegisterBits {
    /// Counters, list lengths and memory indices (unsigned).
    pub count: u32,
    /// The accumulator: a neuron's input current (S weights), an output's sum (H readout
    /// weights) or a learning signal's sum (O products B e).
    pub acc: u32,
    /// The centring means (of one neuron's q over S sources, and of G over H neurons).
    pub mean: u32,
    /// The sum of the O softmax numerators (unsigned).
    pub psum: u32,
    /// The running totals of q (one neuron) and of G (all neurons) that the means divide.
    pub total: u32,
    pub total_g: u32,
    /// The axonal gradient G_s (a sum of H delay gradients q).
    pub g: u32,
    /// A delay gradient q = m W eta (the delay_gradients memory's width).
    pub q: u32,
}

impl RegisterBits {
    /// The delay-like update's `g - mean`: g is a delay gradient q (synaptic) or G_s (axonal),
    /// the mean either's centring mean.
    pub fn g_minus_mean(&self) -> u32 {
        self.g.max(self.mean).max(self.q) + 1
    }

    pub fn new(cfg: &Config, f: &Formats) -> RegisterBits {
        let n = &cfg.network;
        let w = &cfg.widths;
        let (s, h, o, d) = (
            cfg.sources() as u128,
            n.hidden as u128,
            n.outputs as u128,
            n.max_delay as u128,
        );
        let largest_memory = memory::memories(cfg)
            .iter()
            .map(|m| m.entries as u128)
            .max()
            .unwrap_or(1);
        // Indices run to one past a memory's end; the Sig pass walks (O + 1) H, the division 32.
        let count_max = largest_memory
            .max((o + 1) * h + h)
            .max(s * d + d)
            .max(clear_cycles(cfg) as u128)
            .max(64);
        let weight = 1u128 << (w.weight_bits - 1);
        let error = 1u128 << (ERROR_BITS - 1);
        let acc = (s * weight).max((h + 1) * weight).max(o * weight * error);
        // q = m W eta: signal x weight x trace (eta read as trace_bits two's complement).
        let q_bits = Formats::delay_gradient_bits(cfg);
        let q = 1u128 << (q_bits - 1);
        let recip = f.mean_recip as u128;
        let total = s * q;
        let total_g = h * s * q;
        let mean = ((total_g * recip) >> golden::format::MEAN_FRAC) + 1;
        let p_max = f
            .exp_rom
            .iter()
            .map(|&x| x.max(0) as u128)
            .max()
            .unwrap_or(0);
        RegisterBits {
            count: unsigned_bits(count_max) + 1,
            acc: signed_bits(acc),
            mean: signed_bits(mean),
            psum: unsigned_bits(o * p_max),
            total: signed_bits(total),
            total_g: signed_bits(total_g),
            g: signed_bits(h * q),
            q: q_bits,
        }
    }
}

impl Tile {
    pub fn new(cfg: &Config, f: &Formats) -> Tile {
        let n = &cfg.network;
        let w = &cfg.widths;
        let nb = RegisterBits::new(cfg, f);
        let (s, h, o) = (cfg.sources() as u64, n.hidden as u64, n.outputs as u64);
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
            weights: mem(cfg, MemoryId::Weights),
            synaptic_delays: mem(cfg, MemoryId::SynapticDelays),
            axonal_delays: mem(cfg, MemoryId::AxonalDelays),
            readout_weights: mem(cfg, MemoryId::ReadoutWeights),
            readout_biases: mem(cfg, MemoryId::ReadoutBiases),
            feedback_weights: mem(cfg, MemoryId::FeedbackWeights),
            spike_history: mem(cfg, MemoryId::SpikeHistory),
            membranes: mem(cfg, MemoryId::Membranes),
            spikes: mem(cfg, MemoryId::Spikes),
            readout: mem(cfg, MemoryId::Readout),
            decision_sums: mem(cfg, MemoryId::DecisionSums),
            input_spikes: mem(cfg, MemoryId::InputSpikes),
            active_sources: mem(cfg, MemoryId::ActiveSources),
            spike_list: mem(cfg, MemoryId::SpikeList),
            readout_traces: mem(cfg, MemoryId::ReadoutTraces),
            psi: mem(cfg, MemoryId::Psi),
            eps_trace_fifo: mem(cfg, MemoryId::EpsTraceFifo),
            eta_trace_fifo: mem(cfg, MemoryId::EtaTraceFifo),
            output_errors: mem(cfg, MemoryId::OutputErrors),
            modulated_signals: mem(cfg, MemoryId::ModulatedSignals),
            delay_gradients: mem(cfg, MemoryId::DelayGradients),
            axonal_gradients: mem(cfg, MemoryId::AxonalGradients),
            delay: DelayFifo::new(n.max_delay, w.delay_frac),
            lif: Lif::new(f, w.membrane_bits, n.reset, nb.acc),
            psi_rom: psi_rom(f),
            out: Readout::new(f, w.readout_bits, nb.acc + 1),
            trace: TraceFifo::new(f, w.trace_bits, cfg.surrogate.kernel_radius),
            rtrace: ReadoutTrace::new(f, w.trace_bits),
            learn: Learning::new(cfg, f, nb.g_minus_mean()),
            mean_q: Mean::new(f.mean_recip, nb.total),
            mean_g: Mean::new(f.mean_recip, nb.total_g),
            lfsr_step: Default::default(),
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
            q3_v: Default::default(),
            q3_i: Default::default(),
            q3_vin: Default::default(),
            q3_acc: Default::default(),
            q3_zeta: Default::default(),
            q4_v: Default::default(),
            q4_i: Default::default(),
            q4_vpre: Default::default(),
            learn_on: Default::default(),
            label: Default::default(),
            sup_start: Default::default(),
            flags: Default::default(),
            shifts: Default::default(),
            head: Default::default(),
            n_m: Default::default(),
            lfsr: Default::default(),
            q1_lane: Default::default(),
            ymax: Default::default(),
            psum: Default::default(),
            recip: Default::default(),
            rem: Default::default(),
            total: Default::default(),
            total_g: Default::default(),
            mean: Default::default(),
            m_cur: Default::default(),
            hist_reg: Default::default(),
            pf_hist: Default::default(),
            pf_eps: Default::default(),
            pf_eta: Default::default(),
            eta_fwd: Default::default(),
            q1_m: Default::default(),
            q1_bias: Default::default(),
            o3_v: Default::default(),
            o3_i: Default::default(),
            o3_y: Default::default(),
            o3_sum: Default::default(),
            o4_v: Default::default(),
            o4_i: Default::default(),
            o4_y: Default::default(),
            o4_acc: Default::default(),
            p3_v: Default::default(),
            p3_i: Default::default(),
            p3_eps: Default::default(),
            w2: Default::default(),
            r2: Default::default(),
            d2: Default::default(),
            a2: Default::default(),
            g2: Default::default(),
            rupd_v: Default::default(),
            rupd_bias: Default::default(),
            rupd_i: Default::default(),
            rupd_e: Default::default(),
            rupd_trace: Default::default(),
            rupd_w: Default::default(),
            rupd_r: Default::default(),
            q2_s: Default::default(),
            w_reg: Default::default(),
            d_reg: Default::default(),
            a_reg: Default::default(),
            g_reg: Default::default(),
            r_reg: Default::default(),
            aux: Default::default(),
            i_n: Narrow::unsigned(nb.count),
            idx_n: Narrow::unsigned(nb.count),
            base_n: Narrow::unsigned(nb.count),
            aux_n: Narrow::unsigned(nb.count),
            n_act_n: Narrow::unsigned(nb.count),
            n_spk_n: Narrow::unsigned(nb.count),
            q1_i_n: Narrow::unsigned(nb.count),
            q1_base_n: Narrow::unsigned(nb.count),
            q2_i_n: Narrow::unsigned(nb.count),
            q3_i_n: Narrow::unsigned(nb.count),
            o3_i_n: Narrow::unsigned(nb.count),
            o3_y_n: Narrow::unsigned(w.readout_bits),
            o3_sum_n: Narrow::signed(nb.acc + 1),
            o4_i_n: Narrow::unsigned(nb.count),
            o4_y_n: Narrow::signed(w.readout_bits),
            p3_i_n: Narrow::unsigned(nb.count),
            p3_eps_n: Narrow::unsigned(w.trace_bits),
            rupd_i_n: Narrow::unsigned(nb.count),
            rupd_e_n: Narrow::signed(ERROR_BITS),
            rupd_trace_n: Narrow::unsigned(w.trace_bits),
            rupd_w_n: Narrow::unsigned(w.weight_bits),
            q3_vin_n: Narrow::unsigned(w.membrane_bits),
            q3_acc_n: Narrow::signed(nb.acc),
            q3_zeta_n: Narrow::unsigned(w.trace_bits),
            q4_i_n: Narrow::unsigned(nb.count),
            q4_vpre_n: Narrow::signed(w.membrane_bits),
            q2_s_n: Narrow::unsigned(nb.count),
            n_m_n: Narrow::unsigned(nb.count),
            acc_n: Narrow::signed(nb.acc),
            ymax_n: Narrow::signed(w.readout_bits),
            mean_n: Narrow::signed(nb.mean),
            m_cur_n: Narrow::signed(w.signal_bits),
            psum_n: Narrow::unsigned(nb.psum),
            rem_n: Narrow::unsigned(nb.psum + 1),
            recip_n: Narrow::unsigned(RECIP_BITS),
            total_n: Narrow::signed(nb.total),
            total_g_n: Narrow::signed(nb.total_g),
            region: Default::default(),
            index: Default::default(),
            host_write: Default::default(),
            active: Default::default(),
            src: Default::default(),
            wext: Default::default(),
            uext: Default::default(),
            bext: Default::default(),
            supervised: Default::default(),
            learn_w: Default::default(),
            learn_u: Default::default(),
            learn_b: Default::default(),
            learn_d: Default::default(),
            learn_a: Default::default(),
            center: Default::default(),
            need_q: Default::default(),
            slot: Default::default(),
            m_ext: Default::default(),
            e_ext: Default::default(),
            q_ext: Default::default(),
            rem_shift: Default::default(),
            y_ext: Default::default(),
            q128: Default::default(),
            row_last: Default::default(),
            o4_wins: Default::default(),
            n_in: c32(n.inputs as u64),
            n_src: c32(s),
            n_hid: c32(h),
            n_out: c32(o),
            recurrent: Constant::new(n.recurrent),
            synaptic: Constant::new(n.delay_mode.has_synaptic()),
            w_sign: SignedConsts::sign_of(w.weight_bits),
            m_sign: SignedConsts::sign_of(w.signal_bits),
            e_sign: SignedConsts::sign_of(ERROR_BITS),
            q_sign: SignedConsts::sign_of(nb.q),
            depth: c32(n.max_delay as u64),
            depth_mask: c32(n.max_delay as u64 - 1),
            radius: c32(cfg.surrogate.kernel_radius as u64),
            n_clear_mem: c32(clear_cycles(cfg) - 1),
            n_fifo: c32(s * n.max_delay as u64),
            has_axonal: Constant::new(n.delay_mode.has_axonal()),
            has_synaptic: Constant::new(n.delay_mode.has_synaptic()),
            has_learning: Constant::new(cfg.hardware.learning_unit),
            random_fb: Constant::new(cfg.learning.feedback == Feedback::Random),
            delay_max: Constant::new(as_bits(f.delay_max as i64)),
            prob_one: Constant::new(as_bits(1i64 << PROB_FRAC)),
            y_sign: SignedConsts::sign_of(w.readout_bits),
            high128: Constant::new(bit_cast::<128, 64>(u64::MAX.to_bits()) << 64u64),
            reg_learn: c32(reg::LEARN as u64),
            reg_label: c32(reg::LABEL as u64),
            reg_sup_start: c32(reg::SUPERVISION_START as u64),
            reg_flags: c32(reg::LEARN_FLAGS as u64),
            reg_shifts: c32(reg::SHIFTS as u64),
            reg_head: c32(reg::TRACE_HEAD as u64),
            reg_modulated: c32(reg::MODULATED as u64),
            msb: SignedConsts::msb(),
            id_magic: Constant::new(ID_MAGIC.to_bits()),
            r_weights: region(MemoryId::Weights),
            r_synaptic_delays: region(MemoryId::SynapticDelays),
            r_axonal_delays: region(MemoryId::AxonalDelays),
            r_readout_weights: region(MemoryId::ReadoutWeights),
            r_readout_biases: region(MemoryId::ReadoutBiases),
            r_feedback_weights: region(MemoryId::FeedbackWeights),
            r_spike_history: region(MemoryId::SpikeHistory),
            r_membranes: region(MemoryId::Membranes),
            r_spikes: region(MemoryId::Spikes),
            r_readout: region(MemoryId::Readout),
            r_decision_sums: region(MemoryId::DecisionSums),
            r_input_spikes: region(MemoryId::InputSpikes),
            r_active_sources: region(MemoryId::ActiveSources),
            r_spike_list: region(MemoryId::SpikeList),
            r_readout_traces: region(MemoryId::ReadoutTraces),
            r_psi: region(MemoryId::Psi),
            r_eps_trace_fifo: region(MemoryId::EpsTraceFifo),
            r_eta_trace_fifo: region(MemoryId::EtaTraceFifo),
            r_output_errors: region(MemoryId::OutputErrors),
            r_modulated_signals: region(MemoryId::ModulatedSignals),
            r_delay_gradients: region(MemoryId::DelayGradients),
            r_axonal_gradients: region(MemoryId::AxonalGradients),
            r_lfsr: region(MemoryId::Lfsr),
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
            q1_base, q2_v, q2_last, q2_i, q3_v, q3_i, q3_vin, q3_acc, q3_zeta, q4_v, q4_i, q4_vpre,
            learn_on, label, sup_start, flags, shifts, head, n_m, q1_lane, ymax, psum, recip, rem,
            total, total_g, mean, m_cur, hist_reg, pf_hist, pf_eps, pf_eta, eta_fwd, q1_m, q1_bias,
            o3_v, o3_i, o3_y, o3_sum, o4_v, o4_i, o4_y, o4_acc, p3_v, p3_i, p3_eps, w2, r2, d2, a2,
            g2, rupd_v, rupd_bias, rupd_i, rupd_e, rupd_trace, rupd_w, rupd_r, q2_s, w_reg, d_reg,
            a_reg, g_reg, r_reg, aux
        );
        clock!(
            self,
            clock,
            lfsr,
            weights,
            synaptic_delays,
            axonal_delays,
            readout_weights,
            readout_biases,
            feedback_weights,
            spike_history,
            membranes,
            spikes,
            readout,
            decision_sums,
            input_spikes,
            active_sources,
            spike_list,
            readout_traces,
            psi,
            eps_trace_fifo,
            eta_trace_fifo,
            output_errors,
            modulated_signals,
            delay_gradients,
            axonal_gradients
        );
        // Every register read below is of its configured width, and so is its hold value (so
        // that the bits above it feed nothing and Yosys removes them).
        self.total_n.x.next = self.total.q.val();
        self.total_g_n.x.next = self.total_g.q.val();
        self.i_n.x.next = self.i.q.val();
        self.idx_n.x.next = self.idx.q.val();
        self.base_n.x.next = self.base.q.val();
        self.aux_n.x.next = self.aux.q.val();
        self.n_act_n.x.next = self.n_act.q.val();
        self.n_spk_n.x.next = self.n_spk.q.val();
        self.q1_i_n.x.next = self.q1_i.q.val();
        self.q1_base_n.x.next = self.q1_base.q.val();
        self.q2_i_n.x.next = self.q2_i.q.val();
        self.q3_i_n.x.next = self.q3_i.q.val();
        self.o3_i_n.x.next = self.o3_i.q.val();
        self.o3_y_n.x.next = self.o3_y.q.val();
        self.o3_sum_n.x.next = self.o3_sum.q.val();
        self.o4_i_n.x.next = self.o4_i.q.val();
        self.o4_y_n.x.next = self.o4_y.q.val();
        self.p3_i_n.x.next = self.p3_i.q.val();
        self.p3_eps_n.x.next = self.p3_eps.q.val();
        self.rupd_i_n.x.next = self.rupd_i.q.val();
        self.rupd_e_n.x.next = self.rupd_e.q.val();
        self.rupd_trace_n.x.next = self.rupd_trace.q.val();
        self.rupd_w_n.x.next = self.rupd_w.q.val();
        self.q3_vin_n.x.next = self.q3_vin.q.val();
        self.q3_acc_n.x.next = self.q3_acc.q.val();
        self.q3_zeta_n.x.next = self.q3_zeta.q.val();
        self.q4_i_n.x.next = self.q4_i.q.val();
        self.q4_vpre_n.x.next = self.q4_vpre.q.val();
        self.q2_s_n.x.next = self.q2_s.q.val();
        self.n_m_n.x.next = self.n_m.q.val();
        self.acc_n.x.next = self.acc.q.val();
        self.ymax_n.x.next = self.ymax.q.val();
        self.mean_n.x.next = self.mean.q.val();
        self.m_cur_n.x.next = self.m_cur.q.val();
        self.psum_n.x.next = self.psum.q.val();
        self.rem_n.x.next = self.rem.q.val();
        self.recip_n.x.next = self.recip.q.val();
        self.i.d.next = self.i_n.y.val();
        self.idx.d.next = self.idx_n.y.val();
        self.base.d.next = self.base_n.y.val();
        self.aux.d.next = self.aux_n.y.val();
        self.n_act.d.next = self.n_act_n.y.val();
        self.n_spk.d.next = self.n_spk_n.y.val();
        self.q1_i.d.next = self.q1_i_n.y.val();
        self.q1_base.d.next = self.q1_base_n.y.val();
        self.q2_i.d.next = self.q2_i_n.y.val();
        self.q3_i.d.next = self.q3_i_n.y.val();
        self.o3_i.d.next = self.o3_i_n.y.val();
        self.o3_y.d.next = self.o3_y_n.y.val();
        self.o3_sum.d.next = self.o3_sum_n.y.val();
        self.o3_v.d.next = false;
        self.o4_i.d.next = self.o4_i_n.y.val();
        self.o4_y.d.next = self.o4_y_n.y.val();
        self.o4_v.d.next = false;
        self.p3_i.d.next = self.p3_i_n.y.val();
        self.p3_eps.d.next = self.p3_eps_n.y.val();
        self.p3_v.d.next = false;
        self.rupd_i.d.next = self.rupd_i_n.y.val();
        self.rupd_e.d.next = self.rupd_e_n.y.val();
        self.rupd_trace.d.next = self.rupd_trace_n.y.val();
        self.rupd_w.d.next = self.rupd_w_n.y.val();
        self.rupd_v.d.next = false;
        self.q3_vin.d.next = self.q3_vin_n.y.val();
        self.q3_acc.d.next = self.q3_acc_n.y.val();
        self.q3_zeta.d.next = self.q3_zeta_n.y.val();
        self.q4_i.d.next = self.q4_i_n.y.val();
        self.q4_vpre.d.next = self.q4_vpre_n.y.val();
        // SYN stages 3 and 4 hold a LIF token for one cycle only.
        self.q3_v.d.next = false;
        self.q4_v.d.next = false;
        self.psi_rom.x.next = self.q4_vpre_n.y.val();
        self.q2_s.d.next = self.q2_s_n.y.val();
        self.n_m.d.next = self.n_m_n.y.val();
        self.acc.d.next = self.acc_n.y.val();
        self.ymax.d.next = self.ymax_n.y.val();
        self.mean.d.next = self.mean_n.y.val();
        self.m_cur.d.next = self.m_cur_n.y.val();
        self.psum.d.next = self.psum_n.y.val();
        self.rem.d.next = self.rem_n.y.val();
        self.recip.d.next = self.recip_n.y.val();
        self.total.d.next = self.total_n.y.val();
        self.total_g.d.next = self.total_g_n.y.val();
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
        self.feedback_weights.read_address.next = self.index.val();
        self.spike_history.read_address.next = self.index.val();
        self.membranes.read_address.next = self.index.val();
        self.spikes.read_address.next = self.index.val();
        self.readout.read_address.next = self.index.val();
        self.decision_sums.read_address.next = self.index.val();
        self.input_spikes.read_address.next = self.index.val();
        self.active_sources.read_address.next = self.index.val();
        self.spike_list.read_address.next = self.index.val();
        self.readout_traces.read_address.next = self.index.val();
        self.psi.read_address.next = self.index.val();
        self.eps_trace_fifo.read_address.next = self.index.val();
        self.eta_trace_fifo.read_address.next = self.index.val();
        self.output_errors.read_address.next = self.index.val();
        self.modulated_signals.read_address.next = self.index.val();
        self.delay_gradients.read_address.next = self.index.val();
        self.axonal_gradients.read_address.next = self.index.val();
        self.weights.write_address.next = self.index.val();
        self.synaptic_delays.write_address.next = self.index.val();
        self.axonal_delays.write_address.next = self.index.val();
        self.readout_weights.write_address.next = self.index.val();
        self.readout_biases.write_address.next = self.index.val();
        self.feedback_weights.write_address.next = self.index.val();
        self.spike_history.write_address.next = self.index.val();
        self.membranes.write_address.next = self.index.val();
        self.spikes.write_address.next = self.index.val();
        self.readout.write_address.next = self.index.val();
        self.decision_sums.write_address.next = self.index.val();
        self.input_spikes.write_address.next = self.index.val();
        self.active_sources.write_address.next = self.index.val();
        self.spike_list.write_address.next = self.index.val();
        self.readout_traces.write_address.next = self.index.val();
        self.psi.write_address.next = self.index.val();
        self.eps_trace_fifo.write_address.next = self.index.val();
        self.eta_trace_fifo.write_address.next = self.index.val();
        self.output_errors.write_address.next = self.index.val();
        self.modulated_signals.write_address.next = self.index.val();
        self.delay_gradients.write_address.next = self.index.val();
        self.axonal_gradients.write_address.next = self.index.val();
        self.weights.write_data.next = self.cmd_data.val();
        self.synaptic_delays.write_data.next = self.cmd_data.val();
        self.axonal_delays.write_data.next = self.cmd_data.val();
        self.readout_weights.write_data.next = self.cmd_data.val();
        self.readout_biases.write_data.next = self.cmd_data.val();
        self.feedback_weights.write_data.next = self.cmd_data.val();
        self.spike_history.write_data.next = self.cmd_data.val();
        self.membranes.write_data.next = self.cmd_data.val();
        self.spikes.write_data.next = self.cmd_data.val();
        self.readout.write_data.next = self.cmd_data.val();
        self.decision_sums.write_data.next = self.cmd_data.val();
        self.input_spikes.write_data.next = self.cmd_data.val();
        self.active_sources.write_data.next = self.cmd_data.val();
        self.spike_list.write_data.next = self.cmd_data.val();
        self.readout_traces.write_data.next = self.cmd_data.val();
        self.psi.write_data.next = self.cmd_data.val();
        self.eps_trace_fifo.write_data.next = self.cmd_data.val();
        self.eta_trace_fifo.write_data.next = self.cmd_data.val();
        self.output_errors.write_data.next = self.cmd_data.val();
        self.modulated_signals.write_data.next = self.cmd_data.val();
        self.delay_gradients.write_data.next = self.cmd_data.val();
        self.axonal_gradients.write_data.next = self.cmd_data.val();
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
        self.feedback_weights.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_feedback_weights.val());
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
        self.readout_traces.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_readout_traces.val());
        self.psi.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_psi.val());
        self.eps_trace_fifo.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_eps_trace_fifo.val());
        self.eta_trace_fifo.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_eta_trace_fifo.val());
        self.output_errors.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_output_errors.val());
        self.modulated_signals.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_modulated_signals.val());
        self.delay_gradients.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_delay_gradients.val());
        self.axonal_gradients.write_enable.next =
            self.host_write.val() & (self.region.val() == self.r_axonal_gradients.val());
        if self.host_write.val() & (self.region.val() == self.r_registers.val()) {
            if self.index.val() == self.reg_budget.val() {
                self.budget.d.next = bit_cast::<32, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.reg_learn.val() {
                self.learn_on.d.next = self.cmd_data.val().get_bit(0) & self.has_learning.val();
            }
            if self.index.val() == self.reg_label.val() {
                self.label.d.next = bit_cast::<16, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.reg_sup_start.val() {
                self.sup_start.d.next = bit_cast::<32, 64>(self.cmd_data.val());
            }
            if (self.index.val() == self.reg_flags.val()) & self.has_learning.val() {
                self.flags.d.next = bit_cast::<8, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.reg_shifts.val() {
                self.shifts.d.next = self.cmd_data.val();
            }
        }
        // The stream bank reads the stream of stage 1 (`q1_lane`; a host READ of the region
        // sets it and gets the entry in the response cycle, like a memory); it is written by
        // the host, or with the drawn value where a learning phase draws.
        self.lfsr.read_index.next = self.q1_lane.q.val();
        if self.host_write.val() {
            self.lfsr.write_index.next = self.index.val().get_bits::<INDEX_BITS>(0);
            self.lfsr.write_data.next = bit_cast::<32, 64>(self.cmd_data.val());
        } else {
            self.lfsr.write_index.next = self.q1_lane.q.val();
            self.lfsr.write_data.next = self.lfsr_step.drawn.val();
        }
        self.lfsr.write_enable.next = (self.host_write.val()
            & (self.region.val() == self.r_lfsr.val()))
            | (self.q1_v.q.val()
                & ((self.phase.q.val() == Phase::Pass2)
                    | (self.phase.q.val() == Phase::Axon)
                    | (self.phase.q.val() == Phase::Rupd)));

        // Read responses: the memory answers one cycle after the command.
        self.rsp_valid.next = self.rsp_v.q.val();
        // One assignment per evaluation (ARCHITECTURE.md, "one assignment per output").
        if self.rsp_region.q.val() == self.r_weights.val() {
            self.rsp_data.next = self.weights.read_data.val();
        } else if self.rsp_region.q.val() == self.r_lfsr.val() {
            self.rsp_data.next = bit_cast::<64, 32>(self.lfsr.read_data.val());
        } else if self.rsp_region.q.val() == self.r_synaptic_delays.val() {
            self.rsp_data.next = self.synaptic_delays.read_data.val();
        } else if self.rsp_region.q.val() == self.r_axonal_delays.val() {
            self.rsp_data.next = self.axonal_delays.read_data.val();
        } else if self.rsp_region.q.val() == self.r_readout_weights.val() {
            self.rsp_data.next = self.readout_weights.read_data.val();
        } else if self.rsp_region.q.val() == self.r_readout_biases.val() {
            self.rsp_data.next = self.readout_biases.read_data.val();
        } else if self.rsp_region.q.val() == self.r_feedback_weights.val() {
            self.rsp_data.next = self.feedback_weights.read_data.val();
        } else if self.rsp_region.q.val() == self.r_spike_history.val() {
            self.rsp_data.next = self.spike_history.read_data.val();
        } else if self.rsp_region.q.val() == self.r_membranes.val() {
            self.rsp_data.next = self.membranes.read_data.val();
        } else if self.rsp_region.q.val() == self.r_spikes.val() {
            self.rsp_data.next = self.spikes.read_data.val();
        } else if self.rsp_region.q.val() == self.r_readout.val() {
            self.rsp_data.next = self.readout.read_data.val();
        } else if self.rsp_region.q.val() == self.r_decision_sums.val() {
            self.rsp_data.next = self.decision_sums.read_data.val();
        } else if self.rsp_region.q.val() == self.r_input_spikes.val() {
            self.rsp_data.next = self.input_spikes.read_data.val();
        } else if self.rsp_region.q.val() == self.r_active_sources.val() {
            self.rsp_data.next = self.active_sources.read_data.val();
        } else if self.rsp_region.q.val() == self.r_spike_list.val() {
            self.rsp_data.next = self.spike_list.read_data.val();
        } else if self.rsp_region.q.val() == self.r_readout_traces.val() {
            self.rsp_data.next = self.readout_traces.read_data.val();
        } else if self.rsp_region.q.val() == self.r_psi.val() {
            self.rsp_data.next = self.psi.read_data.val();
        } else if self.rsp_region.q.val() == self.r_eps_trace_fifo.val() {
            self.rsp_data.next = self.eps_trace_fifo.read_data.val();
        } else if self.rsp_region.q.val() == self.r_eta_trace_fifo.val() {
            self.rsp_data.next = self.eta_trace_fifo.read_data.val();
        } else if self.rsp_region.q.val() == self.r_output_errors.val() {
            self.rsp_data.next = self.output_errors.read_data.val();
        } else if self.rsp_region.q.val() == self.r_modulated_signals.val() {
            self.rsp_data.next = self.modulated_signals.read_data.val();
        } else if self.rsp_region.q.val() == self.r_delay_gradients.val() {
            self.rsp_data.next = self.delay_gradients.read_data.val();
        } else if self.rsp_region.q.val() == self.r_axonal_gradients.val() {
            self.rsp_data.next = self.axonal_gradients.read_data.val();
        } else {
            self.rsp_data.next = self.rsp_reg.q.val();
        }

        // Datapath inputs (used by HIST, SYN, OUT).
        self.delay.word.next = self.spike_history.read_data.val();
        self.delay.axonal.next = self.axonal_delays.read_data.val();
        self.delay.synaptic.next = self.synaptic_delays.read_data.val();
        if self.q1_last.q.val() {
            self.delay.spike.next = self.input_spikes.read_data.val().get_bit(0);
        } else {
            self.delay.spike.next = self.spikes.read_data.val().get_bit(0);
        }
        self.lif.v.next = self.q3_vin_n.y.val();
        self.lif.current.next = self.q3_acc_n.y.val();
        self.wext.next = (self.weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.uext.next =
            (self.readout_weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.bext.next =
            (self.readout_biases.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        self.o4_wins.next = self.o4_v.q.val()
            & ((self.o4_i_n.y.val() == 0)
                | ((self.o4_acc.q.val() ^ self.msb.val()) > (self.best.q.val() ^ self.msb.val())));
        self.out.y.next = self.o3_y_n.y.val();
        self.out.sum.next = self.o3_sum_n.y.val();
        self.out.acc.next = self.decision_sums.read_data.val();
        self.active.next = self.delay.pushed_bit.val();
        if self.synaptic.val() {
            self.active.next = self.delay.pushed.val().any();
        }
        self.src.next = bit_cast::<32, 64>(self.active_sources.read_data.val());

        // Learning: what learns (register bits), sign-extended memory words, datapath defaults.
        self.supervised.next = self.learn_on.q.val() & (self.t.q.val() >= self.sup_start.q.val());
        self.learn_w.next = self.flags.q.val().get_bit(0);
        self.learn_u.next = self.flags.q.val().get_bit(1);
        self.learn_b.next = self.flags.q.val().get_bit(1) & self.flags.q.val().get_bit(2);
        self.learn_d.next = self.flags.q.val().get_bit(3) & self.has_synaptic.val();
        self.learn_a.next = self.flags.q.val().get_bit(4) & self.has_axonal.val();
        self.center.next = self.flags.q.val().get_bit(5);
        self.need_q.next = self.learn_d.val() | self.learn_a.val();
        self.m_ext.next =
            (self.modulated_signals.read_data.val() ^ self.m_sign.val()) - self.m_sign.val();
        self.e_ext.next =
            (self.output_errors.read_data.val() ^ self.e_sign.val()) - self.e_sign.val();
        self.q_ext.next =
            (self.delay_gradients.read_data.val() ^ self.q_sign.val()) - self.q_sign.val();
        self.y_ext.next = (self.readout.read_data.val() ^ self.y_sign.val()) - self.y_sign.val();
        self.q128.next = bit_cast::<128, 64>(self.learn.q.val());
        if self.learn.q.val().get_bit(63) {
            self.q128.next = bit_cast::<128, 64>(self.learn.q.val()) | self.high128.val();
        }
        self.row_last.next = self.n_hid.val() - 1;
        if self.learn_b.val() {
            self.row_last.next = self.n_hid.val();
        }
        self.slot.next = 0.into();
        self.rem_shift.next = self.rem_n.y.val() << 1;
        if self.i_n.y.val() == 0 {
            self.rem_shift.next = (self.rem_n.y.val() << 1) | 1;
        }
        if self.q1_last.q.val() {
            self.trace.word.next = self.pf_hist.q.val();
            self.trace.eta_older.next = self.pf_eta.q.val();
        } else {
            self.trace.word.next = self.hist_reg.q.val();
            self.trace.eta_older.next = self.eta_fwd.q.val();
        }
        self.trace.lag.next = self.q1_m.q.val();
        self.trace.eps_prev.next = self.pf_eps.q.val();
        self.rtrace.zeta.next = self.q3_zeta_n.y.val();
        self.rtrace.spike.next = self.lif.spike.val();
        self.lfsr_step.x.next = self.lfsr.read_data.val();
        // The learning unit's operands, each assigned once per evaluation (ARCHITECTURE.md,
        // "one assignment per output"): its weight-like port updates W (PASS2) or a readout
        // weight or bias (RUPD), its delay-like port a synaptic (PASS2) or axonal delay (AXON).
        if self.phase.q.val() == Phase::Rupd {
            // U_kj -= SR(e_k zeta_j), or b_k -= SR(e_k), from the operands RUPD's stage 1
            // registered (the memory reads and the draw are off this path).
            self.learn.x.next = self.rupd_e_n.y.val();
            self.learn.r_w.next = self.rupd_r.q.val();
            self.learn.trace.next = self.rupd_trace_n.y.val();
            self.learn.w.next = self.rupd_w_n.y.val();
            if self.rupd_bias.q.val() {
                self.learn.sh_w.next = self.shifts.q.val().get_bits::<8>(32);
            } else {
                self.learn.sh_w.next = self.shifts.q.val().get_bits::<8>(24);
            }
        } else {
            // PASS2's W -= SR(m eps) from registers (stage 3); PASS1's q = m W eta uses the
            // same weight port (the weight before this step's update).
            self.learn.x.next = self.m_cur_n.y.val();
            self.learn.r_w.next = self.r_reg.q.val();
            self.learn.trace.next = self.p3_eps_n.y.val();
            self.learn.w.next = self.w_reg.q.val();
            self.learn.sh_w.next = self.shifts.q.val().get_bits::<8>(0);
        }
        if self.phase.q.val() == Phase::Axon {
            // A_s -= SR(G_s - mean), clipped to [0, D-1].
            self.learn.g.next = self.axonal_gradients.read_data.val();
            self.learn.d.next = self.axonal_delays.read_data.val();
            self.learn.hi.next = self.delay_max.val();
            self.learn.r_d.next = self.lfsr_step.drawn.val();
            self.learn.sh_d.next = self.shifts.q.val().get_bits::<8>(16);
        } else {
            // PASS2's d -= SR(q - mean), clipped to the path bound, from registers (stage 3).
            self.learn.g.next = self.g_reg.q.val();
            self.learn.d.next = self.d_reg.q.val();
            if self.has_axonal.val() {
                self.learn.hi.next = self.delay_max.val() - self.a_reg.q.val();
            } else {
                self.learn.hi.next = self.delay_max.val();
            }
            self.learn.r_d.next = (self.r_reg.q.val() << 16) | (self.r_reg.q.val() >> 16);
            self.learn.sh_d.next = self.shifts.q.val().get_bits::<8>(8);
        }
        self.learn.mean.next = self.mean_n.y.val();
        self.learn.eta.next = self.eta_trace_fifo.read_data.val();
        if self.random_fb.val() {
            self.learn.b.next = self.feedback_weights.read_data.val();
        } else {
            self.learn.b.next = self.readout_weights.read_data.val();
        }
        self.learn.e.next = self.output_errors.read_data.val();
        self.learn.acc.next = self.acc_n.y.val();
        self.learn.psi.next = self.psi.read_data.val();
        self.learn.y_gap.next = self.ymax_n.y.val() - self.y_ext.val();
        self.learn.recip.next = self.recip_n.y.val();
        self.mean_q.total.next = self.total_n.y.val();
        self.mean_g.total.next = self.total_g_n.y.val();

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
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_act_n.y.val());
                        }
                        if self.index.val() == self.reg_spikes.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_spk_n.y.val());
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
                        if self.index.val() == self.reg_learn.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 1>(self.learn_on.q.val().into());
                        }
                        if self.index.val() == self.reg_label.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 16>(self.label.q.val());
                        }
                        if self.index.val() == self.reg_sup_start.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.sup_start.q.val());
                        }
                        if self.index.val() == self.reg_flags.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 8>(self.flags.q.val());
                        }
                        if self.index.val() == self.reg_shifts.val() {
                            self.rsp_reg.d.next = self.shifts.q.val();
                        }
                        if self.index.val() == self.reg_head.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 8>(self.head.q.val());
                        }
                        if self.index.val() == self.reg_modulated.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_m_n.y.val());
                        }
                        if self.region.val() == self.r_lfsr.val() {
                            self.q1_lane.d.next = self.index.val().get_bits::<INDEX_BITS>(0);
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
                self.spike_history.write_address.next = self.i_n.y.val();
                self.spike_history.write_data.next = 0.into();
                self.spike_history.write_enable.next = self.i_n.y.val() < self.n_src.val();
                self.input_spikes.write_address.next = self.i_n.y.val();
                self.input_spikes.write_data.next = 0.into();
                self.input_spikes.write_enable.next = self.i_n.y.val() < self.n_in.val();
                self.membranes.write_address.next = self.i_n.y.val();
                self.membranes.write_data.next = 0.into();
                self.membranes.write_enable.next = self.i_n.y.val() < self.n_hid.val();
                self.spikes.write_address.next = self.i_n.y.val();
                self.spikes.write_data.next = 0.into();
                self.spikes.write_enable.next = self.i_n.y.val() < self.n_hid.val();
                self.readout.write_address.next = self.i_n.y.val();
                self.readout.write_data.next = 0.into();
                self.readout.write_enable.next = self.i_n.y.val() < self.n_out.val();
                self.decision_sums.write_address.next = self.i_n.y.val();
                self.decision_sums.write_data.next = 0.into();
                self.decision_sums.write_enable.next = self.i_n.y.val() < self.n_out.val();
                self.readout_traces.write_address.next = self.i_n.y.val();
                self.readout_traces.write_data.next = 0.into();
                self.readout_traces.write_enable.next = self.i_n.y.val() < self.n_hid.val();
                self.psi.write_address.next = self.i_n.y.val();
                self.psi.write_data.next = 0.into();
                self.psi.write_enable.next = self.i_n.y.val() < self.n_hid.val();
                self.eps_trace_fifo.write_address.next = self.i_n.y.val();
                self.eps_trace_fifo.write_data.next = 0.into();
                self.eps_trace_fifo.write_enable.next = self.i_n.y.val() < self.n_fifo.val();
                self.eta_trace_fifo.write_address.next = self.i_n.y.val();
                self.eta_trace_fifo.write_data.next = 0.into();
                self.eta_trace_fifo.write_enable.next = self.i_n.y.val() < self.n_fifo.val();
                // The axonal gradients G_s are summed over a step's PASS1s and zeroed by AXON
                // after use; zeroed here too, so that the first learning step does not add to
                // what the block RAM held at power-up.
                self.axonal_gradients.write_address.next = self.i_n.y.val();
                self.axonal_gradients.write_data.next = 0.into();
                self.axonal_gradients.write_enable.next = self.i_n.y.val() < self.n_src.val();
                self.i.d.next = self.i_n.y.val() + 1;
                if self.i_n.y.val() == self.n_clear_mem.val() {
                    self.head.d.next = 0.into();
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
                if self.i_n.y.val() < self.n_src.val() {
                    self.spike_history.read_address.next = self.i_n.y.val();
                    self.input_spikes.read_address.next = self.i_n.y.val();
                    self.spikes.read_address.next = self.i_n.y.val() - self.n_in.val();
                    self.axonal_delays.read_address.next = self.i_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_last.d.next = self.i_n.y.val() < self.n_in.val();
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                // Then: push the spike, consume the input spike, list the source if it can
                // deliver this step.
                if self.q1_v.q.val() {
                    self.spike_history.write_address.next = self.q1_i_n.y.val();
                    self.spike_history.write_data.next = self.delay.pushed.val();
                    self.spike_history.write_enable.next = true;
                    if self.q1_last.q.val() {
                        self.input_spikes.write_address.next = self.q1_i_n.y.val();
                        self.input_spikes.write_data.next = 0.into();
                        self.input_spikes.write_enable.next = true;
                    }
                    if self.active.val() {
                        self.active_sources.write_address.next = self.n_act_n.y.val();
                        self.active_sources.write_data.next =
                            bit_cast::<64, 32>(self.q1_i_n.y.val());
                        self.active_sources.write_enable.next = true;
                        self.n_act.d.next = self.n_act_n.y.val() + 1;
                    }
                }
                if (self.i_n.y.val() == self.n_src.val()) & !self.q1_v.q.val() {
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
                if self.i_n.y.val() < self.n_hid.val() {
                    self.active_sources.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_last.d.next = self.idx_n.y.val() == self.n_act_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_base.d.next = self.base_n.y.val();
                    if self.idx_n.y.val() == self.n_act_n.y.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.n_src.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: read the synapse (weight, delays, history) or the membrane.
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.membranes.read_address.next = self.q1_i_n.y.val();
                        self.readout_traces.read_address.next = self.q1_i_n.y.val();
                    } else {
                        self.weights.read_address.next = self.q1_base_n.y.val() + self.src.val();
                        self.synaptic_delays.read_address.next =
                            self.q1_base_n.y.val() + self.src.val();
                        self.axonal_delays.read_address.next = self.src.val();
                        self.spike_history.read_address.next = self.src.val();
                    }
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                // Stage 2: accumulate the weight if a spike sits at the tap; or register the
                // neuron's membrane, zeta and input current for its LIF update.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.q3_v.d.next = true;
                        self.q3_i.d.next = self.q2_i_n.y.val();
                        self.q3_vin.d.next = self.membranes.read_data.val();
                        self.q3_zeta.d.next = self.readout_traces.read_data.val();
                        self.q3_acc.d.next = self.acc_n.y.val();
                        self.acc.d.next = 0.into();
                    } else if self.delay.tap_bit.val() {
                        self.acc.d.next = self.acc_n.y.val() + self.wext.val();
                    }
                }
                // Stage 3: the LIF update from registers. The last neuron's lands in SYN's last
                // cycle (the one that sees stages 1 and 2 empty), so OUT reads its spike.
                if self.q3_v.q.val() {
                    self.membranes.write_address.next = self.q3_i_n.y.val();
                    self.membranes.write_data.next = self.lif.v_next.val();
                    self.membranes.write_enable.next = true;
                    self.spikes.write_address.next = self.q3_i_n.y.val();
                    self.spikes.write_data.next = bit_cast::<64, 1>(self.lif.spike.val().into());
                    self.spikes.write_enable.next = true;
                    self.readout_traces.write_address.next = self.q3_i_n.y.val();
                    self.readout_traces.write_data.next = self.rtrace.zeta_next.val();
                    self.readout_traces.write_enable.next = true;
                    // psi is written in stage 4, off the LIF's path.
                    self.q4_v.d.next = true;
                    self.q4_i.d.next = self.q3_i_n.y.val();
                    self.q4_vpre.d.next = self.lif.v_pre.val();
                    // The neuron is written at the list's end whether or not it spiked (only
                    // entries below SPIKES are defined), so the write enable does not wait for
                    // the LIF; a spike moves the end.
                    self.spike_list.write_address.next = self.n_spk_n.y.val();
                    self.spike_list.write_data.next = bit_cast::<64, 32>(self.q3_i_n.y.val());
                    self.spike_list.write_enable.next = true;
                    if self.lif.spike.val() {
                        self.n_spk.d.next = self.n_spk_n.y.val() + 1;
                    }
                }
                if (self.i_n.y.val() == self.n_hid.val()) & !self.q1_v.q.val() & !self.q2_v.q.val()
                {
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
                if self.i_n.y.val() < self.n_out.val() {
                    self.spike_list.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_last.d.next = self.idx_n.y.val() == self.n_spk_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_base.d.next = self.base_n.y.val();
                    if self.idx_n.y.val() == self.n_spk_n.y.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.n_hid.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: read the readout weight, or the unit's value and bias.
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.readout.read_address.next = self.q1_i_n.y.val();
                        self.readout_biases.read_address.next = self.q1_i_n.y.val();
                    } else {
                        self.readout_weights.read_address.next = self.q1_base_n.y.val()
                            + bit_cast::<32, 64>(self.spike_list.read_data.val());
                    }
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                // Stage 2: accumulate, or register y, the summed input (with the bias) and the
                // decision sum for the output's update.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.o3_v.d.next = true;
                        self.o3_i.d.next = self.q2_i_n.y.val();
                        self.o3_y.d.next = self.readout.read_data.val();
                        self.o3_sum.d.next = self.acc_n.y.val() + self.bext.val();
                        // The decision sum is read now and arrives in stage 3 (no register:
                        // on the iCE40 a register behind a block RAM costs a logic cell).
                        self.decision_sums.read_address.next = self.q2_i_n.y.val();
                        self.acc.d.next = 0.into();
                    } else {
                        self.acc.d.next = self.acc_n.y.val() + self.uext.val();
                    }
                }
                // Stage 3: update y and the decision sum from registers; stage 4 (below the
                // phases) tracks the argmax. The last output's stage 3 lands in OUT's closing
                // cycle, its stage 4 in the next phase's first cycle (DONE forwards it).
                if self.o3_v.q.val() {
                    self.readout.write_address.next = self.o3_i_n.y.val();
                    self.readout.write_data.next = self.out.y_next.val();
                    self.readout.write_enable.next = true;
                    self.decision_sums.write_address.next = self.o3_i_n.y.val();
                    self.decision_sums.write_data.next = self.out.acc_next.val();
                    self.decision_sums.write_enable.next = true;
                    self.o4_v.d.next = true;
                    self.o4_i.d.next = self.o3_i_n.y.val();
                    self.o4_y.d.next = self.out.y_next.val();
                    self.o4_acc.d.next = self.out.acc_next.val();
                }
                if (self.i_n.y.val() == self.n_out.val()) & !self.q1_v.q.val() & !self.q2_v.q.val()
                {
                    self.phase.d.next = Phase::Done;
                    if self.learn_on.q.val() {
                        // The traces advance one step: lag 0 moves to the next ring slot. Source
                        // 0's history word, eps at the new lag 1 (the old head) and eta at lag
                        // R + 1 are read now, a cycle ahead of its first token.
                        self.spike_history.read_address.next = 0.into();
                        self.eps_trace_fifo.read_address.next =
                            bit_cast::<32, 8>(self.head.q.val()) & self.depth_mask.val();
                        self.eta_trace_fifo.read_address.next =
                            (bit_cast::<32, 8>(self.head.q.val()) - self.radius.val())
                                & self.depth_mask.val();
                        self.phase.d.next = Phase::Trace;
                        self.head.d.next =
                            (self.head.q.val() + 1) & bit_cast::<8, 32>(self.depth_mask.val());
                        self.i.d.next = 0.into();
                        self.idx.d.next = 0.into();
                        self.base.d.next = 0.into();
                    }
                }
            }
            Phase::Trace => {
                // Per source: eps at lag 0, then eta at lags R..0, one entry per cycle. A
                // source's history word and two older entries were read a cycle before its first
                // token; the first token registers them, the last one reads the next source's.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_src.val() {
                    if self.idx_n.y.val() == 0 {
                        self.pf_hist.d.next = self.spike_history.read_data.val();
                        self.pf_eps.d.next = self.eps_trace_fifo.read_data.val();
                        self.pf_eta.d.next = self.eta_trace_fifo.read_data.val();
                    }
                    if (self.idx_n.y.val() == self.radius.val())
                        & (self.i_n.y.val() + 1 < self.n_src.val())
                    {
                        self.spike_history.read_address.next = self.i_n.y.val() + 1;
                        self.eps_trace_fifo.read_address.next = self.base_n.y.val()
                            + self.depth.val()
                            + ((bit_cast::<32, 8>(self.head.q.val()) - 1) & self.depth_mask.val());
                        self.eta_trace_fifo.read_address.next = self.base_n.y.val()
                            + self.depth.val()
                            + ((bit_cast::<32, 8>(self.head.q.val()) - self.radius.val() - 1)
                                & self.depth_mask.val());
                    }
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_base.d.next = self.base_n.y.val();
                    self.q1_last.d.next = self.idx_n.y.val() == 0;
                    self.q1_m.d.next = bit_cast::<8, 32>(self.radius.val() - self.idx_n.y.val());
                    if self.idx_n.y.val() == self.radius.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.depth.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                if self.q1_v.q.val() {
                    self.eta_trace_fifo.write_address.next = self.q1_base_n.y.val()
                        + ((bit_cast::<32, 8>(self.head.q.val())
                            - bit_cast::<32, 8>(self.q1_m.q.val()))
                            & self.depth_mask.val());
                    self.eta_trace_fifo.write_data.next = self.trace.eta_next.val();
                    self.eta_trace_fifo.write_enable.next = true;
                    self.eta_fwd.d.next = self.trace.eta_next.val();
                    if self.q1_last.q.val() {
                        self.hist_reg.d.next = self.pf_hist.q.val();
                        self.eps_trace_fifo.write_address.next =
                            self.q1_base_n.y.val() + bit_cast::<32, 8>(self.head.q.val());
                        self.eps_trace_fifo.write_data.next = self.trace.eps_next.val();
                        self.eps_trace_fifo.write_enable.next = true;
                    }
                }
                if (self.i_n.y.val() == self.n_src.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Done;
                    if self.supervised.val() {
                        self.phase.d.next = Phase::Psum;
                        self.i.d.next = 0.into();
                        self.psum.d.next = 0.into();
                    }
                }
            }
            Phase::Psum => {
                // Sum of EXP[(ymax - y_k) >> exp_shift] over the outputs.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_out.val() {
                    self.readout.read_address.next = self.i_n.y.val();
                    self.q1_v.d.next = true;
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                if self.q1_v.q.val() {
                    self.psum.d.next = self.psum_n.y.val() + self.learn.p.val();
                }
                if (self.i_n.y.val() == self.n_out.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Div;
                    self.i.d.next = 0.into();
                    self.rem.d.next = 0.into();
                    self.recip.d.next = 0.into();
                }
            }
            Phase::Div => {
                // recip = floor(2^31 / psum), restoring division, one quotient bit per cycle.
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.i_n.y.val() < 32 {
                    if self.rem_shift.val() >= self.psum_n.y.val() {
                        self.rem.d.next = self.rem_shift.val() - self.psum_n.y.val();
                        self.recip.d.next = (self.recip_n.y.val() << 1) | 1;
                    } else {
                        self.rem.d.next = self.rem_shift.val();
                        self.recip.d.next = self.recip_n.y.val() << 1;
                    }
                    self.i.d.next = self.i_n.y.val() + 1;
                } else {
                    self.phase.d.next = Phase::Err;
                    self.i.d.next = 0.into();
                }
            }
            Phase::Err => {
                // e_k = pi_k - [k = label], pi_k = (p_k * recip) >> 16.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_out.val() {
                    self.readout.read_address.next = self.i_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                if self.q1_v.q.val() {
                    self.output_errors.write_address.next = self.q1_i_n.y.val();
                    self.output_errors.write_data.next = self.learn.pi.val();
                    if self.q1_i_n.y.val() == bit_cast::<32, 16>(self.label.q.val()) {
                        self.output_errors.write_data.next =
                            self.learn.pi.val() - self.prob_one.val();
                    }
                    self.output_errors.write_enable.next = true;
                }
                if (self.i_n.y.val() == self.n_out.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Sig;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.aux.d.next = 0.into();
                    self.acc.d.next = 0.into();
                    self.n_m.d.next = 0.into();
                }
            }
            Phase::Sig => {
                // Per neuron: L_j = sat((sum_k B_jk e_k) >>> shift) over O cycles, then
                // m_j = (L_j psi_j) >>> psi_bits.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_hid.val() {
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_last.d.next = self.idx_n.y.val() == self.n_out.val();
                    if self.idx_n.y.val() == self.n_out.val() {
                        self.psi.read_address.next = self.i_n.y.val();
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.i_n.y.val() + 1;
                    } else {
                        self.readout_weights.read_address.next = self.base_n.y.val();
                        self.feedback_weights.read_address.next = self.aux_n.y.val();
                        self.output_errors.read_address.next = self.idx_n.y.val();
                        self.idx.d.next = self.idx_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.n_hid.val();
                        self.aux.d.next = self.aux_n.y.val() + 1;
                    }
                }
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.modulated_signals.write_address.next = self.q1_i_n.y.val();
                        self.modulated_signals.write_data.next = self.learn.m.val();
                        self.modulated_signals.write_enable.next = true;
                        if self.learn.m.val() != 0 {
                            self.n_m.d.next = self.n_m_n.y.val() + 1;
                        }
                        self.acc.d.next = 0.into();
                    } else {
                        self.acc.d.next = self.acc_n.y.val() + self.learn.prod_be.val();
                    }
                }
                if (self.i_n.y.val() == self.n_hid.val()) & !self.q1_v.q.val() {
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.total_g.d.next = 0.into();
                    if self.learn_w.val() | self.need_q.val() {
                        self.phase.d.next = Phase::Check;
                    } else if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Check => {
                // Next neuron: read its modulated signal.
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.i_n.y.val() < self.n_hid.val() {
                    self.modulated_signals.read_address.next = self.i_n.y.val();
                    self.phase.d.next = Phase::Decide;
                } else {
                    self.idx.d.next = 0.into();
                    if self.learn_a.val() {
                        self.phase.d.next = Phase::MeanG;
                    } else if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                        self.i.d.next = 0.into();
                        self.base.d.next = 0.into();
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Decide => {
                // A neuron with m_j = 0 is skipped (no updates, no draws).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.m_cur.d.next = self.m_ext.val();
                self.idx.d.next = 0.into();
                self.aux.d.next = 0.into();
                self.total.d.next = 0.into();
                self.mean.d.next = 0.into();
                if self.m_ext.val() == 0 {
                    self.phase.d.next = Phase::Check;
                    self.i.d.next = self.i_n.y.val() + 1;
                    self.base.d.next = self.base_n.y.val() + self.n_src.val();
                } else if self.need_q.val() {
                    self.phase.d.next = Phase::Pass1;
                } else {
                    self.phase.d.next = Phase::Pass2;
                }
            }
            Phase::Pass1 => {
                // q_js = m_j W_js eta_s(tap), their total, and G_s += q_js.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.n_src.val() {
                    self.weights.read_address.next = self.base_n.y.val() + self.idx_n.y.val();
                    self.synaptic_delays.read_address.next =
                        self.base_n.y.val() + self.idx_n.y.val();
                    self.axonal_delays.read_address.next = self.idx_n.y.val();
                    self.axonal_gradients.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_base.d.next = self.aux_n.y.val();
                    self.idx.d.next = self.idx_n.y.val() + 1;
                    self.aux.d.next = self.aux_n.y.val() + self.depth.val();
                }
                if self.q1_v.q.val() {
                    self.eta_trace_fifo.read_address.next = self.q1_base_n.y.val()
                        + ((bit_cast::<32, 8>(self.head.q.val())
                            - bit_cast::<32, 8>(self.delay.tap.val()))
                            & self.depth_mask.val());
                }
                self.w_reg.d.next = self.weights.read_data.val();
                self.g_reg.d.next = self.axonal_gradients.read_data.val();
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_s.d.next = self.q1_i_n.y.val();
                if self.q2_v.q.val() {
                    self.delay_gradients.write_address.next = self.q2_s_n.y.val();
                    self.delay_gradients.write_data.next = self.learn.q.val();
                    self.delay_gradients.write_enable.next = true;
                    self.total.d.next = self.total_n.y.val() + self.q128.val();
                    if self.learn_a.val() {
                        self.axonal_gradients.write_address.next = self.q2_s_n.y.val();
                        self.axonal_gradients.write_data.next =
                            self.g_reg.q.val() + self.learn.q.val();
                        self.axonal_gradients.write_enable.next = true;
                        self.total_g.d.next = self.total_g_n.y.val() + self.q128.val();
                    }
                }
                if (self.idx_n.y.val() == self.n_src.val())
                    & !self.q1_v.q.val()
                    & !self.q2_v.q.val()
                {
                    self.phase.d.next = Phase::Mean;
                }
            }
            Phase::Mean => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.center.val() {
                    self.mean.d.next = self.mean_q.mean.val();
                }
                self.idx.d.next = 0.into();
                self.aux.d.next = 0.into();
                self.phase.d.next = Phase::Pass2;
            }
            Phase::Pass2 => {
                // One draw per synapse: W -= SR(m eps), d -= SR(q - mean) clipped.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.n_src.val() {
                    self.weights.read_address.next = self.base_n.y.val() + self.idx_n.y.val();
                    self.synaptic_delays.read_address.next =
                        self.base_n.y.val() + self.idx_n.y.val();
                    self.axonal_delays.read_address.next = self.idx_n.y.val();
                    self.delay_gradients.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_lane.d.next = self.idx_n.y.val().get_bits::<INDEX_BITS>(0);
                    self.q1_base.d.next = self.aux_n.y.val();
                    self.idx.d.next = self.idx_n.y.val() + 1;
                    self.aux.d.next = self.aux_n.y.val() + self.depth.val();
                }
                if self.q1_v.q.val() {
                    self.eps_trace_fifo.read_address.next = self.q1_base_n.y.val()
                        + ((bit_cast::<32, 8>(self.head.q.val())
                            - bit_cast::<32, 8>(self.delay.tap.val()))
                            & self.depth_mask.val());
                }
                // The operands move with the synapse: stage 2 (w2..), then stage 3 (w_reg..).
                self.r2.d.next = self.lfsr_step.drawn.val();
                self.w2.d.next = self.weights.read_data.val();
                self.d2.d.next = self.synaptic_delays.read_data.val();
                self.a2.d.next = self.axonal_delays.read_data.val();
                self.g2.d.next = self.q_ext.val();
                self.r_reg.d.next = self.r2.q.val();
                self.w_reg.d.next = self.w2.q.val();
                self.d_reg.d.next = self.d2.q.val();
                self.a_reg.d.next = self.a2.q.val();
                self.g_reg.d.next = self.g2.q.val();
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_s.d.next = self.q1_i_n.y.val();
                // Stage 2: register the synapse's operands and its trace at the tap.
                if self.q2_v.q.val() {
                    self.p3_v.d.next = true;
                    self.p3_i.d.next = self.base_n.y.val() + self.q2_s_n.y.val();
                    self.p3_eps.d.next = self.eps_trace_fifo.read_data.val();
                }
                // Stage 3: the updates (operands selected above). The last synapse's lands in
                // the cycle that sees stages 1 and 2 empty, so PASS2 takes no extra cycle.
                if self.p3_v.q.val() {
                    if self.learn_w.val() {
                        self.weights.write_address.next = self.p3_i_n.y.val();
                        self.weights.write_data.next = self.learn.w_next.val();
                        self.weights.write_enable.next = true;
                    }
                    if self.learn_d.val() {
                        self.synaptic_delays.write_address.next = self.p3_i_n.y.val();
                        self.synaptic_delays.write_data.next = self.learn.d_next.val();
                        self.synaptic_delays.write_enable.next = true;
                    }
                }
                if (self.idx_n.y.val() == self.n_src.val())
                    & !self.q1_v.q.val()
                    & !self.q2_v.q.val()
                {
                    self.phase.d.next = Phase::Check;
                    self.i.d.next = self.i_n.y.val() + 1;
                    self.base.d.next = self.base_n.y.val() + self.n_src.val();
                }
            }
            Phase::MeanG => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.mean.d.next = 0.into();
                if self.center.val() {
                    self.mean.d.next = self.mean_g.mean.val();
                }
                self.idx.d.next = 0.into();
                self.phase.d.next = Phase::Axon;
            }
            Phase::Axon => {
                // A_s -= SR(G_s - mean), clipped to [0, D-1]; G_s cleared for the next step.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.n_src.val() {
                    self.axonal_delays.read_address.next = self.idx_n.y.val();
                    self.axonal_gradients.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_lane.d.next = self.idx_n.y.val().get_bits::<INDEX_BITS>(0);
                    self.idx.d.next = self.idx_n.y.val() + 1;
                }
                if self.q1_v.q.val() {
                    self.axonal_delays.write_address.next = self.q1_i_n.y.val();
                    self.axonal_delays.write_data.next = self.learn.d_next.val();
                    self.axonal_delays.write_enable.next = true;
                    self.axonal_gradients.write_address.next = self.q1_i_n.y.val();
                    self.axonal_gradients.write_data.next = 0.into();
                    self.axonal_gradients.write_enable.next = true;
                }
                if (self.idx_n.y.val() == self.n_src.val()) & !self.q1_v.q.val() {
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Rupd => {
                // U_kj -= SR(e_k zeta_j), then (with bias learning) b_k -= SR(e_k).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_out.val() {
                    self.output_errors.read_address.next = self.i_n.y.val();
                    self.q1_v.d.next = true;
                    // Column j of row k (the bias is column H) draws from stream j mod 16.
                    self.q1_lane.d.next = self.idx_n.y.val().get_bits::<INDEX_BITS>(0);
                    self.q1_bias.d.next = self.idx_n.y.val() == self.n_hid.val();
                    if self.idx_n.y.val() == self.n_hid.val() {
                        self.readout_biases.read_address.next = self.i_n.y.val();
                        self.q1_i.d.next = self.i_n.y.val();
                    } else {
                        self.readout_weights.read_address.next =
                            self.base_n.y.val() + self.idx_n.y.val();
                        self.readout_traces.read_address.next = self.idx_n.y.val();
                        self.q1_i.d.next = self.base_n.y.val() + self.idx_n.y.val();
                    }
                    if self.idx_n.y.val() == self.row_last.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.n_hid.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: register the operands and the draw (the stream advances here).
                if self.q1_v.q.val() {
                    self.rupd_v.d.next = true;
                    self.rupd_bias.d.next = self.q1_bias.q.val();
                    self.rupd_i.d.next = self.q1_i_n.y.val();
                    self.rupd_e.d.next = self.e_ext.val();
                    self.rupd_r.d.next = self.lfsr_step.drawn.val();
                    if self.q1_bias.q.val() {
                        self.rupd_trace.d.next = 1.into();
                        self.rupd_w.d.next = self.readout_biases.read_data.val();
                    } else {
                        self.rupd_trace.d.next = self.readout_traces.read_data.val();
                        self.rupd_w.d.next = self.readout_weights.read_data.val();
                    }
                }
                // Stage 2: the update (operands selected above). The last one lands in the
                // cycle that sees stage 1 empty, so RUPD takes no extra cycle.
                if self.rupd_v.q.val() {
                    if self.rupd_bias.q.val() {
                        self.readout_biases.write_address.next = self.rupd_i_n.y.val();
                        self.readout_biases.write_data.next = self.learn.w_next.val();
                        self.readout_biases.write_enable.next = true;
                    } else {
                        self.readout_weights.write_address.next = self.rupd_i_n.y.val();
                        self.readout_weights.write_data.next = self.learn.w_next.val();
                        self.readout_weights.write_enable.next = true;
                    }
                }
                if (self.i_n.y.val() == self.n_out.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Done;
                }
            }
            Phase::Done => {
                if self.o4_wins.val() {
                    self.pred.d.next = bit_cast::<16, 32>(self.o4_i_n.y.val());
                } else {
                    self.pred.d.next = self.pred_work.q.val();
                }
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
        // OUT stage 4: the running argmax of the decision sums and the maximum of y (PSUM
        // reads it), one output per cycle.
        if self.o4_wins.val() {
            self.best.d.next = self.o4_acc.q.val();
            self.pred_work.d.next = bit_cast::<16, 32>(self.o4_i_n.y.val());
        }
        if self.o4_v.q.val()
            & ((self.o4_i_n.y.val() == 0)
                | ((self.o4_y_n.y.val() ^ self.msb.val()) > (self.ymax_n.y.val() ^ self.msb.val())))
        {
            self.ymax.d.next = self.o4_y_n.y.val();
        }
        // SYN stage 4: the psi of the neuron whose LIF update ended a cycle ago (the last one in
        // OUT's first cycle, which neither reads nor writes psi).
        if self.q4_v.q.val() {
            self.psi.write_address.next = self.q4_i_n.y.val();
            self.psi.write_data.next = self.psi_rom.data.val();
            self.psi.write_enable.next = true;
        }
    }
}
