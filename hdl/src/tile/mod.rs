//! The tile (golden `fixed::tile::Tile`): its memories, a sequencer that runs a time step as
//! three pipelined passes and learns on L = `hardware.lanes` lanes, and the host interface.
//! Sizes and formats are fixed by the `Config` it is generated from; rates and budget: registers.
//!
//! ```text
//!              +--------------------------------------------------------------+
//!  clock ----->|  host interface (one command per cycle when idle)             |
//!  cmd_valid ->|   op 1 WRITE addr data | 2 READ addr | 3 SPIKE channel        |--> cmd_ready
//!  cmd_op ---->|   4 STEP | 5 CLEAR                                           |--> rsp_valid
//!  cmd_addr -->|  addr = region << 26 | index (golden::memory)                 |--> rsp_data
//!  cmd_data -->|                                                              |--> busy
//!              |  STEP: HIST  per L sources: push spikes, list active sources  |--> last_cycles
//!              |        SYN   per L neurons: active sources' taps, L LIFs      |--> deadline_missed
//!              |        OUT   per L outputs: spikes' weights, then updates     |--> prediction
//!              +--------------------------------------------------------------+
//! ```
//! Busy cycles: `golden::cycles` (ALGORITHM.md §11). One Verilog module, one combinational
//! block written in pieces (one file each, run and emitted in the order `piece.rs` lists).

use crate::{bank::Bank, count_ones::CountOnes, decay::Decay, delay_fifo::DelayFifo};
use crate::{hist_lane::*, learning::Learning, lif_lane::LifLane, mean::Mean, narrow::*};
use crate::{lfsr::INDEX_BITS, lfsr::Lfsr, out_lane::OutLane, pass_lane::PassLane, ram::Memory};
use crate::{readout::Readout, shift_decode::ShiftDecode, sig_lane::SigLane};
use crate::{spike_list::SpikeList, syn_lane::LaneShape, syn_lane::SynLane, trace_fifo::TraceFifo};
use golden::format::{ERROR_BITS, Formats};
use golden::memory::{self, MemoryId, REGION_SHIFT};
use golden::{config::Config, cycles::clear_cycles};
use rust_hdl::prelude::*;

