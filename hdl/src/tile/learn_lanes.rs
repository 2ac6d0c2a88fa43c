//! The learning lanes (ALGORITHM.md §11, "Learning lanes"): PASS1 and PASS2 walk a modulated
//! neuron j's sources in groups of L, lane l taking source `s = g L + l` of group g (valid while
//! s < S), as one lane walked one source before:
//!
//! ```text
//!   stage 0  the group's weights (bank b at its lane's synapse, rotated to the lanes by j mod L),
//!            the next group's delays, G_s (PASS1) or q (PASS2) at row g of the lane's bank;
//!            PASS2 (after MEAN or LEAD): the delays of the group after next, and lane l's tap
//!            (from delays read two groups ahead) with the eps FIFO read at row g
//!   stage 1  lane l: tap from its delays (registered from the banks a group ahead), trace-FIFO
//!            read at row g; registers W, and G_s (PASS1) or q (PASS2); PASS2 draws from
//!            stream (g L + l) mod 16 and registers the eps word (`l_eps`)
//!   stage 2  PASS1: m W (from stage 1's W) registered with the eta word and G_s;
//!            PASS2: m eps (eps from `l_eps`) registered with the operands (G - mean, the
//!            delay's bound)
//!   stage 3  PASS1: q = (m W) eta, summed into the lane's total, registered with G_s;
//!            PASS2: the shifted updates SR(m eps), SR(q - mean) (`pass_lane.rs`), registered
//!   stage 4  PASS1: q and G_s + q written (the last group's in MEAN's first cycle);
//!            PASS2: W and d updated, back to their banks through the inverse rotation
//!            (`lanes.rs`); the last group's in the next phase's first cycle (CHECK or DECIDE)
//! ```
//!
//! RUPD's lanes and AXON's take the same shift (stage 2) and update (stage 3) stages, the
//! update from registers (`l_yw`, `l_yd`, and w, d and the bound a stage later) that load
//! every cycle: a stage only reads them in the cycle after the one that loaded them.
//!
//! MEAN folds the lanes' totals into lane 0 in log2 L cycles. The 16 streams are registers, each
//! with its step (xorshift32, a word's own function): lane l draws stream `(l + a) mod 16`'s
//! step through a barrel rotation (`a = g L mod 16` in PASS2, AXON and RUPD), and a stream drawn
//! takes its own step, so only the lanes' marks are rotated back; RUPD's bias (stream H mod 16)
//! and the host's seeds go to their stream directly (a cycle after the WRITE, from registers).

use super::piece::*;
use super::*;

