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

    /// The low `width` bits: `((x ^ sign_of(width)) & mask(width))` is x's comparison key, whose
    /// unsigned order is the signed order of values that fit `width` bits; the bits above are
    /// constant 0, so Yosys narrows the comparators (a 64-bit compare of a sign-extended value
    /// stays 64 bits wide).
    pub fn mask(width: u32) -> Constant<Bits<64>> {
        Constant::new((u64::MAX >> (64 - width)).to_bits())
    }

    /// The bits at and above `bits - 1`, for a clamp to `[lo, hi]`, which must be the `bits`-bit
    /// two's-complement range (`format::signed_range`; checked): a sign-extended x lies outside
    /// it exactly when these are neither all 0 nor all 1, so the clamp is over = !x[63] &
    /// (x & high != 0), under = x[63] & (x & high != high): a reduction of a few bits, where a
    /// comparison is a carry chain.
    pub fn signed_high(lo: i32, hi: i32, bits: u32) -> Constant<Bits<64>> {
        let range = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        assert_eq!(
            (lo as i64, hi as i64),
            range,
            "a clamp by high bits needs the full range"
        );
        Constant::new((!((1u64 << (bits - 1)) - 1)).to_bits())
    }

    /// The bits at and above `bits`, for a clamp of a non-negative x to `max`, which must be
    /// `2^bits - 1` (checked): x exceeds it exactly when one of them is set.
    pub fn unsigned_high(max: i32, bits: u32) -> Constant<Bits<64>> {
        assert_eq!(
            max as i64,
            (1i64 << bits) - 1,
            "a clamp by high bits needs the full range"
        );
        Constant::new((!((1u64 << bits) - 1)).to_bits())
    }

    /// The comparison key of the constant `x` (see `mask`).
    pub fn key(x: i64, width: u32) -> Constant<Bits<64>> {
        let key = ((x as u64) ^ (1u64 << (width - 1))) & (u64::MAX >> (64 - width));
        Constant::new(key.to_bits())
    }
}
