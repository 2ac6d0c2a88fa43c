//! A signed multiplier sized to its operands: the low `wa` bits of `a` times the low `wb` bits
//! of `b`, both two's complement, as a 64-bit two's-complement product (`wa + wb <= 64`, so it
//! is exact). rust-hdl multiplies only 16 x 16.
//!
//! ```text
//!          +----------------------+
//!   a ---->| a[wa-1:0] * b[wb-1:0] |----> p (64-bit)
//!   b ---->|      (signed)         |
//!          +----------------------+
//! ```

use crate::decay::sign_extend;
use golden::config::Config;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Mul {
    pub a: Signal<In, Bits<64>>,
    pub b: Signal<In, Bits<64>>,
    pub p: Signal<Out, Bits<64>>,
    _wa: u32,
    _wb: u32,
    _kept: bool,
}

impl Mul {
    pub fn new(wa: u32, wb: u32) -> Mul {
        assert!(wa >= 2 && wb >= 2 && wa + wb <= 64, "{wa} x {wb} bits");
        Mul {
            a: Default::default(),
            b: Default::default(),
            p: Default::default(),
            _wa: wa,
            _wb: wb,
            _kept: false,
        }
    }

    /// The product in a module of its own that Yosys keeps (`keep_hierarchy`). Flattened, the
    /// learning unit's multipliers, used in different phases, are merged by Yosys' resource
    /// sharing into shared DSPs behind phase-selected muxes, which puts unregistered memory
    /// reads and the sequencer's control on every update path. Only for multipliers that are
    /// used: Yosys does not remove a kept module whose outputs nothing reads.
    pub fn kept(wa: u32, wb: u32) -> Mul {
        Mul {
            _kept: true,
            ..Mul::new(wa, wb)
        }
    }

    /// A multiplier of the learning unit: kept where `cfg` builds the unit; flattened without
    /// it, so that Yosys can remove the unit's dead logic.
    pub fn in_learning_unit(cfg: &Config, wa: u32, wb: u32) -> Mul {
        if cfg.hardware.learning_unit {
            Mul::kept(wa, wb)
        } else {
            Mul::new(wa, wb)
        }
    }
}

impl Logic for Mul {
    fn update(&mut self) {
        let a = sign_extend(self.a.val().to_u64(), self._wa);
        let b = sign_extend(self.b.val().to_u64(), self._wb);
        self.p.next = (a.wrapping_mul(b) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.p.connect();
    }

    fn hdl(&self) -> Verilog {
        let (wa, wb) = (self._wa, self._wb);
        if !self._kept {
            return Verilog::Custom(format!(
                "\
wire signed [{ta}:0] sa = a[{ta}:0];
wire signed [{tb}:0] sb = b[{tb}:0];
wire signed [63:0] wa = sa;
wire signed [63:0] wb = sb;
always @(*) p = wa * wb;
",
                ta = wa - 1,
                tb = wb - 1,
            ));
        }
        // Guarded, so that kept multipliers of the same widths share one definition.
        let core = format!("delaytile_mul_{wa}x{wb}");
        let guard = format!("DELAYTILE_MUL_{wa}X{wb}");
        Verilog::Wrapper(Wrapper {
            code: format!(
                "{core} product(.a(a[{ta}:0]), .b(b[{tb}:0]), .p(p));",
                ta = wa - 1,
                tb = wb - 1
            ),
            cores: format!(
                "\
`ifndef {guard}
`define {guard}
(* keep_hierarchy *)
module {core}(input signed [{ta}:0] a, input signed [{tb}:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
",
                ta = wa - 1,
                tb = wb - 1,
            ),
        })
    }
}
