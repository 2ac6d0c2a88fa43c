//! One learning lane's arithmetic (golden `fixed::learning::{delay_gradient, weight_update,
//! delay_update}`), combinational: PASS1 and PASS2 run on `hardware.lanes = L` of these, lane l
//! taking source `g L + l` of the modulated neuron's group g, and RUPD, lane l taking neuron
//! `g L + l` of an output's row (m = e_k, eps = zeta_j: the same weight-like update). The
//! tile's `learn_lanes.rs` holds the lanes' pipeline registers and feeds each its operands.
//!
//! ```text
//!               +----------------------------------------------------------+
//!   w_q ------->| w_word = w_q, passed on (stage 1 registers it: w_reg)    |--> w_word
//!   m, w_reg -->| mw = m * w_reg    (PASS1 stage 2; the tile registers it)   |--> mw
//!   mw_reg ---->| q = mw_reg * eta             (PASS1 stage 3)               |--> q
//!   eta ------->|                                                          |
//!   q_reg ----->| q_wide: q_reg (stage 4) sign-extended to 128 bits, for    |--> q_wide
//!               |   the totals: no add behind the product                  |
//!   eps ------->| xt = m * eps        (PASS2 stage 2, RUPD stage 1; the tile  |--> xt
//!               |                      registers it: xt_reg)                 |
//!   xt_reg ---->| yw = SR(xt_reg, sh_w, r)   (PASS2 stage 3, RUPD 2; the tile |--> yw
//!   r, sh_w, -->|   registers it: yw_reg; dec_w: sh_w decoded, a register,  |
//!   dec_w       |   `shift_decode.rs`; split: the shift and its round-up)   |
//!   yw_reg, w ->| w_next = sat_w(w - yw_reg - up)  (PASS2 stage 4, RUPD 3)   |--> w_next
//!   g, mean --->| gm = g - mean   (the tile registers it with d: gm_reg)     |--> gm
//!   gm_reg ---->| yd = SR(gm_reg, sh_d, rot16(r)) (PASS2 3, AXON 2; yd_reg)  |--> yd
//!   sh_d, dec_d>|   (g = the synapse's q from PASS1, or G_s in AXON)         |
//!   yd_reg, d ->| d_next = clip(d - yd_reg - up, 0, hi) (PASS2 4, AXON 3)    |--> d_next
//!   hi, dh ---->|   (dh = d - hi - 1, registered: above hi where dh - y - up  |
//!               |   >= 0, an adder beside d - y - up)                        |
//!               +----------------------------------------------------------+
//! ```
//!
//! The shifts and the subtractions are a stage each: a barrel shifter beside the round-up's
//! carry chain, then one carry chain (`w - y - up`), a clip and the write (the tile holds w, d
//! and hi a stage longer for them).

use crate::mul::Mul;
use crate::narrow::Narrow;
use crate::shift_decode::ShiftDecode;
use crate::signed::{SignedConsts, as_bits};
use crate::stochastic_shift::StochasticShift;
use golden::config::Config;
use golden::format::{ERROR_BITS, Formats};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct PassLane {
    pub m: Signal<In, Bits<64>>,
    pub w_q: Signal<In, Bits<64>>,
    pub w_reg: Signal<In, Bits<64>>,
    pub mw_reg: Signal<In, Bits<64>>,
    pub eta: Signal<In, Bits<64>>,
    /// q registered by the tile (stage 4), which the totals add.
    pub q_reg: Signal<In, Bits<64>>,
    pub eps: Signal<In, Bits<64>>,
    pub xt_reg: Signal<In, Bits<64>>,
    pub w: Signal<In, Bits<64>>,
    pub r: Signal<In, Bits<32>>,
    pub sh_w: Signal<In, Bits<8>>,
    pub dec_w: Signal<In, Bits<128>>,
    pub g: Signal<In, Bits<64>>,
    pub mean: Signal<In, Bits<64>>,
    pub gm_reg: Signal<In, Bits<64>>,
    pub yw_reg: Signal<In, Bits<64>>,
    pub yd_reg: Signal<In, Bits<64>>,
    pub d: Signal<In, Bits<64>>,
    pub hi: Signal<In, Bits<64>>,
    /// d - hi - 1, registered with d and hi (the clip's margin).
    pub dh: Signal<In, Bits<64>>,
    pub sh_d: Signal<In, Bits<8>>,
    pub dec_d: Signal<In, Bits<128>>,
    pub mw: Signal<Out, Bits<64>>,
    pub w_word: Signal<Out, Bits<64>>,
    pub q: Signal<Out, Bits<64>>,
    pub q_wide: Signal<Out, Bits<128>>,
    pub xt: Signal<Out, Bits<64>>,
    pub yw: Signal<Out, Bits<64>>,
    pub w_next: Signal<Out, Bits<64>>,
    pub gm: Signal<Out, Bits<64>>,
    pub yd: Signal<Out, Bits<64>>,
    pub d_next: Signal<Out, Bits<64>>,
    mul_xw: Mul,
    mul_q: Mul,
    mul_xt: Mul,
    sr_w: StochasticShift,
    sr_d: StochasticShift,
    w_pre: Narrow<64>,
    d_pre: Narrow<64>,
    /// W (stage 1's register, and the update's) sign-extended from its bank bits: wiring, no
    /// carry chain before the product or the subtraction.
    w_reg_n: Narrow<64>,
    w_n: Narrow<64>,
    dh_pre: Narrow<64>,
    w_min: Constant<Bits<64>>,
    w_max: Constant<Bits<64>>,
    /// W's clamp tests the sum's high bits (`SignedConsts::signed_high`); d's clip to [0, hi]
    /// takes the signs of d - y - up and (d - hi - 1) - y - up (`dh_pre`).
    w_high: Constant<Bits<64>>,
    w_hi: Signal<Local, Bits<64>>,
    high128: Constant<Bits<128>>,
}

