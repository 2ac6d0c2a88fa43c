//! The centring mean of the delay updates (golden `fixed::learning`):
//! `mean = (total * round(2^16 / S)) >>> 16`, truncated to 64 bits as the golden model's
//! `as i64`. The total is a 128-bit port (the golden model sums in i128) of which the low
//! `total_bits` hold the value (two's complement; the tile derives the bound from the formats),
//! so the multiplier is `total_bits` x the bits of the constant.
//!
//! ```text
//!            +------------------------------------------+
//!   total -->| (total[total_bits-1:0] * recip) >>> 16    |---> mean (64-bit)
//!            +------------------------------------------+
//! ```

use golden::format::MEAN_FRAC;
use rust_hdl::prelude::*;

/// The reciprocal constant is below `2^RECIP_BITS` (round(2^16 / S) for S >= 1).
const RECIP_BITS: u32 = 20;

#[derive(LogicBlock)]
pub struct Mean {
    pub total: Signal<In, Bits<128>>,
    pub mean: Signal<Out, Bits<64>>,
    _recip: i64,
    _total_bits: u32,
}

impl Mean {
    pub fn new(recip: i64, total_bits: u32) -> Mean {
        assert!((0..1 << RECIP_BITS).contains(&recip));
        assert!(
            (2..=128 - RECIP_BITS - 1).contains(&total_bits),
            "{total_bits}"
        );
        Mean {
            total: Default::default(),
            mean: Default::default(),
            _recip: recip,
            _total_bits: total_bits,
        }
    }
}

impl Logic for Mean {
    fn update(&mut self) {
        let keep = 128 - self._total_bits;
        let t = (crate::sra::to_i128(self.total.val()) << keep) >> keep;
        let m = (t.wrapping_mul(self._recip as i128) >> MEAN_FRAC) as i64;
        self.mean.next = (m as u64).to_bits();
    }

    fn connect(&mut self) {
        self.mean.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
wire signed [{tt}:0] st = total[{tt}:0];
wire signed [{pt}:0] prod = st * {rb}'sd{recip};
wire signed [{pt}:0] shifted = prod >>> {frac};
wire signed [127:0] wide = shifted;
always @(*) mean = wide[63:0];
",
            tt = self._total_bits - 1,
            pt = self._total_bits + RECIP_BITS,
            rb = RECIP_BITS + 1,
            recip = self._recip,
            frac = MEAN_FRAC
        ))
    }
}
