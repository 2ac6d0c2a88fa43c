//! The centring mean of the delay updates (golden `fixed::learning`):
//! `mean = (total * round(2^16 / S)) >>> 16`, with a 128-bit total (sums of up to S products),
//! truncated to 64 bits as the golden model's `as i64`.
//!
//! ```text
//!            +-----------------------------+
//!   total -->| (total * recip) >>> 16       |---> mean
//!            +-----------------------------+
//! ```

use golden::format::MEAN_FRAC;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Mean {
    pub total: Signal<In, Bits<128>>,
    pub mean: Signal<Out, Bits<64>>,
    _recip: i64,
}

impl Mean {
    pub fn new(recip: i64) -> Mean {
        assert!((0..1 << 20).contains(&recip));
        Mean {
            total: Default::default(),
            mean: Default::default(),
            _recip: recip,
        }
    }
}

impl Logic for Mean {
    fn update(&mut self) {
        let t = crate::sra::to_i128(self.total.val());
        let m = (t.wrapping_mul(self._recip as i128) >> MEAN_FRAC) as i64;
        self.mean.next = (m as u64).to_bits();
    }

    fn connect(&mut self) {
        self.mean.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
wire signed [127:0] st = total;
wire signed [127:0] prod = st * 128'sd{recip};
wire signed [127:0] shifted = prod >>> {frac};
always @(*) mean = shifted[63:0];
",
            recip = self._recip,
            frac = MEAN_FRAC
        ))
    }
}
