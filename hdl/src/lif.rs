//! The hidden LIF datapath of one neuron update (golden `fixed::lif::lif_update`) after the
//! leak: integrate, saturate, threshold, reset. Combinational; the tile computes the leak
//! `decay(v, alpha)` (a `Decay` leaf, round toward zero) a pipeline stage earlier and registers
//! it, so the multiplier is not on this block's path.
//!
//! ```text
//!                 +---------------------------------------------+
//!   leaked ----->| leaked + (current << w_to_v)                   |---> v_pre  (saturated)
//!   current ---->|   clamp [v_min, v_max]; spike = v_pre >= theta |---> spike
//!                 |   reset: subtract theta | to zero              |---> v_next
//!                 +---------------------------------------------+
//! ```
//! All values are 64-bit two's complement (`leaked`: membrane_bits + 1 bits, sign-extended).
//! The pseudo-derivative's ROM (`psi_rom`) is read by the tile a cycle later, from the
//! registered `v_pre`.

use crate::narrow::{Narrow, signed_bits};
use crate::rom::Rom;
use crate::signed::{SignedConsts, as_bits};
use golden::config::Reset;
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Lif {
    pub leaked: Signal<In, Bits<64>>,
    pub current: Signal<In, Bits<64>>,
    pub v_pre: Signal<Out, Bits<64>>,
    pub v_next: Signal<Out, Bits<64>>,
    pub spike: Signal<Out, Bit>,
    sum: Narrow<64>,
    /// sum - theta, in one bit more than the sum: its sign is the spike (a carry chain beside
    /// the sum's, not a comparison after it) and, on a spike, it is the reset membrane.
    above: Narrow<64>,
    /// The sum fits the membrane's range iff its bits from membrane_bits - 1 up are all equal
    /// (the range is the format's, `signed_range`): an AND/OR tree instead of two comparators.
    high: Constant<Bits<64>>,
    outside: Signal<Local, Bit>,
    over: Signal<Local, Bit>,
    under: Signal<Local, Bit>,
    w_to_v: Constant<Bits<8>>,
    v_min: Constant<Bits<64>>,
    v_max: Constant<Bits<64>>,
    theta: Constant<Bits<64>>,
    reset_zero: Constant<Bit>,
}

/// The psi ROM (golden `fixed::lif::psi`): read at a membrane value, bin
/// `(v - theta) >>> psi_shift` centred on the threshold; 0 outside. The tile reads it one cycle
/// after the LIF update, from the registered `v_pre` (a pipeline stage off the LIF's path; the
/// write lands in the next phase's first cycle, so the step takes no extra cycle).
pub fn psi_rom(f: &Formats) -> Rom {
    let rom: Vec<i64> = f.psi_rom.iter().map(|&x| x as i64).collect();
    Rom::indexed(
        &rom,
        Rom::width_for(&rom, false),
        false,
        f.theta as i64,
        f.psi_shift,
        (f.psi_rom.len() / 2) as i64,
    )
    .with_input_bits(signed_bits(
        f.v_min.unsigned_abs().max(f.v_max.unsigned_abs()) as u128,
    ))
}

impl Lif {
    /// `current_bits`: the input current fits in this many bits (two's complement).
    pub fn new(f: &Formats, membrane_bits: u32, reset: Reset, current_bits: u32) -> Lif {
        // The leaked membrane (membrane_bits + 1) plus the scaled current.
        let sum_bits = (membrane_bits + 1).max(current_bits + f.w_to_v) + 1;
        assert!(
            f.v_min <= f.theta && f.theta <= f.v_max,
            "the spike is taken before saturation"
        );
        Lif {
            leaked: Default::default(),
            current: Default::default(),
            v_pre: Default::default(),
            v_next: Default::default(),
            spike: Default::default(),
            sum: Narrow::signed(sum_bits),
            above: Narrow::signed(sum_bits + 1),
            // The membrane saturates to its format's range (checked there).
            high: SignedConsts::signed_high(f.v_min, f.v_max, membrane_bits),
            outside: Default::default(),
            over: Default::default(),
            under: Default::default(),
            w_to_v: Constant::new((f.w_to_v as u64).to_bits()),
            v_min: Constant::new(as_bits(f.v_min as i64)),
            v_max: Constant::new(as_bits(f.v_max as i64)),
            theta: Constant::new(as_bits(f.theta as i64)),
            reset_zero: Constant::new(reset == Reset::Zero),
        }
    }
}

impl Logic for Lif {
    #[hdl_gen]
    fn update(&mut self) {
        self.sum.x.next = self.leaked.val() + (self.current.val() << self.w_to_v.val());
        self.above.x.next = self.sum.y.val() - self.theta.val();
        // Out of range: the high bits are neither all 0 nor all 1; the sign says which side.
        self.outside.next = ((self.sum.y.val() & self.high.val()) != 0)
            & ((self.sum.y.val() & self.high.val()) != self.high.val());
        self.over.next = self.outside.val() & !self.sum.y.val().get_bit(63);
        self.under.next = self.outside.val() & self.sum.y.val().get_bit(63);
        // Every output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        if self.over.val() {
            self.v_pre.next = self.v_max.val();
        } else if self.under.val() {
            self.v_pre.next = self.v_min.val();
        } else {
            self.v_pre.next = self.sum.y.val();
        }
        // The threshold lies inside [v_min, v_max] (checked in `new`), so the sign of the sum
        // before saturation minus theta is the spike. A spike is never under the range, so
        // its reset is v_max - theta over it, else sum - theta.
        self.spike.next = !self.above.y.val().get_bit(63);
        if !self.spike.val() {
            self.v_next.next = self.v_pre.val();
        } else if self.reset_zero.val() {
            self.v_next.next = 0.into();
        } else if self.over.val() {
            self.v_next.next = self.v_max.val() - self.theta.val();
        } else {
            self.v_next.next = self.above.y.val();
        }
    }
}