/// The learning lanes' operands and registers, the streams.
impl Piece<LEARN_LANES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // The phases the lanes below test, registered one-hot from the next phase (set by the
        // phase pieces, which run before this one), so that no decode of `phase` lies in front
        // of the streams' enables and the operands' registers (levers_2026-12-07.md, 4).
        self.in_pass2.d.next = self.phase.d.val() == Phase::Pass2;
        self.in_axon.d.next = self.phase.d.val() == Phase::Axon;
        self.in_rupd.d.next = self.phase.d.val() == Phase::Rupd;
        // SIG's stage 2 forms a product, or holds a group's last token, if stage 1 did; stage 3
        // adds the product, or forms L psi; stage 4 tests and writes m (every cycle; the last
        // group's stage 4 in the cycle that leaves SIG). A decision or a write a stage after
        // each block RAM and multiplier, none behind one.
        self.sb_v.d.next =
            (self.phase.q.val() == Phase::Sig) & self.q1_v.q.val() & !self.q1_last.q.val();
        self.sb_last.d.next =
            (self.phase.q.val() == Phase::Sig) & self.q1_v.q.val() & self.q1_last.q.val();
        self.sg_v.d.next = self.sb_v.q.val();
        self.sg_last.d.next = self.sb_last.q.val();
        self.sm_last.d.next = self.sg_last.q.val();
        self.s_e.d.next = self.output_errors.read_data.val();
        self.sg_rot.d.next = self.wr_rot.q.val();
        self.sg_i.d.next = self.q2_i_n.y.val();
        self.sm_i.d.next = self.sg_i.q.val();
        // ERR's p_k, registered in stage 0 from y_k read a token ahead (`learn_signals.rs`;
        // every cycle), so no ROM lies before the product pi_k = p_k recip.
        self.err_p.d.next = self.learn.p.val();
        // ERR's stage 2 holds an output if stage 1 did (`learn_signals.rs`; every cycle).
        self.err_v.d.next = (self.phase.q.val() == Phase::Err) & self.q1_v.q.val();
        // PASS1's stage 4 row (stage 3's group).
        self.p4_row.d.next = self.p3_i_n.y.val();
        // TRACE's stages 2 and 3 hold a token if stage 1 did (`learn_signals.rs`; every cycle,
        // so never read unwritten).
        self.t2_v.d.next = (self.phase.q.val() == Phase::Trace) & self.q1_v.q.val();
        self.tw_v.d.next = self.t2_v.q.val();
        for l in 0..self._lanes {
            // The lane's delays, registered every cycle (the rotated bank word's high half).
            self.l_syn[l].d.next = self.wd_r8[l].val() >> 32;
            self.l_ax[l].d.next = self.hist_lanes[l].a_word.val();
            // PASS2 after MEAN reads them two groups ahead: stage 1 takes them a cycle later,
            // and the eps word (read in stage 0) is registered before its product.
            self.l_syn1[l].d.next = self.l_syn[l].q.val();
            self.l_ax1[l].d.next = self.l_ax[l].q.val();
            // RUPD registers the readout trace's word here (read a token ahead).
            if self.in_rupd.q.val() {
                self.l_eps[l].d.next = self.zeta_banks[l].word.val();
            } else {
                self.l_eps[l].d.next = self.eps_banks[l].word.val();
            }
            // PASS1's q from the bank, sign-extended by wiring for PASS2's stage 1.
            self.l_g_n[l].x.next = self.dg_banks[l].word.val();
            self.l_ag_n[l].x.next = self.ag_banks[l].word.val();
            // Stage 1's valid lanes (g L + l below the phase's count; stage 1's group g is
            // never past the last, so only the last group's lanes are tested), and PASS1
            // stage 3's.
            self.l_v1[l].next = self.q1_v.q.val()
                & !(self.in_rupd.q.val() & self.q1_bias.q.val())
                & ((self.q1_i_n.y.val() != self.lane_last.val())
                    | (self.lane_id[l].val() < self.lane_tail.val()));
            self.l_v3[l].next = self.p3_v.q.val()
                & (((self.p3_i_n.y.val() << self.shape.lane_bits.val()) + self.lane_id[l].val())
                    < self.shape.n_src.val());
            // The tap, and the trace FIFO's entry there: row g's lag (head - tap) mod D, ORed
            // into the row (a multiple of D).
            self.pass_taps[l].axonal.next = self.l_ax[l].q.val();
            self.pass_taps[l].synaptic.next = self.l_syn[l].q.val();
            self.pass_taps[l].word.next = 0.into();
            self.pass_taps[l].spike.next = false;
            self.l_fifo[l].next = self.fifo_base.q.val()
                | ((bit_cast::<32, 8>(self.head.q.val()) - self.pass_taps[l].tap_index.val())
                    & self.shape.depth_mask.val());
            // The arithmetic: PASS1's from stage 1's registers and the eta bank, PASS2's
            // product from the eps bank, its updates from stage 3's registers.
            // RUPD's product e_k zeta_j takes the same multiplier as PASS2's m eps. Both
            // operands are registers (`l_m` below; no multiplexer before the product).
            self.pass_lanes[l].m.next = self.l_m.q.val();
            self.pass_lanes[l].eps.next = self.l_eps[l].q.val();
            self.pass_lanes[l].w_q.next = self.wd_r8[l].val() & 0xFFFF_FFFF_u64;
            self.pass_lanes[l].w_reg.next = self.l_w[l].q.val();
            self.pass_lanes[l].mw_reg.next = self.l_mw[l].q.val();
            self.pass_lanes[l].eta.next = self.l_eta[l].q.val();
            self.pass_lanes[l].xt_reg.next = self.l_xt[l].q.val();
            self.pass_lanes[l].r.next = self.l_r3[l].q.val();
            self.pass_lanes[l].sh_w.next = self.sh_w.q.val();
            self.pass_lanes[l].dec_w.next = self.sh_dec[0].q.val();
            // The delay path's operands, registered with d (stage 3's l_*3, `sh_d`): G - mean,
            // the bound and the shift, so that no phase decode lies on the update's path.
            self.pass_lanes[l].g.next = self.l_g[l].q.val();
            self.pass_lanes[l].mean.next = self.mean_n.y.val();
            self.pass_lanes[l].gm_reg.next = self.l_g3[l].q.val();
            self.pass_lanes[l].sh_d.next = self.sh_d.q.val();
            self.pass_lanes[l].dec_d.next = self.sh_dec[1].q.val();
            // The shifted updates, registered (every cycle) with w, d and the bound for the
            // update stage.
            self.l_yw[l].d.next = self.pass_lanes[l].yw.val();
            self.l_yd[l].d.next = self.pass_lanes[l].yd.val();
            self.l_w4[l].d.next = self.l_w3[l].q.val();
            self.l_d4[l].d.next = self.l_d3[l].q.val();
            self.l_hi4[l].d.next = self.l_hi3[l].q.val();
            // The clip's margin, so that the update stage tests d - y > bound beside d - y.
            self.l_dh4[l].d.next = self.l_d3[l].q.val() - self.l_hi3[l].q.val() - 1;
            self.pass_lanes[l].yw_reg.next = self.l_yw[l].q.val();
            self.pass_lanes[l].yd_reg.next = self.l_yd[l].q.val();
            self.pass_lanes[l].w.next = self.l_w4[l].q.val();
            self.pass_lanes[l].d.next = self.l_d4[l].q.val();
            self.pass_lanes[l].hi.next = self.l_hi4[l].q.val();
            self.pass_lanes[l].dh.next = self.l_dh4[l].q.val();
            // PASS1 stage 3's q and G_s registered (every cycle), written with G_s + q in stage 4
            // (the last group's in MEAN's first cycle, which reads neither bank): no product
            // before a block RAM's data input.
            self.l_dg_data[l].d.next = self.pass_lanes[l].q.val();
            self.pass_lanes[l].q_reg.next = self.l_dg_data[l].q.val();
            self.l_g4[l].d.next = self.l_g3[l].q.val();
            self.l_ag_data[l].next = self.l_g4[l].q.val() + self.l_dg_data[l].q.val();
            self.l_dg_write[l].d.next = (self.phase.q.val() == Phase::Pass1) & self.l_v3[l].val();
            self.l_ag_write[l].d.next =
                (self.phase.q.val() == Phase::Pass1) & self.l_v3[l].val() & self.learn_a.val();
            // The update stage's results (PASS2 stage 4), packed as the banks' words (weight
            // low, delay high).
            self.wb_word[l].next = ((self.pass_lanes[l].d_next.val() & 0xFFFF_FFFF_u64) << 32)
                | (self.pass_lanes[l].w_next.val() & 0xFFFF_FFFF_u64);
            // SIG: B_jk e_k in bank order (bank l's U or feedback word, registered with e_k;
            // the products rotate to the lanes after their register, `rotations.rs`); L_j psi
            // from the sum and psi, registered with L's clamp and the bound's product, and m_j
            // from the three.
            self.s_b[l].d.next = self.u_word[l].val();
            self.sig_lanes[l].b.next = self.s_b[l].q.val();
            self.sig_lanes[l].e.next = self.s_e.q.val();
            self.sig_lanes[l].acc.next = self.s_acc_n[l].y.val();
            self.sig_lanes[l].psi.next = self.sg_psi[l].q.val();
            self.sig_lanes[l].lp_reg.next = self.sm_lp[l].q.val();
            self.sig_lanes[l].sat_reg.next = self.sm_sat[l].q.val();
            self.sig_lanes[l].blp_reg.next = self.sm_blp[l].q.val();
            self.s_psi[l].d.next = self.psi_banks[l].word.val();
            self.sg_psi[l].d.next = self.s_psi[l].q.val();
            self.s_prod[l].d.next = self.sig_lanes[l].prod.val();
            self.sm_lp[l].d.next = self.sig_lanes[l].lp.val();
            self.sm_sat[l].d.next = self.sig_lanes[l].sat.val();
            self.sm_blp[l].d.next = self.sig_lanes[l].blp.val();
            self.sm_lv[l].d.next = self.l_v2r[l].q.val();
        }
        // The trace FIFOs' row of the group whose taps the lanes hold, registered a cycle
        // ahead so that no phase's mux lies on the tap -> address path: PASS1 reads in stage 1
        // (its group's aux of stage 0), PASS2 in stage 0 (the next group's aux; 0 for group 0,
        // after MEAN or LEAD).
        if self.in_pass2.q.val() {
            self.fifo_base.d.next = self.aux_n.y.val() + self.shape.depth.val();
        } else if (self.phase.q.val() == Phase::Mean) | (self.phase.q.val() == Phase::Lead) {
            self.fifo_base.d.next = 0.into();
        } else {
            self.fifo_base.d.next = self.aux_n.y.val();
        }
        // The products' m (every cycle): RUPD's e_k, read a token ahead (`learn_updates.rs`), so
        // that the register holds the token's in its stage 1; m_j otherwise (set in DECIDE).
        if self.in_rupd.q.val() {
            self.l_m.d.next = self.e_ext.y.val();
        } else {
            self.l_m.d.next = self.m_cur_n.y.val();
        }
        // SIG's sums (cleared in ERR): stage 3 adds the product stage 2 registered, so no sum
        // lies behind the product; the group's last token forms L_j psi in stage 3, from the
        // complete sum (cleared there), and m_j in stage 4, where it counts m_j != 0 (at most
        // 16: 8 bits).
        self.s_nm.next = 0.into();
        for l in 0..self._lanes {
            if (self.phase.q.val() == Phase::Err) | self.sg_last.q.val() {
                self.s_acc[l].d.next = 0.into();
            } else if self.sg_v.q.val() {
                self.s_acc[l].d.next = self.s_acc_n[l].y.val() + self.pr_r8[l].val();
            }
            if self.sm_lv[l].q.val() & (self.sig_lanes[l].m.val() != 0) {
                self.s_nm.next =
                    self.s_nm.val() | (bit_cast::<16, 1>(true.into()) << self.lane_id[l].val());
            }
        }
        // The group's lanes with m_j != 0 are registered, then counted (a tree, `count_ones.rs`)
        // and added a cycle later (the last group's in the next phase's first cycle, which
        // leaves n_m alone): neither a count nor a sum behind the m_j products.
        if self.sm_last.q.val() {
            self.nm_pend.d.next = self.s_nm.val();
        } else {
            self.nm_pend.d.next = 0.into();
        }
        self.nm_count.x.next = self.nm_pend.q.val();
        if self.nm_pend.q.val() != 0 {
            self.n_m.d.next = self.n_m_n.y.val() + bit_cast::<32, 16>(self.nm_count.y.val());
        }
        for n in self._lanes..self._lanes_end {
            // PASS2's updates back to the banks: bank b takes lane (b - j) mod L's, a rotation
            // by wrot = -j mod L.
            for l in 0..self._lanes {
                if self.wrot.val().get_bit(0) {
                    self.wb_r1[l].next = self.wb_word[(l + 1) % n].val();
                } else {
                    self.wb_r1[l].next = self.wb_word[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.wrot.val().get_bit(1) {
                    self.wb_r2[l].next = self.wb_r1[(l + 2) % n].val();
                } else {
                    self.wb_r2[l].next = self.wb_r1[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.wrot.val().get_bit(2) {
                    self.wb_r4[l].next = self.wb_r2[(l + 4) % n].val();
                } else {
                    self.wb_r4[l].next = self.wb_r2[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.wrot.val().get_bit(3) {
                    self.wb_r8[l].next = self.wb_r4[(l + 8) % n].val();
                } else {
                    self.wb_r8[l].next = self.wb_r4[l].val();
                }
            }
        }
        // The lanes' registers by phase, one if/else chain per register (they hold otherwise;
        // the phases exclude each other). Nested or repeated `if`s would each add a hold mux
        // per bit that synthesis does not fold into the flip-flop's enable.
        for l in 0..self._lanes {
            // TRACE: a group's prefetched words (its own banks', at the group's row) as its
            // first token issues, into the registers its tokens read; otherwise the pair's
            // other group's word (the groups alternate), and eta for the next lag from stage
            // 2, which holds the token two cycles ahead: the same group's previous lag. The
            // previous pair's last tokens, in stages 1 and 2 meanwhile, still read the old
            // words, and their eta (lag 0) feeds no later token.
            if (self.phase.q.val() == Phase::Trace)
                & (self.i_n.y.val() < self.shape.n_groups.val())
                & (self.idx_n.y.val() == 0)
            {
                self.hist_reg[l].d.next = self.hist_lanes[l].h_word.val();
                self.pf_eps[l].d.next = self.eps_banks[l].word.val();
                self.eta_fwd[l].d.next = self.eta_banks[l].word.val();
            } else if self.phase.q.val() == Phase::Trace {
                self.hist_reg[l].d.next = self.hist_alt[l].q.val();
                self.eta_fwd[l].d.next = self.traces[l].eta_next.val();
            }
            self.hist_alt[l].d.next = self.hist_reg[l].q.val();
            // TRACE's stage 2 and 3 operands (`learn_signals.rs`), every cycle.
            self.t_eta_p[l].d.next = self.traces[l].eta_p.val();
            self.t_eps_p[l].d.next = self.traces[l].eps_p.val();
            self.t_k[l].d.next = self.traces[l].k.val();
            self.t_spike[l].d.next = self.traces[l].spike.val();
            self.tw_eps[l].d.next = self.traces[l].eps_next.val();
            self.tw_eta[l].d.next = self.traces[l].eta_next.val();
            self.l_v2[l].d.next = self.l_v1[l].val();
            self.l_v2r[l].d.next = self.l_v2[l].q.val();
            // The total of q: cleared in DECIDE, summed from stage 4's registered q (the last
            // group's in MEAN's first cycle; MEAN's fold below), so no add follows the product.
            if self.phase.q.val() == Phase::Decide {
                self.l_acc[l].d.next = 0.into();
            } else if self.l_dg_write[l].q.val() {
                self.l_acc[l].d.next = self.l_acc_n[l].y.val() + self.pass_lanes[l].q_wide.val();
            }
            // Stage 1: W; G_s (PASS1, AXON) or q (PASS2); PASS2's and AXON's draws and delays
            // (AXON's G_s and A_s registered off the block RAM and the LUT-RAM before G_s -
            // mean: the bank's word into the subtraction was fpga-small's widest family).
            if ((self.phase.q.val() == Phase::Pass1) | self.in_pass2.q.val()) & self.q1_v.q.val() {
                self.l_w[l].d.next = self.pass_lanes[l].w_word.val();
            }
            if ((self.phase.q.val() == Phase::Pass1) | self.in_axon.q.val()) & self.q1_v.q.val() {
                self.l_g[l].d.next = self.l_ag_n[l].y.val();
            } else if self.in_pass2.q.val() & self.q1_v.q.val() {
                self.l_g[l].d.next = self.l_g_n[l].y.val();
            }
            if (self.in_pass2.q.val() | self.in_axon.q.val()) & self.q1_v.q.val() {
                self.l_r[l].d.next = self.st_r8[l].val();
            }
            // l_d, l_a: PASS2's delays in stage 1 (read two groups ahead: held a cycle longer);
            // AXON's A_s.
            if self.in_pass2.q.val() & self.q1_v.q.val() {
                self.l_d[l].d.next = self.l_syn1[l].q.val();
                self.l_a[l].d.next = self.l_ax1[l].q.val();
            } else if self.in_axon.q.val() & self.q1_v.q.val() {
                self.l_d[l].d.next = self.hist_lanes[l].a_word.val();
            }
            // The update's operands: PASS2 stage 2 (from stage 1's), RUPD stage 1 (a group's:
            // the product, the rotated readout weight, the draw), AXON stage 2 (from stage 1's
            // G_s, A_s and the draw rotated by 16 bits, which the lane's delay path undoes:
            // golden `axonal_update` draws unrotated).
            // PASS1 stage 2 registers the eta word and m W (formed from stage 1's W) every
            // cycle, each in a register of its own, and G_s, for stage 3's product and writes:
            // neither the block RAM's word nor a product passes a phase's multiplexer.
            self.l_eta[l].d.next = self.eta_banks[l].word.val();
            self.l_mw[l].d.next = self.pass_lanes[l].mw.val();
            if (self.in_pass2.q.val() & self.q2_v.q.val())
                | (self.in_rupd.q.val() & self.q1_v.q.val() & !self.q1_bias.q.val())
            {
                self.l_xt[l].d.next = self.pass_lanes[l].xt.val();
            }
            if self.in_pass2.q.val() & self.q2_v.q.val() {
                self.l_w3[l].d.next = self.l_w[l].q.val();
            } else if self.in_rupd.q.val() & self.q1_v.q.val() & !self.q1_bias.q.val() {
                self.l_w3[l].d.next = self.u_r8[l].val() & 0xFFFF_FFFF_u64;
            }
            if self.in_pass2.q.val() & self.q2_v.q.val() {
                self.l_r3[l].d.next = self.l_r[l].q.val();
            } else if self.in_rupd.q.val() & self.q1_v.q.val() & !self.q1_bias.q.val() {
                self.l_r3[l].d.next = self.st_r8[l].val();
            } else if self.in_axon.q.val() & self.q2_v.q.val() {
                self.l_r3[l].d.next = (self.l_r[l].q.val() << 16) | (self.l_r[l].q.val() >> 16);
            }
            // The delay path: PASS2's synaptic delay (bound D - 1 - A_s, shift sr_d) or AXON's
            // axonal delay (bound D - 1, shift sr_a); G_s - mean or q - mean from the lane.
            if self.in_pass2.q.val() & self.q2_v.q.val() {
                self.l_d3[l].d.next = self.l_d[l].q.val();
                self.l_g3[l].d.next = self.pass_lanes[l].gm.val();
                if self.shape.has_axonal.val() {
                    self.l_hi3[l].d.next = self.shape.delay_max.val() - self.l_a[l].q.val();
                } else {
                    self.l_hi3[l].d.next = self.shape.delay_max.val();
                }
            } else if self.in_axon.q.val() & self.q2_v.q.val() {
                self.l_d3[l].d.next = self.l_d[l].q.val();
                self.l_g3[l].d.next = self.pass_lanes[l].gm.val();
                self.l_hi3[l].d.next = self.shape.delay_max.val();
            } else if (self.phase.q.val() == Phase::Pass1) & self.q2_v.q.val() {
                self.l_g3[l].d.next = self.l_g[l].q.val();
            }
        }
        // The update stage's writes, from the shift stage's (PASS2 stage 3, RUPD stage 2):
        // address, the row's rotation, group; the bias's shifted update.
        self.wr_w.d.next = self.in_pass2.q.val() & self.p3_v.q.val();
        self.wr_u.d.next = self.in_rupd.q.val() & self.rupd_v.q.val() & !self.rupd_bias.q.val();
        self.wr_b.d.next = self.in_rupd.q.val() & self.rupd_v.q.val() & self.rupd_bias.q.val();
        self.wr_i.d.next = self.p3_i_n.y.val();
        self.b_y.d.next = self.learn.y.val();
        if self.in_rupd.q.val() {
            self.wr_addr.d.next = self.rupd_i_n.y.val();
            self.wr_rot.d.next = self.rupd_ub.q.val();
        } else {
            self.wr_addr.d.next =
                self.base_n.y.val() + (self.p3_i_n.y.val() << self.shape.lane_bits.val());
            self.wr_rot.d.next = self.rot.q.val();
        }
        if self.wr_b.q.val() {
            self.readout_biases.write_address.next = self.wr_addr.q.val();
            self.readout_biases.write_data.next = self.learn.w_next.val();
            self.readout_biases.write_enable.next = true;
        }
        if self.in_pass2.q.val() & self.q2_v.q.val() {
            self.sh_d.d.next = self.shifts.q.val().get_bits::<8>(8);
        } else if self.in_axon.q.val() & self.q2_v.q.val() {
            self.sh_d.d.next = self.shifts.q.val().get_bits::<8>(16);
        }
        // The shifts' decodes, registered with them (`shift_decode.rs`): the shifters' masks
        // come from registers, decoded once for every lane.
        self.sh_decode[0].shift.next = self.sh_w.d.val();
        self.sh_decode[1].shift.next = self.sh_d.d.val();
        for k in 0..2 {
            self.sh_dec[k].clock.next = self.clock.val();
            self.sh_dec[k].d.next = self.sh_decode[k].dec.val();
        }
        // The mean of the axonal gradients' total, registered every cycle: MEANG takes it from
        // the register (`learn_updates.rs`), so its product is a stage of its own.
        self.mean_g_reg.clock.next = self.clock.val();
        self.mean_g_reg.d.next = self.mean_g.mean.val();
        // The means' partial products, every cycle (MEAN's mean a cycle after lane 0's total is
        // whole; MEANG's total is whole long before MEANG).
        self.mean_q_lo.d.next = self.mean_q.lo.val();
        self.mean_q_hi.d.next = self.mean_q.hi.val();
        self.mean_g_lo.d.next = self.mean_g.lo.val();
        self.mean_g_hi.d.next = self.mean_g.hi.val();
        // MEAN's fold, a pairwise tree: in each of its log2 L cycles lane l < L / 2 takes the
        // sum of lanes 2 l and 2 l + 1 (integers: the order changes no value), so that lane 0
        // ends with the neuron's total. Fixed partners: no selection per cycle.
        for l in 0..self._half_lanes {
            if (self.phase.q.val() == Phase::Mean)
                & (self.idx_n.y.val() != 0)
                & (self.idx_n.y.val() <= self.shape.lane_bits.val())
            {
                self.l_acc[l].d.next =
                    self.l_acc_n[2 * l].y.val() + self.l_acc_n[2 * l + 1].y.val();
            }
        }
        // A stream drawn takes its step: stream k is lane (k - a) mod 16's, a = g L mod 16 (from
        // the register, not from st_amount: a signal shared with the streams' read would join
        // the draws to their own inputs for Verilator, a false loop). The lanes' marks rotate
        // by a (valid lanes only); the words need no rotation.
        self.sb_amount.next =
            bit_cast::<8, 32>((self.q1_i_n.y.val() << self.shape.lane_bits.val()) & 15);
        self.sb_mark.next = 0.into();
        if self.in_pass2.q.val()
            | self.in_axon.q.val()
            | (self.in_rupd.q.val() & !self.q1_bias.q.val())
        {
            for l in 0..self._lanes {
                self.sb_mark.next = self.sb_mark.val().replace_bit(l, self.l_v1[l].val());
            }
        }
        // Stream k is marked if lane (k - a) mod 16 is: bit k + 16 of the doubled marks << a.
        self.sb_marked.next = (((self.sb_mark.val() | (self.sb_mark.val() << 16))
            << bit_cast::<32, 8>(self.sb_amount.val()))
            >> 16)
            & 0xFFFF_u64;
        // The host's seed goes to its stream a cycle after the WRITE, from registers: the
        // streams' enables take no command decode (a READ right after the WRITE reads the
        // stream a cycle later still, `host.rs`; no stream draws in IDLE or a step's first
        // cycle).
        self.seed_word.d.next = bit_cast::<32, 64>(self.cmd_data.val());
        self.seed_hit.d.next = 0.into();
        for k in 0..self._streams {
            if self.host_write.val()
                & (self.region.val() == self.map.r_lfsr.val())
                & (self.index.val().get_bits::<INDEX_BITS>(0) == self.stream_id[k].val())
            {
                self.seed_hit.d.next = self.seed_hit.d.val().replace_bit(k, true);
            }
        }
        for k in 0..self._streams {
            if self.sb_marked.val().get_bit(k) {
                self.streams[k].d.next = self.stream_next[k].drawn.val();
            }
            if self.seed_hit.q.val().get_bit(k) {
                self.streams[k].d.next = self.seed_word.q.val();
            }
        }
        // RUPD's bias draw back to its stream, H mod 16 (`learn_updates.rs` reads it).
        for k in self._bias_stream..self._bias_stream_end {
            if self.q1_v.q.val() & self.in_rupd.q.val() & self.q1_bias.q.val() {
                self.streams[k].d.next = self.stream_next[k].drawn.val();
            }
        }
    }
}
