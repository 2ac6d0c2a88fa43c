//! 4th-order gammatone filters in the one-pole complex form (stable at every CF, unlike a
//! direct-form IIR): shift the signal down by CF, four cascaded complex one-pole low-passes,
//! shift back up and take 2·Re. Unity gain at CF before the output gain.

use std::f64::consts::TAU;

use super::LANES;
use super::cf_map::gammatone_b_hz;

/// Samples between exact recomputations of the oscillator (the f32 rotation drifts slowly).
pub(super) const RESYNC: usize = 256;

/// One channel's precomputed coefficients; `gain == 0` means the channel gets no input.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct ChannelFilter {
    gain: f32,
    r: f32,
    omega: f64,
}

impl ChannelFilter {
    /// Channels at or above `max_cf` Hz get no input (they are only spontaneously active).
    pub fn new(cf: f64, fs: f64, gain: f32, max_cf: f64) -> Self {
        if cf >= max_cf {
            return ChannelFilter::default();
        }
        ChannelFilter {
            gain,
            r: (-TAU * gammatone_b_hz(cf) / fs).exp() as f32,
            omega: TAU * cf / fs,
        }
    }

    pub fn has_input(&self) -> bool {
        self.gain != 0.0
    }
}

/// The filter state of `LANES` channels.
pub(super) struct GammatoneLanes {
    one_minus_r: [f32; LANES],
    r: [f32; LANES],
    out_gain: [f32; LANES],
    omega: [f64; LANES],
    rot_cos: [f32; LANES],
    rot_sin: [f32; LANES],
    cos: [f32; LANES],
    sin: [f32; LANES],
    re: [[f32; LANES]; 4],
    im: [[f32; LANES]; 4],
}

impl GammatoneLanes {
    pub fn new(filters: &[ChannelFilter; LANES]) -> Self {
        let mut g = GammatoneLanes {
            one_minus_r: [0.0; LANES],
            r: [0.0; LANES],
            out_gain: [0.0; LANES],
            omega: [0.0; LANES],
            rot_cos: [1.0; LANES],
            rot_sin: [0.0; LANES],
            cos: [1.0; LANES],
            sin: [0.0; LANES],
            re: [[0.0; LANES]; 4],
            im: [[0.0; LANES]; 4],
        };
        for (l, f) in filters.iter().enumerate() {
            g.r[l] = f.r;
            g.one_minus_r[l] = 1.0 - f.r;
            g.out_gain[l] = 2.0 * f.gain;
            g.omega[l] = f.omega;
            g.rot_cos[l] = f.omega.cos() as f32;
            g.rot_sin[l] = f.omega.sin() as f32;
        }
        g
    }

    /// Sets the oscillators exactly to sample `n`'s phase.
    pub fn resync(&mut self, n: usize) {
        for l in 0..LANES {
            let phase = (self.omega[l] * n as f64) % TAU;
            self.cos[l] = phase.cos() as f32;
            self.sin[l] = phase.sin() as f32;
        }
    }

    /// Filters one input sample into every lane's output; advances the oscillators.
    #[inline(always)]
    pub fn step(&mut self, x: f32, out: &mut [f32; LANES]) {
        for l in 0..LANES {
            let (c, s) = (self.cos[l], self.sin[l]);
            // x·e^(−jωn)
            let mut re = x * c;
            let mut im = -x * s;
            for stage in 0..4 {
                re = self.one_minus_r[l] * re + self.r[l] * self.re[stage][l];
                im = self.one_minus_r[l] * im + self.r[l] * self.im[stage][l];
                self.re[stage][l] = re;
                self.im[stage][l] = im;
            }
            // gain·2·Re(y·e^(+jωn))
            out[l] = self.out_gain[l] * (re * c - im * s);
            self.cos[l] = c * self.rot_cos[l] - s * self.rot_sin[l];
            self.sin[l] = s * self.rot_cos[l] + c * self.rot_sin[l];
        }
    }
}
