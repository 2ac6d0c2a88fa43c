//! One readout unit's update (golden `fixed::readout::Readout::step`) after the leak:
//! `y <- sat(leaked + (sum << w_to_y))`, `leaked = decay(y, kappa)`. Combinational. The tile
//! computes the leak (a `Decay` leaf) a pipeline stage earlier and registers it, and adds the
//! decision sum `acc + y` a stage later (OUT stage 4): neither is on this block's path.
//!
//! ```text
//!                 +------------------------------------------+
//!   leaked ----->| leaked + (sum << w_to_y)                    |---> y_next
//!   sum -------->|   clamp [y_min, y_max]                      |
//!                 +------------------------------------------+
//! ```
//! `sum` = sum of the spiking neurons' readout weights plus the bias, in weight LSBs.

use crate::narrow::Narrow;
use crate::signed::{SignedConsts, as_bits};
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Readout {
    pub leaked: Signal<In, Bits<64>>,
    pub sum: Signal<In, Bits<64>>,
    pub y_next: Signal<Out, Bits<64>>,
    pre: Narrow<64>,
    w_to_y: Constant<Bits<8>>,
    y_min: Constant<Bits<64>>,
    y_max: Constant<Bits<64>>,
    /// The clamp tests the sum's high bits (`SignedConsts::signed_high`), no comparison.
    high: Constant<Bits<64>>,
    hi: Signal<Local, Bits<64>>,
}

impl Readout {
    /// `sum_bits`: the weighted input sum fits in this many bits (two's complement).
    pub fn new(f: &Formats, readout_bits: u32, sum_bits: u32) -> Readout {
        // The leaked value (readout_bits + 1) plus the scaled sum.
        let pre_bits = (readout_bits + 1).max(sum_bits + f.w_to_y) + 1;
        Readout {
            leaked: Default::default(),
            sum: Default::default(),
            y_next: Default::default(),
            pre: Narrow::signed(pre_bits),
            w_to_y: Constant::new((f.w_to_y as u64).to_bits()),
            y_min: Constant::new(as_bits(f.y_min as i64)),
            y_max: Constant::new(as_bits(f.y_max as i64)),
            high: SignedConsts::signed_high(f.y_min, f.y_max, readout_bits),
            hi: Default::default(),
        }
    }
}

impl Logic for Readout {
    #[hdl_gen]
    fn update(&mut self) {
        self.pre.x.next = self.leaked.val() + (self.sum.val() << self.w_to_y.val());
        // Every output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        self.hi.next = self.pre.y.val() & self.high.val();
        if !self.pre.y.val().get_bit(63) & (self.hi.val() != 0) {
            self.y_next.next = self.y_max.val();
        } else if self.pre.y.val().get_bit(63) & (self.hi.val() != self.high.val()) {
            self.y_next.next = self.y_min.val();
        } else {
            self.y_next.next = self.pre.y.val();
        }
    }
}
