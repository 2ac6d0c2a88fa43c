//! Deterministic random sources. Nothing here depends on a crate's RNG so that the sequences are
//! part of the contract (the RTL must reproduce `Lfsr`; `SplitMix64` only draws initial values).

/// SplitMix64: initial parameters, feedback matrices, task generation, shuffles.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [-a, a).
    pub fn uniform(&mut self, a: f64) -> f64 {
        (2.0 * self.next_f64() - 1.0) * a
    }

    /// Uniform integer in [0, n).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

/// The stochastic-rounding generator of the tile: Marsaglia's xorshift32 (shifts 13, 17, 5), a
/// GF(2)-linear shift-register generator with period 2^32 - 1. In hardware it is three XOR
/// layers; advancing it k times per cycle (lanes) is a fixed XOR network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lfsr(pub u32);

impl Lfsr {
    /// A zero state would lock the generator; it is mapped to 1.
    pub fn new(seed: u32) -> Self {
        Lfsr(if seed == 0 { 1 } else { seed })
    }

    /// Advance once and return the new state.
    pub fn draw(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

/// Independent stochastic-rounding streams of the learning unit (ALGORITHM.md section 6): a
/// synapse, axonal delay or readout column with index `i` draws from stream `i % LFSR_STREAMS`.
/// 16 lets an RTL with 1, 2, 4, 8 or 16 lanes give each lane its own streams; in Rust the 16
/// streams advance together as two 8-lane vectors.
pub const LFSR_STREAMS: usize = 16;

/// The tile's bank of `LFSR_STREAMS` xorshift32 streams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LfsrBank(pub [u32; LFSR_STREAMS]);

impl LfsrBank {
    /// Stream `i` starts at the low 32 bits of the `i`-th output of `SplitMix64::new(seed)`
    /// (0 maps to 1): independent uniform seeds, so the GF(2)-linear streams stay independent.
    pub fn seeded(seed: u64) -> Self {
        let mut g = SplitMix64::new(seed);
        LfsrBank(std::array::from_fn(|_| Lfsr::new(g.next_u64() as u32).0))
    }

    /// Advance stream `i % LFSR_STREAMS` once and return its new state.
    pub fn draw(&mut self, i: usize) -> u32 {
        let st = &mut self.0[i % LFSR_STREAMS];
        let mut l = Lfsr(*st);
        let r = l.draw();
        *st = r;
        r
    }

    /// One draw for each index `0..out.len()` of a row, index i from stream i mod 16, in index
    /// order: whole groups of 16 advance all streams at once.
    #[inline(always)]
    pub fn draw_row(&mut self, out: &mut [u32]) {
        // The bank stays in registers over the whole groups.
        let mut x = self.0;
        let mut groups = out.chunks_exact_mut(LFSR_STREAMS);
        for g in &mut groups {
            xorshift_all(&mut x);
            g.copy_from_slice(&x);
        }
        self.0 = x;
        for (i, x) in groups.into_remainder().iter_mut().enumerate() {
            *x = self.draw(i);
        }
    }
}

/// Advance every stream of a bank once, as one vector of XORs and shifts.
#[inline(always)]
fn xorshift_all(x: &mut [u32; LFSR_STREAMS]) {
    for v in x.iter_mut() {
        *v ^= *v << 13;
        *v ^= *v >> 17;
        *v ^= *v << 5;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lfsr_never_returns_to_its_seed_early_and_never_hits_zero() {
        let mut l = Lfsr::new(0xACE1);
        let start = l;
        for _ in 0..1_000_000 {
            assert_ne!(l.draw(), 0);
            assert_ne!(l, start);
        }
    }

    #[test]
    fn splitmix_below_is_in_range_and_covers_it() {
        let mut r = SplitMix64::new(3);
        let mut seen = [false; 7];
        for _ in 0..1000 {
            let x = r.below(7) as usize;
            seen[x] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }
}
