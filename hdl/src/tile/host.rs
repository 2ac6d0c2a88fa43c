//! The host interface: the command address decode, the memories' ports defaulting to the host
//! (reads at the command's index, writes into the command's region), the register map, the
//! read response; and the IDLE (one command per cycle) and CLEAR phases.

use super::piece::*;
use super::*;

/// The read response's terms: the 22 memories' words, the registers' (`rsp_reg`), a stream's;
/// ORed five at a time into the five registers `rsp_part`.
pub(super) const RESPONSE_TERMS: usize = 25;

const _: () = assert!(REGION_SHIFT == 26, "the decode below slices addr[31:26]");

/// The host interface: address decode, memory-port defaults, register writes, read responses.
impl Piece<HOST> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // Host address decode.
        self.region.next = self.cmd_addr.val().get_bits::<6>(26);
        self.index.next = bit_cast::<32, 26>(self.cmd_addr.val().get_bits::<26>(0));
        self.cmd_ready.next = self.phase.q.val() == Phase::Idle;
        self.busy.next = self.phase.q.val() != Phase::Idle;
        self.host_write.next = self.cmd_valid.val()
            & (self.phase.q.val() == Phase::Idle)
            & (self.cmd_op.val() == self.map.op_write.val());
        self.last_cycles.next = self.last.q.val();
        self.deadline_missed.next = self.missed.q.val();
        self.prediction.next = self.pred.q.val();
        self.rsp_v.d.next = false;

        // Memory ports default to the host: reads at the command's index, writes when it
        // writes into the memory's region. The weights, synaptic delays and readout weights are
        // banked over the lanes: the index's low bits are the bank (`lanes.rs` selects it).
        self.bank_index.next = self.index.val() >> self.shape.lane_bits.val();
        self.wd_flat_address.next = self.bank_index.val();
        self.u_flat_address.next = self.bank_index.val();
        // The row phases' addresses (`lanes.rs`): each phase that reads a row sets its own.
        self.w_read_address.next = 0.into();
        self.d_read_address.next = 0.into();
        self.u_read_address.next = 0.into();
        // The memories banked by source (the history lanes): a host index is the source (the
        // spikes of neuron j: source I + j); the list's index may ask for a bank's length.
        if self.region.val() == self.map.r_spikes.val() {
            self.src_read.next = self.index.val() + self.shape.n_in.val();
            self.src_write.next = self.index.val() + self.shape.n_in.val();
        } else {
            self.src_read.next = self.index.val();
            self.src_write.next = self.index.val();
        }
        self.src_wdata.next = self.cmd_data.val();
        self.h_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_spike_history.val());
        self.a_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_axonal_delays.val());
        self.in_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_input_spikes.val());
        self.sp_write.next = self.host_write.val() & (self.region.val() == self.map.r_spikes.val());
        self.act_idx.next = self.index.val();
        self.act_count.next = (self.phase.q.val() == Phase::Idle) & self.index.val().get_bit(25);
        // The bank one port writes is the host's only (RUPD writes every bank, `lane_write`).
        self.u_write_bank.next = bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
        if self.phase.q.val() == Phase::Idle {
            self.u_read_bank.next =
                bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
        } else {
            // U_kj's bank (k + j) mod L: SIG walks k = idx of neuron j = i, RUPD j = idx of
            // row k = i.
            self.u_read_bank.next = bit_cast::<8, 32>(
                (self.i_n.y.val() + self.idx_n.y.val()) & self.shape.lane_mask.val(),
            );
        }
        self.readout_biases.read_address.next = self.index.val();
        self.v_read_address.next = self.index.val();
        self.readout.read_address.next = self.index.val();
        self.decision_sums.read_address.next = self.index.val();
        self.sl_read_address.next = self.index.val();
        self.zeta_read_address.next = self.index.val();
        self.psi_read_address.next = self.index.val();
        self.eps_read_address.next = self.index.val();
        self.eta_read_address.next = self.index.val();
        self.output_errors.read_address.next = self.index.val();
        self.ms_read_address.next = self.index.val();
        self.dg_read_address.next = self.index.val();
        self.ag_read_address.next = self.index.val();
        self.wd_write_address.next = self.bank_index.val();
        self.u_write_address.next = self.bank_index.val();
        self.readout_biases.write_address.next = self.index.val();
        self.v_write_address.next = self.index.val();
        self.readout.write_address.next = self.index.val();
        self.decision_sums.write_address.next = self.index.val();
        self.spike_list.write_address.next = self.index.val();
        self.zeta_write_address.next = self.index.val();
        self.psi_write_address.next = self.index.val();
        self.eps_write_address.next = self.index.val();
        self.eta_write_address.next = self.index.val();
        self.output_errors.write_address.next = self.index.val();
        self.ms_write_address.next = self.index.val();
        self.dg_write_address.next = self.index.val();
        self.ag_write_address.next = self.index.val();
        self.w_write_data.next = self.cmd_data.val();
        self.d_write_data.next = self.cmd_data.val();
        self.u_write_data.next = self.cmd_data.val();
        self.readout_biases.write_data.next = self.cmd_data.val();
        self.v_write_data.next = self.cmd_data.val();
        self.readout.write_data.next = self.cmd_data.val();
        self.decision_sums.write_data.next = self.cmd_data.val();
        self.spike_list.write_data.next = self.cmd_data.val();
        self.zeta_write_data.next = self.cmd_data.val();
        self.psi_write_data.next = self.cmd_data.val();
        self.eps_write_data.next = self.cmd_data.val();
        self.eta_write_data.next = self.cmd_data.val();
        self.output_errors.write_data.next = self.cmd_data.val();
        self.ms_write_data.next = self.cmd_data.val();
        self.dg_write_data.next = self.cmd_data.val();
        self.ag_write_data.next = self.cmd_data.val();
        self.w_write.next = self.host_write.val() & (self.region.val() == self.map.r_weights.val());
        self.d_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_synaptic_delays.val());
        self.u_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_readout_weights.val());
        self.readout_biases.write_enable.next =
            self.host_write.val() & (self.region.val() == self.map.r_readout_biases.val());
        self.fb_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_feedback_weights.val());
        self.v_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_membranes.val());
        self.readout.write_enable.next =
            self.host_write.val() & (self.region.val() == self.map.r_readout.val());
        self.decision_sums.write_enable.next =
            self.host_write.val() & (self.region.val() == self.map.r_decision_sums.val());
        self.spike_list.write.next =
            self.host_write.val() & (self.region.val() == self.map.r_spike_list.val());
        self.zeta_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_readout_traces.val());
        self.psi_write.next = self.host_write.val() & (self.region.val() == self.map.r_psi.val());
        self.eps_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_eps_trace_fifo.val());
        self.eta_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_eta_trace_fifo.val());
        self.output_errors.write_enable.next =
            self.host_write.val() & (self.region.val() == self.map.r_output_errors.val());
        self.ms_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_modulated_signals.val());
        self.dg_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_delay_gradients.val());
        self.ag_write.next =
            self.host_write.val() & (self.region.val() == self.map.r_axonal_gradients.val());
        if self.host_write.val() & (self.region.val() == self.map.r_registers.val()) {
            if self.index.val() == self.map.reg_budget.val() {
                self.budget.d.next = bit_cast::<32, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.map.reg_learn.val() {
                self.learn_on.d.next =
                    self.cmd_data.val().get_bit(0) & self.shape.has_learning.val();
            }
            if self.index.val() == self.map.reg_label.val() {
                self.label.d.next = bit_cast::<16, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.map.reg_sup_start.val() {
                self.sup_start.d.next = bit_cast::<32, 64>(self.cmd_data.val());
            }
            if (self.index.val() == self.map.reg_flags.val()) & self.shape.has_learning.val() {
                self.flags.d.next = bit_cast::<8, 64>(self.cmd_data.val());
            }
            if self.index.val() == self.map.reg_shifts.val() {
                self.shifts.d.next = self.cmd_data.val();
            }
        }

        // Read responses: the memory answers one cycle after the command, the tile two. The
        // region's one-hot bit selects its word (an AND-OR, no region comparison or priority
        // chain after the block RAMs' outputs), five terms ORed and registered at a time, so
        // that a block RAM's output reaches a register through two levels; the registers
        // answer from `rsp_reg` (set by the READ), the streams by the index it holds, any other
        // region 0.
        self.rsp_v2.clock.next = self.clock.val();
        self.rsp_v2.d.next = self.rsp_v.q.val();
        self.rsp_valid.next = self.rsp_v2.q.val();
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_weights.val().index())
        {
            self.rsp_terms[0].next = self.w_read_data.val();
        } else {
            self.rsp_terms[0].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_synaptic_delays.val().index())
        {
            self.rsp_terms[1].next = self.d_read_data.val();
        } else {
            self.rsp_terms[1].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_axonal_delays.val().index())
        {
            self.rsp_terms[2].next = self.a_rdata.val();
        } else {
            self.rsp_terms[2].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_readout_weights.val().index())
        {
            self.rsp_terms[3].next = self.u_read_data.val();
        } else {
            self.rsp_terms[3].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_readout_biases.val().index())
        {
            self.rsp_terms[4].next = self.readout_biases.read_data.val();
        } else {
            self.rsp_terms[4].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_feedback_weights.val().index())
        {
            self.rsp_terms[5].next = self.fb_read_data.val();
        } else {
            self.rsp_terms[5].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_spike_history.val().index())
        {
            self.rsp_terms[6].next = self.h_rdata.val();
        } else {
            self.rsp_terms[6].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_membranes.val().index())
        {
            self.rsp_terms[7].next = self.v_read_data.val();
        } else {
            self.rsp_terms[7].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_spikes.val().index())
        {
            self.rsp_terms[8].next = self.sp_rdata.val();
        } else {
            self.rsp_terms[8].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_readout.val().index())
        {
            self.rsp_terms[9].next = self.readout.read_data.val();
        } else {
            self.rsp_terms[9].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_decision_sums.val().index())
        {
            self.rsp_terms[10].next = self.decision_sums.read_data.val();
        } else {
            self.rsp_terms[10].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_input_spikes.val().index())
        {
            self.rsp_terms[11].next = self.in_rdata.val();
        } else {
            self.rsp_terms[11].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_active_sources.val().index())
        {
            self.rsp_terms[12].next = self.act_rdata.val();
        } else {
            self.rsp_terms[12].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_spike_list.val().index())
        {
            self.rsp_terms[13].next = self.spike_list.read_data.val();
        } else {
            self.rsp_terms[13].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_readout_traces.val().index())
        {
            self.rsp_terms[14].next = self.zeta_read_data.val();
        } else {
            self.rsp_terms[14].next = 0.into();
        }
        if self.rsp_sel.q.val().get_bit(self.map.r_psi.val().index()) {
            self.rsp_terms[15].next = self.psi_read_data.val();
        } else {
            self.rsp_terms[15].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_eps_trace_fifo.val().index())
        {
            self.rsp_terms[16].next = self.eps_read_data.val();
        } else {
            self.rsp_terms[16].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_eta_trace_fifo.val().index())
        {
            self.rsp_terms[17].next = self.eta_read_data.val();
        } else {
            self.rsp_terms[17].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_output_errors.val().index())
        {
            self.rsp_terms[18].next = self.output_errors.read_data.val();
        } else {
            self.rsp_terms[18].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_modulated_signals.val().index())
        {
            self.rsp_terms[19].next = self.ms_read_data.val();
        } else {
            self.rsp_terms[19].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_delay_gradients.val().index())
        {
            self.rsp_terms[20].next = self.dg_read_data.val();
        } else {
            self.rsp_terms[20].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_axonal_gradients.val().index())
        {
            self.rsp_terms[21].next = self.ag_read_data.val();
        } else {
            self.rsp_terms[21].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_registers.val().index())
        {
            self.rsp_terms[22].next = self.rsp_reg.q.val();
        } else {
            self.rsp_terms[22].next = 0.into();
        }
        if self.rsp_sel.q.val().get_bit(self.map.r_lfsr.val().index()) {
            self.rsp_terms[23].next = bit_cast::<64, 32>(self.host_stream.val());
        } else {
            self.rsp_terms[23].next = 0.into();
        }
        if self
            .rsp_sel
            .q
            .val()
            .get_bit(self.map.r_current_buffer.val().index())
        {
            self.rsp_terms[24].next = self.buf_read_data.val();
        } else {
            self.rsp_terms[24].next = 0.into();
        }
        for k in 0..5 {
            self.rsp_part[k].clock.next = self.clock.val();
            self.rsp_part[k].d.next = self.rsp_terms[5 * k].val()
                | self.rsp_terms[5 * k + 1].val()
                | self.rsp_terms[5 * k + 2].val()
                | self.rsp_terms[5 * k + 3].val()
                | self.rsp_terms[5 * k + 4].val();
        }
        self.rsp_data.next = self.rsp_part[0].q.val()
            | self.rsp_part[1].q.val()
            | self.rsp_part[2].q.val()
            | self.rsp_part[3].q.val()
            | self.rsp_part[4].q.val();
    }
}

