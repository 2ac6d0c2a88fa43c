//! Arithmetic (floor) right shift of a 64-bit two's-complement value by a constant: the fixed shifts of the learning unit (psi index, learning-signal scaling,
//! modulated signal, centring mean). rust-hdl's `>>` is logical.
//!
//! ```text
//!          +------------------+
//!   x ---->| x >>> shift      |----> y
//!          +------------------+
//! ```

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Sra {
    pub x: Signal<In, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    _shift: u32,
}

impl Sra {
    pub fn new(shift: u32) -> Sra {
        assert!(shift < 64);
        Sra {
            x: Default::default(),
            y: Default::default(),
            _shift: shift,
        }
    }
}

/// The low and high 64-bit halves of a 128-bit value as an i128.
pub fn to_i128(x: Bits<128>) -> i128 {
    let lo = bit_cast::<64, 128>(x).to_u64() as u128;
    let hi = bit_cast::<64, 128>(x >> 64u64).to_u64() as u128;
    ((hi << 64) | lo) as i128
}

impl Logic for Sra {
    fn update(&mut self) {
        let v = (self.x.val().to_u64() as i64) >> self._shift;
        self.y.next = (v as u64).to_bits();
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
wire signed [63:0] sx = x;
always @(*) y = sx >>> {};
",
            self._shift
        ))
    }
}
