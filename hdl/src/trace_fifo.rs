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
//! Combinational; the FIFOs are the tile's `eps_trace_fifo` / `eta_trace_fifo` memories.
//!
//! ```text
//!                +---------------------------------------------------+
//!   word ------->| window = (word << ahead) & mask  (ahead = R - m)    |
//!   ahead ------>| eta_next = sat(decay(eta_older) + KROM[window])    |---> eta_next
//!   eta_older -->|                                                   |
//!   eps_prev --->| eps_next = sat(decay(eps_prev) + word[0] * one)    |---> eps_next
//!                +---------------------------------------------------+
//! ```

use crate::decay::Decay;
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
    pub eta_next: Signal<Out, Bits<64>>,
    pub eps_next: Signal<Out, Bits<64>>,
    eps_leak: Decay,
    eta_leak: Decay,
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
        let eps_leak = leak(trace_bits + 1, f.alpha_q)
            .with_addend(signed_bits(f.trace_one.unsigned_abs() as u128));
        let eps_sum_bits = eps_leak.output_bits();
        // The leaked eta plus a kernel value, in the decay's carry chain.
        let eta_leak = leak(trace_bits, f.alpha_q).with_addend(kernel_bits);
        let eta_sum_bits = eta_leak.output_bits();
        TraceFifo {
            word: Default::default(),
            ahead: Default::default(),
            eta_older: Default::default(),
            eps_prev: Default::default(),
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
        self.eps_leak.x.next = self.eps_prev.val();
        // Every output and child input once per evaluation (ARCHITECTURE.md, "one assignment
        // per output"). The spike's `one` is the decay's addend (its carry chain, no adder after).
        if self.word.val().get_bit(0) {
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
        self.window.next = (self.word.val() << self.ahead.val()) & self.window_mask.val();
        self.kernel.x.next = self.window.val();
        // The kernel value joins the decay's carry chain (`Decay::with_addend`).
        self.eta_leak.x.next = self.eta_older.val();
        self.eta_leak.add.next = self.kernel.data.val();
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
