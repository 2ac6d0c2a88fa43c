//! Trace-FIFO arithmetic for one entry (golden `fixed::trace_fifo::TraceFifo::step`):
//! - eps at lag 0: `sat(decay(eps at lag 1, alpha) + spike * one, 0, eps_max)` (the spike's
//!   `one` added in the decay's own carry chain, as eta's kernel value);
//! - eta at lag m (0 <= m <= R, the entries TRACE recomputes):
//!   `sat(decay(eta at lag m + 1, alpha) + KROM[window(m)], eta_min, eta_max)` (the kernel value
//!   added in the decay's own carry chain, `Decay::with_addend`), the window being
//!   the 2R+1 history bits around lag m, i.e. the word's low 2R+1 bits shifted up by the
//!   `ahead = R - m` future lags not seen yet (they read 0). The sequencer registers `ahead`
//!   rather than m, so no subtraction sits between the register and the kernel ROM.
//!
//! Combinational, in two stages (`decay_stages.rs`): stage A forms the decays' products, the
//! kernel value and the spike bit, which the tile registers and feeds back (`*_reg`); stage B
//! rounds, adds and clamps. TRACE interleaves two groups of sources, so that a lag's eta has two
//! cycles before the next lag of its source needs it. The FIFOs are the tile's
//! `eps_trace_fifo` / `eta_trace_fifo` memories.
//!
//! ```text
//!                +-------------------------------------------------------+
//!   word ------->| A: window = (word << ahead) & mask  (ahead = R - m)     |---> k, spike
//!   ahead ------>|    k = KROM[window]; spike = word[0]                    |
//!   eta_older -->|    eta_p = eta_older alpha; eps_p = eps_prev alpha      |---> eta_p, eps_p
//!   eps_prev --->|                                                       |
//!   *_reg ------>| B: eta_next = sat(round0(eta_p_reg / 2^16) + k_reg)     |---> eta_next
//!                |    eps_next = sat(round0(eps_p_reg / 2^16) + spike one) |---> eps_next
//!                +-------------------------------------------------------+
//! ```

use crate::decay::Decay;
use crate::decay_stages::DecayStages;
use crate::narrow::{Narrow, signed_bits};
use crate::rom::Rom;
use crate::signed::{SignedConsts, as_bits};
use golden::config::Config;
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TraceFifo {
    pub word: Signal<In, Bits<64>>,
    pub ahead: Signal<In, Bits<8>>,
    pub eta_older: Signal<In, Bits<64>>,
    pub eps_prev: Signal<In, Bits<64>>,
    /// Stage A's outputs a cycle later (the tile's registers).
    pub eta_p_reg: Signal<In, Bits<64>>,
    pub eps_p_reg: Signal<In, Bits<64>>,
    pub k_reg: Signal<In, Bits<64>>,
    pub spike_reg: Signal<In, Bit>,
    pub eta_p: Signal<Out, Bits<64>>,
    pub eps_p: Signal<Out, Bits<64>>,
    pub k: Signal<Out, Bits<64>>,
    pub spike: Signal<Out, Bit>,
    pub eta_next: Signal<Out, Bits<64>>,
    pub eps_next: Signal<Out, Bits<64>>,
    eps_leak: DecayStages,
    eta_leak: DecayStages,
    kernel: Rom,
    window: Signal<Local, Bits<64>>,
    eps_sum: Narrow<64>,
    eta_sum: Narrow<64>,
    window_mask: Constant<Bits<64>>,
    trace_one: Constant<Bits<64>>,
    eps_max: Constant<Bits<64>>,
    eta_min: Constant<Bits<64>>,
    eta_max: Constant<Bits<64>>,
    /// The clamps test the sums' high bits (`SignedConsts::signed_high`), no comparison.
    eps_high: Constant<Bits<64>>,
    eta_high: Constant<Bits<64>>,
    eps_hi: Signal<Local, Bits<64>>,
    eta_hi: Signal<Local, Bits<64>>,
}

