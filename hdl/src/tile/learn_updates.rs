//! The learning step's second half: PASS1 (delay gradients and their mean), PASS2 (weight and
//! synaptic-delay updates), MEANG and AXON (axonal delays), RUPD (readout weights and biases),
//! and DONE.

use super::piece::*;
use super::*;

/// PASS1 to DONE: delay gradients, weight and delay updates, readout updates.
impl Piece<UPDATE_PHASES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        match self.phase.q.val() {
            Phase::Pass1 => {
                // Group g of the neuron's sources on the lanes (`learn_lanes.rs`): lane l's
                // q_js = m_j W_js eta_s(tap), s = g L + l; G_s += q_js; the lane's total.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.shape.n_groups.val() {
                    // The group's weights (each bank at its lane's synapse, `lanes.rs`), G_s.
                    self.w_read_address.next =
                        self.base_n.y.val() + (self.idx_n.y.val() << self.shape.lane_bits.val());
                    self.lane_row_read.next = self.idx_n.y.val();
                    // The next group's delays, a cycle ahead (the first in DECIDE or MEAN).
                    // Not the last group (an equality inside `idx < groups`: no carry chain).
                    if self.idx_n.y.val() != self.shape.n_groups.val() - 1 {
                        self.d_read_address.next = self.base_n.y.val()
                            + ((self.idx_n.y.val() + 1) << self.shape.lane_bits.val());
                        self.src_read.next = (self.idx_n.y.val() + 1) << self.shape.lane_bits.val();
                    }
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_base.d.next = self.aux_n.y.val();
                    self.idx.d.next = self.idx_n.y.val() + 1;
                    self.aux.d.next = self.aux_n.y.val() + self.shape.depth.val();
                }
                // Stage 1 reads the traces at the lanes' taps; stage 2 registers them; stage 3
                // forms q, stage 4 writes q and G_s + q (`learn_lanes.rs`). The last group's
                // stage 3 lands in the cycle that sees stages 1 and 2 empty, its stage 4 in
                // MEAN's first, so neither takes an extra cycle.
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_s.d.next = self.q1_i_n.y.val();
                if self.q2_v.q.val() {
                    self.p3_v.d.next = true;
                    self.p3_i.d.next = self.q2_s_n.y.val();
                }
                if (self.idx_n.y.val() == self.shape.n_groups.val())
                    & !self.q1_v.q.val()
                    & !self.q2_v.q.val()
                {
                    self.idx.d.next = 0.into();
                    self.phase.d.next = Phase::Mean;
                }
            }
            Phase::Mean => {
                // The first adds the last group's q (stage 4), log2 L cycles fold the lanes'
                // totals (a pairwise tree, `learn_lanes.rs`), then one registers the mean's
                // partial products of lane 0's, the neuron's total (`mean.rs`), and the last
                // takes the mean.
                self.cnt.d.next = self.cnt.q.val() + 1;
                // PASS2 reads its delays two groups ahead: group 0's two cycles before it,
                // group 1's in MEAN's last cycle.
                if self.idx_n.y.val() != self.shape.lane_bits.val() + 2 {
                    self.idx.d.next = self.idx_n.y.val() + 1;
                    if self.idx_n.y.val() == self.shape.lane_bits.val() + 1 {
                        self.d_read_address.next = self.base_n.y.val();
                        self.src_read.next = 0.into();
                    }
                } else {
                    if self.center.val() {
                        self.mean.d.next = self.mean_q.mean.val();
                    }
                    for l in 0..1 {
                        self.total_g.d.next = self.total_g_n.y.val() + self.l_acc_n[l].y.val();
                    }
                    self.idx.d.next = 0.into();
                    self.aux.d.next = 0.into();
                    if self.shape.n_groups.val() > 1 {
                        // Group 1 starts at source L (lane_mask + 1).
                        self.d_read_address.next =
                            self.base_n.y.val() + self.shape.lane_mask.val() + 1;
                        self.src_read.next = self.shape.lane_mask.val() + 1;
                    }
                    self.phase.d.next = Phase::Pass2;
                }
            }
            Phase::Lead => {
                // PASS2 without delay learning (after DECIDE, which read its first group's
                // delays): one cycle reading the second group's, as MEAN's last does.
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.shape.n_groups.val() > 1 {
                    self.d_read_address.next = self.base_n.y.val() + self.shape.lane_mask.val() + 1;
                    self.src_read.next = self.shape.lane_mask.val() + 1;
                }
                self.phase.d.next = Phase::Pass2;
            }
            Phase::Pass2 => {
                // Group g on the lanes: one draw per synapse (lane l from stream (g L + l) mod
                // 16), W -= SR(m eps), d -= SR(q - mean) clipped (`learn_lanes.rs`).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.shape.n_groups.val() {
                    self.w_read_address.next =
                        self.base_n.y.val() + (self.idx_n.y.val() << self.shape.lane_bits.val());
                    self.lane_row_read.next = self.idx_n.y.val();
                    // The delays two groups ahead (the first two in MEAN, or in DECIDE and LEAD),
                    // so that stage 0 reads the eps FIFO at the taps and stage 1 registers its
                    // word: no block-RAM output before the product m eps.
                    // Neither of the last two groups (equalities inside `idx < groups`).
                    if (self.idx_n.y.val() != self.shape.n_groups.val() - 1)
                        & (self.idx_n.y.val() != self.shape.n_groups.val() - 2)
                    {
                        self.d_read_address.next = self.base_n.y.val()
                            + ((self.idx_n.y.val() + 2) << self.shape.lane_bits.val());
                        self.src_read.next = (self.idx_n.y.val() + 2) << self.shape.lane_bits.val();
                    }
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_base.d.next = self.aux_n.y.val();
                    self.idx.d.next = self.idx_n.y.val() + 1;
                    self.aux.d.next = self.aux_n.y.val() + self.shape.depth.val();
                }
                // Stage 1: the traces at the taps, the draws; stage 2: m eps; stage 3: the
                // shifted updates; stage 4 (`learn_lanes.rs`, `lanes.rs`): the updates, written
                // back through the inverse rotation. The last group's stage 3 lands in the
                // cycle that sees stages 1 and 2 empty, its stage 4 in the next phase's first
                // (CHECK or DECIDE, which write no weight or delay), so PASS2 takes no extra
                // cycle.
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_s.d.next = self.q1_i_n.y.val();
                if self.q2_v.q.val() {
                    self.p3_v.d.next = true;
                    self.p3_i.d.next = self.q2_s_n.y.val();
                }
                if (self.idx_n.y.val() == self.shape.n_groups.val())
                    & !self.q1_v.q.val()
                    & !self.q2_v.q.val()
                {
                    // The group's next neuron, or (none left) the next group.
                    if self.m_pend.q.val() == 0 {
                        self.phase.d.next = Phase::Check;
                        self.i.d.next = ((self.i_n.y.val() >> self.shape.lane_bits.val()) + 1)
                            << self.shape.lane_bits.val();
                        self.base.d.next = self.base_n.y.val() + self.shape.n_src.val();
                    } else {
                        self.phase.d.next = Phase::Decide;
                    }
                }
            }
            Phase::MeanG => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // The cycle before is CHECK's, which leaves the total: the mean registered
                // then (`learn_lanes.rs`) is the total's.
                self.mean.d.next = 0.into();
                if self.center.val() {
                    self.mean.d.next = self.mean_g_reg.q.val();
                }
                self.idx.d.next = 0.into();
                // AXON's stage 2 starts empty (q2_v holds across the phases that leave it).
                self.q2_v.d.next = false;
                self.phase.d.next = Phase::Axon;
            }
            Phase::Axon => {
                // Group g of the sources on the lanes (`learn_lanes.rs`; lane l: source
                // s = g L + l, from stream s mod 16): A_s -= SR(G_s - mean), clipped to
                // [0, D-1]; G_s cleared for the next step.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.idx_n.y.val() < self.shape.n_groups.val() {
                    self.src_read.next = self.idx_n.y.val() << self.shape.lane_bits.val();
                    self.ag_read_address.next = self.idx_n.y.val() << self.shape.lane_bits.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.idx.d.next = self.idx_n.y.val() + 1;
                }
                // Stage 1: the lanes register G_s, A_s and draw (the streams advance); G_s
                // cleared at the group's row. Stage 2: the update's operands (G_s - mean).
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_s.d.next = self.q1_i_n.y.val();
                if self.q1_v.q.val() {
                    self.ag_write_address.next = self.q1_i_n.y.val() << self.shape.lane_bits.val();
                    self.ag_write_data.next = 0.into();
                    self.ag_write.next = true;
                }
                if self.q2_v.q.val() {
                    self.p3_v.d.next = true;
                    self.p3_i.d.next = self.q2_s_n.y.val();
                }
                // Stage 3: the lanes' shifted updates, registered; stage 4 (`lanes.rs`) updates
                // and writes them into the history lanes' banks, the last group's in the next
                // phase's first cycle (RUPD and DONE do not touch the axonal delays).
                if self.p3_v.q.val() {
                    self.ax3_v.d.next = true;
                    self.ax3_i.d.next = self.p3_i_n.y.val();
                }
                if (self.idx_n.y.val() == self.shape.n_groups.val())
                    & !self.q1_v.q.val()
                    & !self.q2_v.q.val()
                {
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                        self.zeta_read_address.next = 0.into();
                        self.output_errors.read_address.next = 0.into();
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Rupd => {
                // Row k = i: groups of L neurons on the lanes (lane l: U_kj -= SR(e_k zeta_j),
                // j = g L + l, from stream j mod 16, `learn_lanes.rs`), then (with bias
                // learning) b_k -= SR(e_k) on the learning unit, from stream H mod 16.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                // i runs from 0 (set with the phase) up to O, where RUPD ends: equalities, no
                // carry chain before the trace bank's read address.
                if self.i_n.y.val() != self.shape.n_out.val() {
                    // e_k a token ahead (the next token's row; the first row's in the cycle that
                    // entered RUPD), registered in `l_m` (`learn_lanes.rs`) before its product.
                    if (self.idx_n.y.val() == self.row_last.val())
                        & (self.i_n.y.val() != self.shape.n_out.val() - 1)
                    {
                        self.output_errors.read_address.next = self.i_n.y.val() + 1;
                    } else {
                        self.output_errors.read_address.next = self.i_n.y.val();
                    }
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.idx_n.y.val();
                    self.q1_bias.d.next =
                        self.learn_b.val() & (self.idx_n.y.val() == self.row_last.val());
                    // The row's rotation: the words to the lanes (stage 1), back (stage 2).
                    self.rot.d.next =
                        bit_cast::<8, 32>(self.i_n.y.val() & self.shape.lane_mask.val());
                    self.q1_ub.d.next =
                        bit_cast::<8, 32>(self.i_n.y.val() & self.shape.lane_mask.val());
                    // The readout traces a token ahead (the next group's row, 0 after a row's
                    // last group or bias; the first in the cycle that entered RUPD): the lanes
                    // register them before their product. idx + 1 < ceil(H / L) with idx at most
                    // ceil(H / L) (the bias).
                    if (self.idx_n.y.val() != self.shape.hid_groups.val() - 1)
                        & (self.idx_n.y.val() != self.shape.hid_groups.val())
                    {
                        self.lane_row_read.next = self.idx_n.y.val() + 1;
                    }
                    if self.learn_b.val() & (self.idx_n.y.val() == self.row_last.val()) {
                        self.readout_biases.read_address.next = self.i_n.y.val();
                        self.q1_base.d.next = self.i_n.y.val();
                    } else {
                        self.u_read_address.next = self.base_n.y.val()
                            + (self.idx_n.y.val() << self.shape.lane_bits.val());
                        self.q1_base.d.next = self.base_n.y.val()
                            + (self.idx_n.y.val() << self.shape.lane_bits.val());
                    }
                    if self.idx_n.y.val() == self.row_last.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.u_row_step.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: the bias's operands and draw (the lanes register theirs).
                if self.q1_v.q.val() {
                    self.rupd_v.d.next = true;
                    self.rupd_bias.d.next = self.q1_bias.q.val();
                    self.rupd_i.d.next = self.q1_base_n.y.val();
                    self.rupd_ub.d.next = self.q1_ub.q.val();
                    self.p3_i.d.next = self.q1_i_n.y.val();
                    if self.q1_bias.q.val() {
                        self.xt_reg.d.next = self.learn.xt.val();
                        // RUPD's bias draws from stream H mod 16 (a one-pass loop).
                        for k in self._bias_stream..self._bias_stream_end {
                            self.r_reg.d.next = self.stream_next[k].drawn.val();
                        }
                        self.w_reg.d.next = self.readout_biases.read_data.val();
                        self.sh_w.d.next = self.shifts.q.val().get_bits::<8>(32);
                    } else {
                        self.sh_w.d.next = self.shifts.q.val().get_bits::<8>(24);
                    }
                }
                // Stage 2: the shifted updates, registered; stage 3 (`learn_lanes.rs`,
                // `lanes.rs`): the updates and their writes. The last one's stage 2 lands in the
                // cycle that sees stage 1 empty, its stage 3 in DONE, so RUPD takes no extra
                // cycle.
                if (self.i_n.y.val() == self.shape.n_out.val()) & !self.q1_v.q.val() {
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
    }
}
