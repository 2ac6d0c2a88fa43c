//! One learning-signal lane's arithmetic (golden `fixed::learning::{learning_signal,
//! modulated_signal}` and the products they sum), combinational: SIG runs on
//! `hardware.lanes = L` of these, lane l taking neuron `g L + l` of group g (the tile's
//! `learn_lanes.rs` holds each lane's sum and feeds it the feedback weight and error of output k).
//! The modulated signal takes two stages, and no decision lies before the multiplier: the first
//! multiplies the shifted sum's low bits by psi (`lp`, exact unless L saturates) and, beside it,
//! tests L's clamp (`sat`) and forms the bound's product (`blp`: `l_max psi` or `l_min psi` by
//! the sum's sign, a shift and a subtraction); the tile registers the three, and the second
//! stage picks the bound's product where L saturated and shifts (`m`).
//!
//! ```text
//!               +----------------------------------------------------------+
//!   b, e ------>| prod = b * e  (B_jk e_k: b a weight, e an output error)    |--> prod
//!   acc ------->| x = acc >>> signal_shift;  l = sat_L(x)                    |--> l
//!   psi ------->| lp = x[signal_bits-1:0] * psi;  sat = (x != l)             |--> lp, sat
//!               | blp = (acc < 0 ? l_min : l_max) * psi                      |--> blp
//!   lp_reg, --->| m = (sat_reg ? blp_reg : lp_reg) >>> psi_bits              |--> m
//!   sat_reg,    |                                                          |
//!   blp_reg     +----------------------------------------------------------+
//! ```

use crate::mul::Mul;
use crate::narrow::Narrow;
use crate::signed::{SignedConsts, as_bits};
use crate::sra::Sra;
use golden::config::Config;
use golden::format::{ERROR_BITS, Formats};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SigLane {
    pub b: Signal<In, Bits<64>>,
    pub e: Signal<In, Bits<64>>,
    pub acc: Signal<In, Bits<64>>,
    pub psi: Signal<In, Bits<64>>,
    /// `lp`, `sat` and `blp` a cycle later (the tile's registers).
    pub lp_reg: Signal<In, Bits<64>>,
    pub sat_reg: Signal<In, Bit>,
    pub blp_reg: Signal<In, Bits<64>>,
    pub prod: Signal<Out, Bits<64>>,
    pub l: Signal<Out, Bits<64>>,
    pub lp: Signal<Out, Bits<64>>,
    pub sat: Signal<Out, Bit>,
    pub blp: Signal<Out, Bits<64>>,
    pub m: Signal<Out, Bits<64>>,
    mul_be: Mul,
    mul_lpsi: Mul,
    m_shift: Sra,
    l_shifted: Signal<Local, Bits<64>>,
    /// B sign-extended from its bank bits (wiring, no carry chain before the product).
    b_n: Narrow<64>,
    l_min: Constant<Bits<64>>,
    l_max: Constant<Bits<64>>,
    /// L's clamp tests the shifted sum's high bits (`SignedConsts::signed_high`).
    l_high: Constant<Bits<64>>,
    l_hi: Signal<Local, Bits<64>>,
    signal_shift: Constant<Bits<8>>,
    signal_high: Constant<Bits<64>>,
    /// psi sign-extended from the multiplier's bits; `psi << k` is `-l_min psi` (`-l_min = 2^k`).
    psi_n: Narrow<64>,
    bound_shift: Constant<Bits<8>>,
    psi_hi: Signal<Local, Bits<64>>,
    zero: Constant<Bits<64>>,
    /// The bound's product, kept to the product's bits (the subtraction's upper bits are dead).
    blp_n: Narrow<64>,
}

