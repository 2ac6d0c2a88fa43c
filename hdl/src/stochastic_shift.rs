//! Stochastic rounding of x / 2^shift (golden `format::stochastic_shift`): add `shift` random low
//! bits of `r`, then an arithmetic right shift. `shift` (0..=32) is a register, so the host can
//! anneal the learning rates. The low `width` bits of `x` hold the value (two's complement; the
//! learning unit derives the bound from the formats), so the adder and the shifter are
//! `max(width, 33) + 1` bits wide; `y` is sign-extended to 64 bits. The saturating variant
//! (`saturating(width, keep)`) clamps y to `keep` bits: where the caller clamps `d - y` to a
//! range narrower than that (a weight's, a delay's), the result is the same, and only the low
//! `keep` bits of the shift are built (the overflow is read off the sum before the shift).
//!
//! The mask of r's bits and the overflow's bit mask come decoded from the shift (`dec`,
//! `shift_decode.rs`), which the tile registers with the shift: the adder starts from
//! registers. The shift is two multiplexers, by shift[5:3] eights and then by shift[2:0]. The
//! learning unit's shifters are kept modules (`kept`), so that Yosys maps each the same way.
//!
//! Split (`split`, the learning lanes'): the sum never forms. `floor((x + r') / 2^s)` is
//! `(x >>> s) + up`, where `up` is the carry out of x's low s bits plus r' (`r' = r & mask`,
//! below 2^s): the shift of x and that carry are computed side by side, from registers, and the
//! caller subtracts both in its one carry chain (`w - y - up`). The carry is the top carry of
//! `(x | fill) + r'`, `fill` the ones at and above the shift (decoded with it): a carry out of
//! the low s bits runs through them. The clamp is tested on x; a clamped y may then be one above
//! the bound (`bound + up`), which the callers' clamps to a narrower range treat alike.
//!
//! ```text
//!          +-------------------------------------------+
//!   x ---->| sum = x + (r & dec.mask)                  |
//!   r ---->| y = sum >>> shift                         |----> y
//!   shift->|   (saturating: clamped to keep bits, the  |
//!   dec -->|    overflow |((sum ^ sign) & dec.high))   |
//!          | split: y[62:0] = x >>> shift (clamped),   |
//!          |   y[63] = up, the carry of                |
//!          |   (x | dec.fill) + (r & dec.mask)         |
//!          +-------------------------------------------+
//! ```

