//! The learning unit's arithmetic (golden `fixed::learning::learn_step` and
//! `fixed::readout::Readout::error`), combinational, for the elements that have no lanes (a
//! readout bias, an output error); the tile's sequencer feeds it one operand set per cycle in
//! the contract's order and draws the LFSR. The synapses' and axonal delays' updates, the
//! readout weights' and the learning signals are the lanes' (`pass_lane.rs`, `sig_lane.rs`).
//!
//! ```text
//!             +-------------------------------------------------------------+
//!  x, trace ->| xt = x * trace (the tile registers it: xt_reg, a stage later) |-> xt
//!  xt_reg --->| y = SR(xt_reg, sh_w, r_w)  (registered by the tile: y_reg)    |-> y
//!  r_w, sh_w,>|   (dec_w: sh_w decoded, a register, `shift_decode.rs`)        |
//!  dec_w      |                                                             |
//!  y_reg, w ->| w_next = sat_w(w - y_reg)                                     |-> w_next
//!             |   (biases: x = e_k, trace = 1; the readout weights' and the   |
//!             |    synapses' updates are the learning lanes', pass_lane)     |
//!  y_gap ---->| p = EXP[y_gap >> exp_shift] (0 past the ROM)                  |-> p
//!  p_reg ---->| pi = (p_reg * recip) >> 16  (p_reg: p as the tile registers it |-> pi
//!  recip ---->|   a stage earlier, so no ROM lies before the product)          |
//!             +-------------------------------------------------------------+
//! ```

use crate::mul::Mul;
use crate::narrow::Narrow;
use crate::rom::Rom;
use crate::shift_decode::ShiftDecode;
use crate::signed::{SignedConsts, as_bits};
use crate::stochastic_shift::StochasticShift;
use golden::config::Config;
use golden::format::{ERROR_BITS, EXP_INDEX_BITS, Formats, PROB_FRAC};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Learning {
    pub x: Signal<In, Bits<64>>,
    pub trace: Signal<In, Bits<64>>,
    pub xt_reg: Signal<In, Bits<64>>,
    pub w: Signal<In, Bits<64>>,
    pub r_w: Signal<In, Bits<32>>,
    pub sh_w: Signal<In, Bits<8>>,
    pub dec_w: Signal<In, Bits<128>>,
    pub y_reg: Signal<In, Bits<64>>,
    pub y_gap: Signal<In, Bits<64>>,
    pub recip: Signal<In, Bits<64>>,
    pub p_reg: Signal<In, Bits<64>>,
    pub xt: Signal<Out, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    pub w_next: Signal<Out, Bits<64>>,
    pub p: Signal<Out, Bits<64>>,
    pub pi: Signal<Out, Bits<64>>,
    mul_xt: Mul,
    mul_pi: Mul,
    sr_w: StochasticShift,
    exp_rom: Rom,
    /// The bias sign-extended from its bits (wiring, no carry chain before the subtraction).
    w_ext: Narrow<64>,
    w_pre: Narrow<64>,
    w_sign: Constant<Bits<64>>,
    w_min: Constant<Bits<64>>,
    w_max: Constant<Bits<64>>,
    /// The clamp tests the sum's high bits (`SignedConsts::signed_high`), no comparison.
    w_high: Constant<Bits<64>>,
    w_hi: Signal<Local, Bits<64>>,
}

impl Learning {
    /// Bits of the product x * trace: x is m_j (signal_bits) or e_k (ERROR_BITS); traces are
    /// unsigned (one more bit).
    pub fn xt_bits(cfg: &Config) -> u32 {
        let w = &cfg.widths;
        w.signal_bits.max(ERROR_BITS) + w.trace_bits + 1
    }

    /// The decode of sh_w that `dec_w` takes (registered by the tile).
    pub fn decoder(&self) -> ShiftDecode {
        ShiftDecode::for_shifter(&self.sr_w)
    }

