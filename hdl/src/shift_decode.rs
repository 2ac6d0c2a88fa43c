//! The stochastic shift's decoded shift (`stochastic_shift.rs`): what the shifter needs of its
//! shift besides the multiplexers' selects. A function of the shift alone, so the tile registers
//! it beside the shift register it decodes (`sh_dec`: sh_w's, sh_d's): the shifters then start
//! from registers, and one decode serves every learning lane.
//!
//! - `mask`: the random bits added before the shift, `2^shift - 1` (all 32 from 32 on);
//! - `high` (a saturating shifter's): the bits of the sum at or above `keep - 1 + shift`; one of
//!   them differing from the sum's sign is an overflow of the `keep`-bit result;
//! - `fill` (a split shifter's carry, above `high`): the sum's bits from 32 up that are at or
//!   above the shift (below 32 they are `~mask`).
//!
//! ```text
//!           +-----------------------------------------------------------+
//!   shift ->| dec[31:0]  = shift >= 32 ? ~0 : 2^shift - 1                |--> dec
//!           | dec[32 + i] = i + 1 >= keep && shift[5:0] <= i + 1 - keep, |
//!           |               for i below the sum's bits (the rest 0)      |
//!           | dec[32 + sum_bits + j] = shift[5:0] <= 32 + j,             |
//!           |               for 32 + j below the sum's bits               |
//!           +-----------------------------------------------------------+
//! ```

use crate::stochastic_shift::StochasticShift;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ShiftDecode {
    pub shift: Signal<In, Bits<8>>,
    pub dec: Signal<Out, Bits<128>>,
    _sum_bits: u32,
    _keep: u32,
}

impl ShiftDecode {
    /// The decode `shifter` takes (its sum's width and its result's `keep` bits).
    pub fn for_shifter(shifter: &StochasticShift) -> ShiftDecode {
        assert!(
            2 * shifter.sum_bits() <= 128,
            "a decode of at most 128 bits"
        );
        ShiftDecode {
            shift: Default::default(),
            dec: Default::default(),
            _sum_bits: shifter.sum_bits(),
            _keep: shifter.out_bits(),
        }
    }

    /// `high[i]` for a 6-bit shift `s`, as the shifter's overflow test reads it.
    fn high_bit(&self, i: u32, s: u64) -> bool {
        i + 1 >= self._keep && s <= u64::from(i + 1 - self._keep)
    }
}

impl Logic for ShiftDecode {
    fn update(&mut self) {
        let shift = self.shift.val().to_u64();
        let mask = if shift >= 32 {
            u32::MAX as u128
        } else {
            (1u128 << shift) - 1
        };
        let high = (0..self._sum_bits)
            .filter(|&i| self.high_bit(i, shift & 63))
            .fold(0u128, |h, i| h | (1 << i));
        let sw = self._sum_bits;
        let fill = (32..sw)
            .filter(|&i| shift & 63 <= u64::from(i))
            .fold(0u128, |h, i| h | (1 << (i - 32)));
        self.dec.next = (mask | (high << 32) | (fill << (32 + sw))).to_bits();
    }

    fn connect(&mut self) {
        self.dec.connect();
    }

    fn hdl(&self) -> Verilog {
        let high: Vec<String> = (0..self._sum_bits)
            .rev()
            .map(|i| {
                if i + 1 < self._keep {
                    "1'b0".to_string()
                } else {
                    format!("(shift[5:0] <= 6'd{})", i + 1 - self._keep)
                }
            })
            .collect();
        let fill: Vec<String> = (32..self._sum_bits)
            .rev()
            .map(|i| format!("(shift[5:0] <= 6'd{i})"))
            .collect();
        Verilog::Custom(format!(
            "\
wire [31:0] mask = (shift >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << shift[4:0]);
wire [{st}:0] high = {{{high}}};
wire [{ft}:0] fill = {{{fill}}};
always @(*) dec = {{{pad}'d0, fill, high, mask}};
",
            st = self._sum_bits - 1,
            high = high.join(", "),
            ft = self._sum_bits - 33,
            fill = fill.join(", "),
            pad = 128 - 2 * self._sum_bits,
        ))
    }
}
