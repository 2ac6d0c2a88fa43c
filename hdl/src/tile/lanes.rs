//! The synapse lanes' inputs (`syn_lane.rs`), each assigned once, after every piece that sets
//! the signals they copy: the weights' and synaptic delays' ports (host or learning unit), SYN's
//! source token and lane controls, and the chains between neighbouring lanes (the addressed
//! bank's word runs up the lanes; the sums move down them).

use super::piece::*;
use super::*;

/// Every lane's inputs.
impl Piece<LANES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        for l in 0..self._lanes {
            self.lanes[l].clock.next = self.clock.val();
            self.lanes[l].w_read_address.next = self.w_read_address.val();
            self.lanes[l].d_read_address.next = self.d_read_address.val();
            self.lanes[l].write_address.next = self.wd_write_address.val();
            self.lanes[l].write_bank.next = self.wd_bank.val();
            self.lanes[l].w_write_data.next = self.w_write_data.val();
            self.lanes[l].d_write_data.next = self.d_write_data.val();
            self.lanes[l].w_write.next = self.w_write.val();
            self.lanes[l].d_write.next = self.d_write.val();
            self.lanes[l].read_bank.next = self.wd_bank.val();
            self.lanes[l].word.next = self.h_rdata.val();
            self.lanes[l].axonal.next = self.a_rdata.val();
            self.lanes[l].s2_valid.next = self.lane_s2.val();
            self.lanes[l].first.next = self.q2_i_n.y.val();
            self.lanes[l].s3_word.next = self.s3_word.q.val();
            self.lanes[l].shift.next = self.lane_shift.val();
            self.lanes[l].clear.next = self.lane_clear.val();
        }
        for l in 0..1 {
            self.lanes[l].w_chain_in.next = 0.into();
            self.lanes[l].d_chain_in.next = 0.into();
        }
        for l in 1..self._lanes {
            self.lanes[l].w_chain_in.next = self.lanes[l - 1].w_chain_out.val();
            self.lanes[l].d_chain_in.next = self.lanes[l - 1].d_chain_out.val();
        }
        for l in 0..self._last_lane {
            self.lanes[l].acc_in.next = self.lanes[l + 1].acc.val();
        }
        for l in self._last_lane..self._lanes {
            self.lanes[l].acc_in.next = 0.into();
        }
        // The history lanes (`hist_lane.rs`): the source-banked memories' port, HIST's and
        // CLEAR's controls, the active lists' reads, the chains.
        for l in 0..self._lanes {
            self.hist_lanes[l].clock.next = self.clock.val();
            self.hist_lanes[l].read_source.next = self.src_read.val();
            self.hist_lanes[l].write_source.next = self.src_write.val();
            self.hist_lanes[l].write_data.next = self.src_wdata.val();
            self.hist_lanes[l].h_write.next = self.h_write.val();
            self.hist_lanes[l].a_write.next = self.a_write.val();
            self.hist_lanes[l].in_write.next = self.in_write.val();
            self.hist_lanes[l].sp_write.next = self.sp_write.val();
            self.hist_lanes[l].hist_wb.next = self.hist_wb.val();
            self.hist_lanes[l].group.next = self.q1_i_n.y.val();
            self.hist_lanes[l].hist_clear.next = self.hist_clear.val();
            self.hist_lanes[l].clear_all.next = self.clear_all.val();
            self.hist_lanes[l].clear_address.next = self.i_n.y.val();
            self.hist_lanes[l].syn.next = self.phase.q.val() == Phase::Syn;
            self.hist_lanes[l].act_idx.next = self.act_idx.val();
            self.hist_lanes[l].act_count.next = self.act_count.val();
            self.hist_lanes[l].latch.next = self.latch_start.val();
        }
        for l in 0..1 {
            self.hist_lanes[l].h_chain_in.next = 0.into();
            self.hist_lanes[l].a_chain_in.next = 0.into();
            self.hist_lanes[l].in_chain_in.next = 0.into();
            self.hist_lanes[l].sp_chain_in.next = 0.into();
            self.hist_lanes[l].act_chain_in.next = 0.into();
            self.hist_lanes[l].start_in.next = 0.into();
            self.hist_lanes[l].span1_in.next = 0.into();
        }
        // The lengths' prefix sum as a tree: span k of lane l takes span k - 1 of lane
        // l - 2^(k-1) (none below lane 0).
        for l in 0..self._lanes_2 {
            self.hist_lanes[l].span2_in.next = 0.into();
        }
        for l in 0..self._lanes_4 {
            self.hist_lanes[l].span3_in.next = 0.into();
        }
        for l in 0..self._lanes_8 {
            self.hist_lanes[l].span4_in.next = 0.into();
        }
        for l in 2..self._lanes {
            self.hist_lanes[l].span2_in.next = self.hist_lanes[l - 2].span1_out.val();
        }
        for l in 4..self._lanes {
            self.hist_lanes[l].span3_in.next = self.hist_lanes[l - 4].span2_out.val();
        }
        for l in 8..self._lanes {
            self.hist_lanes[l].span4_in.next = self.hist_lanes[l - 8].span3_out.val();
        }
        for l in 1..self._lanes {
            self.hist_lanes[l].h_chain_in.next = self.hist_lanes[l - 1].h_chain_out.val();
            self.hist_lanes[l].a_chain_in.next = self.hist_lanes[l - 1].a_chain_out.val();
            self.hist_lanes[l].in_chain_in.next = self.hist_lanes[l - 1].in_chain_out.val();
            self.hist_lanes[l].sp_chain_in.next = self.hist_lanes[l - 1].sp_chain_out.val();
            self.hist_lanes[l].act_chain_in.next = self.hist_lanes[l - 1].act_chain_out.val();
            self.hist_lanes[l].start_in.next = self.hist_lanes[l - 1].start_out.val();
            self.hist_lanes[l].span1_in.next = self.hist_lanes[l - 1].span0_out.val();
        }
        // The output lanes (`out_lane.rs`): the readout weights' port, OUT's controls, chains.
        for l in 0..self._lanes {
            self.out_lanes[l].clock.next = self.clock.val();
            self.out_lanes[l].read_address.next = self.u_read_address.val();
            self.out_lanes[l].write_address.next = self.u_write_address.val();
            self.out_lanes[l].write_bank.next = self.u_write_bank.val();
            self.out_lanes[l].write_data.next = self.u_write_data.val();
            self.out_lanes[l].write.next = self.u_write.val();
            self.out_lanes[l].read_bank.next = self.u_read_bank.val();
            self.out_lanes[l].s2_valid.next = self.out_s2.val();
            self.out_lanes[l].first.next = self.q2_i_n.y.val();
            self.out_lanes[l].shift.next = self.out_shift.val();
            self.out_lanes[l].clear.next = self.out_clear.val();
        }
        for l in 0..1 {
            self.out_lanes[l].chain_in.next = 0.into();
        }
        for l in 1..self._lanes {
            self.out_lanes[l].chain_in.next = self.out_lanes[l - 1].chain_out.val();
        }
        for l in 0..self._last_lane {
            self.out_lanes[l].acc_in.next = self.out_lanes[l + 1].acc.val();
        }
        for l in self._last_lane..self._lanes {
            self.out_lanes[l].acc_in.next = 0.into();
        }
    }
}
