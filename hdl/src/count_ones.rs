//! The number of set bits of a 16-bit word (Rust's `u16::count_ones`): SIG's count of the
//! group's lanes whose m_j is not 0 (at most 16 lanes), as a tree of pair, nibble and byte sums
//! rather than a chain of one increment per lane.
//!
//! ```text
//!          +-----------------------------------------+
//!   x ---->| pairs:   (x & 0x5555) + (x >> 1 & 0x5555) |
//!          | nibbles: (p & 0x3333) + (p >> 2 & 0x3333) |----> y = count_ones(x) (0..=16)
//!          | bytes:   (n & 0x0F0F) + (n >> 4 & 0x0F0F) |
//!          | y = (b & 0xFF) + (b >> 8)                |
//!          +-----------------------------------------+
//! ```

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct CountOnes {
    pub x: Signal<In, Bits<16>>,
    pub y: Signal<Out, Bits<16>>,
    pairs: Signal<Local, Bits<16>>,
    nibbles: Signal<Local, Bits<16>>,
    bytes: Signal<Local, Bits<16>>,
}

impl Logic for CountOnes {
    #[hdl_gen]
    fn update(&mut self) {
        self.pairs.next = (self.x.val() & 0x5555_u64) + ((self.x.val() >> 1) & 0x5555_u64);
        self.nibbles.next =
            (self.pairs.val() & 0x3333_u64) + ((self.pairs.val() >> 2) & 0x3333_u64);
        self.bytes.next =
            (self.nibbles.val() & 0x0F0F_u64) + ((self.nibbles.val() >> 4) & 0x0F0F_u64);
        self.y.next = (self.bytes.val() & 0x00FF_u64) + (self.bytes.val() >> 8);
    }
}
