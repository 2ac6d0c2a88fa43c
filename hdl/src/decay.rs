//! Multiply a two's-complement value by an unsigned Q0.16 decay factor and round toward zero
//! (golden `format::decay`; rounding toward zero lets a decaying value reach 0 from either side),
//! plus an optional signed addend (`with_addend`: a trace's kernel value or spike).
//! rust-hdl has no multiplier wider than 16 x 16 and no arithmetic shift, so this leaf is written
//! in Verilog: the signed product x * q, plus 2^16 - 1 when x is negative, shifted right
//! arithmetically by 16 (the ceiling of a negative quotient is its rounding toward zero; one
//! carry chain after the multiplier instead of a negation before it and one after). The addend
//! joins the same carry chain: k 2^16 and the bias (below 2^16) occupy disjoint bits of one
//! operand, and floor((p + b + k 2^16) / 2^16) = floor((p + b) / 2^16) + k, so a trace's
//! update is one adder after its product, not two.
//!
//! ```text
//!          +--------------------------+
//!   x ---->| width-bit signed x        |
//!   add -->|   * q / 2^16 (to zero)    |----> y (width + 1 bits, sign-extended to 64;
//!          |   + add (addend_bits)     |          one bit more than the wider with an addend)
//!          +--------------------------+
//! ```

use golden::config::Config;
use golden::format::{DECAY_FRAC, decay};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Decay {
    /// The low `width` bits hold the value (two's complement); upper bits are ignored.
    pub x: Signal<In, Bits<64>>,
    /// The addend's low `addend_bits` bits (two's complement); ignored without an addend.
    pub add: Signal<In, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
    _q: i64,
    _kept: bool,
    /// The addend's width (0: none).
    _addend_bits: u32,
}

impl Decay {
    pub fn new(width: u32, q: i64) -> Decay {
        assert!((2..=48).contains(&width) && (0..=1 << DECAY_FRAC).contains(&q));
        Decay {
            x: Default::default(),
            add: Default::default(),
            y: Default::default(),
            _width: width,
            _q: q,
            _kept: false,
            _addend_bits: 0,
        }
    }

    /// The decay plus a signed addend of `addend_bits` bits (the trace FIFO's kernel value).
    pub fn with_addend(self, addend_bits: u32) -> Decay {
        assert!((1..=48).contains(&addend_bits));
        Decay {
            _addend_bits: addend_bits,
            ..self
        }
    }

    /// The width of y's value: the decayed value's width + 1, or one bit more than the wider
    /// of that and the addend.
    pub fn output_bits(&self) -> u32 {
        match self._addend_bits {
            0 => self._width + 1,
            a => (self._width + 1).max(a) + 1,
        }
    }

    /// The value's width, the factor, the top bit of the product and the sum (at the
    /// product's scale), and whether the decay is kept (`DecayStages` takes the same shape in
    /// two stages).
    pub(crate) fn shape(&self) -> (u32, i64, u32, bool) {
        let pt = match self._addend_bits {
            0 => self._width + DECAY_FRAC + 1,
            _ => self.output_bits() + DECAY_FRAC - 1,
        };
        (self._width, self._q, pt, self._kept)
    }

    /// The addend's width (0: none).
    pub(crate) fn addend_bits(&self) -> u32 {
        self._addend_bits
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
        let add = match self._addend_bits {
            0 => 0,
            a => sign_extend(self.add.val().to_u64(), a),
        };
        self.y.next = ((decay(x, self._q) + add) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let (w, f, ab, q) = (self._width, DECAY_FRAC, self._addend_bits, self._q);
        let (top, b) = (w - 1, (1u64 << f) - 1);
        // The sum's width at the quotient's scale (`sr`), its top bit at the product's scale,
        // and the product's second operand: the bias toward zero, with the addend above it.
        let sw = self.output_bits();
        let pt = self.shape().2;
        let operand = match ab {
            0 => format!("(x[{top}] ? {p}'d{b} : {p}'d0)", p = w + f + 2),
            _ => format!(
                "$signed({{add[{at}:0], (x[{top}] ? {f}'d{b} : {f}'d0)}})",
                at = ab - 1
            ),
        };
        let (st, pad) = (sw - 1, 64 - sw);
        let arithmetic = format!(
            "\
wire signed [{pt}:0] prod = $signed(x[{top}:0]) * $signed({{1'b0, {qb}'d{q}}});
wire signed [{pt}:0] biased = prod + {operand};
",
            qb = f + 1,
        );
        if !self._kept {
            return Verilog::Custom(format!(
                "{arithmetic}wire signed [{st}:0] sr = biased[{pt}:{f}];
always @(*) y = {{{{{pad}{{sr[{st}]}}}}, sr}};
"
            ));
        }
        // Guarded, so that kept decays of the same width, factor and addend share one
        // definition.
        let (core, add_port, add_pin) = match ab {
            0 => (
                format!("delaytile_decay_{w}_{q}"),
                String::new(),
                String::new(),
            ),
            _ => (
                format!("delaytile_decay_{w}_{q}_add{ab}"),
                format!(", input [{}:0] add", ab - 1),
                format!(", .add(add[{}:0])", ab - 1),
            ),
        };
        let guard = core.to_uppercase();
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [{st}:0] sr;
{core} leak(.x(x[{top}:0]){add_pin}, .sr(sr));
assign y = {{{{{pad}{{sr[{st}]}}}}, sr}};"
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input [{top}:0] x{add_port}, output [{st}:0] sr);
{arithmetic}assign sr = biased[{pt}:{f}];
endmodule
`endif
"
            ),
        })
    }
}
