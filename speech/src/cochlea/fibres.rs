//! Auditory-nerve fibres: `n` per channel, each firing with the hair cell's probability per
//! sample unless it fired within the dead time. Exact and cheap: a ring buffer counts the fibres
//! that fired in each of the last `dead` samples, and the number firing now is one
//! Binomial(n − busy, p) draw by inversion from a single uniform (almost always a comparison
//! with P(0) = (1 − p)^(n − busy)).

use super::LANES;

/// Largest fibre count: the power (1 − p)^n is formed from the 6 bits of n.
pub const MAX_FIBRES: u32 = 63;

/// `q^n` for `n <= 63` by squaring (branch-free, so the lane loop vectorises).
#[inline(always)]
fn pow_bits(q: f32, n: i32) -> f32 {
    let mut acc = 1.0f32;
    let mut base = q;
    for bit in 0..6 {
        acc *= if (n >> bit) & 1 == 1 { base } else { 1.0 };
        base *= base;
    }
    acc
}

/// The rest of the inversion once `u >= p0 = (1 − p)^n`: walk up the Binomial(n, p) CDF.
#[inline(never)]
fn tail(n: i32, p: f32, u: f32, p0: f32) -> i32 {
    let q = 1.0 - p;
    if q <= 0.0 {
        return n;
    }
    let ratio = p / q;
    let (mut k, mut pk, mut cdf) = (0, p0, p0);
    // Rounding can leave the CDF just below u: stop at n.
    while u >= cdf && k < n {
        pk *= (n - k) as f32 / (k + 1) as f32 * ratio;
        k += 1;
        cdf += pk;
    }
    k
}

/// One Binomial(`n`, `p`) draw from the uniform `u` in [0, 1), exactly as the fibre stage
/// draws (`p` is clamped to [0, 1]; `n <= MAX_FIBRES`).
pub fn binomial(n: u32, p: f32, u: f32) -> u32 {
    let n = n.min(MAX_FIBRES) as i32;
    let p = p.clamp(0.0, 1.0);
    let p0 = pow_bits(1.0 - p, n);
    if u < p0 { 0 } else { tail(n, p, u, p0) as u32 }
}

/// The fibres of `LANES` channels, each lane with its own xorshift32 stream.
pub(super) struct FibreLanes {
    rng: [u32; LANES],
    /// `ring[slot]`: how many fibres fired `dead` samples ago (and are free again now).
    ring: Vec<[i32; LANES]>,
    slot: usize,
    busy: [i32; LANES],
    fibres: i32,
}

impl FibreLanes {
    /// `seeds` must be non-zero; `dead` >= 1 samples of dead time.
    pub fn new(fibres: u32, dead: usize, seeds: [u32; LANES]) -> Self {
        FibreLanes {
            rng: seeds,
            ring: vec![[0; LANES]; dead.max(1)],
            slot: 0,
            busy: [0; LANES],
            fibres: fibres.min(MAX_FIBRES) as i32,
        }
    }

    /// Firing probability `p` per fibre → number of fibres firing now, `k`.
    #[inline(always)]
    pub fn step(&mut self, p: &[f32; LANES], k: &mut [f32; LANES]) {
        let freed = self.ring[self.slot];
        let mut u = [0.0f32; LANES];
        let mut p0 = [0.0f32; LANES];
        let mut free = [0i32; LANES];
        for l in 0..LANES {
            self.busy[l] -= freed[l];
            free[l] = self.fibres - self.busy[l];
            let mut x = self.rng[l];
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            self.rng[l] = x;
            u[l] = (x >> 8) as f32 * (1.0 / (1u32 << 24) as f32);
            p0[l] = pow_bits(1.0 - p[l].clamp(0.0, 1.0), free[l]);
        }
        let mut fired = [0i32; LANES];
        for l in 0..LANES {
            if u[l] >= p0[l] {
                fired[l] = tail(free[l], p[l].clamp(0.0, 1.0), u[l], p0[l]);
            }
        }
        for l in 0..LANES {
            self.busy[l] += fired[l];
            k[l] = fired[l] as f32;
        }
        self.ring[self.slot] = fired;
        self.slot += 1;
        if self.slot == self.ring.len() {
            self.slot = 0;
        }
    }
}
