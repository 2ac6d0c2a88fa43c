//! Stochastic rounding of x / 2^shift (golden `format::stochastic_shift`): add `shift` random low
//! bits of `r`, then an arithmetic right shift. `shift` (0..=32) is a register, so the host can
//! anneal the learning rates. The low `width` bits of `x` hold the value (two's complement; the
//! learning unit derives the bound from the formats), so the adder and the shifter are
//! `max(width, 33) + 1` bits wide; `y` is sign-extended to 64 bits.
//!
//! ```text
//!          +-------------------------------------+
//!   x ---->| (x + (r & (2^shift - 1))) >>> shift  |----> y
//!   r ---->|                                     |
//!   shift->|                                     |
//!          +-------------------------------------+
//! ```

use crate::decay::sign_extend;
use golden::format::stochastic_shift;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct StochasticShift {
    pub x: Signal<In, Bits<64>>,
    pub r: Signal<In, Bits<32>>,
    pub shift: Signal<In, Bits<8>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
}

impl StochasticShift {
    /// `x` fits in `width` bits (two's complement).
    pub fn new(width: u32) -> StochasticShift {
        assert!(
            (2..=62).contains(&width),
            "stochastic shift of {width} bits"
        );
        StochasticShift {
            x: Default::default(),
            r: Default::default(),
            shift: Default::default(),
            y: Default::default(),
            _width: width,
        }
    }

    /// Bits of the sum and of the shifted result `y` (two's complement).
    pub fn out_bits(&self) -> u32 {
        self._width.max(33) + 1
    }
}

impl Logic for StochasticShift {
    fn update(&mut self) {
        let x = sign_extend(self.x.val().to_u64(), self._width);
        let y = stochastic_shift(x, self.shift.val().to_u64() as u32, self.r.val().to_u32());
        self.y.next = (y as u64).to_bits();
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let sw = self.out_bits();
        Verilog::Custom(format!(
            "\
wire signed [{xt}:0] sx = x[{xt}:0];
wire [31:0] mask = (shift >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << shift[4:0]);
wire signed [{st}:0] sum = sx + $signed({{1'b0, r & mask}});
wire signed [{st}:0] shifted = sum >>> shift[5:0];
always @(*) y = {{{{{pad}{{shifted[{st}]}}}}, shifted}};
",
            xt = self._width - 1,
            st = sw - 1,
            pad = 64 - sw,
        ))
    }
}
