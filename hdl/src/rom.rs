//! A combinational ROM whose contents come from `golden::format::Formats` (psi, delay-kernel and
//! exp tables), with its index computed inside: `index = ((x - offset) >>> shift) + bias`
//! (x two's complement). Entries are stored `width` bits wide and read sign- or zero-extended to
//! 64 bits; an index outside the table reads 0.
//!
//! ```text
//!        +---------------------------------------------------+
//!   x -->| i = ((x - offset) >>> shift) + bias                |--> data (64-bit)
//!        | data = 0 <= i < len ? contents[i] : 0              |
//!        +---------------------------------------------------+
//! ```
//! Computing the index here keeps the table lookup out of the parent's combinational block
//! (Verilator would otherwise report a false loop through it).

use crate::decay::sign_extend;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Rom {
    pub x: Signal<In, Bits<64>>,
    pub data: Signal<Out, Bits<64>>,
    _offset: i64,
    _shift: u32,
    _bias: i64,
    _contents: Vec<i64>,
    _width: u32,
    _signed: bool,
    _input_bits: u32,
}

fn fits(c: i64, width: u32, signed: bool) -> bool {
    if signed {
        sign_extend(c as u64, width) == c
    } else {
        c >= 0 && (width == 64 || (c as u64) >> width == 0)
    }
}

impl Rom {
    /// `contents` must fit `width` bits (signed or unsigned).
    pub fn new(contents: &[i64], width: u32, signed: bool) -> Rom {
        Rom::indexed(contents, width, signed, 0, 0, 0)
    }

    /// A table read at `((x - offset) >>> shift) + bias`.
    pub fn indexed(
        contents: &[i64],
        width: u32,
        signed: bool,
        offset: i64,
        shift: u32,
        bias: i64,
    ) -> Rom {
        assert!(shift < 64);
        for &c in contents {
            assert!(
                fits(c, width, signed),
                "ROM entry {c} does not fit {width} bits"
            );
        }
        Rom {
            x: Default::default(),
            data: Default::default(),
            _offset: offset,
            _shift: shift,
            _bias: bias,
            _contents: contents.to_vec(),
            _width: width,
            _signed: signed,
            _input_bits: 64,
        }
    }

    /// The low `bits` of `x` hold the value (two's complement): the index is computed in just
    /// enough bits for it, the offset, the bias and the table's length.
    pub fn with_input_bits(mut self, bits: u32) -> Rom {
        assert!((2..=64).contains(&bits));
        self._input_bits = bits;
        self
    }

    /// The index's one constant: `((x - offset) >>> shift) + bias = (x + addend) >>> shift`,
    /// with `addend = bias 2^shift - offset` (exact: the bias is a whole multiple of 2^shift).
    fn addend(&self) -> i128 {
        (i128::from(self._bias) << self._shift) - i128::from(self._offset)
    }

    /// Bits of the index arithmetic: `x + addend` adds one bit to the wider of the two (none
    /// without an addend).
    fn index_bits(&self) -> u32 {
        let b = |v: i128| crate::narrow::signed_bits(v.unsigned_abs());
        let bits = self
            ._input_bits
            .max(b(self.addend()))
            .max(b(self._contents.len() as i128))
            + u32::from(self.addend() != 0);
        assert!(bits <= 64, "a ROM index of {bits} bits");
        bits
    }

    /// The minimum width that holds every entry.
    pub fn width_for(contents: &[i64], signed: bool) -> u32 {
        (1..=64)
            .find(|&w| contents.iter().all(|&c| fits(c, w, signed)))
            .unwrap_or(64)
    }
}

impl Logic for Rom {
    fn update(&mut self) {
        let x = sign_extend(self.x.val().to_u64(), self._input_bits);
        let i = (x.wrapping_sub(self._offset) >> self._shift).wrapping_add(self._bias);
        let v = if (0..self._contents.len() as i64).contains(&i) {
            self._contents[i as usize]
        } else {
            0
        };
        self.data.next = (v as u64).to_bits();
    }

    fn connect(&mut self) {
        self.data.connect();
    }

    fn hdl(&self) -> Verilog {
        let w = self._width;
        let mut cases = String::new();
        for (i, &c) in self._contents.iter().enumerate() {
            let raw = (c as u64) & if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
            cases.push_str(&format!("      {i}: lookup = {w}'h{raw:x};\n"));
        }
        let e = "e";
        // In the table: 0 <= index < len; for a power-of-two length, the bits from log2 len up
        // (the sign's among them) all clear: no comparison's carry chain.
        let (ib, len) = (self.index_bits(), self._contents.len());
        let in_table = if len.is_power_of_two() && len > 1 {
            format!("~|index[{}:{}]", ib - 1, len.trailing_zeros())
        } else {
            format!("(index >= {ib}'sd0) && (index < {ib}'sd{len})")
        };
        let ext = if w == 64 {
            e.to_string()
        } else if self._signed {
            format!("{{{{{}{{{e}[{}]}}}}, {e}}}", 64 - w, w - 1)
        } else {
            format!("{{{}'b0, {e}}}", 64 - w)
        };
        Verilog::Custom(format!(
            "\
function [{top}:0] lookup;
   input [31:0] a;
   case (a)
{cases}      default: lookup = {w}'h0;
   endcase
endfunction
wire signed [{xt}:0] sx = x[{xt}:0];
wire signed [{it}:0] index = (sx + {addend}) >>> {shift};
wire in_table = {in_table};
wire signed [31:0] a = index;
wire [{top}:0] e = in_table ? lookup(a) : {w}'h0;
always @(*) data = {ext};
",
            top = w - 1,
            xt = self._input_bits - 1,
            it = ib - 1,
            addend = sv(self.addend() as i64, ib),
            shift = self._shift,
        ))
    }
}

/// A signed `bits`-bit Verilog literal.
fn sv(v: i64, bits: u32) -> String {
    if v < 0 {
        format!("-{bits}'sd{}", v.unsigned_abs())
    } else {
        format!("{bits}'sd{v}")
    }
}
