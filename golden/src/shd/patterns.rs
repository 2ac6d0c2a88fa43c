//! Class-structured spike patterns in the SHD layout, for tests and co-simulation runs that need
//! SHD-format files but no speech (the speech-like generator is `delaytile data synth`).
//! Each class is a few "formant" tracks: straight lines in (time, unit) with a class-specific
//! start unit and slope; each track emits spikes with jittered times and units, plus uniform
//! background noise. Deterministic for a seed.

use super::{SHD_UNITS, Sample};
use crate::rng::SplitMix64;

/// `n` samples of up to `duration_s` seconds with labels `i % classes`.
pub fn patterns(n: usize, classes: usize, duration_s: f32, seed: u64) -> Vec<Sample> {
    let mut class_rng = SplitMix64::new(seed ^ 0x0C1A_55E5);
    let tracks: Vec<Vec<(f32, f32)>> = (0..classes)
        .map(|_| {
            (0..3)
                .map(|_| {
                    let start = class_rng.next_f64() as f32 * SHD_UNITS as f32;
                    let slope = (class_rng.next_f64() as f32 - 0.5) * 400.0; // units per second
                    (start, slope)
                })
                .collect()
        })
        .collect();
    let mut rng = SplitMix64::new(seed);
    (0..n)
        .map(|i| {
            let label = i % classes;
            let mut spikes: Vec<(f32, u16)> = Vec::new();
            let len = duration_s * (0.7 + 0.3 * rng.next_f64() as f32);
            for &(start, slope) in &tracks[label] {
                let mut t = 0.02 * rng.next_f64() as f32;
                while t < len {
                    let unit = start + slope * t + (rng.next_f64() as f32 - 0.5) * 30.0;
                    if (0.0..SHD_UNITS as f32).contains(&unit) {
                        spikes.push((t, unit as u16));
                    }
                    t += 0.002 + 0.004 * rng.next_f64() as f32;
                }
            }
            for _ in 0..(40.0 * len) as usize {
                let t = rng.next_f64() as f32 * len;
                spikes.push((t, rng.below(SHD_UNITS as u64) as u16));
            }
            spikes.sort_by(|a, b| a.0.total_cmp(&b.0));
            Sample {
                times: spikes.iter().map(|s| s.0).collect(),
                units: spikes.iter().map(|s| s.1).collect(),
                label: label as u16,
                speaker: None,
            }
        })
        .collect()
}
