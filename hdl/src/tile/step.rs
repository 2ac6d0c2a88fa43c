//! The time step (ALGORITHM.md §11): HIST pushes the spikes into the history and lists the
//! active sources, SYN taps them for each neuron and runs the LIF, OUT sums the spiking neurons'
//! readout weights into each output; and the stages that finish after their phase has ended.

use super::piece::*;
use super::*;

/// The time step's three passes: HIST, SYN, OUT.
impl Piece<STEP_PHASES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        match self.phase.q.val() {
            Phase::Hist => {
                // Issue: group i of L sources; every history lane reads its source's history
                // word, new spike and axonal delay (`hist_lane.rs`).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_groups.val() {
                    self.src_read.next = self.i_n.y.val() << self.lane_bits.val();
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val();
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                // Then each lane pushes the spike, consumes the input spike and lists its source
                // if it can deliver this step.
                if self.q1_v.q.val() {
                    self.hist_wb.next = true;
                }
                if (self.i_n.y.val() == self.n_groups.val()) & !self.q1_v.q.val() {
                    // The lists are complete: SYN reads them bank after bank.
                    self.n_act.d.next = self.act_total.val();
                    self.latch_start.next = true;
                    self.phase.d.next = Phase::Syn;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.lane_clear.next = true;
                }
            }
            Phase::Syn => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // Stage 0, the source stream: per group of L neurons (i its first), one token per
                // active source for all the group's lanes, then a close token (the lanes' sums
                // to their holds; the event pass collects the buffer slots, `syn_lane.rs`), then
                // bubbles to L slots (syn_last), so that the group's L LIF tokens below have
                // read the holds before the next close loads them; then the next group's row in
                // the banks (base).
                self.q1_v.d.next = false;
                self.q1_close.d.next = false;
                if self.i_n.y.val() < self.n_hid.val() {
                    if self.idx_n.y.val() < self.n_act_n.y.val() {
                        self.act_idx.next = self.idx_n.y.val();
                        self.q1_v.d.next = true;
                        self.q1_base.d.next = self.base_n.y.val();
                    }
                    self.q1_close.d.next = self.idx_n.y.val() == self.n_act_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    if self.idx_n.y.val() == self.syn_last.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + self.lane_mask.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.n_src.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 0, the LIF stream, beside the next group's sources: the group's LIF
                // tokens, one per neuron from the cycle its close token is in stage 2 (so the
                // first token's stage 3 follows the close token's stage 4, which loads the
                // holds) to the group's last neuron: stage 1's + 1 unless that ends the group.
                self.l1_v.d.next = self.q2_close.q.val()
                    | (self.l1_v.q.val()
                        & (((self.l1_i_n.y.val() + 1) & self.lane_mask.val()) != 0)
                        & (self.l1_i_n.y.val() + 1 != self.n_hid.val()));
                if self.q2_close.q.val() {
                    self.l1_i.d.next = self.q2_i_n.y.val();
                } else {
                    self.l1_i.d.next = self.l1_i_n.y.val() + 1;
                }
                // Stage 1: read the synapse (every lane's weight and delays at the group's row,
                // the source's history); and the LIF token's membrane and zeta.
                if self.q1_v.q.val() {
                    self.w_read_address.next = self.q1_base_n.y.val() + self.src.val();
                    self.d_read_address.next = self.q1_base_n.y.val() + self.src.val();
                    self.src_read.next = self.src.val();
                    // Lane l's synapse lies in bank (l + s) mod L.
                    self.rot.d.next = bit_cast::<8, 32>(self.src.val() & self.lane_mask.val());
                }
                if self.l1_v.q.val() {
                    self.membranes.read_address.next = self.l1_i_n.y.val();
                    self.zeta_read_address.next = self.l1_i_n.y.val();
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                self.q2_close.d.next = self.q1_close.q.val();
                self.l2_v.d.next = self.l1_v.q.val();
                self.l2_i.d.next = self.l1_i_n.y.val();
                // Stage 2: the lanes register a source token's tap and weight (the history word
                // is every lane's); the LIF token's decayed membrane and zeta.
                if self.q2_v.q.val() {
                    self.lane_s2.next = true;
                    self.s3_word.d.next = self.h_rdata.val();
                }
                if self.l2_v.q.val() {
                    self.q3_v.d.next = true;
                    self.q3_i.d.next = self.l2_i_n.y.val();
                    self.q3_leak.d.next = self.lif_leak.y.val();
                    self.q3_zeta.d.next = self.rtrace.decayed.val();
                }
                // Stage 3 of a source token: each lane adds its weight if a spike sits at its
                // tap (`syn_lane.rs`).
                // Stage 3 of the LIF token: the LIF update from registers and lane 0's hold; the
                // holds move down a lane for the group's next neuron. The last neuron's lands in
                // SYN's last cycle, so OUT reads its spike.
                if self.q3_v.q.val() {
                    self.lane_shift.next = true;
                    self.membranes.write_address.next = self.q3_i_n.y.val();
                    self.membranes.write_data.next = self.lif.v_next.val();
                    self.membranes.write_enable.next = true;
                    self.zeta_write_address.next = self.q3_i_n.y.val();
                    self.zeta_write_data.next = self.rtrace.zeta_next.val();
                    self.zeta_write.next = true;
                    // psi and the spike bit (the hidden spikes' bank, which HIST reads next
                    // step) are written in stage 4, off the LIF's path.
                    self.q4_v.d.next = true;
                    self.q4_spike.d.next = self.lif.spike.val();
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
                if self.q3_v.q.val() & (self.q3_i_n.y.val() + 1 == self.n_hid.val()) {
                    self.phase.d.next = Phase::Out;
                    self.i.d.next = 0.into();
                    self.idx.d.next = 0.into();
                    self.base.d.next = 0.into();
                    self.out_clear.next = true;
                }
            }
            Phase::Out => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // Stage 0: per group of L outputs (i its first), one token per spiking neuron for
                // all the group's lanes, then one update token per output (i moves on with
                // them); after the group's last, the next group's row in the banks (base).
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.n_out.val() {
                    self.spike_list.read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = true;
                    self.q1_last.d.next = self.idx_n.y.val() == self.n_spk_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_base.d.next = self.base_n.y.val();
                    if self.idx_n.y.val() == self.n_spk_n.y.val() {
                        self.i.d.next = self.i_n.y.val() + 1;
                        if (((self.i_n.y.val() + 1) & self.lane_mask.val()) == 0)
                            | (self.i_n.y.val() + 1 == self.n_out.val())
                        {
                            self.idx.d.next = 0.into();
                            self.base.d.next = self.base_n.y.val() + self.n_hid.val();
                        }
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: read every lane's readout weight of the spiking neuron (at the
                // group's bank row), or the unit's value and bias.
                if self.q1_v.q.val() {
                    if self.q1_last.q.val() {
                        self.readout.read_address.next = self.q1_i_n.y.val();
                        self.readout_biases.read_address.next = self.q1_i_n.y.val();
                    } else {
                        self.u_read_address.next = self.q1_base_n.y.val()
                            + bit_cast::<32, 64>(self.spike_list.read_data.val());
                        // Lane l's readout weight lies in bank (l + j) mod L.
                        self.rot.d.next = bit_cast::<8, 32>(
                            bit_cast::<32, 64>(self.spike_list.read_data.val())
                                & self.lane_mask.val(),
                        );
                    }
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                // Stage 2: the lanes add their weights (`out_lane.rs`); or register y and the
                // summed input (lane 0's sum and the bias) for the output's update, the sums
                // moving down a lane for the group's next output.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.o3_v.d.next = true;
                        self.o3_i.d.next = self.q2_i_n.y.val();
                        self.o3_y.d.next = self.out_leak.y.val();
                        self.o3_sum.d.next = self.out_lanes[0].acc.val() + self.bext.y.val();
                        self.out_shift.next = true;
                    } else {
                        self.out_s2.next = true;
                    }
                }
                // Stage 3: update y from registers and read the decision sum; stage 4 (below the
                // phases) adds y to it and tracks the argmax. The last output's stage 3 lands in
                // OUT's closing cycle, its stage 4 in the next phase's first cycle (DONE
                // forwards it). The decision sum arrives in stage 4 unregistered: on the iCE40
                // a register behind a block RAM costs a logic cell.
                if self.o3_v.q.val() {
                    self.readout.write_address.next = self.o3_i_n.y.val();
                    self.readout.write_data.next = self.out.y_next.val();
                    self.readout.write_enable.next = true;
                    self.decision_sums.read_address.next = self.o3_i_n.y.val();
                    self.o4_v.d.next = true;
                    self.o4_i.d.next = self.o3_i_n.y.val();
                    self.o4_y.d.next = self.out.y_next.val();
                }
                if (self.i_n.y.val() == self.n_out.val()) & !self.q1_v.q.val() & !self.q2_v.q.val()
                {
                    self.phase.d.next = Phase::Done;
                    if self.learn_on.q.val() {
                        // The traces advance one step: lag 0 moves to the next ring slot. Source
                        // 0's history word, eps at the new lag 1 (the old head) and eta at lag
                        // R + 1 are read now, a cycle ahead of its first token.
                        self.src_read.next = 0.into();
                        self.eps_read_address.next =
                            bit_cast::<32, 8>(self.head.q.val()) & self.depth_mask.val();
                        self.eta_read_address.next = (bit_cast::<32, 8>(self.head.q.val())
                            - self.radius.val())
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
            _ => {}
        }
    }
}

/// The last pipeline stages, which run past their phase: OUT's argmax, SYN's psi write, AXON's
/// delay write.
impl Piece<STAGES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // OUT stage 4: the decision sum (acc + y), the running argmax of the decision sums
        // and the maximum of y (PSUM reads it), one output per cycle.
        if self.o4_v.q.val() {
            self.decision_sums.write_address.next = self.o4_i_n.y.val();
            self.decision_sums.write_data.next = self.o4_sum.val();
            self.decision_sums.write_enable.next = true;
        }
        if self.o4_wins.val() {
            self.best.d.next = self.o4_sum.val();
            self.pred_work.d.next = bit_cast::<16, 32>(self.o4_i_n.y.val());
        }
        if self.o4_v.q.val()
            & ((self.o4_i_n.y.val() == 0)
                | ((self.o4_y_n.y.val() ^ self.msb.val()) > (self.ymax_n.y.val() ^ self.msb.val())))
        {
            self.ymax.d.next = self.o4_y_n.y.val();
        }
        // SYN stage 4: the psi and the spike of the neuron whose LIF update ended a cycle ago
        // (the last one in OUT's first cycle, which reads neither and writes no source bank).
        if self.q4_v.q.val() {
            self.src_write.next = self.q4_i_n.y.val() + self.n_in.val();
            self.src_wdata.next = bit_cast::<64, 1>(self.q4_spike.q.val().into());
            self.sp_write.next = true;
            self.psi_write_address.next = self.q4_i_n.y.val();
            self.psi_write_data.next = self.psi_rom.data.val();
            self.psi_write.next = true;
        }
    }
}
