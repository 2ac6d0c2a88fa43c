//! Class-structured spike patterns in the SHD layout, for tests and co-simulation runs that need
//! SHD-format files but no speech (the speech-like generator is `delaytile data synth`).
//! Each class is a few "formant" tracks: straight lines in (time, unit) with a class-specific
//! start unit and slope; each track emits spikes with jittered times and units, plus uniform
//! background noise. Deterministic for a seed.

use super::{SHD_UNITS, Sample};
use crate::rng::SplitMix64;

/// Most samples [`check`] allows in one file.
pub const MAX_SAMPLES: usize = 1_000_000;
/// Most classes: labels are stored as `uint16`.
pub const MAX_CLASSES: usize = u16::MAX as usize + 1;
/// Longest sample, seconds.
pub const MAX_DURATION_S: f32 = 60.0;
/// Most seconds of patterns (samples x duration) in one file: at most about 1,540 spikes per
/// second (3 tracks at >= 2 ms spacing plus 40 noise spikes per second), so at most about 150
/// million spikes, about 1 GiB while generating and writing.
pub const MAX_TOTAL_S: f64 = 100_000.0;

/// Checks the size of a pattern file before anything is allocated; the message names the
/// option (`--samples`, `--classes`, `--duration`) and the limit.
pub fn check(n: usize, classes: usize, duration_s: f32) -> Result<(), String> {
    if !(1..=MAX_SAMPLES).contains(&n) {
        return Err(format!("--samples {n}: expected 1 ..= {MAX_SAMPLES}"));
    }
    if !(1..=MAX_CLASSES).contains(&classes) {
        return Err(format!(
            "--classes {classes}: expected 1 ..= {MAX_CLASSES} (labels are uint16)"
        ));
    }
    if !(duration_s > 0.0 && duration_s <= MAX_DURATION_S) {
        return Err(format!(
            "--duration {duration_s}: expected seconds in (0, {MAX_DURATION_S}]"
        ));
    }
    let total = n as f64 * f64::from(duration_s);
    if total > MAX_TOTAL_S {
        return Err(format!(
            "--samples {n} x --duration {duration_s} s = {total} s of patterns: expected at most \
             {MAX_TOTAL_S} s per file (about 1,540 spikes per second)"
        ));
    }
    Ok(())
}

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
