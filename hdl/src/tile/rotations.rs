//! The rotations read by every piece after this one: the banks' words rotated to the lanes
//! (SYN's and OUT's tokens, the learning lanes' rows) and the streams rotated to the learning
//! lanes (`learn_lanes.rs`). Computed before any piece reads them, so that no signal of the
//! tile's combinational block is read before it is written (a false loop for Verilator).

use super::piece::*;
use super::*;

/// The banks' and the streams' rotations.
impl Piece<ROTATIONS> for Tile {
    #[hdl_gen]
    fn update(&mut self) {
        // The banks' words rotated to the lanes: lane l takes bank (l + rot) mod L, as a
        // barrel of log2 16 layers (n is L: `_lanes_end` = L + 1).
        for n in self._lanes..self._lanes_end {
            for l in 0..self._lanes {
                self.wd_word[l].next =
                    (self.d_banks[l].word.val() << 32) | self.w_banks[l].word.val();
                // SIG's B_jk: the random feedback's banks instead of U's.
                if self.shape.random_fb.val() & (self.phase.q.val() == Phase::Sig) {
                    self.u_word[l].next = self.fb_banks[l].word.val();
                } else {
                    self.u_word[l].next = self.u_banks[l].word.val();
                }
            }
            // SIG's products (bank order, `learn_lanes.rs`) to the lanes: stage 3's rotation is
            // the token's, which SIG carries in wr_rot and sg_rot (no bank is written in SIG).
            for l in 0..self._lanes {
                if self.sg_rot.q.val().get_bit(0) {
                    self.pr_r1[l].next = self.s_prod[(l + 1) % n].q.val();
                } else {
                    self.pr_r1[l].next = self.s_prod[l].q.val();
                }
            }
            for l in 0..self._lanes {
                if self.sg_rot.q.val().get_bit(1) {
                    self.pr_r2[l].next = self.pr_r1[(l + 2) % n].val();
                } else {
                    self.pr_r2[l].next = self.pr_r1[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.sg_rot.q.val().get_bit(2) {
                    self.pr_r4[l].next = self.pr_r2[(l + 4) % n].val();
                } else {
                    self.pr_r4[l].next = self.pr_r2[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.sg_rot.q.val().get_bit(3) {
                    self.pr_r8[l].next = self.pr_r4[(l + 8) % n].val();
                } else {
                    self.pr_r8[l].next = self.pr_r4[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.rot.q.val().get_bit(0) {
                    self.wd_r1[l].next = self.wd_word[(l + 1) % n].val();
                    self.u_r1[l].next = self.u_word[(l + 1) % n].val();
                } else {
                    self.wd_r1[l].next = self.wd_word[l].val();
                    self.u_r1[l].next = self.u_word[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.rot.q.val().get_bit(1) {
                    self.wd_r2[l].next = self.wd_r1[(l + 2) % n].val();
                    self.u_r2[l].next = self.u_r1[(l + 2) % n].val();
                } else {
                    self.wd_r2[l].next = self.wd_r1[l].val();
                    self.u_r2[l].next = self.u_r1[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.rot.q.val().get_bit(2) {
                    self.wd_r4[l].next = self.wd_r2[(l + 4) % n].val();
                    self.u_r4[l].next = self.u_r2[(l + 4) % n].val();
                } else {
                    self.wd_r4[l].next = self.wd_r2[l].val();
                    self.u_r4[l].next = self.u_r2[l].val();
                }
            }
            for l in 0..self._lanes {
                if self.rot.q.val().get_bit(3) {
                    self.wd_r8[l].next = self.wd_r4[(l + 8) % n].val();
                    self.u_r8[l].next = self.u_r4[(l + 8) % n].val();
                } else {
                    self.wd_r8[l].next = self.wd_r4[l].val();
                    self.u_r8[l].next = self.u_r4[l].val();
                }
            }
        }
        // The streams' steps, rotated to the lanes: lane l draws stream (l + st_amount) mod 16's
        // step (`learn_lanes.rs` writes each drawn stream its own step).
        for k in 0..self._streams {
            self.stream_next[k].x.next = self.streams[k].q.val();
        }
        self.st_amount.next =
            bit_cast::<8, 32>((self.q1_i_n.y.val() << self.shape.lane_bits.val()) & 15);
        for k in 0..self._streams {
            if self.st_amount.val().get_bit(0) {
                self.st_r1[k].next = self.stream_next[(k + 1) % 16].drawn.val();
            } else {
                self.st_r1[k].next = self.stream_next[k].drawn.val();
            }
        }
        for k in 0..self._streams {
            if self.st_amount.val().get_bit(1) {
                self.st_r2[k].next = self.st_r1[(k + 2) % 16].val();
            } else {
                self.st_r2[k].next = self.st_r1[k].val();
            }
        }
        for k in 0..self._streams {
            if self.st_amount.val().get_bit(2) {
                self.st_r4[k].next = self.st_r2[(k + 4) % 16].val();
            } else {
                self.st_r4[k].next = self.st_r2[k].val();
            }
        }
        for k in 0..self._streams {
            if self.st_amount.val().get_bit(3) {
                self.st_r8[k].next = self.st_r4[(k + 8) % 16].val();
            } else {
                self.st_r8[k].next = self.st_r4[k].val();
            }
        }
        // The stream a host READ of the region names (the READ registers its index in
        // `rsp_reg`, so the command cycle's register multiplexer does not take the streams).
        self.host_stream.next = 0.into();
        for k in 0..self._streams {
            if self.rsp_reg.q.val().get_bits::<INDEX_BITS>(0) == self.stream_id[k].val() {
                self.host_stream.next = self.streams[k].q.val();
            }
        }
        // The write-back rotation (`learn_lanes.rs`): -r mod L of the update stage's row r
        // (PASS2's neuron j, RUPD's output k).
        self.wrot.next = bit_cast::<8, 32>(
            (self.shape.lane_mask.val() - bit_cast::<32, 8>(self.wr_rot.q.val()) + 1)
                & self.shape.lane_mask.val(),
        );
    }
}
