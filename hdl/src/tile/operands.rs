//! The datapath's inputs: the delay tap, the LIF, the readout and the trace blocks read memory
//! outputs and stage registers; the learning unit's operands are chosen by phase, each port
//! assigned once per evaluation.

use super::piece::*;
use super::*;

/// Datapath inputs and the learning unit's operands (phase-selected, one assignment each).
impl Piece<OPERANDS> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // The event pass runs in the steps that do not learn (ALGORITHM.md §2): HIST lists the
        // sources spiking now, SYN adds them into the buffer slots, collects, then the LIFs.
        self.events.next = self.shape.has_event_pass.val() & !self.learn_on.q.val();
        // The lanes' controls: none unless a phase sets it.
        self.hist_wb.next = false;
        self.hist_clear.next = false;
        self.clear_all.next = false;
        self.latch_start.next = false;
        self.lane_s2.next = false;
        self.lane_clear.next = false;
        self.out_s2.next = false;
        self.out_shift.next = false;
        self.out_close.next = false;
        // An OUT group's last slot: its spikes and close token, at least L slots (but the
        // last group's: no close follows it).
        if self.n_spk_n.y.val() > self.shape.lane_mask.val() {
            self.out_last.next = self.n_spk_n.y.val();
        } else {
            self.out_last.next = self.shape.lane_mask.val();
        }
        self.out_clear.next = false;
        // The learning lanes' bank rows and write-back: none unless PASS1 or PASS2 sets them.
        self.lane_row_read.next = 0.into();
        self.lane_row_write.next = 0.into();
        // SIG's and RUPD's readout-weight row base moves to the next bank row after the bank's
        // last lane (SIG walks the outputs k = idx of a neuron, RUPD the rows k = i).
        self.u_row_step.next = 0.into();
        if self.phase.q.val() == Phase::Sig {
            if ((self.idx_n.y.val() + 1) & self.shape.lane_mask.val()) == 0 {
                self.u_row_step.next = self.shape.n_hid.val();
            }
        } else if ((self.i_n.y.val() + 1) & self.shape.lane_mask.val()) == 0 {
            self.u_row_step.next = self.shape.n_hid.val();
        }
        // The memories' signed words sign-extended by wiring (`Narrow`), no carry chain.
        self.bext.x.next = self.readout_biases.read_data.val();
        self.dacc_n.x.next = self.decision_sums.read_data.val();
        self.o4_sum_n.x.next = self.dacc_n.y.val() + self.o4_y_n.y.val();
        self.o4_sum.next = self.o4_sum_n.y.val();
        self.o4_cs_sum.next = self.dacc_n.y.val() ^ self.o4_y_n.y.val() ^ !self.best.q.val();
        self.o4_cs_carry.next = ((self.dacc_n.y.val() & self.o4_y_n.y.val())
            | (self.dacc_n.y.val() & !self.best.q.val())
            | (self.o4_y_n.y.val() & !self.best.q.val()))
            << 1;
        self.o4_cs_diff_n.x.next = self.o4_cs_sum.val() + self.o4_cs_carry.val();
        self.o4_wins.next = self.o4_v.q.val()
            & ((self.o4_i_n.y.val() == 0) | !self.o4_cs_diff_n.y.val().get_bit(63));
        self.out_leak.x.next = self.readout.read_data.val();
        self.out_leak.add.next = 0.into();
        self.out.leaked.next = self.o3_y_n.y.val();
        self.out.sum.next = self.o3_sum_n.y.val();
        self.src.next = bit_cast::<32, 64>(self.act_rdata.val());

        // Learning: what learns (register bits), sign-extended memory words, datapath defaults.
        // Supervised: registered every cycle (a comparison of two registers, read at TRACE's
        // end, many cycles after a STEP or a host write changes them), so that the comparison's
        // carry chain lies before no phase decision.
        self.supervised.d.next = self.learn_on.q.val() & (self.t.q.val() >= self.sup_start.q.val());
        self.learn_w.next = self.flags.q.val().get_bit(0);
        self.learn_u.next = self.flags.q.val().get_bit(1);
        self.learn_b.next = self.flags.q.val().get_bit(1) & self.flags.q.val().get_bit(2);
        self.learn_d.next = self.flags.q.val().get_bit(3) & self.shape.has_synaptic.val();
        self.learn_a.next = self.flags.q.val().get_bit(4) & self.shape.has_axonal.val();
        self.center.next = self.flags.q.val().get_bit(5);
        self.need_q.next = self.learn_d.val() | self.learn_a.val();
        // CHECK/DECIDE: group i's neurons with m_j != 0 still to learn (read from every bank at
        // row i div L after CHECK, then kept in m_pend), the lowest one picked (its m_j: m_ext).
        // Fresh (after CHECK), m_pend holds which of the group's neurons exist (`learn_signals.rs`),
        // so the pick compares no index in the cycle it addresses the banks.
        if self.m_fresh.q.val() {
            self.m_pending.next = 0.into();
            for l in 0..self._lanes {
                if (self.ms_banks[l].word.val() != 0) & self.m_pend.q.val().get_bit(l) {
                    self.m_pending.next = self.m_pending.val().replace_bit(l, true);
                }
            }
        } else {
            self.m_pending.next = self.m_pend.q.val();
        }
        self.m_low.next = self.m_pending.val() & (!self.m_pending.val() + 1);
        self.m_pick.next = 0.into();
        self.m_word.next = 0.into();
        for l in 0..self._lanes {
            if self.m_low.val().get_bit(l) {
                self.m_pick.next = self.lane_id[l].val();
                self.m_word.next = self.ms_banks[l].word.val();
            }
        }
        self.m_ext.x.next = self.m_word.val();
        self.e_ext.x.next = self.output_errors.read_data.val();
        self.y_ext.x.next = self.readout.read_data.val();
        // RUPD's last element of a row: its last group of L neurons, or the bias after it.
        self.row_last.next = self.shape.hid_groups.val() - 1;
        if self.learn_b.val() {
            self.row_last.next = self.shape.hid_groups.val();
        }
        // The learning lanes' entries and rows: sources of neuron j = i (PASS1, PASS2), neurons
        // of output k = i (RUPD) or of group i at output k = idx (SIG). The last group's index
        // and valid lanes are constants, so that stage 1's valid lanes take an equality with
        // the group, not a sum and a comparison (`learn_lanes.rs`).
        self.lane_limit.next = self.shape.n_src.val();
        self.lane_last.next = self.shape.n_groups.val() - 1;
        self.lane_tail.next = self.shape.n_src.val()
            - ((self.shape.n_groups.val() - 1) << self.shape.lane_bits.val());
        self.lane_row.next = self.i_n.y.val();
        if self.phase.q.val() == Phase::Decide {
            self.lane_row.next = self.m_pick.val();
        }
        // RUPD's, DONE's (RUPD's last update stage) and SIG's run to H.
        if (self.phase.q.val() == Phase::Rupd)
            | (self.phase.q.val() == Phase::Done)
            | (self.phase.q.val() == Phase::Sig)
        {
            self.lane_limit.next = self.shape.n_hid.val();
            self.lane_last.next = self.shape.hid_groups.val() - 1;
            self.lane_tail.next = self.shape.n_hid.val()
                - ((self.shape.hid_groups.val() - 1) << self.shape.lane_bits.val());
        }
        if self.phase.q.val() == Phase::Sig {
            self.lane_row.next = self.idx_n.y.val();
        }
        self.rem_shift.next = self.rem_n.y.val() << 1;
        if self.i_n.y.val() == 0 {
            self.rem_shift.next = (self.rem_n.y.val() << 1) | 1;
        }
        // TRACE's lanes: straight from registers, no multiplexer before the decay's product
        // (the group's first token finds the prefetched words there, `learn_lanes.rs`); stage
        // 2 from stage 1's registers.
        for l in 0..self._lanes {
            self.traces[l].word.next = self.hist_reg[l].q.val();
            self.traces[l].eta_older.next = self.eta_fwd[l].q.val();
            self.traces[l].ahead.next = self.q1_ahead.q.val();
            self.traces[l].eps_prev.next = self.pf_eps[l].q.val();
            self.traces[l].eta_p_reg.next = self.t_eta_p[l].q.val();
            self.traces[l].eps_p_reg.next = self.t_eps_p[l].q.val();
            self.traces[l].k_reg.next = self.t_k[l].q.val();
            self.traces[l].spike_reg.next = self.t_spike[l].q.val();
        }
        // The learning unit's operands, each assigned once per evaluation (ARCHITECTURE.md,
        // "one assignment per output"; the synapses', axonal delays' and readout weights'
        // updates are the learning lanes'): its weight-like port updates a readout bias. The product e_k zeta_j (or e_k) is formed in RUPD's stage 1 and
        // registered (`xt_reg`); the update (stage 2: U_kj -= SR(e_k zeta_j), b_k -= SR(e_k))
        // reads registers only.
        self.learn.x.next = self.l_m.q.val();
        if self.q1_bias.q.val() {
            self.learn.trace.next = 1.into();
        } else {
            self.learn.trace.next = self.zeta_read_data.val();
        }
        self.learn.xt_reg.next = self.xt_reg_n.y.val();
        self.learn.r_w.next = self.r_reg.q.val();
        self.learn.w.next = self.w_reg.q.val();
        self.learn.sh_w.next = self.sh_w.q.val();
        self.learn.dec_w.next = self.sh_dec[0].q.val();
        self.learn.y_reg.next = self.b_y.q.val();
        // A_s -= SR(G_s - mean), clipped to [0, D-1], from the operands AXON's stage 1
        // registered.
        self.learn.y_gap.next = self.ymax_n.y.val() - self.y_ext.y.val();
        self.learn.recip.next = self.recip_n.y.val();
        self.learn.p_reg.next = self.err_p.q.val();
        // The neuron's total: lane 0's, once MEAN has folded the lanes' into it.
        for l in 0..1 {
            self.mean_q.total.next = self.l_acc_n[l].y.val();
        }
        self.mean_g.total.next = self.total_g_n.y.val();
        self.mean_q.lo_reg.next = self.mean_q_lo.q.val();
        self.mean_q.hi_reg.next = self.mean_q_hi.q.val();
        self.mean_g.lo_reg.next = self.mean_g_lo.q.val();
        self.mean_g.hi_reg.next = self.mean_g_hi.q.val();
    }
}