use crate::decay::sign_extend;
use golden::config::Config;
use golden::format::stochastic_shift;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct StochasticShift {
    pub x: Signal<In, Bits<64>>,
    pub r: Signal<In, Bits<32>>,
    pub shift: Signal<In, Bits<8>>,
    pub dec: Signal<In, Bits<128>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
    _keep: u32,
    _kept: bool,
    _split: bool,
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
            dec: Default::default(),
            y: Default::default(),
            _width: width,
            _keep: width.max(33) + 1,
            _kept: false,
            _split: false,
        }
    }

    /// `x` fits in `width` bits; y is clamped to `keep` bits (two's complement).
    pub fn saturating(width: u32, keep: u32) -> StochasticShift {
        let mut s = StochasticShift::new(width);
        assert!((2..=s._keep).contains(&keep), "keep {keep} of {}", s._keep);
        s._keep = keep;
        s
    }

    /// Bits of the shifted result `y` (two's complement).
    pub fn out_bits(&self) -> u32 {
        self._keep
    }

    /// Bits of the sum before the shift.
    pub fn sum_bits(&self) -> u32 {
        self._width.max(33) + 1
    }

    /// y as the shift of x and the round-up apart: bits 62..0 hold `x >>> shift` clamped to
    /// `keep` bits (sign-extended), bit 63 the carry `up` to add. Where the rounded value is
    /// inside the keep range, it is `(x >>> shift) + up`; at or beyond a bound, `bound + up`.
    pub fn split(self) -> StochasticShift {
        assert!(self._keep <= 63, "a split shift keeps at most 63 bits");
        StochasticShift {
            _split: true,
            ..self
        }
    }

    /// The shifter in a module of its own that Yosys keeps (`keep_hierarchy`, as `Mul::kept`):
    /// every lane's shifters are then mapped once, the same way. Flattened, the learning lanes'
    /// shifters were mapped to anything from 3.7k to 9.2k LUT4 at L = 8 as unrelated logic
    /// elsewhere changed (session 24's bisection).
    pub fn kept(self) -> StochasticShift {
        StochasticShift {
            _kept: true,
            ..self
        }
    }

    /// Kept where `cfg` builds the learning unit, as `Mul::in_learning_unit` (Yosys removes
    /// the unit's dead logic only when flattened).
    pub fn in_learning_unit(self, cfg: &Config) -> StochasticShift {
        if cfg.hardware.learning_unit {
            self.kept()
        } else {
            self
        }
    }

    /// The rounding as Verilog statements from `x`, `r`, `shift` and `dec` to `rounded`, y's
    /// `keep` bits (and, split, `up`).
    fn body(&self) -> String {
        let (sw, keep) = (self.sum_bits(), self._keep);
        // The shifted value: the sum, or (split) x sign-extended to the sum's width.
        let mut v = if self._split {
            format!(
                "\
wire signed [{xt}:0] sx = x[{xt}:0];
wire signed [{st}:0] sum = sx;
wire [{st}:0] fill = {{dec[{ft}:{fb}], ~dec[31:0]}};
wire [{sw}:0] carry = {{1'b0, sum | fill}} + {{1'b0, r & dec[31:0]}};
wire up = carry[{sw}];
",
                xt = self._width - 1,
                st = sw - 1,
                ft = 2 * sw - 1,
                fb = 32 + sw,
                sw = sw,
            )
        } else {
            format!(
                "\
wire signed [{xt}:0] sx = x[{xt}:0];
wire signed [{st}:0] sum = sx + $signed({{1'b0, r & dec[31:0]}});
",
                xt = self._width - 1,
                st = sw - 1,
            )
        };
        // The sum sign-extended far enough that every bit the two multiplexers select exists
        // (shift[5:3] eights, at most 56, then keep + 7 bits).
        let ext = 64 + keep;
        v += &format!(
            "\
wire [{et}:0] ext = {{{{{pad}{{sum[{st}]}}}}, sum}};
wire [{ct}:0] eights = ext[{{shift[5:3], 3'b000}} +: {cw}];
wire [{k1}:0] shifted = eights[shift[2:0] +: {keep}];
",
            st = sw - 1,
            et = ext - 1,
            pad = ext - sw,
            ct = keep + 6,
            cw = keep + 7,
            k1 = keep - 1,
        );
        if keep == sw {
            v += &format!("wire [{k1}:0] rounded = shifted;\n", k1 = keep - 1);
        } else {
            // Overflow: a bit of the sum at or above keep - 1 + shift (dec's high bits)
            // differs from its sign; then rounded is the bound of the sum's sign.
            v += &format!(
                "\
wire over = |((sum ^ {{{sw}{{sum[{st}]}}}}) & dec[{ht}:32]);
wire [{k1}:0] rounded = over ? {{sum[{st}], {{{lo}{{~sum[{st}]}}}}}} : shifted;
",
                st = sw - 1,
                ht = 32 + sw - 1,
                lo = keep - 1,
                k1 = keep - 1,
            );
        }
        v
    }
}

impl Logic for StochasticShift {
    fn update(&mut self) {
        let x = sign_extend(self.x.val().to_u64(), self._width);
        let (shift, r) = (self.shift.val().to_u64() as u32, self.r.val().to_u32());
        let y = stochastic_shift(x, shift, r);
        let half = 1i64 << (self._keep - 1);
        self.y.next = if self._split {
            let up = y - (x >> shift);
            let low = ((x >> shift).clamp(-half, half - 1) as u64) & (u64::MAX >> 1);
            (low | ((up as u64) << 63)).to_bits()
        } else {
            (y.clamp(-half, half - 1) as u64).to_bits()
        };
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let (width, keep) = (self._width, self._keep);
        let body = self.body();
        // Split: the carry above the rounded bits (y[63]), which bits keep..62 sign-extend.
        let (up, pad) = match self._split {
            true => ("up, ", 63 - keep),
            false => ("", 64 - keep),
        };
        if !self._kept {
            return Verilog::Custom(format!(
                "{body}always @(*) y = {{{up}{{{pad}{{rounded[{k1}]}}}}, rounded}};\n",
                k1 = keep - 1
            ));
        }
        // Guarded, so that kept shifters of the same widths share one definition.
        let split = if self._split { "_split" } else { "" };
        let core = format!("delaytile_sshift_{width}_{keep}{split}");
        let guard = core.to_uppercase();
        // The module's output: the rounded bits, and above them (split) the carry.
        let kt = keep - 1 + u32::from(self._split);
        let (yk_up, yk_low, yk) = if self._split {
            (
                format!("yk[{keep}], "),
                format!("yk[{}:0]", keep - 1),
                "{up, rounded}",
            )
        } else {
            (String::new(), "yk".to_string(), "rounded")
        };
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [{kt}:0] yk;
{core} round(.x(x[{xt}:0]), .r(r), .shift(shift), .dec(dec), .yk(yk));
assign y = {{{yk_up}{{{pad}{{yk[{k1}]}}}}, {yk_low}}};",
                k1 = keep - 1,
                xt = width - 1,
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input [{xt}:0] x, input [31:0] r, input [7:0] shift, input [127:0] dec,
    output [{kt}:0] yk);
{body}assign yk = {yk};
endmodule
`endif
",
                xt = width - 1,
            ),
        })
    }
}