/// IDLE (one host command per cycle) and CLEAR.
impl Piece<HOST_PHASES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        match self.phase.q.val() {
            Phase::Idle => {
                self.cnt.d.next = 0.into();
                if self.cmd_valid.val() {
                    if self.cmd_op.val() == self.map.op_read.val() {
                        self.rsp_v.d.next = true;
                        self.rsp_sel.d.next = bit_cast::<64, 1>(true.into()) << self.region.val();
                        self.rsp_reg.d.next = 0.into();
                        if self.index.val() == self.map.reg_budget.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.budget.q.val());
                        }
                        if self.index.val() == self.map.reg_active.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_act_n.y.val());
                        }
                        if self.index.val() == self.map.reg_spikes.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_spk_n.y.val());
                        }
                        if self.index.val() == self.map.reg_step.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.t.q.val());
                        }
                        if self.index.val() == self.map.reg_bad_spike.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 1>(self.bad_spike.q.val().into());
                        }
                        if self.index.val() == self.map.reg_id.val() {
                            self.rsp_reg.d.next = self.map.id_magic.val();
                        }
                        if self.index.val() == self.map.reg_learn.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 1>(self.learn_on.q.val().into());
                        }
                        if self.index.val() == self.map.reg_label.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 16>(self.label.q.val());
                        }
                        if self.index.val() == self.map.reg_sup_start.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.sup_start.q.val());
                        }
                        if self.index.val() == self.map.reg_flags.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 8>(self.flags.q.val());
                        }
                        if self.index.val() == self.map.reg_shifts.val() {
                            self.rsp_reg.d.next = self.shifts.q.val();
                        }
                        if self.index.val() == self.map.reg_head.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 8>(self.head.q.val());
                        }
                        if self.index.val() == self.map.reg_modulated.val() {
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.n_m_n.y.val());
                        }
                        if self.region.val() == self.map.r_lfsr.val() {
                            // The stream's index: the response selects the stream by it.
                            self.rsp_reg.d.next = bit_cast::<64, 32>(self.index.val());
                        }
                    }
                    if self.cmd_op.val() == self.map.op_spike.val() {
                        // The channel addresses the banks whether or not it is in range (only
                        // the write enable waits for the range check).
                        self.src_write.next = bit_cast::<32, 64>(self.cmd_data.val());
                        self.src_wdata.next = 1.into();
                        if ((self.cmd_data.val() & self.shape.channel_high.val()) == 0)
                            & ((self.cmd_data.val() & self.shape.channel_low.val())
                                < bit_cast::<64, 32>(self.shape.n_in.val()))
                        {
                            self.in_write.next = true;
                        } else {
                            self.bad_spike.d.next = true;
                        }
                    }
                    if self.cmd_op.val() == self.map.op_step.val() {
                        self.phase.d.next = Phase::Hist;
                        // HIST reads each group two cycles before its write-back (the history
                        // lanes register the words): group 0's now, i the next group's.
                        self.src_read.next = 0.into();
                        self.i.d.next = 1.into();
                        self.n_act.d.next = 0.into();
                        self.hist_clear.next = true;
                        self.n_spk.d.next = 0.into();
                    }
                    if self.cmd_op.val() == self.map.op_clear.val() {
                        self.phase.d.next = Phase::Clear;
                        self.i.d.next = 0.into();
                    }
                }
            }
            Phase::Clear => {
                // Zero every state memory; parameters stay. The history lanes zero their history,
                // input and spike banks at the same row (a bank has fewer rows than CLEAR walks).
                self.cnt.d.next = self.cnt.q.val() + 1;
                self.clear_all.next = true;
                self.v_write_address.next = self.i_n.y.val();
                self.v_write_data.next = 0.into();
                self.v_write.next = self.i_n.y.val() < self.shape.n_hid.val();
                self.readout.write_address.next = self.i_n.y.val();
                self.readout.write_data.next = 0.into();
                self.readout.write_enable.next = self.i_n.y.val() < self.shape.n_out.val();
                self.decision_sums.write_address.next = self.i_n.y.val();
                self.decision_sums.write_data.next = 0.into();
                self.decision_sums.write_enable.next = self.i_n.y.val() < self.shape.n_out.val();
                self.zeta_write_address.next = self.i_n.y.val();
                self.zeta_write_data.next = 0.into();
                self.zeta_write.next = self.i_n.y.val() < self.shape.n_hid.val();
                self.psi_write_address.next = self.i_n.y.val();
                self.psi_write_data.next = 0.into();
                self.psi_write.next = self.i_n.y.val() < self.shape.n_hid.val();
                // The axonal gradients G_s are summed over a step's PASS1s and zeroed by AXON
                // after use; zeroed here too, so that the first learning step does not add to
                // what the block RAM held at power-up.
                self.ag_write_address.next = self.i_n.y.val();
                self.ag_write_data.next = 0.into();
                self.ag_write.next = self.i_n.y.val() < self.shape.n_src.val();
                self.i.d.next = self.i_n.y.val() + 1;
                if self.i_n.y.val() == self.shape.n_clear_mem.val() {
                    self.head.d.next = 0.into();
                    self.phase.d.next = Phase::Idle;
                    self.t.d.next = 0.into();
                    self.pred.d.next = 0.into();
                    self.bad_spike.d.next = false;
                    self.n_act.d.next = 0.into();
                    self.n_spk.d.next = 0.into();
                }
            }
            _ => {}
        }
    }
}