/// Host command opcodes (`cmd_op`) and the sequencer's phases.
pub use {golden::memory::op, piece::Phase};

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

    // Memories (golden::memory names; absent ones: depth 0; W and d are in the lanes).
    readout_biases: Memory,
    readout: Memory,
    decision_sums: Memory,
    output_errors: Memory,
    /// The spike list, in L banks by position (`spike_list.rs`), and its read port (OUT, host);
    /// the membranes by neuron.
    spike_list: SpikeList,
    sl_read_address: Signal<Local, Bits<32>>,
    v_banks: Vec<Bank>,
    /// Per-source (per-neuron) learning memories: s in bank s mod L (`MemoryId::source_banked`).
    eps_banks: Vec<Bank>,
    eta_banks: Vec<Bank>,
    dg_banks: Vec<Bank>,
    ag_banks: Vec<Bank>,
    zeta_banks: Vec<Bank>,
    psi_banks: Vec<Bank>,
    ms_banks: Vec<Bank>,
    /// The current buffer (event pass): neuron j's D slots in bank j mod L, each lane's own.
    buf_banks: Vec<Bank>,
    buf_read_data: Signal<Local, Bits<64>>,
    /// The step runs the event pass; SYN's close tokens (stages 1, 2).
    events: Signal<Local, Bit>,
    q1_close: DFF<Bit>,
    q2_close: DFF<Bit>,
    /// The LIF lanes (`lif_lane.rs`): each updates its neuron of a closed group; their spikes
    /// gathered (bit l: lane l's) for the spike list; (L - I mod L) mod L (and + 1): the history
    /// bank's lane rotation, as a one-pass loop's bounds (`lif_lanes.rs`).
    lif_lanes: Vec<LifLane>,
    sp_acc: Vec<Signal<Local, Bits<64>>>,
    _sp_rot: usize,
    _sp_rot_end: usize,
    /// The random feedback weights, skewed as the weights (B_jk in bank (j + k) mod L).
    fb_banks: Vec<Bank>,
    fb_write: Signal<Local, Bit>,
    fb_read_data: Signal<Local, Bits<64>>,
    /// SIG's lanes (`sig_lane.rs`, sums `s_acc`); `s_nm`: lanes with m_j != 0 (`nm_pend`, counted).
    sig_lanes: Vec<SigLane>,
    s_acc: Vec<DFF<Bits<64>>>,
    s_acc_n: Vec<Narrow<64>>,
    s_nm: Signal<Local, Bits<16>>,
    nm_pend: DFF<Bits<16>>,
    nm_count: CountOnes,
    u_word: Vec<Signal<Local, Bits<64>>>,

    /// W's, d's and U's skewed banks: (r, c) in bank `(r + c) mod L` (`memory::host_index`).
    w_banks: Vec<Bank>,
    d_banks: Vec<Bank>,
    u_banks: Vec<Bank>,
    /// Bank words rotated to the lanes by `rot` (`rotations.rs`); `wd_word`: weight, delay.
    wd_word: Vec<Signal<Local, Bits<64>>>,
    wd_r1: Vec<Signal<Local, Bits<64>>>,
    wd_r2: Vec<Signal<Local, Bits<64>>>,
    wd_r4: Vec<Signal<Local, Bits<64>>>,
    wd_r8: Vec<Signal<Local, Bits<64>>>,
    u_r1: Vec<Signal<Local, Bits<64>>>,
    u_r2: Vec<Signal<Local, Bits<64>>>,
    u_r4: Vec<Signal<Local, Bits<64>>>,
    u_r8: Vec<Signal<Local, Bits<64>>>,
    /// SIG's products, bank order, rotated to the lanes after their register by `wr_rot` (SIG's).
    pr_r1: Vec<Signal<Local, Bits<64>>>,
    pr_r2: Vec<Signal<Local, Bits<64>>>,
    pr_r4: Vec<Signal<Local, Bits<64>>>,
    pr_r8: Vec<Signal<Local, Bits<64>>>,
    /// Lane l takes bank (l + rot) mod L: SYN's s mod L, OUT's j mod L, the learning rows'.
    rot: DFF<Bits<8>>,
    /// The synapse lanes: each sums one neuron of SYN's group (`syn_lane.rs`).
    lanes: Vec<SynLane>,
    /// Loop bounds: L, L - 1, min(L, 2), min(L, 4), min(L, 8) (the prefix tree's 4 levels);
    /// L + 1 (a one-pass loop whose variable is L: the rotations' `% L`); the 16 streams; RUPD's
    /// bias's stream H mod 16 (a one-pass loop).
    _lanes: usize,
    _last_lane: usize,
    _lanes_2: usize,
    _lanes_4: usize,
    _lanes_8: usize,
    _lanes_end: usize,
    _streams: usize,
    _bias_stream: usize,
    _bias_stream_end: usize,
    /// The output lanes (each sums an output of OUT's group) and the history lanes (each the
    /// sources `s mod L` of its index); the learning lanes' arithmetic, taps; l as a value.
    out_lanes: Vec<OutLane>,
    hist_lanes: Vec<HistLane>,
    pass_lanes: Vec<PassLane>,
    pass_taps: Vec<DelayFifo>,
    lane_id: Vec<Constant<Bits<32>>>,
    /// Lane l's delays from the banks, a group ahead (`learn_lanes.rs`: `*1`, `l_eps`).
    l_syn: Vec<DFF<Bits<64>>>,
    l_ax: Vec<DFF<Bits<64>>>,
    l_syn1: Vec<DFF<Bits<64>>>,
    l_ax1: Vec<DFF<Bits<64>>>,
    l_eps: Vec<DFF<Bits<64>>>,
    /// Stage 2's operands (W or U, G_s or q, draw, delays; PASS1's m W, eta; the products' m).
    l_w: Vec<DFF<Bits<64>>>,
    l_g: Vec<DFF<Bits<64>>>,
    l_g_n: Vec<Narrow<64>>,
    /// G_s from its bank (`Formats::axonal_gradient_bits` wide), sign-extended by wiring.
    l_ag_n: Vec<Narrow<64>>,
    l_r: Vec<DFF<Bits<32>>>,
    l_d: Vec<DFF<Bits<64>>>,
    l_a: Vec<DFF<Bits<64>>>,
    l_w3: Vec<DFF<Bits<64>>>,
    l_g3: Vec<DFF<Bits<64>>>,
    l_r3: Vec<DFF<Bits<32>>>,
    l_d3: Vec<DFF<Bits<64>>>,
    l_hi3: Vec<DFF<Bits<64>>>,
    l_xt: Vec<DFF<Bits<64>>>,
    l_mw: Vec<DFF<Bits<64>>>,
    l_eta: Vec<DFF<Bits<64>>>,
    l_m: DFF<Bits<64>>,
    /// The shifted updates (stage 3; AXON, RUPD 2); w, d, the bound and d - bound - 1 after.
    l_yw: Vec<DFF<Bits<64>>>,
    l_yd: Vec<DFF<Bits<64>>>,
    l_w4: Vec<DFF<Bits<64>>>,
    l_d4: Vec<DFF<Bits<64>>>,
    l_hi4: Vec<DFF<Bits<64>>>,
    l_dh4: Vec<DFF<Bits<64>>>,
    /// Lane l's total of q (PASS1), folded pairwise in MEAN (lane 0 ends with it); L / 2.
    l_acc: Vec<DFF<Bits<128>>>,
    l_acc_n: Vec<Narrow<128>>,
    _half_lanes: usize,
    /// Stage 1's valid lanes (source g L + l < S), PASS1 stage 3's, lane l's trace-FIFO address.
    l_v1: Vec<Signal<Local, Bit>>,
    l_v3: Vec<Signal<Local, Bit>>,
    l_fifo: Vec<Signal<Local, Bits<32>>>,
    /// The per-source banks' lane rows (stage 0; later); PASS1's stage 4 (q, G_s, writes, row).
    lane_row_read: Signal<Local, Bits<32>>,
    lane_row_write: Signal<Local, Bits<32>>,
    l_dg_data: Vec<DFF<Bits<64>>>,
    l_g4: Vec<DFF<Bits<64>>>,
    l_ag_data: Vec<Signal<Local, Bits<64>>>,
    l_dg_write: Vec<DFF<Bit>>,
    l_ag_write: Vec<DFF<Bit>>,
    p4_row: DFF<Bits<32>>,
    /// Lanes over row r (neuron j's, output k's): bank b holds lane (b - r) mod L's (`b_off`).
    /// DECIDE to PASS2 (`row_banks`) and SYN, registered from the next phase.
    row_banks: DFF<Bit>,
    in_syn: DFF<Bit>,
    b_off: Vec<Signal<Local, Bits<32>>>,
    b_woff: Vec<Signal<Local, Bits<32>>>,
    b_valid: Vec<Signal<Local, Bit>>,
    /// The lanes' entries run to S or H (RUPD, SIG); their last group, its valid lanes' count.
    lane_limit: Signal<Local, Bits<32>>,
    lane_last: Signal<Local, Bits<32>>,
    lane_tail: Signal<Local, Bits<32>>,
    lane_row: Signal<Local, Bits<32>>,
    wb_word: Vec<Signal<Local, Bits<64>>>,
    wb_r1: Vec<Signal<Local, Bits<64>>>,
    wb_r2: Vec<Signal<Local, Bits<64>>>,
    wb_r4: Vec<Signal<Local, Bits<64>>>,
    wb_r8: Vec<Signal<Local, Bits<64>>>,
    wrot: Signal<Local, Bits<8>>,
    /// The last stage's writes (PASS2's W, d; RUPD's U, bias): address, rotation, group, shift.
    wr_w: DFF<Bit>,
    wr_u: DFF<Bit>,
    wr_b: DFF<Bit>,
    wr_addr: DFF<Bits<32>>,
    wr_rot: DFF<Bits<8>>,
    wr_i: DFF<Bits<32>>,
    b_y: DFF<Bits<64>>,
    /// PASS2, AXON, RUPD as the learning lanes test them: registered from the next phase.
    in_pass2: DFF<Bit>,
    in_axon: DFF<Bit>,
    in_rupd: DFF<Bit>,
    /// The 16 streams (golden `rng::LfsrBank`), their steps rotated to the lanes (`st_*`).
    streams: Vec<DFF<Bits<32>>>,
    /// The host's seed and its stream (one-hot), registered in the command cycle.
    seed_word: DFF<Bits<32>>,
    seed_hit: DFF<Bits<16>>,
    stream_next: Vec<Lfsr>,
    st_amount: Signal<Local, Bits<8>>,
    sb_amount: Signal<Local, Bits<8>>,
    st_r1: Vec<Signal<Local, Bits<32>>>,
    st_r2: Vec<Signal<Local, Bits<32>>>,
    st_r4: Vec<Signal<Local, Bits<32>>>,
    st_r8: Vec<Signal<Local, Bits<32>>>,
    sb_mark: Signal<Local, Bits<32>>,
    sb_marked: Signal<Local, Bits<32>>,
    stream_id: Vec<Constant<Bits<INDEX_BITS>>>,
    host_stream: Signal<Local, Bits<32>>,

    // Datapath.
    /// The readout's leak, from y's block-RAM output in OUT stage 2 (registered in `o3_y`).
    out_leak: Decay,
    out: Readout,
    /// TRACE's arithmetic per lane (source g L + l).
    traces: Vec<TraceFifo>,
    learn: Learning,
    mean_q: Mean,
    mean_g: Mean,
    /// The means' partial products (`mean.rs`), registered every cycle.
    mean_q_lo: DFF<Bits<128>>,
    mean_q_hi: DFF<Bits<128>>,
    mean_g_lo: DFF<Bits<128>>,
    mean_g_hi: DFF<Bits<128>>,
    mean_g_reg: DFF<Bits<64>>,

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
    rsp_sel: DFF<Bits<64>>,
    /// The read response's terms under their bits, ORed in five registers of five (`rsp_part`).
    rsp_terms: Vec<Signal<Local, Bits<64>>>,
    rsp_part: Vec<DFF<Bits<64>>>,
    rsp_v2: DFF<Bit>,
    rsp_reg: DFF<Bits<64>>,
    i: DFF<Bits<32>>,
    idx: DFF<Bits<32>>,
    base: DFF<Bits<32>>,
    n_act: DFF<Bits<32>>,
    n_spk: DFF<Bits<32>>,
    q1_v: DFF<Bit>,
    q1_last: DFF<Bit>,
    q1_i: DFF<Bits<32>>,
    q1_base: DFF<Bits<32>>,
    fifo_base: DFF<Bits<32>>,
    q2_v: DFF<Bit>,
    q2_last: DFF<Bit>,
    q2_i: DFF<Bits<32>>,
    /// SYN stage 3 of a source token: its history word, registered in stage 2 for every lane.
    s3_word: DFF<Bits<64>>,
    // Learning registers.
    learn_on: DFF<Bit>,
    label: DFF<Bits<16>>,
    sup_start: DFF<Bits<32>>,
    supervised: DFF<Bit>,
    flags: DFF<Bits<8>>,
    shifts: DFF<Bits<64>>,
    head: DFF<Bits<8>>,
    n_m: DFF<Bits<32>>,
    ymax: DFF<Bits<64>>,
    psum: DFF<Bits<64>>,
    recip: DFF<Bits<64>>,
    rem: DFF<Bits<64>>,
    total_g: DFF<Bits<128>>,
    mean: DFF<Bits<64>>,
    m_cur: DFF<Bits<64>>,
    /// TRACE per lane: the group's history word (the other group's in `hist_alt`) and eps at
    /// lag 1; eta at the lag above; stage 1's products, kernel value and spike (`t_*`).
    pf_eps: Vec<DFF<Bits<64>>>,
    hist_reg: Vec<DFF<Bits<64>>>,
    hist_alt: Vec<DFF<Bits<64>>>,
    eta_fwd: Vec<DFF<Bits<64>>>,
    t_eta_p: Vec<DFF<Bits<64>>>,
    t_eps_p: Vec<DFF<Bits<64>>>,
    t_k: Vec<DFF<Bits<64>>>,
    t_spike: Vec<DFF<Bit>>,
    /// TRACE's group of the pair issuing (`tpar`); stage 2's token and rows (`t2_*`); the
    /// writes in stage 3: words, rows, lanes; `l_v2`: stage 1's valid lanes (TRACE, SIG).
    tpar: DFF<Bit>,
    t2_v: DFF<Bit>,
    t2_last: DFF<Bit>,
    t2_eps_addr: DFF<Bits<32>>,
    t2_eta_addr: DFF<Bits<32>>,
    tw_eps: Vec<DFF<Bits<64>>>,
    tw_eta: Vec<DFF<Bits<64>>>,
    l_v2: Vec<DFF<Bit>>,
    /// `l_v2` a cycle later: TRACE's writes and SIG's stage 3 (one register for both).
    l_v2r: Vec<DFF<Bit>>,
    tw_v: DFF<Bit>,
    tw_last: DFF<Bit>,
    tw_eps_addr: DFF<Bits<32>>,
    tw_eta_addr: DFF<Bits<32>>,
    /// ERR: p_k (stage 0, from y_k read a token ahead); the write in stage 2 (`err_v`), at q2_i.
    err_p: DFF<Bits<64>>,
    err_v: DFF<Bit>,
    err_word: DFF<Bits<64>>,
    /// SIG's stages (every cycle, `learn_lanes.rs`): 1 B and e (`s_b`, `s_e`); 2 products, psi
    /// (`sb_*`); 3 the sums (`sg_*`); 4 m from L psi or the bound's (`sm_*`), its test and write.
    s_b: Vec<DFF<Bits<64>>>,
    s_e: DFF<Bits<64>>,
    s_prod: Vec<DFF<Bits<64>>>,
    s_psi: Vec<DFF<Bits<64>>>,
    sb_v: DFF<Bit>,
    sb_last: DFF<Bit>,
    sg_v: DFF<Bit>,
    sg_last: DFF<Bit>,
    sg_psi: Vec<DFF<Bits<64>>>,
    sg_rot: DFF<Bits<8>>,
    sg_i: DFF<Bits<32>>,
    sm_lp: Vec<DFF<Bits<64>>>,
    sm_sat: Vec<DFF<Bit>>,
    sm_blp: Vec<DFF<Bits<64>>>,
    sm_last: DFF<Bit>,
    sm_i: DFF<Bits<32>>,
    sm_lv: Vec<DFF<Bit>>,
    q1_m: DFF<Bits<8>>,
    /// TRACE: R - m, the future lags entry m's window has not seen (its shift).
    q1_ahead: DFF<Bits<8>>,
    q1_bias: DFF<Bit>,
    /// OUT's update stream (stages 1, 2): one token per output of a closed group.
    u1_v: DFF<Bit>,
    u1_i: DFF<Bits<32>>,
    u2_v: DFF<Bit>,
    u2_i: DFF<Bits<32>>,
    /// OUT stage 3: the output stage 2 registered (its decision sum arrives in stage 4).
    o3_v: DFF<Bit>,
    o3_i: DFF<Bits<32>>,
    o3_y: DFF<Bits<64>>,
    o3_sum: DFF<Bits<64>>,
    /// OUT stage 4: the output whose y stage 3 wrote: its decision sum, the running argmax.
    o4_v: DFF<Bit>,
    o4_i: DFF<Bits<32>>,
    o4_y: DFF<Bits<64>>,
    /// PASS2 stage 3: the synapse whose operands stage 2 registered (weight and delay updates).
    p3_v: DFF<Bit>,
    p3_i: DFF<Bits<32>>,
    /// The learning unit's product x * trace, registered (RUPD's bias, stage 1 -> 2).
    xt_reg: DFF<Bits<64>>,
    /// RUPD stage 2: the readout weight or bias whose operands stage 1 registered.
    rupd_v: DFF<Bit>,
    rupd_bias: DFF<Bit>,
    rupd_i: DFF<Bits<32>>,
    /// AXON stage 3: the group whose axonal delays the lanes update and write.
    ax3_v: DFF<Bit>,
    ax3_i: DFF<Bits<32>>,
    /// RUPD's row rotation (k mod L), carried from stage 0 to the write (`wr_rot`, stage 3).
    q1_ub: DFF<Bits<8>>,
    rupd_ub: DFF<Bits<8>>,
    /// The weight-like and the delay update's shifts (set with their operands), their decodes.
    sh_w: DFF<Bits<8>>,
    sh_d: DFF<Bits<8>>,
    sh_decode: Vec<ShiftDecode>,
    sh_dec: Vec<DFF<Bits<128>>>,
    q2_s: DFF<Bits<32>>,
    w_reg: DFF<Bits<64>>,
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
    u1_i_n: Narrow<32>,
    u2_i_n: Narrow<32>,
    o3_i_n: Narrow<32>,
    o3_y_n: Narrow<64>,
    o3_sum_n: Narrow<64>,
    o4_i_n: Narrow<32>,
    o4_y_n: Narrow<64>,
    /// The decision sum read and the new one, in `Formats::decision_bits` (sign-extended).
    dacc_n: Narrow<64>,
    o4_sum_n: Narrow<64>,
    p3_i_n: Narrow<32>,
    xt_reg_n: Narrow<64>,
    rupd_i_n: Narrow<32>,
    q2_s_n: Narrow<32>,
    n_m_n: Narrow<32>,
    ymax_n: Narrow<64>,
    mean_n: Narrow<64>,
    m_cur_n: Narrow<64>,
    psum_n: Narrow<64>,
    rem_n: Narrow<64>,
    recip_n: Narrow<64>,
    total_g_n: Narrow<128>,

    // Combinational helpers.
    region: Signal<Local, Bits<6>>,
    index: Signal<Local, Bits<32>>,
    host_write: Signal<Local, Bit>,
    src: Signal<Local, Bits<32>>,
    bext: Narrow<64>,
    learn_w: Signal<Local, Bit>,
    learn_u: Signal<Local, Bit>,
    learn_b: Signal<Local, Bit>,
    learn_d: Signal<Local, Bit>,
    learn_a: Signal<Local, Bit>,
    center: Signal<Local, Bit>,
    need_q: Signal<Local, Bit>,
    /// DECIDE's picked neuron's m_j: its bank's word, sign-extended.
    m_word: Signal<Local, Bits<64>>,
    m_ext: Narrow<64>,
    /// CHECK/DECIDE: the group's neurons left to learn (fresh: from the banks), the one picked.
    m_fresh: DFF<Bit>,
    m_pend: DFF<Bits<16>>,
    m_pending: Signal<Local, Bits<16>>,
    m_low: Signal<Local, Bits<16>>,
    m_pick: Signal<Local, Bits<32>>,
    e_ext: Narrow<64>,
    rem_shift: Signal<Local, Bits<64>>,
    y_ext: Narrow<64>,
    row_last: Signal<Local, Bits<32>>,
    /// W's and d's ports (`lanes.rs`): the row phases' (plus `b_off`), the host's and SYN's (flat).
    w_read_address: Signal<Local, Bits<32>>,
    d_read_address: Signal<Local, Bits<32>>,
    wd_flat_address: Signal<Local, Bits<32>>,
    wd_write_address: Signal<Local, Bits<32>>,
    w_write_data: Signal<Local, Bits<64>>,
    d_write_data: Signal<Local, Bits<64>>,
    w_write: Signal<Local, Bit>,
    d_write: Signal<Local, Bit>,
    /// The per-source banks' ports as one memory each (`lanes.rs` splits them), the words.
    v_read_address: Signal<Local, Bits<32>>,
    v_write_address: Signal<Local, Bits<32>>,
    v_write_data: Signal<Local, Bits<64>>,
    v_write: Signal<Local, Bit>,
    v_read_data: Signal<Local, Bits<64>>,
    eps_read_address: Signal<Local, Bits<32>>,
    eps_write_address: Signal<Local, Bits<32>>,
    eps_write_data: Signal<Local, Bits<64>>,
    eps_write: Signal<Local, Bit>,
    eps_read_data: Signal<Local, Bits<64>>,
    eta_read_address: Signal<Local, Bits<32>>,
    eta_write_address: Signal<Local, Bits<32>>,
    eta_write_data: Signal<Local, Bits<64>>,
    eta_write: Signal<Local, Bit>,
    eta_read_data: Signal<Local, Bits<64>>,
    dg_read_address: Signal<Local, Bits<32>>,
    dg_write_address: Signal<Local, Bits<32>>,
    dg_write_data: Signal<Local, Bits<64>>,
    dg_write: Signal<Local, Bit>,
    dg_read_data: Signal<Local, Bits<64>>,
    ag_read_address: Signal<Local, Bits<32>>,
    ag_write_address: Signal<Local, Bits<32>>,
    ag_write_data: Signal<Local, Bits<64>>,
    ag_write: Signal<Local, Bit>,
    ag_read_data: Signal<Local, Bits<64>>,
    zeta_read_address: Signal<Local, Bits<32>>,
    zeta_write_address: Signal<Local, Bits<32>>,
    zeta_write_data: Signal<Local, Bits<64>>,
    zeta_write: Signal<Local, Bit>,
    zeta_read_data: Signal<Local, Bits<64>>,
    psi_read_address: Signal<Local, Bits<32>>,
    psi_write_address: Signal<Local, Bits<32>>,
    psi_write_data: Signal<Local, Bits<64>>,
    psi_write: Signal<Local, Bit>,
    psi_read_data: Signal<Local, Bits<64>>,
    ms_read_address: Signal<Local, Bits<32>>,
    ms_write_address: Signal<Local, Bits<32>>,
    ms_write_data: Signal<Local, Bits<64>>,
    ms_write: Signal<Local, Bit>,
    ms_read_data: Signal<Local, Bits<64>>,
    /// The banks read and written (IDLE: the host index's low bits).
    w_read_bank: Signal<Local, Bits<8>>,
    d_read_bank: Signal<Local, Bits<8>>,
    wd_write_bank: Signal<Local, Bits<8>>,
    /// The host index's bank address (the index without its bank bits).
    bank_index: Signal<Local, Bits<32>>,
    /// The addressed bank's words, a cycle after the read.
    w_read_data: Signal<Local, Bits<64>>,
    d_read_data: Signal<Local, Bits<64>>,
    /// SYN's lane controls: source token (stage 2), sums cleared (first group).
    lane_s2: Signal<Local, Bit>,
    lane_clear: Signal<Local, Bit>,
    /// U's port as one memory (`lanes.rs` broadcasts it to the output lanes' banks); as W's.
    u_read_address: Signal<Local, Bits<32>>,
    u_flat_address: Signal<Local, Bits<32>>,
    u_write_address: Signal<Local, Bits<32>>,
    u_write_data: Signal<Local, Bits<64>>,
    u_write: Signal<Local, Bit>,
    u_read_bank: Signal<Local, Bits<8>>,
    u_write_bank: Signal<Local, Bits<8>>,
    u_read_data: Signal<Local, Bits<64>>,
    /// OUT's lane controls: spiking neuron's token, close token, update token (stage 2), sums
    /// cleared; a group's last slot (its spikes and close token, at least L slots but the last).
    out_s2: Signal<Local, Bit>,
    out_close: Signal<Local, Bit>,
    out_shift: Signal<Local, Bit>,
    out_clear: Signal<Local, Bit>,
    out_last: Signal<Local, Bits<32>>,
    /// SIG's and RUPD's next readout-weight row base: + H after the bank's last lane.
    u_row_step: Signal<Local, Bits<32>>,
    /// The history lanes' port (`lanes.rs`): read, write source and word, enables, words read.
    src_read: Signal<Local, Bits<32>>,
    src_write: Signal<Local, Bits<32>>,
    src_wdata: Signal<Local, Bits<64>>,
    h_write: Signal<Local, Bit>,
    a_write: Signal<Local, Bit>,
    in_write: Signal<Local, Bit>,
    sp_write: Signal<Local, Bit>,
    h_rdata: Signal<Local, Bits<64>>,
    a_rdata: Signal<Local, Bits<64>>,
    in_rdata: Signal<Local, Bits<64>>,
    sp_rdata: Signal<Local, Bits<64>>,
    /// The active lists: entry read (SYN or host), a bank's length asked, the entry, total.
    act_idx: Signal<Local, Bits<32>>,
    act_count: Signal<Local, Bit>,
    act_rdata: Signal<Local, Bits<64>>,
    act_total: Signal<Local, Bits<32>>,
    /// HIST's write-back, lists emptied (STEP), CLEAR's zeros, starts latched (HIST's end).
    hist_wb: Signal<Local, Bit>,
    hist_clear: Signal<Local, Bit>,
    clear_all: Signal<Local, Bit>,
    latch_start: Signal<Local, Bit>,
    /// OUT stage 4's output has the largest decision sum so far (the lowest index on ties).
    o4_wins: Signal<Local, Bit>,
    /// OUT stage 4's new decision sum: the stored one (read in stage 3) plus the new y.
    o4_sum: Signal<Local, Bits<64>>,
    /// OUT stage 4's acc + y > best: the sign of acc + y + !best, carry-save (one carry chain).
    o4_cs_sum: Signal<Local, Bits<64>>,
    o4_cs_carry: Signal<Local, Bits<64>>,
    /// The sum of the three is within 2 bits more than a decision sum: its sign is that bit.
    o4_cs_diff_n: Narrow<64>,

    // Configuration (`shape.rs`, from Config / Formats); the host's map (`memory_map.rs`).
    shape: Shape,
    map: MemoryMap,
}

mod build;
mod host;
mod lanes;
mod learn_lanes;
mod learn_signals;
mod learn_updates;
mod lif_lanes;
mod memory_map;
mod operands;
mod piece;
mod register_bits;
mod registers;
mod rotations;
mod shape;
mod step;
pub use {memory_map::MemoryMap, register_bits::RegisterBits, shape::Shape};
