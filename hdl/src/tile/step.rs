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
                // Issue group i - 1 of L sources: every history lane registers its source's
                // history word, new spike and axonal delay, read in the cycle before, and reads
                // group i's (`hist_lane.rs`; group 0's in the STEP command's cycle).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.shape.n_groups.val() {
                    self.src_read.next = self.i_n.y.val() << self.shape.lane_bits.val();
                }
                if self.i_n.y.val() != self.shape.n_groups.val() + 1 {
                    self.q1_v.d.next = true;
                    self.q1_i.d.next = self.i_n.y.val() - 1;
                    self.i.d.next = self.i_n.y.val() + 1;
                }
                // Then each lane pushes the spike, consumes the input spike and lists its source
                // if it can deliver this step.
                if self.q1_v.q.val() {
                    self.hist_wb.next = true;
                }
                if (self.i_n.y.val() == self.shape.n_groups.val() + 1) & !self.q1_v.q.val() {
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
                // Stage 0: per group of L neurons (i its first), one token per active source for
                // all the group's lanes, then a close token (the lanes' sums to their holds; the
                // event pass collects the buffer slots, `syn_lane.rs`), whose stage 5 is the
                // group's L LIF updates (`lif_lane.rs`); then the next group's row in the banks
                // (base).
                self.q1_v.d.next = false;
                self.q1_close.d.next = false;
                if self.i_n.y.val() < self.shape.n_hid.val() {
                    if self.idx_n.y.val() < self.n_act_n.y.val() {
                        self.act_idx.next = self.idx_n.y.val();
                        self.q1_v.d.next = true;
                        self.q1_base.d.next = self.base_n.y.val();
                    }
                    self.q1_close.d.next = self.idx_n.y.val() == self.n_act_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    if self.idx_n.y.val() == self.n_act_n.y.val() {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + self.shape.lane_mask.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.shape.n_src.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 1: read the synapse (every lane's weight and delays at the group's row,
                // the source's history).
                if self.q1_v.q.val() {
                    self.wd_flat_address.next = self.q1_base_n.y.val() + self.src.val();
                    self.src_read.next = self.src.val();
                    // Lane l's synapse lies in bank (l + s) mod L.
                    self.rot.d.next =
                        bit_cast::<8, 32>(self.src.val() & self.shape.lane_mask.val());
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                self.q2_close.d.next = self.q1_close.q.val();
                // Stage 2: the lanes register a source token's tap and weight (the history word
                // is every lane's).
                if self.q2_v.q.val() {
                    self.lane_s2.next = true;
                    self.s3_word.d.next = self.h_rdata.val();
                }
                // Stage 3 of a source token: each lane adds its weight if a spike sits at its
                // tap (`syn_lane.rs`). Stage 6 of a close token: the group's spikes join the
                // list (`spike_list.rs`, `lif_lanes.rs`); the last group's ends SYN, so OUT
                // reads the whole list. (Lane 0's neuron exists in every group: its stage 6 is
                // the group's.)
                if self.lif_lanes[0].write6.val() {
                    self.n_spk.d.next = self.spike_list.count_next.val();
                    if self.lif_lanes[0].row6.val() == self.shape.hid_groups.val() - 1 {
                        self.phase.d.next = Phase::Out;
                        self.i.d.next = 0.into();
                        self.idx.d.next = 0.into();
                        self.base.d.next = 0.into();
                        self.out_clear.next = true;
                    }
                }
            }
            Phase::Out => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                // Stage 0, the spike stream: per group of L outputs (i its first), one token per
                // spiking neuron for all the group's lanes, then a close token (q1_last: the
                // lanes' sums to their holds, `out_lane.rs`), then bubbles to L slots but in the
                // last group (out_last), so that the group's update tokens below have read the
                // holds before the next close loads them; then the next group's row in the banks
                // (base).
                self.q1_v.d.next = false;
                if self.i_n.y.val() < self.shape.n_out.val() {
                    self.sl_read_address.next = self.idx_n.y.val();
                    self.q1_v.d.next = self.idx_n.y.val() <= self.n_spk_n.y.val();
                    self.q1_last.d.next = self.idx_n.y.val() == self.n_spk_n.y.val();
                    self.q1_i.d.next = self.i_n.y.val();
                    self.q1_base.d.next = self.base_n.y.val();
                    if (self.idx_n.y.val() == self.out_last.val())
                        | ((self.i_n.y.val() + self.shape.lane_mask.val() + 1
                            >= self.shape.n_out.val())
                            & (self.idx_n.y.val() == self.n_spk_n.y.val()))
                    {
                        self.idx.d.next = 0.into();
                        self.i.d.next = self.i_n.y.val() + self.shape.lane_mask.val() + 1;
                        self.base.d.next = self.base_n.y.val() + self.shape.n_hid.val();
                    } else {
                        self.idx.d.next = self.idx_n.y.val() + 1;
                    }
                }
                // Stage 0, the update stream, beside the next group's spikes: one token per
                // output of the group, from the cycle its close token is in stage 1 (so the first
                // token's stage 2 follows the close's, which loads the holds) to the group's last
                // output: stage 1's + 1 unless that ends the group.
                self.u1_v.d.next = (self.q1_v.q.val() & self.q1_last.q.val())
                    | (self.u1_v.q.val()
                        & (((self.u1_i_n.y.val() + 1) & self.shape.lane_mask.val()) != 0)
                        & (self.u1_i_n.y.val() != self.shape.n_out.val() - 1));
                if self.q1_v.q.val() & self.q1_last.q.val() {
                    self.u1_i.d.next = self.q1_i_n.y.val();
                } else {
                    self.u1_i.d.next = self.u1_i_n.y.val() + 1;
                }
                // Stage 1: read every lane's readout weight of the spiking neuron (at the
                // group's bank row); the update token's value and bias.
                if self.q1_v.q.val() & !self.q1_last.q.val() {
                    self.u_flat_address.next = self.q1_base_n.y.val()
                        + bit_cast::<32, 64>(self.spike_list.read_data.val());
                    // Lane l's readout weight lies in bank (l + j) mod L.
                    self.rot.d.next = bit_cast::<8, 32>(
                        bit_cast::<32, 64>(self.spike_list.read_data.val())
                            & self.shape.lane_mask.val(),
                    );
                }
                if self.u1_v.q.val() {
                    self.readout.read_address.next = self.u1_i_n.y.val();
                    self.readout_biases.read_address.next = self.u1_i_n.y.val();
                }
                self.q2_v.d.next = self.q1_v.q.val();
                self.q2_last.d.next = self.q1_last.q.val();
                self.q2_i.d.next = self.q1_i_n.y.val();
                self.u2_v.d.next = self.u1_v.q.val();
                self.u2_i.d.next = self.u1_i_n.y.val();
                // Stage 2: the lanes add their weights, or the close token moves their sums to
                // the holds (`out_lane.rs`); the update token registers y and the summed input
                // (lane 0's hold and the bias), the holds moving down a lane for the next output.
                if self.q2_v.q.val() {
                    if self.q2_last.q.val() {
                        self.out_close.next = true;
                    } else {
                        self.out_s2.next = true;
                    }
                }
                if self.u2_v.q.val() {
                    self.o3_v.d.next = true;
                    self.o3_i.d.next = self.u2_i_n.y.val();
                    self.o3_y.d.next = self.out_leak.y.val();
                    self.o3_sum.d.next = self.out_lanes[0].acc.val() + self.bext.y.val();
                    self.out_shift.next = true;
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
                if self.o3_v.q.val() & (self.o3_i_n.y.val() == self.shape.n_out.val() - 1) {
                    self.phase.d.next = Phase::Done;
                    if self.learn_on.q.val() {
                        // The traces advance one step: lag 0 moves to the next ring slot. Source
                        // 0's history word, eps at the new lag 1 (the old head) and eta at lag
                        // R + 1 are read now, a cycle ahead of its first token.
                        self.src_read.next = 0.into();
                        self.eps_read_address.next =
                            bit_cast::<32, 8>(self.head.q.val()) & self.shape.depth_mask.val();
                        self.eta_read_address.next = (bit_cast::<32, 8>(self.head.q.val())
                            - self.shape.radius.val())
                            & self.shape.depth_mask.val();
                        self.phase.d.next = Phase::Trace;
                        self.tpar.d.next = false;
                        self.head.d.next = (self.head.q.val() + 1)
                            & bit_cast::<8, 32>(self.shape.depth_mask.val());
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

/// The last pipeline stages, which run past their phase: OUT's argmax.
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
                | ((self.o4_y_n.y.val() ^ self.shape.msb.val())
                    > (self.ymax_n.y.val() ^ self.shape.msb.val())))
        {
            self.ymax.d.next = self.o4_y_n.y.val();
        }
    }
}
