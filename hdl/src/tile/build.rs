//! Building a tile from a `Config`: its memories (golden::memory), register widths, constants.

use super::*;

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

/// Entries of each of a banked memory's `hardware.lanes` banks (0: the memory is absent).
fn bank_entries(cfg: &Config, id: MemoryId) -> u64 {
    memory::find(cfg, id).map_or(0, |m| m.entries / m.banks as u64)
}

/// A banked memory's L banks (`bank.rs`; of 0 entries where the memory is absent).
fn banks(cfg: &Config, id: MemoryId) -> Vec<Bank> {
    let bits = memory::find(cfg, id).map_or(1, |m| m.width);
    (0..golden::cycles::lanes(cfg))
        .map(|l| Bank::new(l as u32, bits, bank_entries(cfg, id)))
        .collect()
}

/// One local signal (or register) per lane.
fn locals<T: Default>(lanes: u64) -> Vec<T> {
    (0..lanes).map(|_| Default::default()).collect()
}

/// Synapse lane `index`'s widths.
fn lane_shape(cfg: &Config, index: u64, acc_bits: u32) -> LaneShape {
    LaneShape {
        index: index as u32,
        weight_bits: MemoryId::Weights.width(cfg),
        acc_bits,
        max_delay: cfg.network.max_delay,
        delay_frac: cfg.widths.delay_frac,
        hidden: cfg.network.hidden as u32,
    }
}

/// History lane `index`'s banks (`golden::memory`: each source-banked memory's entries / L).
fn hist_shape(cfg: &Config, index: u64) -> HistShape {
    let lanes = golden::cycles::lanes(cfg);
    let bank = |id: MemoryId| bank_entries(cfg, id);
    HistShape {
        index: index as u32,
        lanes: lanes as u32,
        inputs: cfg.network.inputs as u32,
        sources: cfg.sources() as u32,
        max_delay: cfg.network.max_delay,
        delay_frac: cfg.widths.delay_frac,
        delay_bits: MemoryId::AxonalDelays.width(cfg),
        source_entries: bank(MemoryId::SpikeHistory),
        input_entries: bank(MemoryId::InputSpikes),
        spike_entries: bank(MemoryId::Spikes),
        axonal_entries: bank(MemoryId::AxonalDelays),
        index_bits: MemoryId::ActiveSources.width(cfg),
        synaptic: cfg.network.delay_mode.has_synaptic(),
    }
}

