//! Stochastic rounding of x / 2^shift (golden `format::stochastic_shift`): add `shift` random low
//! bits of `r`, then an arithmetic right shift. `shift` (0..=32) is a register, so the host can
//! anneal the learning rates.
//!
//! ```text
//!          +-------------------------------------+
//!   x ---->| (x + (r & (2^shift - 1))) >>> shift  |----> y
//!   r ---->|                                     |
//!   shift->|                                     |
//!          +-------------------------------------+
//! ```

use golden::format::stochastic_shift;
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct StochasticShift {
    pub x: Signal<In, Bits<64>>,
    pub r: Signal<In, Bits<32>>,
    pub shift: Signal<In, Bits<8>>,
    pub y: Signal<Out, Bits<64>>,
}

impl Logic for StochasticShift {
    fn update(&mut self) {
        let x = self.x.val().to_u64() as i64;
        let y = stochastic_shift(x, self.shift.val().to_u64() as u32, self.r.val().to_u32());
        self.y.next = (y as u64).to_bits();
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
wire [63:0] ones = 64'hFFFFFFFFFFFFFFFF;
wire [63:0] mask = (shift >= 8'd32) ? 64'hFFFFFFFF : ~(ones << shift[5:0]);
wire signed [64:0] sum = $signed({x[63], x}) + $signed({33'b0, r & mask[31:0]});
wire signed [64:0] shifted = sum >>> shift[5:0];
always @(*) y = shifted[63:0];
"
            .into(),
        )
    }
}
