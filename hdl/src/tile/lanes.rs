//! The banks' and lanes' inputs (`bank.rs`, `syn_lane.rs`, `out_lane.rs`, `hist_lane.rs`), each
//! assigned once, after every piece that sets the signals they copy: the banked memories' ports
//! (host or learning unit) and the bank each reads and writes, the chains between neighbouring
//! banks (the addressed bank's word runs up them), the rotation of the banks' words to the lanes,
//! SYN's and OUT's tokens and lane controls (the sums move down the lanes).

use super::piece::*;
use super::*;

/// Every lane's inputs.
impl Piece<LANES> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // The bank whose word goes up the chain, and the one written through one bank's port:
        // the host index's low bits. Only the host's READ takes the chain's word
        // (`w_read_data`), in IDLE, and only the host writes one bank (the learning unit writes
        // every bank at once, `lane_write`).
        self.wd_write_bank.next = bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
        self.w_read_bank.next = bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
        self.d_read_bank.next = bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
        // DECIDE to PASS2 walk neuron j's row: bank b holds lane (b - j) mod L's synapse of the
        // group (its offset from the group's row), written back through the inverse rotation.
        // Registered from the next phase (set by the phase pieces, which run before this one),
        // as SYN's flag: no decode of `phase` in front of the banks' addresses.
        self.row_banks.d.next = (self.phase.d.val() == Phase::Decide)
            | (self.phase.d.val() == Phase::Pass1)
            | (self.phase.d.val() == Phase::Mean)
            | (self.phase.d.val() == Phase::Lead)
            | (self.phase.d.val() == Phase::Pass2);
        self.in_syn.d.next = self.phase.d.val() == Phase::Syn;
        // Bank b's lane for the read (row i) and for the update stage's write (its row's
        // rotation and group, `wr_rot`, `wr_i`), and whether the written entry exists.
        for l in 0..self._lanes {
            self.b_off[l].next =
                (self.lane_id[l].val() - self.lane_row.val()) & self.shape.lane_mask.val();
            self.b_woff[l].next = (self.lane_id[l].val() - bit_cast::<32, 8>(self.wr_rot.q.val()))
                & self.shape.lane_mask.val();
            self.b_valid[l].next = ((self.wr_i.q.val() << self.shape.lane_bits.val())
                + self.b_woff[l].val())
                < self.lane_limit.val();
        }
        for l in 0..self._lanes {
            self.w_banks[l].clock.next = self.clock.val();
            self.w_banks[l].write_bank.next = self.wd_write_bank.val();
            self.w_banks[l].write.next = self.w_write.val();
            self.w_banks[l].read_bank.next = self.w_read_bank.val();
            self.d_banks[l].clock.next = self.clock.val();
            self.d_banks[l].write_bank.next = self.wd_write_bank.val();
            self.d_banks[l].write.next = self.d_write.val();
            self.d_banks[l].read_bank.next = self.d_read_bank.val();
            // A row phase's address plus the lane's offset, or the flat one (the host's, SYN's),
            // which passes no adder here.
            if self.row_banks.q.val() {
                self.w_banks[l].read_address.next = self.w_read_address.val() + self.b_off[l].val();
                self.d_banks[l].read_address.next = self.d_read_address.val() + self.b_off[l].val();
            } else {
                self.w_banks[l].read_address.next = self.wd_flat_address.val();
                self.d_banks[l].read_address.next = self.wd_flat_address.val();
            }
            // PASS2's update stage (in PASS2, or the next phase's first cycle) or the host.
            if self.wr_w.q.val() {
                self.w_banks[l].write_address.next = self.wr_addr.q.val() + self.b_woff[l].val();
                self.w_banks[l].write_data.next = self.wb_r8[l].val() & 0xFFFF_FFFF_u64;
                self.w_banks[l].lane_write.next = self.learn_w.val() & self.b_valid[l].val();
                self.d_banks[l].write_address.next = self.wr_addr.q.val() + self.b_woff[l].val();
                self.d_banks[l].write_data.next = self.wb_r8[l].val() >> 32;
                self.d_banks[l].lane_write.next = self.learn_d.val() & self.b_valid[l].val();
            } else {
                self.w_banks[l].write_address.next = self.wd_write_address.val();
                self.w_banks[l].write_data.next = self.w_write_data.val();
                self.w_banks[l].lane_write.next = false;
                self.d_banks[l].write_address.next = self.wd_write_address.val();
                self.d_banks[l].write_data.next = self.d_write_data.val();
                self.d_banks[l].lane_write.next = false;
            }
            self.u_banks[l].clock.next = self.clock.val();
            self.u_banks[l].write_bank.next = self.u_write_bank.val();
            self.u_banks[l].write.next = self.u_write.val();
            self.u_banks[l].read_bank.next = self.u_read_bank.val();
            // RUPD walks output k's row on the lanes as PASS walks a neuron's, SIG row k's
            // columns of a group of neurons.
            if self.in_rupd.q.val() | (self.phase.q.val() == Phase::Sig) {
                self.u_banks[l].read_address.next = self.u_read_address.val() + self.b_off[l].val();
            } else {
                self.u_banks[l].read_address.next = self.u_flat_address.val();
            }
            // RUPD's update stage (in RUPD, or the last one in DONE) or the host.
            if self.wr_u.q.val() {
                self.u_banks[l].write_address.next = self.wr_addr.q.val() + self.b_woff[l].val();
                self.u_banks[l].write_data.next = self.wb_r8[l].val() & 0xFFFF_FFFF_u64;
                self.u_banks[l].lane_write.next = self.b_valid[l].val();
            } else {
                self.u_banks[l].write_address.next = self.u_write_address.val();
                self.u_banks[l].write_data.next = self.u_write_data.val();
                self.u_banks[l].lane_write.next = false;
            }
        }
        // The learning unit's per-source banks: the port's host index split into bank (the
        // source's low bits) and row; in DECIDE to PASS2 the lanes' rows and writes.
        for l in 0..self._lanes {
            self.eps_banks[l].clock.next = self.clock.val();
            self.eps_banks[l].read_bank.next = bit_cast::<8, 32>(
                (self.eps_read_address.val() >> self.shape.depth_bits.val())
                    & self.shape.lane_mask.val(),
            );
            self.eps_banks[l].write_bank.next = bit_cast::<8, 32>(
                (self.eps_write_address.val() >> self.shape.depth_bits.val())
                    & self.shape.lane_mask.val(),
            );
            self.eta_banks[l].clock.next = self.clock.val();
            self.eta_banks[l].read_bank.next = bit_cast::<8, 32>(
                (self.eta_read_address.val() >> self.shape.depth_bits.val())
                    & self.shape.lane_mask.val(),
            );
            self.eta_banks[l].write_bank.next = bit_cast::<8, 32>(
                (self.eta_write_address.val() >> self.shape.depth_bits.val())
                    & self.shape.lane_mask.val(),
            );
            // TRACE: each valid lane writes its own bank at the group's row, in stage 2 from
            // the words stage 1 registered (`learn_lanes.rs`). CLEAR zeroes every bank's row i
            // at once (ceil(S / L) D rows, not S D).
            if self.phase.q.val() == Phase::Clear {
                self.eps_banks[l].write_address.next = self.i_n.y.val();
                self.eps_banks[l].write_data.next = 0.into();
                self.eps_banks[l].write.next = false;
                self.eps_banks[l].lane_write.next = self.i_n.y.val() < self.shape.n_fifo.val();
                self.eta_banks[l].write_address.next = self.i_n.y.val();
                self.eta_banks[l].write_data.next = 0.into();
                self.eta_banks[l].write.next = false;
                self.eta_banks[l].lane_write.next = self.i_n.y.val() < self.shape.n_fifo.val();
            } else {
                self.eps_banks[l].write_address.next = (((self.eps_write_address.val()
                    >> self.shape.depth_bits.val())
                    >> self.shape.lane_bits.val())
                    << self.shape.depth_bits.val())
                    | (self.eps_write_address.val() & self.shape.depth_mask.val());
                self.eta_banks[l].write_address.next = (((self.eta_write_address.val()
                    >> self.shape.depth_bits.val())
                    >> self.shape.lane_bits.val())
                    << self.shape.depth_bits.val())
                    | (self.eta_write_address.val() & self.shape.depth_mask.val());
                if self.phase.q.val() == Phase::Trace {
                    self.eps_banks[l].write_data.next = self.tw_eps[l].q.val();
                    self.eps_banks[l].write.next = false;
                    self.eps_banks[l].lane_write.next =
                        self.eps_write.val() & self.l_v2r[l].q.val();
                    self.eta_banks[l].write_data.next = self.tw_eta[l].q.val();
                    self.eta_banks[l].write.next = false;
                    self.eta_banks[l].lane_write.next =
                        self.eta_write.val() & self.l_v2r[l].q.val();
                } else {
                    self.eps_banks[l].write_data.next = self.eps_write_data.val();
                    self.eps_banks[l].write.next = self.eps_write.val();
                    self.eps_banks[l].lane_write.next = false;
                    self.eta_banks[l].write_data.next = self.eta_write_data.val();
                    self.eta_banks[l].write.next = self.eta_write.val();
                    self.eta_banks[l].lane_write.next = false;
                }
            }
            if self.row_banks.q.val() {
                self.eps_banks[l].read_address.next = self.l_fifo[l].val();
                self.eta_banks[l].read_address.next = self.l_fifo[l].val();
            } else {
                self.eps_banks[l].read_address.next = (((self.eps_read_address.val()
                    >> self.shape.depth_bits.val())
                    >> self.shape.lane_bits.val())
                    << self.shape.depth_bits.val())
                    | (self.eps_read_address.val() & self.shape.depth_mask.val());
                self.eta_banks[l].read_address.next = (((self.eta_read_address.val()
                    >> self.shape.depth_bits.val())
                    >> self.shape.lane_bits.val())
                    << self.shape.depth_bits.val())
                    | (self.eta_read_address.val() & self.shape.depth_mask.val());
            }
            self.dg_banks[l].clock.next = self.clock.val();
            self.dg_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.dg_read_address.val() & self.shape.lane_mask.val());
            self.dg_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.dg_write_address.val() & self.shape.lane_mask.val());
            self.dg_banks[l].write.next = self.dg_write.val();
            self.ag_banks[l].clock.next = self.clock.val();
            self.ag_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.ag_read_address.val() & self.shape.lane_mask.val());
            self.ag_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.ag_write_address.val() & self.shape.lane_mask.val());
            self.ag_banks[l].write.next = self.ag_write.val() & (self.phase.q.val() != Phase::Axon);
            // Psi and the modulated signals (by neuron): SIG's lanes read psi's row g and write
            // m_j at row g; else the port. The random feedback (skewed): SIG's lanes read row
            // g O + k, the host through the port (its index's low bits the bank).
            self.psi_banks[l].clock.next = self.clock.val();
            self.psi_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.psi_read_address.val() & self.shape.lane_mask.val());
            self.psi_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.psi_write_address.val() & self.shape.lane_mask.val());
            self.psi_banks[l].write.next = self.psi_write.val();
            if self.in_syn.q.val() {
                // Each LIF lane's psi, stage 6 (`lif_lane.rs`).
                self.psi_banks[l].write_address.next = self.lif_lanes[l].row6.val();
                self.psi_banks[l].write_data.next = self.lif_lanes[l].psi6.val();
                self.psi_banks[l].lane_write.next = self.lif_lanes[l].write6.val();
            } else {
                self.psi_banks[l].write_address.next =
                    self.psi_write_address.val() >> self.shape.lane_bits.val();
                self.psi_banks[l].write_data.next = self.psi_write_data.val();
                self.psi_banks[l].lane_write.next = false;
            }
            self.ms_banks[l].clock.next = self.clock.val();
            self.ms_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.ms_read_address.val() & self.shape.lane_mask.val());
            // CHECK to PASS2 hold group i's row (DECIDE picks from it).
            if self.row_banks.q.val() | (self.phase.q.val() == Phase::Check) {
                self.ms_banks[l].read_address.next = self.i_n.y.val() >> self.shape.lane_bits.val();
            } else {
                self.ms_banks[l].read_address.next =
                    self.ms_read_address.val() >> self.shape.lane_bits.val();
            }
            self.ms_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.ms_write_address.val() & self.shape.lane_mask.val());
            self.ms_banks[l].write.next = self.ms_write.val();
            self.fb_banks[l].clock.next = self.clock.val();
            self.fb_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
            self.fb_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.index.val() & self.shape.lane_mask.val());
            self.fb_banks[l].write_address.next = self.bank_index.val();
            self.fb_banks[l].write_data.next = self.cmd_data.val();
            self.fb_banks[l].write.next = self.fb_write.val();
            self.fb_banks[l].lane_write.next = false;
            if self.phase.q.val() == Phase::Sig {
                self.psi_banks[l].read_address.next = self.lane_row_read.val();
                self.fb_banks[l].read_address.next = self.lane_row_read.val();
                self.ms_banks[l].write_address.next = self.lane_row_write.val();
                self.ms_banks[l].write_data.next = self.sig_lanes[l].m.val();
                self.ms_banks[l].lane_write.next = self.sm_last.q.val() & self.sm_lv[l].q.val();
            } else {
                self.psi_banks[l].read_address.next =
                    self.psi_read_address.val() >> self.shape.lane_bits.val();
                self.fb_banks[l].read_address.next = self.bank_index.val();
                self.ms_banks[l].write_address.next =
                    self.ms_write_address.val() >> self.shape.lane_bits.val();
                self.ms_banks[l].write_data.next = self.ms_write_data.val();
                self.ms_banks[l].lane_write.next = false;
            }
            // The readout traces (by neuron): SYN's LIF lanes read their group's row in stage 3
            // and write it in stage 5; RUPD's lanes read row g; else the port.
            self.zeta_banks[l].clock.next = self.clock.val();
            self.zeta_banks[l].read_bank.next =
                bit_cast::<8, 32>(self.zeta_read_address.val() & self.shape.lane_mask.val());
            self.zeta_banks[l].write_bank.next =
                bit_cast::<8, 32>(self.zeta_write_address.val() & self.shape.lane_mask.val());
            self.zeta_banks[l].write.next = self.zeta_write.val();
            if self.in_syn.q.val() {
                self.zeta_banks[l].write_address.next = self.lif_lanes[l].row5.val();
                self.zeta_banks[l].write_data.next = self.lif_lanes[l].z_next.val();
                self.zeta_banks[l].lane_write.next = self.lif_lanes[l].write5.val();
            } else {
                self.zeta_banks[l].write_address.next =
                    self.zeta_write_address.val() >> self.shape.lane_bits.val();
                self.zeta_banks[l].write_data.next = self.zeta_write_data.val();
                self.zeta_banks[l].lane_write.next = false;
            }
            if self.in_rupd.q.val() {
                self.zeta_banks[l].read_address.next = self.lane_row_read.val();
            } else if self.in_syn.q.val() {
                self.zeta_banks[l].read_address.next = self.lif_lanes[l].row3.val();
            } else {
                self.zeta_banks[l].read_address.next =
                    self.zeta_read_address.val() >> self.shape.lane_bits.val();
            }
            if self.row_banks.q.val() {
                self.dg_banks[l].read_address.next = self.lane_row_read.val();
                self.dg_banks[l].write_address.next = self.p4_row.q.val();
                self.dg_banks[l].write_data.next = self.l_dg_data[l].q.val();
                self.dg_banks[l].lane_write.next = self.l_dg_write[l].q.val();
                self.ag_banks[l].read_address.next = self.lane_row_read.val();
                self.ag_banks[l].write_address.next = self.p4_row.q.val();
                self.ag_banks[l].write_data.next = self.l_ag_data[l].val();
                self.ag_banks[l].lane_write.next = self.l_ag_write[l].q.val();
            } else {
                self.dg_banks[l].read_address.next =
                    self.dg_read_address.val() >> self.shape.lane_bits.val();
                self.dg_banks[l].write_address.next =
                    self.dg_write_address.val() >> self.shape.lane_bits.val();
                self.dg_banks[l].write_data.next = self.dg_write_data.val();
                self.dg_banks[l].lane_write.next = false;
                self.ag_banks[l].read_address.next =
                    self.ag_read_address.val() >> self.shape.lane_bits.val();
                self.ag_banks[l].write_address.next =
                    self.ag_write_address.val() >> self.shape.lane_bits.val();
                self.ag_banks[l].write_data.next = self.ag_write_data.val();
                // AXON clears every valid lane's G_s at the group's row.
                self.ag_banks[l].lane_write.next =
                    self.ag_write.val() & self.in_axon.q.val() & self.l_v1[l].val();
            }
        }
        // The current buffer (by neuron, `MemoryId::CurrentBuffer`): the host port's index
        // j D + m split into bank j mod L and row (j div L) D + m; in SYN each lane's own
        // read-modify-writes (`syn_lane.rs`); CLEAR zeroes every bank's row i at once.
        for l in 0..self._lanes {
            self.buf_banks[l].clock.next = self.clock.val();
            self.buf_banks[l].read_bank.next = bit_cast::<8, 32>(
                (self.index.val() >> self.shape.depth_bits.val()) & self.shape.lane_mask.val(),
            );
            self.buf_banks[l].write_bank.next = bit_cast::<8, 32>(
                (self.index.val() >> self.shape.depth_bits.val()) & self.shape.lane_mask.val(),
            );
            if self.in_syn.q.val() {
                self.buf_banks[l].read_address.next = self.lanes[l].buf_read_address.val();
                self.buf_banks[l].write_address.next = self.lanes[l].buf_write_address.val();
                self.buf_banks[l].write_data.next = self.lanes[l].buf_write_data.val();
                self.buf_banks[l].write.next = false;
                self.buf_banks[l].lane_write.next = self.lanes[l].buf_write.val();
            } else {
                self.buf_banks[l].read_address.next = (((self.index.val()
                    >> self.shape.depth_bits.val())
                    >> self.shape.lane_bits.val())
                    << self.shape.depth_bits.val())
                    | (self.index.val() & self.shape.depth_mask.val());
                if self.phase.q.val() == Phase::Clear {
                    self.buf_banks[l].write_address.next = self.i_n.y.val();
                    self.buf_banks[l].write_data.next = 0.into();
                    self.buf_banks[l].write.next = false;
                    self.buf_banks[l].lane_write.next = self.i_n.y.val() < self.shape.n_buf.val();
                } else {
                    self.buf_banks[l].write_address.next = (((self.index.val()
                        >> self.shape.depth_bits.val())
                        >> self.shape.lane_bits.val())
                        << self.shape.depth_bits.val())
                        | (self.index.val() & self.shape.depth_mask.val());
                    self.buf_banks[l].write_data.next = self.cmd_data.val();
                    self.buf_banks[l].write.next = self.host_write.val()
                        & (self.region.val() == self.map.r_current_buffer.val());
                    self.buf_banks[l].lane_write.next = false;
                }
            }
        }
        for l in 0..1 {
            self.buf_banks[l].chain_in.next = 0.into();
        }
        for l in 1..self._lanes {
            self.buf_banks[l].chain_in.next = self.buf_banks[l - 1].chain_out.val();
        }
        for l in 0..1 {
            self.w_banks[l].chain_in.next = 0.into();
            self.d_banks[l].chain_in.next = 0.into();
            self.u_banks[l].chain_in.next = 0.into();
            self.eps_banks[l].chain_in.next = 0.into();
            self.eta_banks[l].chain_in.next = 0.into();
            self.dg_banks[l].chain_in.next = 0.into();
            self.ag_banks[l].chain_in.next = 0.into();
            self.zeta_banks[l].chain_in.next = 0.into();
            self.psi_banks[l].chain_in.next = 0.into();
            self.ms_banks[l].chain_in.next = 0.into();
            self.fb_banks[l].chain_in.next = 0.into();
        }
        for l in 1..self._lanes {
            self.w_banks[l].chain_in.next = self.w_banks[l - 1].chain_out.val();
            self.d_banks[l].chain_in.next = self.d_banks[l - 1].chain_out.val();
            self.u_banks[l].chain_in.next = self.u_banks[l - 1].chain_out.val();
            self.eps_banks[l].chain_in.next = self.eps_banks[l - 1].chain_out.val();
            self.eta_banks[l].chain_in.next = self.eta_banks[l - 1].chain_out.val();
            self.dg_banks[l].chain_in.next = self.dg_banks[l - 1].chain_out.val();
            self.ag_banks[l].chain_in.next = self.ag_banks[l - 1].chain_out.val();
            self.zeta_banks[l].chain_in.next = self.zeta_banks[l - 1].chain_out.val();
            self.psi_banks[l].chain_in.next = self.psi_banks[l - 1].chain_out.val();
            self.ms_banks[l].chain_in.next = self.ms_banks[l - 1].chain_out.val();
            self.fb_banks[l].chain_in.next = self.fb_banks[l - 1].chain_out.val();
        }
        for l in 0..self._lanes {
            self.lanes[l].clock.next = self.clock.val();
            self.lanes[l].wd.next = self.wd_r8[l].val();
            self.lanes[l].axonal.next = self.a_rdata.val();
            self.lanes[l].s2_valid.next = self.lane_s2.val();
            self.lanes[l].first.next = self.q2_i_n.y.val();
            self.lanes[l].s3_word.next = self.s3_word.q.val();
            self.lanes[l].clear.next = self.lane_clear.val();
            self.lanes[l].events.next = self.events.val();
            self.lanes[l].s2_close.next = self.q2_close.q.val();
            self.lanes[l].t_slot.next = self.t.q.val() & self.shape.depth_mask.val();
            self.lanes[l].buf_word.next = self.buf_banks[l].word.val();
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
            // AXON stage 3: each lane updates its source's axonal delay and writes it at group
            // ax3_i.
            self.hist_lanes[l].a_lane.next = self.ax3_v.q.val();
            self.hist_lanes[l].a_data.next = self.pass_lanes[l].d_next.val();
            if self.ax3_v.q.val() {
                self.hist_lanes[l].group.next = self.ax3_i.q.val();
            } else {
                self.hist_lanes[l].group.next = self.q1_i_n.y.val();
            }
            self.hist_lanes[l].hist_clear.next = self.hist_clear.val();
            self.hist_lanes[l].clear_all.next = self.clear_all.val();
            self.hist_lanes[l].clear_address.next = self.i_n.y.val();
            self.hist_lanes[l].syn.next = self.in_syn.q.val();
            self.hist_lanes[l].act_idx.next = self.act_idx.val();
            self.hist_lanes[l].act_count.next = self.act_count.val();
            self.hist_lanes[l].latch.next = self.latch_start.val();
            self.hist_lanes[l].events.next = self.events.val();
            // SYN's stage 6: the LIF lanes' spikes, each history bank its source's.
            self.hist_lanes[l].sp_lanes.next = self.lif_lanes[0].write6.val();
            self.hist_lanes[l].sp_group.next = self.lif_lanes[0].row6.val();
        }
        // History bank l holds LIF lane (l + (L - I mod L)) mod L's source (`hist_lane.rs`): a
        // rotation by a constant, as one-pass loops whose variables are its amount and L.
        for r in self._sp_rot..self._sp_rot_end {
            for n in self._lanes..self._lanes_end {
                for l in 0..self._lanes {
                    self.hist_lanes[l].sp_bit.next = self.lif_lanes[(l + r) % n].spike6.val();
                    self.hist_lanes[l].sp_live.next = self.lif_lanes[(l + r) % n].write6.val();
                }
            }
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
            self.out_lanes[l].weight.next = self.u_r8[l].val();
            self.out_lanes[l].s2_valid.next = self.out_s2.val();
            self.out_lanes[l].first.next = self.q2_i_n.y.val();
            self.out_lanes[l].shift.next = self.out_shift.val();
            self.out_lanes[l].close.next = self.out_close.val();
            self.out_lanes[l].clear.next = self.out_clear.val();
        }
        for l in 0..self._last_lane {
            self.out_lanes[l].acc_in.next = self.out_lanes[l + 1].acc.val();
        }
        for l in self._last_lane..self._lanes {
            self.out_lanes[l].acc_in.next = 0.into();
        }
    }
}
