//! The readout trace of one hidden neuron (golden `fixed::readout::Readout::step`, zeta):
//! `zeta <- sat(decay(zeta, kappa) + spike * one, 0, eps_max)`. Combinational, in two stages as
//! the tile runs them: the decay from the trace memory's word in the neuron's SYN stage 2 (a
//! multiplier behind the read), registered by the tile; the spike added and the saturation in
//! its LIF cycle (stage 3), when the spike is known.
//!
//! ```text
//!                 +------------------------------------------+
//!   zeta -------->| decayed = decay(zeta, kappa)              |---> decayed
//!   decayed_reg ->| sat(decayed_reg + spike * one)            |---> zeta_next
//!   spike ------->|                                          |
//!                 +------------------------------------------+
//! ```

use crate::decay::Decay;
use crate::narrow::{Narrow, signed_bits};
use crate::signed::{SignedConsts, as_bits};
use golden::config::Config;
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ReadoutTrace {
    pub zeta: Signal<In, Bits<64>>,
    pub spike: Signal<In, Bit>,
    pub decayed_reg: Signal<In, Bits<64>>,
    pub decayed: Signal<Out, Bits<64>>,
    pub zeta_next: Signal<Out, Bits<64>>,
    leak: Decay,
    sum: Narrow<64>,
    trace_one: Constant<Bits<64>>,
    eps_max: Constant<Bits<64>>,
    /// The clamp tests the sum's high bits (`SignedConsts::unsigned_high`), no comparison.
    high: Constant<Bits<64>>,
    hi: Signal<Local, Bits<64>>,
}

impl ReadoutTrace {
    /// The readout trace of `cfg` (trace_bits); the decay kept apart (`Decay::kept`) in a tile
    /// with the learning unit.
    pub fn new(cfg: &Config, f: &Formats) -> ReadoutTrace {
        let trace_bits = cfg.widths.trace_bits;
        let leak = Decay::in_learning_unit(cfg, trace_bits + 1, f.kappa_q);
        ReadoutTrace {
            zeta: Default::default(),
            spike: Default::default(),
            decayed_reg: Default::default(),
            decayed: Default::default(),
            zeta_next: Default::default(),
            leak,
            sum: Narrow::signed(
                (trace_bits + 2).max(signed_bits(f.trace_one.unsigned_abs() as u128)) + 1,
            ),
            trace_one: Constant::new(as_bits(f.trace_one as i64)),
            eps_max: Constant::new(as_bits(f.eps_max as i64)),
            high: SignedConsts::unsigned_high(f.eps_max, trace_bits),
            hi: Default::default(),
        }
    }
}

impl Logic for ReadoutTrace {
    #[hdl_gen]
    fn update(&mut self) {
        self.leak.x.next = self.zeta.val();
        self.leak.add.next = 0.into();
        self.decayed.next = self.leak.y.val();
        // Every output and child input once per evaluation (ARCHITECTURE.md, "one assignment
        // per output").
        if self.spike.val() {
            self.sum.x.next = self.decayed_reg.val() + self.trace_one.val();
        } else {
            self.sum.x.next = self.decayed_reg.val();
        }
        // zeta is never negative (a decayed trace plus a spike), so only its top is clamped.
        self.hi.next = self.sum.y.val() & self.high.val();
        if !self.sum.y.val().get_bit(63) & (self.hi.val() != 0) {
            self.zeta_next.next = self.eps_max.val();
        } else {
            self.zeta_next.next = self.sum.y.val();
        }
    }
}