impl PassLane {
    /// Bits of the product m * eps or e_k * zeta_j (m in the signal format, e_k in the error
    /// format; traces are unsigned, one more bit).
    pub fn xt_bits(cfg: &Config) -> u32 {
        cfg.widths.signal_bits.max(ERROR_BITS) + cfg.widths.trace_bits + 1
    }

    /// The decodes of sh_w and sh_d that `dec_w` and `dec_d` take (registered by the tile).
    pub fn decoders(&self) -> (ShiftDecode, ShiftDecode) {
        (
            ShiftDecode::for_shifter(&self.sr_w),
            ShiftDecode::for_shifter(&self.sr_d),
        )
    }

    /// `g_bits`: a delay gradient minus its mean (`g - mean`) fits in this many bits.
    pub fn new(cfg: &Config, f: &Formats, g_bits: u32) -> PassLane {
        let w = &cfg.widths;
        let (sb, wb, tb) = (w.signal_bits, w.weight_bits, w.trace_bits);
        // The shifted updates clamped to a range wider than any step the clip can take (a
        // weight's span, 2^wb; a delay's, 2^delay_bits): the results are the same, and the
        // shifters, subtractions and comparisons are as wide as a weight or a delay.
        let db = Formats::delay_bits(cfg);
        // Split (`StochasticShift::split`): the shift of x and the round-up carry side by side,
        // subtracted together in the update stage's one carry chain.
        let sr_w = StochasticShift::saturating(PassLane::xt_bits(cfg), wb + 2)
            .split()
            .in_learning_unit(cfg);
        let sr_d = StochasticShift::saturating(g_bits, db + 2)
            .split()
            .in_learning_unit(cfg);
        let w_pre_bits = wb.max(sr_w.out_bits()) + 1;
        let d_pre_bits = (db + 1).max(sr_d.out_bits()) + 1;
        // Kept apart (`Mul::kept`): PASS1's two products and PASS2's one are used in different
        // phases, and shared they would put phase-selected muxes on every update path.
        let mul = |a, b| Mul::in_learning_unit(cfg, a, b);
        PassLane {
            m: Default::default(),
            w_q: Default::default(),
            w_reg: Default::default(),
            mw_reg: Default::default(),
            eta: Default::default(),
            q_reg: Default::default(),
            eps: Default::default(),
            xt_reg: Default::default(),
            w: Default::default(),
            r: Default::default(),
            sh_w: Default::default(),
            dec_w: Default::default(),
            g: Default::default(),
            mean: Default::default(),
            gm_reg: Default::default(),
            yw_reg: Default::default(),
            yd_reg: Default::default(),
            d: Default::default(),
            hi: Default::default(),
            dh: Default::default(),
            sh_d: Default::default(),
            dec_d: Default::default(),
            mw: Default::default(),
            w_word: Default::default(),
            q: Default::default(),
            q_wide: Default::default(),
            xt: Default::default(),
            yw: Default::default(),
            w_next: Default::default(),
            gm: Default::default(),
            yd: Default::default(),
            d_next: Default::default(),
            mul_xw: mul(sb, wb),
            mul_q: mul(sb + wb, tb),
            mul_xt: mul(sb.max(ERROR_BITS), tb + 1),
            sr_w,
            sr_d,
            w_pre: Narrow::signed(w_pre_bits),
            d_pre: Narrow::signed(d_pre_bits),
            dh_pre: Narrow::signed(d_pre_bits),
            w_reg_n: Narrow::signed(wb),
            w_n: Narrow::signed(wb),
            w_min: Constant::new(as_bits(f.w_min as i64)),
            w_max: Constant::new(as_bits(f.w_max as i64)),
            w_high: SignedConsts::signed_high(f.w_min, f.w_max, wb),
            w_hi: Default::default(),
            high128: Constant::new(bit_cast::<128, 64>(u64::MAX.to_bits()) << 64u64),
        }
    }
}

