//! Multiply a two's-complement value by an unsigned Q0.16 decay factor and round toward zero
//! (golden `format::decay`; rounding toward zero lets a decaying value reach 0 from either side).
//! rust-hdl has no multiplier wider than 16 x 16 and no arithmetic shift, so this leaf is written
//! in Verilog: the signed product x * q, plus 2^16 - 1 when x is negative, shifted right
//! arithmetically by 16 (the ceiling of a negative quotient is its rounding toward zero; one
//! carry chain after the multiplier instead of a negation before it and one after).
//!
//! ```text
//!          +-------------------------+
//!   x ---->| width-bit signed x       |
//!          |   * q / 2^16 (to zero)   |----> y (width + 1 bits, sign-extended to 64)
//!          +-------------------------+
//! ```

use golden::format::{DECAY_FRAC, decay};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Decay {
    /// The low `width` bits hold the value (two's complement); upper bits are ignored.
    pub x: Signal<In, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
    _q: i64,
}

impl Decay {
    pub fn new(width: u32, q: i64) -> Decay {
        assert!((2..=48).contains(&width) && (0..=1 << DECAY_FRAC).contains(&q));
        Decay {
            x: Default::default(),
            y: Default::default(),
            _width: width,
            _q: q,
        }
    }
}

/// Interpret the low `width` bits of `raw` as two's complement.
pub fn sign_extend(raw: u64, width: u32) -> i64 {
    let shift = 64 - width;
    ((raw << shift) as i64) >> shift
}

impl Logic for Decay {
    fn update(&mut self) {
        let x = sign_extend(self.x.val().to_u64(), self._width);
        self.y.next = (decay(x, self._q) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let w = self._width;
        Verilog::Custom(format!(
            "\
wire signed [{pt}:0] prod = $signed(x[{top}:0]) * $signed({{1'b0, {qb}'d{q}}});
wire signed [{pt}:0] biased = prod + (x[{top}] ? {pw}'d{bias} : {pw}'d0);
wire signed [{w}:0] sr = biased[{pt}:{f}];
always @(*) y = {{{{{pad}{{sr[{w}]}}}}, sr}};
",
            top = w - 1,
            w = w,
            pt = w + DECAY_FRAC + 1,
            pw = w + DECAY_FRAC + 2,
            qb = DECAY_FRAC + 1,
            q = self._q,
            bias = (1u64 << DECAY_FRAC) - 1,
            f = DECAY_FRAC,
            pad = 64 - (w + 1),
        ))
    }
}