impl SigLane {
    /// The lane of `cfg`; its sums arrive sign-extended to 64 bits (the tile's `s_acc_n`).
    pub fn new(cfg: &Config, f: &Formats) -> SigLane {
        let w = &cfg.widths;
        // Kept apart (`Mul::kept`) where the learning unit is built, as the learning lanes'.
        let mul = |a, b| Mul::in_learning_unit(cfg, a, b);
        // The bound's product is a shift and a subtraction because L's range is the full
        // two's-complement range of `signal_bits` (`format::signed_range`): -l_min = 2^k and
        // l_max = 2^k - 1. Any other range needs another form here.
        let k = (f.l_min as i64).unsigned_abs().trailing_zeros();
        assert!(
            (f.l_min as i64) == -(1i64 << k) && (f.l_max as i64) == (1i64 << k) - 1,
            "SIG's bound product needs L in [-2^k, 2^k - 1], not [{}, {}]",
            f.l_min,
            f.l_max
        );
        SigLane {
            b: Default::default(),
            e: Default::default(),
            acc: Default::default(),
            psi: Default::default(),
            lp_reg: Default::default(),
            sat_reg: Default::default(),
            blp_reg: Default::default(),
            prod: Default::default(),
            l: Default::default(),
            lp: Default::default(),
            sat: Default::default(),
            blp: Default::default(),
            m: Default::default(),
            mul_be: mul(w.weight_bits, ERROR_BITS),
            mul_lpsi: mul(w.signal_bits, w.psi_bits + 1),
            m_shift: Sra::new(w.psi_bits),
            l_shifted: Default::default(),
            b_n: Narrow::signed(w.weight_bits),
            l_min: Constant::new(as_bits(f.l_min as i64)),
            l_max: Constant::new(as_bits(f.l_max as i64)),
            l_high: SignedConsts::signed_high(f.l_min, f.l_max, w.signal_bits),
            l_hi: Default::default(),
            signal_shift: Constant::new((f.signal_shift as u64).to_bits()),
            signal_high: Constant::new((!(u64::MAX >> f.signal_shift)).to_bits()),
            psi_n: Narrow::signed(w.psi_bits + 1),
            bound_shift: Constant::new((k as u64).to_bits()),
            psi_hi: Default::default(),
            zero: Constant::new(0u64.to_bits()),
            blp_n: Narrow::signed(w.signal_bits + w.psi_bits + 1),
        }
    }
}

impl Logic for SigLane {
    #[hdl_gen]
    fn update(&mut self) {
        // B_jk e_k, the weight sign-extended from its bank word.
        self.b_n.x.next = self.b.val();
        self.mul_be.a.next = self.b_n.y.val();
        self.mul_be.b.next = self.e.val();
        self.prod.next = self.mul_be.p.val();
        // L = sat(acc >>> signal_shift), every output once per evaluation.
        self.l_shifted.next = self.acc.val() >> self.signal_shift.val();
        if self.acc.val().get_bit(63) {
            self.l_shifted.next =
                (self.acc.val() >> self.signal_shift.val()) | self.signal_high.val();
        }
        self.l_hi.next = self.l_shifted.val() & self.l_high.val();
        if !self.l_shifted.val().get_bit(63) & (self.l_hi.val() != 0) {
            self.l.next = self.l_max.val();
            self.sat.next = true;
        } else if self.l_shifted.val().get_bit(63) & (self.l_hi.val() != self.l_high.val()) {
            self.l.next = self.l_min.val();
            self.sat.next = true;
        } else {
            self.l.next = self.l_shifted.val();
            self.sat.next = false;
        }
        // L psi from the shifted sum itself (its low bits are L where L does not saturate), so
        // that the clamp's test runs beside the multiplier; the bound's product beside both:
        // l_min psi = -(psi << k), l_max psi = (psi << k) - psi.
        self.mul_lpsi.a.next = self.l_shifted.val();
        self.mul_lpsi.b.next = self.psi.val();
        self.lp.next = self.mul_lpsi.p.val();
        self.psi_n.x.next = self.psi.val();
        self.psi_hi.next = self.psi_n.y.val() << self.bound_shift.val();
        if self.acc.val().get_bit(63) {
            self.blp_n.x.next = self.zero.val() - self.psi_hi.val();
        } else {
            self.blp_n.x.next = self.psi_hi.val() - self.psi_n.y.val();
        }
        self.blp.next = self.blp_n.y.val();
        // m = (L psi) >>> psi_bits, from the registers: the bound's product where L saturated.
        if self.sat_reg.val() {
            self.m_shift.x.next = self.blp_reg.val();
        } else {
            self.m_shift.x.next = self.lp_reg.val();
        }
        self.m.next = self.m_shift.y.val();
    }
}
