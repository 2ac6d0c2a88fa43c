//! A decay (`decay.rs`: x q / 2^16 rounded toward zero, plus an optional addend) in two stages,
//! for a recurrence that the tile interleaves (TRACE's eta: the decay of a lag feeds the next
//! lag of the same source two cycles later). Stage A is the multiplier alone; the tile registers
//! its product `p` and feeds it back as `p_reg`, from which stage B rounds and adds:
//! `y = floor((p_reg + bias + add 2^16) / 2^16)`, the bias `2^16 - 1` when `p_reg < 0`. That is
//! the one-stage decay's bias: `x < 0` exactly when `x q < 0`, except for `q = 0`, where the
//! product is 0 and the bias changes nothing.
//!
//! ```text
//!            +----------------------------------+
//!   x ------>| stage A: p = x q                  |----> p (sign-extended to 64)
//!   p_reg -->| stage B: y = round0(p_reg / 2^16) |----> y (the decay's width, sign-extended)
//!   add ---->|          + add                    |
//!            +----------------------------------+
//! ```

use crate::decay::{Decay, sign_extend};
use golden::format::DECAY_FRAC;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct DecayStages {
    /// The low `width` bits hold the value (two's complement).
    pub x: Signal<In, Bits<64>>,
    /// The addend's low `addend_bits` bits (two's complement); ignored without an addend.
    pub add: Signal<In, Bits<64>>,
    /// `p` a cycle later (the tile's register).
    pub p_reg: Signal<In, Bits<64>>,
    pub p: Signal<Out, Bits<64>>,
    pub y: Signal<Out, Bits<64>>,
    _width: u32,
    _q: i64,
    /// The product's and the sum's top bit (`Decay::shape`).
    _top: u32,
    _kept: bool,
    _addend_bits: u32,
    _output_bits: u32,
}

impl DecayStages {
    /// `decay` (its width, factor, addend and whether it is kept) in two stages.
    pub fn new(decay: Decay) -> DecayStages {
        let (width, q, top, kept) = decay.shape();
        DecayStages {
            x: Default::default(),
            add: Default::default(),
            p_reg: Default::default(),
            p: Default::default(),
            y: Default::default(),
            _width: width,
            _q: q,
            _top: top,
            _kept: kept,
            _addend_bits: decay.addend_bits(),
            _output_bits: decay.output_bits(),
        }
    }

    /// The width of y's value (`Decay::output_bits`).
    pub fn output_bits(&self) -> u32 {
        self._output_bits
    }
}

impl Logic for DecayStages {
    fn update(&mut self) {
        let x = sign_extend(self.x.val().to_u64(), self._width);
        self.p.next = ((x * self._q) as u64).to_bits();
        let p = self.p_reg.val().to_u64() as i64;
        let bias = if p < 0 { (1 << DECAY_FRAC) - 1 } else { 0 };
        let add = match self._addend_bits {
            0 => 0,
            a => sign_extend(self.add.val().to_u64(), a),
        };
        self.y.next = ((((p + bias) >> DECAY_FRAC) + add) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.p.connect();
        self.y.connect();
    }

    fn hdl(&self) -> Verilog {
        let (w, f, ab, q, pt) = (
            self._width,
            DECAY_FRAC,
            self._addend_bits,
            self._q,
            self._top,
        );
        let (top, b, st) = (w - 1, (1u64 << f) - 1, self._output_bits - 1);
        // The bias toward zero from the registered product's sign, the addend above it.
        let operand = match ab {
            0 => format!("(p_reg[{pt}] ? {n}'d{b} : {n}'d0)", n = pt + 1),
            _ => format!(
                "$signed({{add[{at}:0], (p_reg[{pt}] ? {f}'d{b} : {f}'d0)}})",
                at = ab - 1
            ),
        };
        // Guarded, so that decays of the same width, factor and sum share one definition; kept
        // (`Decay::kept`) where the learning unit's multipliers must stay apart.
        let (core, keep) = match self._kept {
            true => (
                format!("delaytile_decay_product_{w}_{q}_{pt}_kept"),
                "(* keep_hierarchy *)\n",
            ),
            false => (format!("delaytile_decay_product_{w}_{q}_{pt}"), ""),
        };
        let guard = core.to_uppercase();
        Verilog::Wrapper(Wrapper {
            code: format!(
                "wire [{pt}:0] prod;
{core} product(.x(x[{top}:0]), .prod(prod));
assign p = {{{{{pp}{{prod[{pt}]}}}}, prod}};
wire signed [{pt}:0] biased = $signed(p_reg[{pt}:0]) + {operand};
wire [{st}:0] sr = biased[{pt}:{f}];
assign y = {{{{{pad}{{sr[{st}]}}}}, sr}};",
                pp = 63 - pt,
                pad = 63 - st,
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
{keep}module {core}(input [{top}:0] x, output [{pt}:0] prod);
assign prod = $signed(x) * $signed({{1'b0, {qb}'d{q}}});
endmodule
`endif
",
                qb = f + 1,
            ),
        })
    }
}
