//! One learning-signal lane's arithmetic (golden `fixed::learning::{learning_signal,
//! modulated_signal}` and the products they sum), combinational: SIG runs on
//! `hardware.lanes = L` of these, lane l taking neuron `g L + l` of group g (the tile's
//! `learn_lanes.rs` holds each lane's sum and feeds it the feedback weight and error of output k).
//! The modulated signal takes two stages: the product `l psi` is registered by the tile
//! (`lp_reg`) before its shift and the test `m != 0`, so that no decision follows the multiplier.
//!
//! ```text
//!               +----------------------------------------------------------+
//!   b, e ------>| prod = b * e  (B_jk e_k: b a weight, e an output error)    |--> prod
//!   acc ------->| l = sat_L(acc >>> signal_shift)                            |--> l
//!   psi ------->| lp = l * psi                                               |--> lp
//!   lp_reg ---->| m = lp_reg >>> psi_bits                                    |--> m
//!               +----------------------------------------------------------+
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
    /// `lp` a cycle later (the tile's register).
    pub lp_reg: Signal<In, Bits<64>>,
    pub prod: Signal<Out, Bits<64>>,
    pub l: Signal<Out, Bits<64>>,
    pub lp: Signal<Out, Bits<64>>,
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
}

impl SigLane {
    /// The lane of `cfg`; its sums arrive sign-extended to 64 bits (the tile's `s_acc_n`).
    pub fn new(cfg: &Config, f: &Formats) -> SigLane {
        let w = &cfg.widths;
        // Kept apart (`Mul::kept`) where the learning unit is built, as the learning lanes'.
        let mul = |a, b| Mul::in_learning_unit(cfg, a, b);
        SigLane {
            b: Default::default(),
            e: Default::default(),
            acc: Default::default(),
            psi: Default::default(),
            lp_reg: Default::default(),
            prod: Default::default(),
            l: Default::default(),
            lp: Default::default(),
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
        } else if self.l_shifted.val().get_bit(63) & (self.l_hi.val() != self.l_high.val()) {
            self.l.next = self.l_min.val();
        } else {
            self.l.next = self.l_shifted.val();
        }
        // m = (L psi) >>> psi_bits, the product registered between (`lp_reg`).
        self.mul_lpsi.a.next = self.l.val();
        self.mul_lpsi.b.next = self.psi.val();
        self.lp.next = self.mul_lpsi.p.val();
        self.m_shift.x.next = self.lp_reg.val();
        self.m.next = self.m_shift.y.val();
    }
}
