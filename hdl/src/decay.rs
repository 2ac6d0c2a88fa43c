//! Multiply a two's-complement value by an unsigned Q0.16 decay factor and round toward zero
//! (golden `format::decay`; rounding toward zero lets a decaying value reach 0 from either side).
//! rust-hdl has no multiplier wider than 16 x 16 and no arithmetic shift, so this leaf is written
//! in Verilog: |x| * q >> 16, sign restored.
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
wire neg = x[{top}];
wire [{top}:0] mag = neg ? (~x[{top}:0] + 1'b1) : x[{top}:0];
wire [{pt}:0] prod = mag * {qb}'d{q};
wire [{top}:0] r = prod[{pt1}:{f}];
wire signed [{w}:0] sr = neg ? -$signed({{1'b0, r}}) : $signed({{1'b0, r}});
always @(*) y = {{{{{pad}{{sr[{w}]}}}}, sr}};
",
            top = w - 1,
            w = w,
            pt = w + DECAY_FRAC,
            pt1 = w - 1 + DECAY_FRAC,
            qb = DECAY_FRAC + 1,
            q = self._q,
            f = DECAY_FRAC,
            pad = 64 - (w + 1),
        ))
    }
}