    pub fn new(cfg: &Config, f: &Formats) -> Learning {
        let w = &cfg.widths;
        let (sb, wb, tb) = (w.signal_bits, w.weight_bits, w.trace_bits);
        let eb = ERROR_BITS;
        let sr_w = StochasticShift::new(Learning::xt_bits(cfg)).in_learning_unit(cfg);
        let w_pre_bits = wb.max(sr_w.out_bits()) + 1;
        let exp: Vec<i64> = f.exp_rom.iter().map(|&x| x as i64).collect();
        assert_eq!(exp.len(), 1 << EXP_INDEX_BITS);
        // Kept apart from each other where the learning unit is built (`Mul::kept`); without
        // it the unit is dead logic that Yosys removes, which it can only do when flattened.
        let mul = |a, b| Mul::in_learning_unit(cfg, a, b);
        Learning {
            x: Default::default(),
            trace: Default::default(),
            xt_reg: Default::default(),
            w: Default::default(),
            r_w: Default::default(),
            sh_w: Default::default(),
            dec_w: Default::default(),
            y_reg: Default::default(),
            y_gap: Default::default(),
            recip: Default::default(),
            p_reg: Default::default(),
            xt: Default::default(),
            y: Default::default(),
            w_next: Default::default(),
            p: Default::default(),
            pi: Default::default(),
            mul_xt: mul(sb.max(eb), tb + 1),
            // p <= 2^15 and recip = 2^31 / sum(p) <= 2^16, both positive.
            mul_pi: mul(PROB_FRAC + 2, PROB_FRAC + 3),
            sr_w,
            // y_gap = ymax - y >= 0, the difference of two readout values.
            exp_rom: Rom::indexed(&exp, Rom::width_for(&exp, false), false, 0, f.exp_shift, 0)
                .with_input_bits(w.readout_bits + 1),
            w_ext: Narrow::signed(wb),
            w_pre: Narrow::signed(w_pre_bits),
            w_sign: SignedConsts::sign_of(wb),
            w_min: Constant::new(as_bits(f.w_min as i64)),
            w_max: Constant::new(as_bits(f.w_max as i64)),
            w_high: SignedConsts::signed_high(f.w_min, f.w_max, wb),
            w_hi: Default::default(),
        }
    }
}

impl Logic for Learning {
    #[hdl_gen]
    fn update(&mut self) {
        // Weight-like update: w - SR(x * trace), saturated; the product and the shift are
        // registered by the tile (a DSP, a shift, a subtraction and a clip per stage).
        self.w_ext.x.next = self.w.val();
        self.mul_xt.a.next = self.x.val();
        self.mul_xt.b.next = self.trace.val();
        self.xt.next = self.mul_xt.p.val();
        self.sr_w.x.next = self.xt_reg.val();
        self.sr_w.r.next = self.r_w.val();
        self.sr_w.shift.next = self.sh_w.val();
        self.sr_w.dec.next = self.dec_w.val();
        self.y.next = self.sr_w.y.val();
        self.w_pre.x.next = self.w_ext.y.val() - self.y_reg.val();
        // Every output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        self.w_hi.next = self.w_pre.y.val() & self.w_high.val();
        if !self.w_pre.y.val().get_bit(63) & (self.w_hi.val() != 0) {
            self.w_next.next = self.w_max.val();
        } else if self.w_pre.y.val().get_bit(63) & (self.w_hi.val() != self.w_high.val()) {
            self.w_next.next = self.w_min.val();
        } else {
            self.w_next.next = self.w_pre.y.val();
        }
        // Softmax: p = EXP[(ymax - y) >> exp_shift], pi = (p * recip) >> 16.
        // y_gap >= 0, so the ROM's arithmetic shift is the contract's logical one.
        self.exp_rom.x.next = self.y_gap.val();
        self.p.next = self.exp_rom.data.val();
        self.mul_pi.a.next = self.p_reg.val();
        self.mul_pi.b.next = self.recip.val();
        self.pi.next = self.mul_pi.p.val() >> 16;
    }
}
