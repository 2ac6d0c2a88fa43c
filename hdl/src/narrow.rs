//! Keep the low `keep` bits of a value and extend them back to the port width (zero- or
//! sign-extension). Placed in front of a register whose value is known to fit in `keep` bits
//! (a counter bounded by the sizes, a sum bounded by the formats), it tells Yosys that the
//! register's upper bits are copies of a low bit: the flip-flops above `keep` merge or become
//! constants, and the adders, comparators and multiplexers feeding them shrink to `keep` bits.
//! The tile's datapath ports are wider than the configured values so that one Rust type serves
//! every configuration; this leaf is where the configured width comes back. It is bit-exact
//! only when the value fits, which the tile's constructor derives from the configuration and
//! the co-simulation checks.
//!
//! ```text
//!          +----------------------------------------+
//!   x ---->| {ext(x[keep-1]) x (N - keep), x[keep-1:0]} |----> y
//!          +----------------------------------------+
//!   ext = 0 (unsigned) or x[keep-1] (signed)
//! ```

use rust_hdl::prelude::*;

/// Bits of a two's-complement value with magnitude at most `max_abs`.
pub fn signed_bits(max_abs: u128) -> u32 {
    128 - max_abs.leading_zeros() + 1
}

/// Bits of an unsigned value at most `max`.
pub fn unsigned_bits(max: u128) -> u32 {
    (128 - max.leading_zeros()).max(1)
}

#[derive(LogicBlock)]
pub struct Narrow<const N: usize> {
    pub x: Signal<In, Bits<N>>,
    pub y: Signal<Out, Bits<N>>,
    _keep: u32,
    _signed: bool,
}

impl<const N: usize> Narrow<N> {
    /// Unsigned: the value is below `2^keep`.
    pub fn unsigned(keep: u32) -> Narrow<N> {
        Self::new(keep, false)
    }

    /// Two's complement: the value is in `-2^(keep-1) .. 2^(keep-1)`.
    pub fn signed(keep: u32) -> Narrow<N> {
        Self::new(keep, true)
    }

    fn new(keep: u32, signed: bool) -> Narrow<N> {
        assert!(keep >= 1 && keep as usize <= N, "keep {keep} of {N} bits");
        Narrow {
            x: Default::default(),
            y: Default::default(),
            _keep: keep,
            _signed: signed,
        }
    }
}

impl<const N: usize> Logic for Narrow<N> {
    fn update(&mut self) {
        let k = self._keep as usize;
        let mut y = self.x.val();
        if k < N {
            let top = self.x.val().get_bit(k - 1) && self._signed;
            for b in k..N {
                y = y.replace_bit(b, top);
            }
        }
        self.y.next = y;
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let k = self._keep as usize;
        if k == N {
            return Verilog::Custom("always @(*) y = x;\n".into());
        }
        let ext = if self._signed {
            format!("{{{}{{x[{}]}}}}", N - k, k - 1)
        } else {
            format!("{}'b0", N - k)
        };
        Verilog::Custom(format!("always @(*) y = {{{ext}, x[{}:0]}};\n", k - 1))
    }
}
