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
        // Kept (`keep_hierarchy`, as `Mul::kept`): flattened, Yosys' resource sharing merged
        // the two means (of q in MEAN, of G in MEANG) into one multiplier behind a
        // phase-selected mux, which put the sequencer's decode on the product's path.
        // Guarded, so that means of the same width and constant share one definition.
        let (tt, recip) = (self._total_bits - 1, self._recip);
        let core = format!("delaytile_mean_{}_{recip}", self._total_bits);
        let guard = core.to_uppercase();
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [63:0] m;
{core} scale(.t(total[{tt}:0]), .m(m));
assign mean = m;"
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input [{tt}:0] t, output [63:0] m);
wire signed [{tt}:0] st = t;
wire signed [{pt}:0] prod = st * {rb}'sd{recip};
wire signed [{pt}:0] shifted = prod >>> {frac};
wire signed [127:0] wide = shifted;
assign m = wide[63:0];
endmodule
`endif
",
                pt = self._total_bits + RECIP_BITS,
                rb = RECIP_BITS + 1,
                frac = MEAN_FRAC
            ),
        })
    }
}