/// The stochastic-rounding streams (`golden::rng::LFSR_STREAMS`).
const STREAMS: u64 = golden::rng::LFSR_STREAMS as u64;

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
        let lanes = golden::cycles::lanes(cfg);
        let channel_low = (1u64 << memory::index_bits(n.inputs as u64)) - 1;
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
            readout_biases: mem(cfg, MemoryId::ReadoutBiases),
            membranes: mem(cfg, MemoryId::Membranes),
            readout: mem(cfg, MemoryId::Readout),
            decision_sums: mem(cfg, MemoryId::DecisionSums),
            spike_list: mem(cfg, MemoryId::SpikeList),
            output_errors: mem(cfg, MemoryId::OutputErrors),
            eps_banks: banks(cfg, MemoryId::EpsTraceFifo),
            eta_banks: banks(cfg, MemoryId::EtaTraceFifo),
            dg_banks: banks(cfg, MemoryId::DelayGradients),
            ag_banks: banks(cfg, MemoryId::AxonalGradients),
            zeta_banks: banks(cfg, MemoryId::ReadoutTraces),
            psi_banks: banks(cfg, MemoryId::Psi),
            ms_banks: banks(cfg, MemoryId::ModulatedSignals),
            fb_banks: banks(cfg, MemoryId::FeedbackWeights),
            fb_write: Default::default(),
            fb_read_data: Default::default(),
            sig_lanes: (0..lanes).map(|_| SigLane::new(cfg, f, nb.acc)).collect(),
            s_acc: locals(lanes),
            s_acc_n: (0..lanes).map(|_| Narrow::signed(nb.acc)).collect(),
            s_nm: Default::default(),
            u_word: locals(lanes),
            pass_lanes: (0..lanes)
                .map(|_| PassLane::new(cfg, f, nb.g_minus_mean()))
                .collect(),
            pass_taps: (0..lanes)
                .map(|_| DelayFifo::new(n.max_delay, w.delay_frac))
                .collect(),
            lane_lfsr: locals(lanes),
            lane_id: (0..lanes).map(c32).collect(),
            l_syn: locals(lanes),
            l_ax: locals(lanes),
            l_w: locals(lanes),
            l_g: locals(lanes),
            l_r: locals(lanes),
            l_d: locals(lanes),
            l_a: locals(lanes),
            l_w3: locals(lanes),
            l_g3: locals(lanes),
            l_r3: locals(lanes),
            l_d3: locals(lanes),
            l_hi3: locals(lanes),
            l_xt: locals(lanes),
            l_acc: locals(lanes),
            l_acc_n: (0..lanes).map(|_| Narrow::signed(nb.total)).collect(),
            _half_lanes: lanes as usize / 2,
            l_v1: locals(lanes),
            l_v3: locals(lanes),
            l_fifo: locals(lanes),
            lane_row_read: Default::default(),
            lane_row_write: Default::default(),
            l_dg_data: locals(lanes),
            l_ag_data: locals(lanes),
            l_dg_write: locals(lanes),
            l_ag_write: locals(lanes),
            row_banks: Default::default(),
            b_off: locals(lanes),
            b_woff: locals(lanes),
            b_valid: locals(lanes),
            lane_limit: Default::default(),
            lane_row: Default::default(),
            u_lane_write: Default::default(),
            wb_word: locals(lanes),
            wb_r1: locals(lanes),
            wb_r2: locals(lanes),
            wb_r4: locals(lanes),
            wb_r8: locals(lanes),
            wrot: Default::default(),
            lane_wd_write: Default::default(),
            streams: locals(STREAMS),
            st_amount: Default::default(),
            sb_amount: Default::default(),
            st_r1: locals(STREAMS),
            st_r2: locals(STREAMS),
            st_r4: locals(STREAMS),
            st_r8: locals(STREAMS),
            sb_word: locals(STREAMS),
            sb_r1: locals(STREAMS),
            sb_r2: locals(STREAMS),
            sb_r4: locals(STREAMS),
            sb_r8: locals(STREAMS),
            sb_mark: Default::default(),
            stream_id: (0..STREAMS).map(|k| Constant::new(k.to_bits())).collect(),
            host_stream: Default::default(),
            sb_marked: Default::default(),
            eps_read_address: Default::default(),
            eps_write_address: Default::default(),
            eps_write_data: Default::default(),
            eps_write: Default::default(),
            eps_read_data: Default::default(),
            eta_read_address: Default::default(),
            eta_write_address: Default::default(),
            eta_write_data: Default::default(),
            eta_write: Default::default(),
            eta_read_data: Default::default(),
            dg_read_address: Default::default(),
            dg_write_address: Default::default(),
            dg_write_data: Default::default(),
            dg_write: Default::default(),
            dg_read_data: Default::default(),
            ag_read_address: Default::default(),
            ag_write_address: Default::default(),
            ag_write_data: Default::default(),
            ag_write: Default::default(),
            ag_read_data: Default::default(),
            zeta_read_address: Default::default(),
            zeta_write_address: Default::default(),
            zeta_write_data: Default::default(),
            zeta_write: Default::default(),
            zeta_read_data: Default::default(),
            psi_read_address: Default::default(),
            psi_write_address: Default::default(),
            psi_write_data: Default::default(),
            psi_write: Default::default(),
            psi_read_data: Default::default(),
            ms_read_address: Default::default(),
            ms_write_address: Default::default(),
            ms_write_data: Default::default(),
            ms_write: Default::default(),
            ms_read_data: Default::default(),
            w_banks: banks(cfg, MemoryId::Weights),
            d_banks: banks(cfg, MemoryId::SynapticDelays),
            u_banks: banks(cfg, MemoryId::ReadoutWeights),
            wd_word: locals(lanes),
            wd_r1: locals(lanes),
            wd_r2: locals(lanes),
            wd_r4: locals(lanes),
            wd_r8: locals(lanes),
            u_r1: locals(lanes),
            u_r2: locals(lanes),
            u_r4: locals(lanes),
            u_r8: locals(lanes),
            rot: Default::default(),
            lanes: (0..lanes)
                .map(|l| SynLane::new(lane_shape(cfg, l, nb.acc)))
                .collect(),
            _lanes_end: lanes as usize + 1,
            _streams: STREAMS as usize,
            _bias_stream: cfg.network.hidden % STREAMS as usize,
            _bias_stream_end: cfg.network.hidden % STREAMS as usize + 1,
            _lanes: lanes as usize,
            _last_lane: lanes as usize - 1,
            _lanes_2: lanes.min(2) as usize,
            _lanes_4: lanes.min(4) as usize,
            _lanes_8: lanes.min(8) as usize,
            out_lanes: (0..lanes)
                .map(|l| OutLane::new(l as u32, o as u32, w.weight_bits, nb.acc))
                .collect(),
            hist_lanes: (0..lanes)
                .map(|l| HistLane::new(hist_shape(cfg, l)))
                .collect(),
            lif_leak: Decay::new(w.membrane_bits, f.alpha_q),
            lif: Lif::new(f, w.membrane_bits, n.reset, nb.acc),
            psi_rom: psi_rom(f),
            out_leak: Decay::new(w.readout_bits, f.kappa_q),
            out: Readout::new(f, w.readout_bits, nb.acc + 1),
            traces: (0..lanes).map(|_| TraceFifo::new(cfg, f)).collect(),
            rtrace: ReadoutTrace::new(cfg, f),
            learn: Learning::new(cfg, f),
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
            q1_v: Default::default(),
            q1_last: Default::default(),
            q1_i: Default::default(),
            q1_base: Default::default(),
            q2_v: Default::default(),
            q2_last: Default::default(),
            q2_i: Default::default(),
            q3_v: Default::default(),
            q3_i: Default::default(),
            q3_leak: Default::default(),
            s3_word: Default::default(),
            q3_zeta: Default::default(),
            q4_v: Default::default(),
            q4_i: Default::default(),
            q4_vpre: Default::default(),
            q4_spike: Default::default(),
            learn_on: Default::default(),
            label: Default::default(),
            sup_start: Default::default(),
            flags: Default::default(),
            shifts: Default::default(),
            head: Default::default(),
            n_m: Default::default(),
            q1_lane: Default::default(),
            ymax: Default::default(),
            psum: Default::default(),
            recip: Default::default(),
            rem: Default::default(),
            total_g: Default::default(),
            mean: Default::default(),
            m_cur: Default::default(),
            hist_reg: locals(lanes),
            pf_hist: locals(lanes),
            pf_eps: locals(lanes),
            pf_eta: locals(lanes),
            eta_fwd: locals(lanes),
            q1_m: Default::default(),
            q1_ahead: Default::default(),
            q1_bias: Default::default(),
            o3_v: Default::default(),
            o3_i: Default::default(),
            o3_y: Default::default(),
            o3_sum: Default::default(),
            o4_v: Default::default(),
            o4_i: Default::default(),
            o4_y: Default::default(),
            p3_v: Default::default(),
            p3_i: Default::default(),
            xt_reg: Default::default(),
            rupd_v: Default::default(),
            rupd_bias: Default::default(),
            rupd_i: Default::default(),
            sh_w: Default::default(),
            sh_d: Default::default(),
            q2_s: Default::default(),
            w_reg: Default::default(),
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
            o3_y_n: Narrow::signed(w.readout_bits + 1),
            o3_sum_n: Narrow::signed(nb.acc + 1),
            o4_i_n: Narrow::unsigned(nb.count),
            o4_y_n: Narrow::signed(w.readout_bits),
            dacc_n: Narrow::signed(Formats::decision_bits(cfg)),
            o4_sum_n: Narrow::signed(Formats::decision_bits(cfg)),
            p3_i_n: Narrow::unsigned(nb.count),
            xt_reg_n: Narrow::signed(Learning::xt_bits(cfg)),
            rupd_i_n: Narrow::unsigned(nb.count),
            q3_leak_n: Narrow::signed(w.membrane_bits + 1),
            q3_zeta_n: Narrow::unsigned(w.trace_bits),
            q4_i_n: Narrow::unsigned(nb.count),
            q4_vpre_n: Narrow::signed(w.membrane_bits),
            q2_s_n: Narrow::unsigned(nb.count),
            n_m_n: Narrow::unsigned(nb.count),
            ymax_n: Narrow::signed(w.readout_bits),
            mean_n: Narrow::signed(nb.mean),
            m_cur_n: Narrow::signed(w.signal_bits),
            psum_n: Narrow::unsigned(nb.psum),
            rem_n: Narrow::unsigned(nb.psum + 1),
            recip_n: Narrow::unsigned(RECIP_BITS),
            total_g_n: Narrow::signed(nb.total_g),
            region: Default::default(),
            index: Default::default(),
            host_write: Default::default(),
            src: Default::default(),
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
            m_fresh: Default::default(),
            m_pend: Default::default(),
            m_pending: Default::default(),
            m_low: Default::default(),
            m_pick: Default::default(),
            e_ext: Default::default(),
            rem_shift: Default::default(),
            y_ext: Default::default(),
            row_last: Default::default(),
            w_read_address: Default::default(),
            d_read_address: Default::default(),
            wd_write_address: Default::default(),
            w_write_data: Default::default(),
            d_write_data: Default::default(),
            w_write: Default::default(),
            d_write: Default::default(),
            w_read_bank: Default::default(),
            d_read_bank: Default::default(),
            wd_write_bank: Default::default(),
            bank_index: Default::default(),
            w_read_data: Default::default(),
            d_read_data: Default::default(),
            lane_s2: Default::default(),
            lane_shift: Default::default(),
            lane_clear: Default::default(),
            u_read_address: Default::default(),
            u_write_address: Default::default(),
            u_write_data: Default::default(),
            u_write: Default::default(),
            u_read_bank: Default::default(),
            u_write_bank: Default::default(),
            u_read_data: Default::default(),
            out_s2: Default::default(),
            out_shift: Default::default(),
            out_clear: Default::default(),
            u_row_step: Default::default(),
            src_read: Default::default(),
            src_write: Default::default(),
            src_wdata: Default::default(),
            h_write: Default::default(),
            a_write: Default::default(),
            in_write: Default::default(),
            sp_write: Default::default(),
            h_rdata: Default::default(),
            a_rdata: Default::default(),
            in_rdata: Default::default(),
            sp_rdata: Default::default(),
            act_idx: Default::default(),
            act_count: Default::default(),
            act_rdata: Default::default(),
            act_total: Default::default(),
            hist_wb: Default::default(),
            hist_clear: Default::default(),
            clear_all: Default::default(),
            latch_start: Default::default(),
            ax3_v: Default::default(),
            ax3_i: Default::default(),
            q1_ub: Default::default(),
            rupd_ub: Default::default(),
            o4_wins: Default::default(),
            o4_sum: Default::default(),
            o4_cs_sum: Default::default(),
            o4_cs_carry: Default::default(),
            o4_cs_diff_n: Narrow::signed(Formats::decision_bits(cfg) + 2),
            n_in: c32(n.inputs as u64),
            channel_high: Constant::new((!channel_low).to_bits()),
            channel_low: Constant::new(channel_low.to_bits()),
            n_src: c32(s),
            n_groups: c32(golden::cycles::source_groups(cfg)),
            n_hid: c32(h),
            lane_mask: c32(lanes - 1),
            lane_bits: c32(lanes.trailing_zeros() as u64),
            n_out: c32(o),
            w_sign: SignedConsts::sign_of(w.weight_bits),
            m_sign: SignedConsts::sign_of(w.signal_bits),
            e_sign: SignedConsts::sign_of(ERROR_BITS),
            q_sign: SignedConsts::sign_of(nb.q),
            depth: c32(n.max_delay as u64),
            depth_mask: c32(n.max_delay as u64 - 1),
            depth_bits: c32(n.max_delay.trailing_zeros() as u64),
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
