//! One LIF "bushy cell" per channel, driven by its 40 fibres: a synaptic current with
//! τ_syn = 0.5 ms, a membrane with τ_mem = 1 ms, weight 13000/40, threshold 1, reset to 0 and
//! 1 ms refractory (no integration) after a spike.

use super::LANES;

/// The bushy-cell constants (SHD's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BushyParams {
    pub tau_mem_s: f64,
    pub tau_syn_s: f64,
    pub refractory_s: f64,
    /// Charge per fibre spike, per second of synaptic current.
    pub weight: f64,
    pub threshold: f64,
}

impl Default for BushyParams {
    fn default() -> Self {
        BushyParams {
            tau_mem_s: 1e-3,
            tau_syn_s: 0.5e-3,
            refractory_s: 1e-3,
            weight: 13000.0 / 40.0,
            threshold: 1.0,
        }
    }
}

/// The bushy cells of `LANES` channels.
pub(super) struct BushyLanes {
    i_syn: [f32; LANES],
    v: [f32; LANES],
    refractory: [i32; LANES],
    syn_decay: f32,
    mem_decay: f32,
    weight_dt: f32,
    threshold: f32,
    refractory_samples: i32,
}

impl BushyLanes {
    pub fn new(params: &BushyParams, fs: f64) -> Self {
        let dt = 1.0 / fs;
        BushyLanes {
            i_syn: [0.0; LANES],
            v: [0.0; LANES],
            refractory: [0; LANES],
            syn_decay: (-dt / params.tau_syn_s).exp() as f32,
            mem_decay: (-dt / params.tau_mem_s).exp() as f32,
            weight_dt: (params.weight * dt) as f32,
            threshold: params.threshold as f32,
            refractory_samples: (params.refractory_s * fs).round() as i32,
        }
    }

    /// Fibre spikes `k` in → bit l of the result set if lane l spiked.
    #[inline(always)]
    pub fn step(&mut self, k: &[f32; LANES]) -> u32 {
        let mut fired = [false; LANES];
        for l in 0..LANES {
            self.i_syn[l] = self.i_syn[l] * self.syn_decay + k[l];
            let integrating = self.refractory[l] == 0;
            let v = self.v[l] * self.mem_decay + self.i_syn[l] * self.weight_dt;
            let fire = integrating && v >= self.threshold;
            // The membrane stays at its reset value (0) while refractory.
            self.v[l] = if integrating && !fire { v } else { 0.0 };
            self.refractory[l] = if fire {
                self.refractory_samples
            } else {
                (self.refractory[l] - 1).max(0)
            };
            fired[l] = fire;
        }
        let mut mask = 0;
        for (l, &f) in fired.iter().enumerate() {
            mask |= u32::from(f) << l;
        }
        mask
    }
}
