//! Meddis (1986) transmitter-pool inner hair cell with the SHD constants; its cleft contents
//! give each fibre's firing probability per sample. All three pools update from the previous
//! sample's values (forward Euler).

use super::LANES;

const A: f64 = 5.0;
const B: f64 = 300.0;
const G: f64 = 2000.0;
const Y: f64 = 5.05;
const L: f64 = 2500.0;
const R: f64 = 6580.0;
const X: f64 = 66.3;
const H: f64 = 50000.0;
const M: f64 = 1.0;

/// Resting state (no input): free transmitter q, cleft c, reprocessing store w.
fn resting() -> (f64, f64, f64) {
    let k0 = G * A / (A + B);
    let c = M * Y * k0 / (L * k0 + Y * (L + R));
    (c * (L + R) / k0, c, c * R / X)
}

/// Firing probability per fibre and sample at rest, for `fs` Hz.
pub fn spontaneous_probability(fs: f64) -> f64 {
    H * resting().1 / fs
}

/// The hair cells of `LANES` channels.
pub(super) struct HairCellLanes {
    q: [f32; LANES],
    c: [f32; LANES],
    w: [f32; LANES],
    g_dt: f32,
    y_dt: f32,
    lr_dt: f32,
    r_dt: f32,
    x_dt: f32,
    h_dt: f32,
}

impl HairCellLanes {
    /// At rest, for a sampling rate `fs`.
    pub fn new(fs: f64) -> Self {
        let dt = 1.0 / fs;
        let (q, c, w) = resting();
        HairCellLanes {
            q: [q as f32; LANES],
            c: [c as f32; LANES],
            w: [w as f32; LANES],
            g_dt: (G * dt) as f32,
            y_dt: (Y * dt) as f32,
            lr_dt: ((L + R) * dt) as f32,
            r_dt: (R * dt) as f32,
            x_dt: (X * dt) as f32,
            h_dt: (H * dt) as f32,
        }
    }

    /// Basilar-membrane input `bm` → firing probability per fibre `p`.
    #[inline(always)]
    pub fn step(&mut self, bm: &[f32; LANES], p: &mut [f32; LANES]) {
        const A32: f32 = A as f32;
        const B32: f32 = B as f32;
        const M32: f32 = M as f32;
        for l in 0..LANES {
            // Permeability; zero for s <= 0 (max keeps the division well defined).
            let s = (bm[l] + A32).max(0.0);
            let k = self.g_dt * s / (s + B32);
            let (q, c, w) = (self.q[l], self.c[l], self.w[l]);
            let replenish = if q < M32 { self.y_dt * (M32 - q) } else { 0.0 };
            let eject = k * q;
            let reprocess = self.x_dt * w;
            self.q[l] = (q + replenish - eject + reprocess).max(0.0);
            self.c[l] = (c + eject - self.lr_dt * c).max(0.0);
            self.w[l] = (w + self.r_dt * c - reprocess).max(0.0);
            p[l] = self.h_dt * self.c[l];
        }
    }
}