impl Logic for PassLane {
    #[hdl_gen]
    fn update(&mut self) {
        // PASS1: q = m W eta, W the bank word (sign-extended) before this step's update. The
        // tile registers the word first (stage 1: the block RAM's read and the rotation fill
        // a cycle), m W from that register in stage 2, then q, so that no path takes a read
        // and a product or both products. The tile's stage-1 register takes the word from
        // here, not the word it feeds in: reading that (a tile-local rotation) would be a
        // false loop for Verilator.
        self.w_word.next = self.w_q.val();
        self.mul_xw.a.next = self.m.val();
        self.w_reg_n.x.next = self.w_reg.val();
        self.mul_xw.b.next = self.w_reg_n.y.val();
        self.mw.next = self.mul_xw.p.val();
        self.mul_q.a.next = self.mw_reg.val();
        self.mul_q.b.next = self.eta.val();
        self.q.next = self.mul_q.p.val();
        if self.q_reg.val().get_bit(63) {
            self.q_wide.next = bit_cast::<128, 64>(self.q_reg.val()) | self.high128.val();
        } else {
            self.q_wide.next = bit_cast::<128, 64>(self.q_reg.val());
        }
        // PASS2: the product m eps a stage ahead of the update (registered by the tile).
        self.mul_xt.a.next = self.m.val();
        self.mul_xt.b.next = self.eps.val();
        self.xt.next = self.mul_xt.p.val();
        // W - SR(m eps), saturated, the shift a stage ahead (registered by the tile); every
        // output once per evaluation.
        self.sr_w.x.next = self.xt_reg.val();
        self.sr_w.r.next = self.r.val();
        self.sr_w.shift.next = self.sh_w.val();
        self.sr_w.dec.next = self.dec_w.val();
        self.yw.next = self.sr_w.y.val();
        self.w_n.x.next = self.w.val();
        // w - y - up in one adder: (2 w + 1) + (2 ~y + ~up) = 2 (w - y) - up, whose bits from 1
        // up are w - y - up (y: bits 62..0 of yw_reg; up: bit 63, which the rotation by one
        // puts, inverted, at bit 0).
        self.w_pre.x.next = (((self.w_n.y.val() << 1) | 1)
            + ((!self.yw_reg.val() << 1) | (!self.yw_reg.val() >> 63)))
            >> 1;
        self.w_hi.next = self.w_pre.y.val() & self.w_high.val();
        if !self.w_pre.y.val().get_bit(63) & (self.w_hi.val() != 0) {
            self.w_next.next = self.w_max.val();
        } else if self.w_pre.y.val().get_bit(63) & (self.w_hi.val() != self.w_high.val()) {
            self.w_next.next = self.w_min.val();
        } else {
            self.w_next.next = self.w_pre.y.val();
        }
        // d - SR(q - mean) with the draw rotated by 16 bits, clipped to [0, hi]; q - mean two
        // stages ahead and the shift one (each registered by the tile).
        self.gm.next = self.g.val() - self.mean.val();
        self.sr_d.x.next = self.gm_reg.val();
        self.sr_d.r.next = (self.r.val() << 16) | (self.r.val() >> 16);
        self.sr_d.shift.next = self.sh_d.val();
        self.sr_d.dec.next = self.dec_d.val();
        self.yd.next = self.sr_d.y.val();
        // d - y - up in one adder, as w's.
        self.d_pre.x.next = (((self.d.val() << 1) | 1)
            + ((!self.yd_reg.val() << 1) | (!self.yd_reg.val() >> 63)))
            >> 1;
        // Above hi where (d - hi - 1) - y - up >= 0: a second adder beside the first, so that
        // the clip takes two signs, no comparison after the subtraction.
        self.dh_pre.x.next = (((self.dh.val() << 1) | 1)
            + ((!self.yd_reg.val() << 1) | (!self.yd_reg.val() >> 63)))
            >> 1;
        if !self.dh_pre.y.val().get_bit(63) {
            self.d_next.next = self.hi.val();
        } else if self.d_pre.y.val().get_bit(63) {
            self.d_next.next = 0.into();
        } else {
            self.d_next.next = self.d_pre.y.val();
        }
    }
}
