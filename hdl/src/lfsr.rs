//! The tile's random source (golden `rng::Lfsr`): xorshift32, advanced once per draw.
//!
//! ```text
//!          +-------------------------------+
//!   x ---->| x ^= x << 13; x ^= x >> 17;   |----> drawn
//!          | x ^= x << 5                   |
//!          +-------------------------------+
//! ```

use golden::rng::LFSR_STREAMS;
use rust_hdl::prelude::*;

/// Bits of a stream index (the tile holds `LFSR_STREAMS` streams, `tile/learn_lanes.rs`).
pub const INDEX_BITS: usize = 4;
const _: () = assert!(LFSR_STREAMS == 1 << INDEX_BITS);

#[derive(LogicBlock, Default)]
pub struct Lfsr {
    pub x: Signal<In, Bits<32>>,
    pub drawn: Signal<Out, Bits<32>>,
    a: Signal<Local, Bits<32>>,
    b: Signal<Local, Bits<32>>,
}

impl Logic for Lfsr {
    #[hdl_gen]
    fn update(&mut self) {
        self.a.next = self.x.val() ^ (self.x.val() << 13);
        self.b.next = self.a.val() ^ (self.a.val() >> 17);
        self.drawn.next = self.b.val() ^ (self.b.val() << 5);
    }
}
