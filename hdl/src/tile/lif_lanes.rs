//! SYN's LIF lanes (`lif_lane.rs`) and the memories they alone use: each lane's membrane bank
//! (read at its group's row in stage 3, written in stage 5; the host's port in IDLE and CLEAR),
//! and the spike list's appends (`spike_list.rs`, stage 6). The readout traces, psi and the
//! hidden spikes, which the learning unit and HIST share, are wired in `lanes.rs`.

use super::piece::*;
use super::*;

/// The LIF lanes' inputs, the membrane banks', the spike list's appends.
impl Piece<LIF_LANES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        for l in 0..self._lanes {
            self.lif_lanes[l].clock.next = self.clock.val();
            self.lif_lanes[l].s2_close.next = self.q2_close.q.val();
            self.lif_lanes[l].first.next = self.q2_i_n.y.val();
            self.lif_lanes[l].v_word.next = self.v_banks[l].word.val();
            self.lif_lanes[l].z_word.next = self.zeta_banks[l].word.val();
            self.lif_lanes[l].current.next = self.lanes[l].acc.val();
            self.v_banks[l].clock.next = self.clock.val();
            self.v_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.v_read_address.val() & self.shape.lane_mask.val());
            self.v_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.v_write_address.val() & self.shape.lane_mask.val());
            self.v_banks[l].write.next = self.v_write.val();
            if self.in_syn.q.val() {
                self.v_banks[l].read_address.next = self.lif_lanes[l].row3.val();
                self.v_banks[l].write_address.next = self.lif_lanes[l].row5.val();
                self.v_banks[l].write_data.next = self.lif_lanes[l].v_next.val();
                self.v_banks[l].lane_write.next = self.lif_lanes[l].write5.val();
            } else {
                self.v_banks[l].read_address.next =
                    self.v_read_address.val() >> self.shape.lane_bits.val();
                self.v_banks[l].write_address.next =
                    self.v_write_address.val() >> self.shape.lane_bits.val();
                self.v_banks[l].write_data.next = self.v_write_data.val();
                self.v_banks[l].lane_write.next = false;
            }
        }
        for l in 0..1 {
            self.v_banks[l].chain_in.next = 0.into();
            self.sp_acc[l].next = 0.into();
            if self.lif_lanes[l].spike6.val() {
                self.sp_acc[l].next = 1.into();
            }
        }
        for l in 1..self._lanes {
            self.v_banks[l].chain_in.next = self.v_banks[l - 1].chain_out.val();
            // The group's spikes, bit l lane l's (a lane past the last neuron has none).
            self.sp_acc[l].next = self.sp_acc[l - 1].val();
            if self.lif_lanes[l].spike6.val() {
                self.sp_acc[l].next = self.sp_acc[l - 1].val()
                    | (bit_cast::<64, 1>(true.into()) << self.lane_id[l].val());
            }
        }
        self.spike_list.clock.next = self.clock.val();
        // A group's stage 6 (lane 0's neuron exists in every group).
        self.spike_list.append.next = self.lif_lanes[0].write6.val();
        for l in self._last_lane..self._lanes {
            self.spike_list.spikes.next = self.sp_acc[l].val();
        }
        self.spike_list.first.next =
            bit_cast::<64, 32>(self.lif_lanes[0].row6.val() << self.shape.lane_bits.val());
        self.spike_list.count.next = self.n_spk_n.y.val();
        self.spike_list.read_address.next = self.sl_read_address.val();
    }
}
