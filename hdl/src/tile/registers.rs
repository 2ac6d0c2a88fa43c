//! The tile's registers: each holds unless a piece below assigns it, every register is read
//! through its configured width (`Narrow`), and pipeline-stage valid bits clear by default.

use super::piece::*;
use super::*;

/// Register holds, the clock, and every register read through its configured width.
impl Piece<REGS> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            phase,
            cnt,
            last,
            missed,
            budget,
            pred,
            pred_work,
            best,
            t,
            bad_spike,
            rsp_v,
            rsp_sel,
            rsp_reg,
            i,
            idx,
            base,
            n_act,
            n_spk,
            q1_v,
            q1_last,
            q1_i,
            q1_base,
            fifo_base,
            q2_v,
            q2_last,
            q2_i,
            q1_close,
            q2_close,
            s3_word,
            learn_on,
            label,
            sup_start,
            supervised,
            flags,
            shifts,
            head,
            n_m,
            ymax,
            psum,
            recip,
            rem,
            total_g,
            mean,
            m_cur,
            seed_word,
            seed_hit,
            l_m,
            q1_m,
            q1_bias,
            u1_v,
            u1_i,
            u2_v,
            u2_i,
            o3_v,
            o3_i,
            o3_y,
            o3_sum,
            o4_v,
            o4_i,
            o4_y,
            p3_v,
            p3_i,
            xt_reg,
            rupd_v,
            rupd_bias,
            rupd_i,
            sh_w,
            sh_d,
            q2_s,
            w_reg,
            r_reg,
            aux,
            q1_ub,
            rupd_ub,
            ax3_v,
            ax3_i,
            rot,
            m_fresh,
            m_pend,
            q1_ahead,
            wr_w,
            wr_u,
            wr_b,
            wr_addr,
            wr_rot,
            wr_i,
            b_y,
            nm_pend,
            tpar,
            t2_v,
            t2_last,
            t2_eps_addr,
            t2_eta_addr,
            tw_v,
            tw_last,
            tw_eps_addr,
            tw_eta_addr,
            p4_row,
            err_p,
            err_v,
            err_word,
            s_e,
            sb_v,
            sb_last,
            sg_v,
            sg_last,
            sg_rot,
            sg_i,
            sm_last,
            sm_i,
            in_pass2,
            in_axon,
            in_rupd,
            row_banks,
            in_syn,
            mean_q_lo,
            mean_q_hi,
            mean_g_lo,
            mean_g_hi
        );
        // The learning lanes' registers and the streams hold unless `learn_lanes.rs` or a
        // phase assigns them.
        for l in 0..self._lanes {
            self.l_syn[l].clock.next = self.clock.val();
            self.l_ax[l].clock.next = self.clock.val();
            self.l_syn1[l].clock.next = self.clock.val();
            self.l_ax1[l].clock.next = self.clock.val();
            self.l_eps[l].clock.next = self.clock.val();
            self.l_w[l].clock.next = self.clock.val();
            self.l_g[l].clock.next = self.clock.val();
            self.l_r[l].clock.next = self.clock.val();
            self.l_d[l].clock.next = self.clock.val();
            self.l_a[l].clock.next = self.clock.val();
            self.l_w3[l].clock.next = self.clock.val();
            self.l_g3[l].clock.next = self.clock.val();
            self.l_r3[l].clock.next = self.clock.val();
            self.l_d3[l].clock.next = self.clock.val();
            self.l_hi3[l].clock.next = self.clock.val();
            self.l_xt[l].clock.next = self.clock.val();
            self.l_mw[l].clock.next = self.clock.val();
            self.l_eta[l].clock.next = self.clock.val();
            self.l_yw[l].clock.next = self.clock.val();
            self.l_yd[l].clock.next = self.clock.val();
            self.l_w4[l].clock.next = self.clock.val();
            self.l_d4[l].clock.next = self.clock.val();
            self.l_hi4[l].clock.next = self.clock.val();
            self.l_dh4[l].clock.next = self.clock.val();
            self.l_acc[l].clock.next = self.clock.val();
            self.pf_eps[l].clock.next = self.clock.val();
            self.hist_reg[l].clock.next = self.clock.val();
            self.eta_fwd[l].clock.next = self.clock.val();
            self.hist_alt[l].clock.next = self.clock.val();
            self.t_eta_p[l].clock.next = self.clock.val();
            self.t_eps_p[l].clock.next = self.clock.val();
            self.t_k[l].clock.next = self.clock.val();
            self.t_spike[l].clock.next = self.clock.val();
            self.l_v2r[l].clock.next = self.clock.val();
            self.tw_eps[l].clock.next = self.clock.val();
            self.l_dg_data[l].clock.next = self.clock.val();
            self.l_g4[l].clock.next = self.clock.val();
            self.l_dg_write[l].clock.next = self.clock.val();
            self.l_ag_write[l].clock.next = self.clock.val();
            self.tw_eta[l].clock.next = self.clock.val();
            self.l_v2[l].clock.next = self.clock.val();
            self.s_prod[l].clock.next = self.clock.val();
            self.s_psi[l].clock.next = self.clock.val();
            self.s_b[l].clock.next = self.clock.val();
            self.sg_psi[l].clock.next = self.clock.val();
            self.sm_lp[l].clock.next = self.clock.val();
            self.sm_sat[l].clock.next = self.clock.val();
            self.sm_blp[l].clock.next = self.clock.val();
            self.sm_lv[l].clock.next = self.clock.val();
            self.pf_eps[l].d.next = self.pf_eps[l].q.val();
            self.hist_reg[l].d.next = self.hist_reg[l].q.val();
            self.eta_fwd[l].d.next = self.eta_fwd[l].q.val();
            self.s_acc[l].clock.next = self.clock.val();
            self.s_acc_n[l].x.next = self.s_acc[l].q.val();
            self.s_acc[l].d.next = self.s_acc_n[l].y.val();
            self.l_w[l].d.next = self.l_w[l].q.val();
            self.l_g[l].d.next = self.l_g[l].q.val();
            self.l_r[l].d.next = self.l_r[l].q.val();
            self.l_d[l].d.next = self.l_d[l].q.val();
            self.l_a[l].d.next = self.l_a[l].q.val();
            self.l_w3[l].d.next = self.l_w3[l].q.val();
            self.l_g3[l].d.next = self.l_g3[l].q.val();
            self.l_r3[l].d.next = self.l_r3[l].q.val();
            self.l_d3[l].d.next = self.l_d3[l].q.val();
            self.l_hi3[l].d.next = self.l_hi3[l].q.val();
            self.l_xt[l].d.next = self.l_xt[l].q.val();
            self.l_acc_n[l].x.next = self.l_acc[l].q.val();
            self.l_acc[l].d.next = self.l_acc_n[l].y.val();
        }
        for k in 0..self._streams {
            self.streams[k].clock.next = self.clock.val();
            self.streams[k].d.next = self.streams[k].q.val();
        }
        clock!(
            self,
            clock,
            readout_biases,
            readout,
            decision_sums,
            output_errors
        );
        // The banked memories' addressed bank: the end of the banks' chain (first,
        // as every piece may read it).
        for l in self._last_lane..self._lanes {
            self.w_read_data.next = self.w_banks[l].chain_out.val();
            self.d_read_data.next = self.d_banks[l].chain_out.val();
            self.u_read_data.next = self.u_banks[l].chain_out.val();
            self.eps_read_data.next = self.eps_banks[l].chain_out.val();
            self.buf_read_data.next = self.buf_banks[l].chain_out.val();
            self.eta_read_data.next = self.eta_banks[l].chain_out.val();
            self.dg_read_data.next = self.dg_banks[l].chain_out.val();
            self.ag_read_data.next = self.ag_banks[l].chain_out.val();
            self.zeta_read_data.next = self.zeta_banks[l].chain_out.val();
            self.psi_read_data.next = self.psi_banks[l].chain_out.val();
            self.v_read_data.next = self.v_banks[l].chain_out.val();
            self.ms_read_data.next = self.ms_banks[l].chain_out.val();
            self.fb_read_data.next = self.fb_banks[l].chain_out.val();
            self.h_rdata.next = self.hist_lanes[l].h_chain_out.val();
            self.a_rdata.next = self.hist_lanes[l].a_chain_out.val();
            self.in_rdata.next = self.hist_lanes[l].in_chain_out.val();
            self.sp_rdata.next = self.hist_lanes[l].sp_chain_out.val();
            self.act_rdata.next = self.hist_lanes[l].act_chain_out.val();
            self.act_total.next = self.hist_lanes[l].start_out.val();
        }
        // Every register read below is of its configured width, and so is its hold value (so
        // that the bits above it feed nothing and Yosys removes them).
        self.total_g_n.x.next = self.total_g.q.val();
        self.i_n.x.next = self.i.q.val();
        self.idx_n.x.next = self.idx.q.val();
        self.base_n.x.next = self.base.q.val();
        self.aux_n.x.next = self.aux.q.val();
        self.n_act_n.x.next = self.n_act.q.val();
        self.n_spk_n.x.next = self.n_spk.q.val();
        self.q1_i_n.x.next = self.q1_i.q.val();
        self.q1_base_n.x.next = self.q1_base.q.val();
        self.q2_i_n.x.next = self.q2_i.q.val();
        self.u1_i_n.x.next = self.u1_i.q.val();
        self.u2_i_n.x.next = self.u2_i.q.val();
        self.o3_i_n.x.next = self.o3_i.q.val();
        self.o3_y_n.x.next = self.o3_y.q.val();
        self.o3_sum_n.x.next = self.o3_sum.q.val();
        self.o4_i_n.x.next = self.o4_i.q.val();
        self.o4_y_n.x.next = self.o4_y.q.val();
        self.p3_i_n.x.next = self.p3_i.q.val();
        self.xt_reg_n.x.next = self.xt_reg.q.val();
        self.rupd_i_n.x.next = self.rupd_i.q.val();
        self.q2_s_n.x.next = self.q2_s.q.val();
        self.n_m_n.x.next = self.n_m.q.val();
        self.ymax_n.x.next = self.ymax.q.val();
        self.mean_n.x.next = self.mean.q.val();
        self.m_cur_n.x.next = self.m_cur.q.val();
        self.psum_n.x.next = self.psum.q.val();
        self.rem_n.x.next = self.rem.q.val();
        self.recip_n.x.next = self.recip.q.val();
        self.i.d.next = self.i_n.y.val();
        self.idx.d.next = self.idx_n.y.val();
        self.base.d.next = self.base_n.y.val();
        self.aux.d.next = self.aux_n.y.val();
        self.n_act.d.next = self.n_act_n.y.val();
        self.n_spk.d.next = self.n_spk_n.y.val();
        self.q1_i.d.next = self.q1_i_n.y.val();
        self.q1_base.d.next = self.q1_base_n.y.val();
        self.q2_i.d.next = self.q2_i_n.y.val();
        self.u1_i.d.next = self.u1_i_n.y.val();
        self.u2_i.d.next = self.u2_i_n.y.val();
        self.u1_v.d.next = false;
        self.u2_v.d.next = false;
        self.o3_i.d.next = self.o3_i_n.y.val();
        self.o3_y.d.next = self.o3_y_n.y.val();
        self.o3_sum.d.next = self.o3_sum_n.y.val();
        self.o3_v.d.next = false;
        self.o4_i.d.next = self.o4_i_n.y.val();
        self.o4_y.d.next = self.o4_y_n.y.val();
        self.o4_v.d.next = false;
        self.p3_i.d.next = self.p3_i_n.y.val();
        self.xt_reg.d.next = self.xt_reg_n.y.val();
        self.p3_v.d.next = false;
        self.rupd_i.d.next = self.rupd_i_n.y.val();
        self.rupd_v.d.next = false;
        // SYN's close tokens hold a token for one cycle only.
        self.q1_close.d.next = false;
        self.q2_close.d.next = false;
        self.ax3_v.d.next = false;
        self.q2_s.d.next = self.q2_s_n.y.val();
        self.n_m.d.next = self.n_m_n.y.val();
        self.ymax.d.next = self.ymax_n.y.val();
        self.mean.d.next = self.mean_n.y.val();
        self.m_cur.d.next = self.m_cur_n.y.val();
        self.psum.d.next = self.psum_n.y.val();
        self.rem.d.next = self.rem_n.y.val();
        self.recip.d.next = self.recip_n.y.val();
        self.total_g.d.next = self.total_g_n.y.val();
    }
}
