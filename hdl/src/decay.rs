//! Multiply a two's-complement value by an unsigned Q0.16 decay factor and round toward zero
//! (golden `format::decay`; rounding toward zero lets a decaying value reach 0 from either side).
//! rust-hdl has no multiplier wider than 16 x 16 and no arithmetic shift, so this leaf is written
//! in Verilog: the signed product x * q, plus 2^16 - 1 when x is negative, shifted right
//! arithmetically by 16 (the ceiling of a negative quotient is its rounding toward zero; one
//! carry chain after the multiplier instead of a negation before it and one after).
//!
//! ```text
//!          +-------------------------+
//!   x ---->| width-bit signed x       |
//!          |   * q / 2^16 (to zero)   |----> y (width + 1 bits, sign-extended to 64)
//!          +-------------------------+
//! ```

use golden::config::Config;
use golden::format::{DECAY_FRAC, decay};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Decay {
    /// The low `width` bits hold the value (two's complement); upper bits are ignored.
    pub x: Signal<In, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
    _q: i64,
    _kept: bool,
}

impl Decay {
    pub fn new(width: u32, q: i64) -> Decay {
        assert!((2..=48).contains(&width) && (0..=1 << DECAY_FRAC).contains(&q));
        Decay {
            x: Default::default(),
            y: Default::default(),
            _width: width,
            _q: q,
            _kept: false,
        }
    }

    /// The decay in a module of its own that Yosys keeps (`keep_hierarchy`), like `Mul::kept`:
    /// flattened, the learning unit's decays (a trace FIFO's and the readout trace's, used in
    /// different phases) are merged by Yosys' resource sharing into one multiplier behind
    /// phase-selected muxes, which puts the sequencer's control on the traces' update paths.
    pub fn kept(width: u32, q: i64) -> Decay {
        Decay {
            _kept: true,
            ..Decay::new(width, q)
        }
    }

    /// A decay of the learning unit (its traces): kept where `cfg` builds the unit, as
    /// `Mul::in_learning_unit`.
    pub fn in_learning_unit(cfg: &Config, width: u32, q: i64) -> Decay {
        if cfg.hardware.learning_unit {
            Decay::kept(width, q)
        } else {
            Decay::new(width, q)
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
        // The product, its bias toward zero and the shift: `sr` (w + 1 bits) from `x[w-1:0]`.
        let arithmetic = format!(
            "\
wire signed [{pt}:0] prod = $signed(x[{top}:0]) * $signed({{1'b0, {qb}'d{q}}});
wire signed [{pt}:0] biased = prod + (x[{top}] ? {pw}'d{bias} : {pw}'d0);
",
            top = w - 1,
            pt = w + DECAY_FRAC + 1,
            pw = w + DECAY_FRAC + 2,
            qb = DECAY_FRAC + 1,
            q = self._q,
            bias = (1u64 << DECAY_FRAC) - 1,
        );
        let (pt, f, pad) = (w + DECAY_FRAC + 1, DECAY_FRAC, 64 - (w + 1));
        if !self._kept {
            return Verilog::Custom(format!(
                "{arithmetic}wire signed [{w}:0] sr = biased[{pt}:{f}];
always @(*) y = {{{{{pad}{{sr[{w}]}}}}, sr}};
"
            ));
        }
        // Guarded, so that kept decays of the same width and factor share one definition.
        let core = format!("delaytile_decay_{w}_{q}", q = self._q);
        let guard = core.to_uppercase();
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [{w}:0] sr;
{core} leak(.x(x[{top}:0]), .sr(sr));
assign y = {{{{{pad}{{sr[{w}]}}}}, sr}};",
                top = w - 1,
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input [{top}:0] x, output [{w}:0] sr);
{arithmetic}assign sr = biased[{pt}:{f}];
endmodule
`endif
",
                top = w - 1,
            ),
        })
    }
}
