//! Two's-complement helpers for the blocks: rust-hdl's `Signed` lacks arithmetic shifts and
//! overflows the stack in `signed_bit_cast` at the most negative value, so the datapath carries
//! signed values as 64-bit `Bits` and compares them with the sign bit flipped.

use rust_hdl::prelude::*;

/// The bit pattern of `x` as a 64-bit two's-complement word.
pub fn as_bits(x: i64) -> Bits<64> {
    (x as u64).to_bits()
}

pub struct SignedConsts;

impl SignedConsts {
    /// The sign bit of a 64-bit word: `(a ^ msb) < (b ^ msb)` is the signed `a < b`.
    pub fn msb() -> Constant<Bits<64>> {
        Constant::new((1u64 << 63).to_bits())
    }

    /// The sign bit of a `width`-bit field: `(x ^ s) - s` sign-extends the field to 64 bits.
    pub fn sign_of(width: u32) -> Constant<Bits<64>> {
        Constant::new((1u64 << (width - 1)).to_bits())
    }
}
