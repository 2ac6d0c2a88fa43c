//! The centring mean of the delay updates (golden `fixed::learning`):
//! `mean = (total * round(2^16 / S)) >>> 16`, truncated to 64 bits as the golden model's
//! `as i64`. The total is a 128-bit port (the golden model sums in i128) of which the low
//! `total_bits` hold the value (two's complement; the tile derives the bound from the formats),
//! so the multiplier is `total_bits` x the bits of the constant. In two stages: the products
//! of the total's halves (`lo` unsigned, `hi` signed), which the tile registers and feeds back,
//! then `(hi_reg 2^split + lo_reg) >>> 16`, so that no sum follows the multipliers in a cycle.
//!
//! ```text
//!            +----------------------------------------------+
//!   total -->| A: lo = t_low recip, hi = t_high recip         |---> lo, hi
//!   lo_reg ->| B: (hi_reg 2^split + lo_reg) >>> 16           |---> mean (64-bit)
//!   hi_reg ->|                                              |
//!            +----------------------------------------------+
//! ```

use golden::format::MEAN_FRAC;
use rust_hdl::prelude::*;

/// The reciprocal constant is below `2^RECIP_BITS` (round(2^16 / S) for S >= 1).
const RECIP_BITS: u32 = 20;

#[derive(LogicBlock)]
pub struct Mean {
    pub total: Signal<In, Bits<128>>,
    /// The partial products a cycle later (the tile's registers).
    pub lo_reg: Signal<In, Bits<128>>,
    pub hi_reg: Signal<In, Bits<128>>,
    pub lo: Signal<Out, Bits<128>>,
    pub hi: Signal<Out, Bits<128>>,
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
            lo_reg: Default::default(),
            hi_reg: Default::default(),
            lo: Default::default(),
            hi: Default::default(),
            mean: Default::default(),
            _recip: recip,
            _total_bits: total_bits,
        }
    }

    /// The total's low half: `lo` takes bits below it (unsigned), `hi` the rest (signed).
    fn split(&self) -> u32 {
        self._total_bits / 2
    }
}

impl Logic for Mean {
    fn update(&mut self) {
        let (keep, s) = (128 - self._total_bits, self.split());
        let t = (crate::sra::to_i128(self.total.val()) << keep) >> keep;
        let recip = self._recip as i128;
        self.lo.next = (((t & ((1 << s) - 1)) * recip) as u128).to_bits();
        self.hi.next = (((t >> s) * recip) as u128).to_bits();
        let lo = crate::sra::to_i128(self.lo_reg.val());
        let hi = crate::sra::to_i128(self.hi_reg.val());
        let m = (hi.wrapping_shl(s).wrapping_add(lo) >> MEAN_FRAC) as i64;
        self.mean.next = (m as u64).to_bits();
    }

    fn connect(&mut self) {
        self.lo.connect();
        self.hi.connect();
        self.mean.connect();
    }

    fn hdl(&self) -> Verilog {
        // Kept (`keep_hierarchy`, as `Mul::kept`): flattened, Yosys' resource sharing merged
        // the two means (of q in MEAN, of G in MEANG) into one multiplier behind a
        // phase-selected mux, which put the sequencer's decode on the product's path.
        // Guarded, so that means of the same width and constant share one definition.
        // Two stages: the partial products of the total's halves (the kept module), registered
        // by the tile, then their sum, shifted (`lo_reg`, `hi_reg`).
        let (tt, recip, s) = (self._total_bits - 1, self._recip, self.split());
        let (lt, ht) = (s + RECIP_BITS - 1, tt - s + RECIP_BITS + 1);
        let core = format!("delaytile_mean_{}_{recip}", self._total_bits);
        let guard = core.to_uppercase();
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [{lt}:0] pl;
wire [{ht}:0] ph;
{core} scale(.t(total[{tt}:0]), .lo(pl), .hi(ph));
assign lo = {{{{{lp}{{1'b0}}}}, pl}};
assign hi = {{{{{hp}{{ph[{ht}]}}}}, ph}};
wire signed [{pt}:0] prod = ($signed(hi_reg[{pt}:0]) <<< {s}) + $signed({{1'b0, lo_reg[{lt}:0]}});
wire signed [{pt}:0] shifted = prod >>> {frac};
wire signed [127:0] wide = shifted;
assign mean = wide[63:0];",
                lp = 127 - lt,
                hp = 127 - ht,
                pt = self._total_bits + RECIP_BITS,
                frac = MEAN_FRAC
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input [{tt}:0] t, output [{lt}:0] lo, output [{ht}:0] hi);
wire signed [{hs}:0] th = t[{tt}:{s}];
assign lo = t[{sl}:0] * {RECIP_BITS}'d{recip};
assign hi = th * {rb}'sd{recip};
endmodule
`endif
",
                hs = tt - s,
                sl = s - 1,
                rb = RECIP_BITS + 1,
            ),
        })
    }
}