impl TraceFifo {
    /// The traces of `cfg` (trace_bits, the kernel's radius); the decays kept apart
    /// (`Decay::kept`) in a tile with the learning unit.
    pub fn new(cfg: &Config, f: &Formats) -> TraceFifo {
        let (trace_bits, radius) = (cfg.widths.trace_bits, cfg.surrogate.kernel_radius);
        let leak = |width, q| Decay::in_learning_unit(cfg, width, q);
        let rom: Vec<i64> = f.kernel_rom.iter().map(|&x| x as i64).collect();
        let kernel_bits = Rom::width_for(&rom, true);
        // eps is unsigned: one more bit keeps it positive in the signed leak; the spike's `one`
        // joins the decay's carry chain (`Decay::with_addend`), as the kernel value does eta's.
        let eps_leak = DecayStages::new(
            leak(trace_bits + 1, f.alpha_q)
                .with_addend(signed_bits(f.trace_one.unsigned_abs() as u128)),
        );
        let eps_sum_bits = eps_leak.output_bits();
        // The leaked eta plus a kernel value, in the decay's carry chain.
        let eta_leak = DecayStages::new(leak(trace_bits, f.alpha_q).with_addend(kernel_bits));
        let eta_sum_bits = eta_leak.output_bits();
        TraceFifo {
            word: Default::default(),
            ahead: Default::default(),
            eta_older: Default::default(),
            eps_prev: Default::default(),
            eta_p_reg: Default::default(),
            eps_p_reg: Default::default(),
            k_reg: Default::default(),
            spike_reg: Default::default(),
            eta_p: Default::default(),
            eps_p: Default::default(),
            k: Default::default(),
            spike: Default::default(),
            eta_next: Default::default(),
            eps_next: Default::default(),
            eps_leak,
            eta_leak,
            // The window is 2 R + 1 bits, unsigned.
            kernel: Rom::new(&rom, kernel_bits, true).with_input_bits(2 * radius as u32 + 2),
            window: Default::default(),
            eps_sum: Narrow::signed(eps_sum_bits),
            eta_sum: Narrow::signed(eta_sum_bits),
            window_mask: Constant::new(((1u64 << (2 * radius + 1)) - 1).to_bits()),
            trace_one: Constant::new(as_bits(f.trace_one as i64)),
            eps_max: Constant::new(as_bits(f.eps_max as i64)),
            eta_min: Constant::new(as_bits(f.eta_min as i64)),
            eta_max: Constant::new(as_bits(f.eta_max as i64)),
            eps_high: SignedConsts::unsigned_high(f.eps_max, trace_bits),
            eta_high: SignedConsts::signed_high(f.eta_min, f.eta_max, trace_bits),
            eps_hi: Default::default(),
            eta_hi: Default::default(),
        }
    }
}

impl Logic for TraceFifo {
    #[hdl_gen]
    fn update(&mut self) {
        // Stage A: the products, the kernel value, the spike. Every output and child input once
        // per evaluation (ARCHITECTURE.md, "one assignment per output").
        self.eps_leak.x.next = self.eps_prev.val();
        self.eps_p.next = self.eps_leak.p.val();
        self.eta_leak.x.next = self.eta_older.val();
        self.eta_p.next = self.eta_leak.p.val();
        self.spike.next = self.word.val().get_bit(0);
        self.window.next = (self.word.val() << self.ahead.val()) & self.window_mask.val();
        self.kernel.x.next = self.window.val();
        self.k.next = self.kernel.data.val();
        // Stage B, from the registers. The spike's `one` is the decay's addend (its carry
        // chain, no adder after).
        self.eps_leak.p_reg.next = self.eps_p_reg.val();
        if self.spike_reg.val() {
            self.eps_leak.add.next = self.trace_one.val();
        } else {
            self.eps_leak.add.next = 0.into();
        }
        self.eps_sum.x.next = self.eps_leak.y.val();
        // eps is never negative (a decayed trace plus a spike), so only its top is clamped.
        self.eps_hi.next = self.eps_sum.y.val() & self.eps_high.val();
        if !self.eps_sum.y.val().get_bit(63) & (self.eps_hi.val() != 0) {
            self.eps_next.next = self.eps_max.val();
        } else {
            self.eps_next.next = self.eps_sum.y.val();
        }
        // The kernel value joins the decay's carry chain (`Decay::with_addend`).
        self.eta_leak.p_reg.next = self.eta_p_reg.val();
        self.eta_leak.add.next = self.k_reg.val();
        self.eta_sum.x.next = self.eta_leak.y.val();
        self.eta_hi.next = self.eta_sum.y.val() & self.eta_high.val();
        if !self.eta_sum.y.val().get_bit(63) & (self.eta_hi.val() != 0) {
            self.eta_next.next = self.eta_max.val();
        } else if self.eta_sum.y.val().get_bit(63) & (self.eta_hi.val() != self.eta_high.val()) {
            self.eta_next.next = self.eta_min.val();
        } else {
            self.eta_next.next = self.eta_sum.y.val();
        }
    }
}
