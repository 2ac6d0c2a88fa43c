//! The learning step's first half: TRACE (eligibility traces), PSUM, DIV and ERR (readout
//! probabilities and errors), SIG (modulated signals), CHECK and DECIDE (what learns this step).

use super::piece::*;
use super::*;

/// TRACE to DECIDE: traces, readout error, modulated signals, what learns this step.
impl Piece<SIGNAL_PHASES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        match self.phase.q.val() {
            Phase::Trace => {
                // Two groups of sources on the lanes (lane l: source g L + l, valid below S),
                // the pair i, i + 1 (i even), their tokens alternating (`tpar`): eps at lag 0,
                // then eta at lags R..0, one entry per token, so that a lag's eta has two cycles
                // (two stages, `trace_fifo.rs`) before its source's next lag reads it. A group's
                // history word and two older entries are read a cycle before its first token
                // and registered as it issues (`learn_lanes.rs`): group i + 1's as group i's
                // first token issues, i + 2's as i + 1's last. An odd last group's partner
                // issues idle tokens.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.shape.n_groups.val() {
                    // Rows are multiples of D (a power of two): the lag goes in by OR, no second
                    // adder; an odd group's row is its even partner's with the step's bit set.
                    if !self.tpar.q.val() {
                        if (self.idx_n.y.val() == 0)
                            & ((self.i_n.y.val() | 1) != self.shape.n_groups.val())
                        {
                            self.src_read.next =
                                (self.i_n.y.val() | 1) << self.shape.lane_bits.val();
                            self.eps_read_address.next = (self.base_n.y.val()
                                | (self.shape.depth.val() << self.shape.lane_bits.val()))
                                | ((bit_cast::<32, 8>(self.head.q.val()) - 1)
                                    & self.shape.depth_mask.val());
                            self.eta_read_address.next = (self.base_n.y.val()
                                | (self.shape.depth.val() << self.shape.lane_bits.val()))
                                | ((bit_cast::<32, 8>(self.head.q.val())
                                    - self.shape.radius.val()
                                    - 1)
                                    & self.shape.depth_mask.val());
                        }
                        self.q1_v.d.next = true;
                        self.q1_i.d.next = self.i_n.y.val();
                        self.q1_base.d.next = self.base_n.y.val();
                        self.tpar.d.next = true;
                    } else {
                        // The next pair's first group (an equality inside `i < groups`: no
                        // adder, no carry).
                        if (self.idx_n.y.val() == self.shape.radius.val())
                            & (self.i_n.y.val() != self.shape.n_groups.val() - 1)
                            & (self.i_n.y.val() != self.shape.n_groups.val() - 2)
                        {
                            self.src_read.next =
                                (self.i_n.y.val() + 2) << self.shape.lane_bits.val();
                            self.eps_read_address.next = (self.base_n.y.val()
                                + ((self.shape.depth.val() << self.shape.lane_bits.val()) << 1))
                                | ((bit_cast::<32, 8>(self.head.q.val()) - 1)
                                    & self.shape.depth_mask.val());
                            self.eta_read_address.next = (self.base_n.y.val()
                                + ((self.shape.depth.val() << self.shape.lane_bits.val()) << 1))
                                | ((bit_cast::<32, 8>(self.head.q.val())
                                    - self.shape.radius.val()
                                    - 1)
                                    & self.shape.depth_mask.val());
                        }
                        self.q1_v.d.next = (self.i_n.y.val() | 1) != self.shape.n_groups.val();
                        self.q1_i.d.next = self.i_n.y.val() | 1;
                        self.q1_base.d.next = self.base_n.y.val()
                            | (self.shape.depth.val() << self.shape.lane_bits.val());
                        self.tpar.d.next = false;
                        if self.idx_n.y.val() == self.shape.radius.val() {
                            self.idx.d.next = 0.into();
                            self.i.d.next = self.i_n.y.val() + 2;
                            self.base.d.next = self.base_n.y.val()
                                + ((self.shape.depth.val() << self.shape.lane_bits.val()) << 1);
                        } else {
                            self.idx.d.next = self.idx_n.y.val() + 1;
                        }
                    }
                    self.q1_last.d.next = self.idx_n.y.val() == 0;
                    self.q1_m.d.next =
                        bit_cast::<8, 32>(self.shape.radius.val() - self.idx_n.y.val());
                    // The future lags lag m = R - idx has not seen (the window's shift).
                    self.q1_ahead.d.next = bit_cast::<8, 32>(self.idx_n.y.val());
                }
                // Stage 1 forms the lanes' products and kernel values, stage 2 eta at lag m (and
                // eps at lag 0 in a group's first token), registered with the group's rows
                // (`learn_lanes.rs`); stage 3 writes them (`lanes.rs`: each valid lane its own
                // bank), so that no trace arithmetic lies before a block RAM's data input. The
                // last token's stage 3 is the cycle that leaves TRACE; no bank entry is read
                // between its stages 1 and 3 (the prefetch reads the next groups' rows).
                self.t2_last.d.next = self.q1_last.q.val();
                self.t2_eta_addr.d.next = self.q1_base_n.y.val()
                    | ((bit_cast::<32, 8>(self.head.q.val())
                        - bit_cast::<32, 8>(self.q1_m.q.val()))
                        & self.shape.depth_mask.val());
                self.t2_eps_addr.d.next =
                    self.q1_base_n.y.val() | bit_cast::<32, 8>(self.head.q.val());
                self.tw_last.d.next = self.t2_last.q.val();
                self.tw_eta_addr.d.next = self.t2_eta_addr.q.val();
                self.tw_eps_addr.d.next = self.t2_eps_addr.q.val();
                if self.tw_v.q.val() {
                    self.eta_write_address.next = self.tw_eta_addr.q.val();
                    self.eta_write.next = true;
                    if self.tw_last.q.val() {
                        self.eps_write_address.next = self.tw_eps_addr.q.val();
                        self.eps_write.next = true;
                    }
                }
                // The pipeline drained: the last token (an odd count's idle one not waited for)
                // left stage 2.
                if (self.i_n.y.val() >= self.shape.n_groups.val())
                    & !self.q1_v.q.val()
                    & !self.t2_v.q.val()
                {
                    self.phase.d.next = Phase::Done;
                    if self.supervised.q.val() {
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
                if self.i_n.y.val() < self.shape.n_out.val() {
                    self.readout.read_address.next = self.i_n.y.val();
                    self.q1_v.d.next = true;
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                if self.q1_v.q.val() {
                    self.psum.d.next = self.psum_n.y.val() + self.learn.p.val();
                }
                if (self.i_n.y.val() == self.shape.n_out.val()) & !self.q1_v.q.val() {
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
                    // ERR's first y, a token ahead.
                    self.readout.read_address.next = 0.into();
                }
            }
            Phase::Err => {
                // e_k = pi_k - [k = label], pi_k = (p_k * recip) >> 16. Stage 0 holds y_k (read
                // a token ahead: the first in DIV's last cycle) and registers p_k (`err_p`).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.shape.n_out.val() {
                    if self.i_n.y.val() != self.shape.n_out.val() - 1 {
                        self.readout.read_address.next = self.i_n.y.val() + 1;
                    }
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                // Stage 1 forms e_k from p_k and registers it; stage 2 writes it (the last in
                // the cycle that leaves ERR), so no product lies before the memory's write port.
                self.q2_i.d.next = self.q1_i_n.y.val();
                if self.q1_i_n.y.val() == bit_cast::<32, 16>(self.label.q.val()) {
                    self.err_word.d.next = self.learn.pi.val() - self.shape.prob_one.val();
                } else {
                    self.err_word.d.next = self.learn.pi.val();
                }
                if self.err_v.q.val() {
                    self.output_errors.write_address.next = self.q2_i_n.y.val();
                    self.output_errors.write_data.next = self.err_word.q.val();
                    self.output_errors.write_enable.next = true;
                }
                if (self.i_n.y.val() == self.shape.n_out.val()) & !self.q1_v.q.val() {
                    self.phase.d.next = Phase::Sig;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.aux.d.next = 0.into();
                    self.n_m.d.next = 0.into();
                }
            }
            Phase::Sig => {
                // Per group i of L neurons on the lanes (lane l: neuron j = i L + l,
                // `learn_lanes.rs`): O cycles of B_jk e_k (k = idx: U at each bank's lane of row
                // k, or the random feedback, rotated by k mod L), then L_j and m_j.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.shape.hid_groups.val() {
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_last.d.next = self.idx_n.y.val() == self.shape.n_out.val();
                    if self.idx_n.y.val() == self.shape.n_out.val() {
                        self.lane_row_read.next = self.i_n.y.val();
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + 1;
                        self.base.d.next = (self.i_n.y.val() + 1) << self.shape.lane_bits.val();
                    } else {
                        self.u_read_address.next = self.base_n.y.val();
                        self.lane_row_read.next = self.aux_n.y.val();
                        self.output_errors.read_address.next = self.idx_n.y.val();
                        self.rot.d.next =
                            bit_cast::<8, 32>(self.idx_n.y.val() & self.shape.lane_mask.val());
                        self.idx.d.next = self.idx_n.y.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.u_row_step.val();
                        self.aux.d.next = self.aux_n.y.val() + 1;
                    }
                }
                // Stage 1 (`learn_lanes.rs`) registers B_jk and e_k, stage 2 forms their
                // product, stage 3 adds it, or (the group's last token) forms L_j psi, and stage
                // 4 writes m_j at the group's row and counts.
                self.q2_i.d.next = self.q1_i_n.y.val();
                if self.sm_last.q.val() {
                    self.lane_row_write.next = self.sm_i.q.val();
                }
                if (self.i_n.y.val() == self.shape.hid_groups.val())
                    & !self.q1_v.q.val()
                    & !self.sb_last.q.val()
                    & !self.sg_last.q.val()
                {
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.total_g.d.next = 0.into();
                    if self.learn_w.val() | self.need_q.val() {
                        self.phase.d.next = Phase::Check;
                    } else if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                        // RUPD's first group's readout traces and error, a cycle ahead.
                        self.zeta_read_address.next = 0.into();
                        self.output_errors.read_address.next = 0.into();
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Check => {
                // Next group of L neurons (i = g L): every bank reads its modulated signal at
                // row g (`lanes.rs`), kept there until the group is done.
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.i_n.y.val() < self.shape.n_hid.val() {
                    self.ms_read_address.next = self.i_n.y.val();
                    self.m_fresh.d.next = true;
                    self.phase.d.next = Phase::Decide;
                    // The group's neurons that exist, for DECIDE's fresh pick (`operands.rs`).
                    self.m_pend.d.next = 0.into();
                    for l in 0..self._lanes {
                        if (((self.i_n.y.val() >> self.shape.lane_bits.val())
                            << self.shape.lane_bits.val())
                            + self.lane_id[l].val())
                            < self.shape.n_hid.val()
                        {
                            self.m_pend.d.next = self.m_pend.d.val().replace_bit(l, true);
                        }
                    }
                } else {
                    self.idx.d.next = 0.into();
                    if self.learn_a.val() {
                        self.phase.d.next = Phase::MeanG;
                    } else if self.learn_u.val() {
                        self.phase.d.next = Phase::Rupd;
                        self.i.d.next = 0.into();
                        self.base.d.next = 0.into();
                        self.zeta_read_address.next = 0.into();
                        self.output_errors.read_address.next = 0.into();
                    } else {
                        self.phase.d.next = Phase::Done;
                    }
                }
            }
            Phase::Decide => {
                // The group's lowest neuron j with m_j != 0 not yet learnt (`operands.rs`:
                // m_pick, m_ext); neurons with m_j = 0 are skipped (no updates, no draws). None
                // left (a quiet group): the next group.
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.m_fresh.d.next = false;
                self.m_pend.d.next = self.m_pending.val() & (self.m_pending.val() - 1);
                self.m_cur.d.next = self.m_ext.y.val();
                self.sh_w.d.next = self.shifts.q.val().get_bits::<8>(0);
                self.idx.d.next = 0.into();
                self.aux.d.next = 0.into();
                self.mean.d.next = 0.into();
                // The first group's delays (each bank at its lane's synapse, `lanes.rs`); lane l
                // takes bank (l + j) mod L (the rotation), the lanes' totals cleared.
                self.d_read_address.next = self.base_n.y.val();
                self.src_read.next = 0.into();
                self.rot.d.next = bit_cast::<8, 32>(self.m_pick.val());
                self.i.d.next = ((self.i_n.y.val() >> self.shape.lane_bits.val())
                    << self.shape.lane_bits.val())
                    | self.m_pick.val();
                if self.m_pending.val() == 0 {
                    self.phase.d.next = Phase::Check;
                    self.i.d.next = ((self.i_n.y.val() >> self.shape.lane_bits.val()) + 1)
                        << self.shape.lane_bits.val();
                    self.base.d.next = self.base_n.y.val() + self.shape.n_src.val();
                } else if self.need_q.val() {
                    self.phase.d.next = Phase::Pass1;
                } else {
                    self.phase.d.next = Phase::Lead;
                }
            }
            _ => {}
        }
    }
}
