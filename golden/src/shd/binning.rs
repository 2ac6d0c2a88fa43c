//! Time binning and unit pooling of SHD samples.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{SHD_UNITS, Sample, ShdError};

/// Largest number of time steps [`Binning::validate`] accepts (guards
/// against absurd allocations from a typo such as `dt_ms = 1e-9`).
const MAX_STEPS: usize = 1_000_000;

/// How spikes become time steps and input channels.
///
/// A spike at `t` seconds on unit `u` lands in step `floor(t * 1000 / dt_ms)`
/// and channel `u / pool`; spikes at `t >= max_time_s` are dropped.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Binning {
    /// Step length in milliseconds.
    pub dt_ms: f64,
    /// Spikes at or after this time (seconds) are dropped.
    pub max_time_s: f64,
    /// Number of adjacent units pooled into one channel.
    pub pool: usize,
}

impl Default for Binning {
    /// 10 ms steps up to 1.4 s (140 steps), units pooled by 5 (140 channels),
    /// as in Hammouamri et al. 2023.
    fn default() -> Self {
        Self {
            dt_ms: 10.0,
            max_time_s: 1.4,
            pool: 5,
        }
    }
}

impl Binning {
    /// Checks that the binning is usable; the message names the bad field.
    pub fn validate(&self) -> Result<(), String> {
        self.check().map_err(|(field, value, expected)| {
            format!("binning.{field} = {value}: expected {expected}")
        })
    }

    /// [`validate`](Self::validate) as (field, value, what was expected), for the
    /// configuration's messages.
    pub fn check(&self) -> Result<(), (&'static str, String, String)> {
        if !(self.dt_ms.is_finite() && self.dt_ms > 0.0) {
            return Err((
                "dt_ms",
                self.dt_ms.to_string(),
                "a finite number > 0".into(),
            ));
        }
        if !(self.max_time_s.is_finite() && self.max_time_s > 0.0) {
            return Err((
                "max_time_s",
                self.max_time_s.to_string(),
                "a finite number > 0".into(),
            ));
        }
        if !(1..=SHD_UNITS).contains(&self.pool) {
            return Err(("pool", self.pool.to_string(), format!("1 ..= {SHD_UNITS}")));
        }
        if self.steps() > MAX_STEPS {
            return Err((
                "dt_ms",
                self.dt_ms.to_string(),
                format!(
                    "at most {MAX_STEPS} steps per sample (max_time_s {} / dt_ms gives {} steps)",
                    self.max_time_s,
                    self.steps()
                ),
            ));
        }
        Ok(())
    }

    /// Number of input channels: `ceil(700 / pool)`.
    pub fn channels(&self) -> usize {
        SHD_UNITS.div_ceil(self.pool.max(1))
    }

    /// Number of time steps: `ceil(max_time / dt)`; 0 if the binning is invalid.
    pub fn steps(&self) -> usize {
        let steps = (self.max_time_s * 1000.0 / self.dt_ms).ceil();
        // `as` saturates; NaN and negatives become 0.
        if steps.is_finite() { steps as usize } else { 0 }
    }
}

/// How many spikes of a file a time limit keeps (spikes at or after it are dropped).
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub max_time_s: f64,
    pub spikes: usize,
    /// Spikes at or after `max_time_s`.
    pub dropped: usize,
    pub samples: usize,
    /// Samples that lose at least one spike.
    pub samples_cut: usize,
    /// The latest spike time in the file (0 without spikes).
    pub latest: f32,
}

/// Counts the spikes of `samples` that fall at or after `max_time_s`.
pub fn coverage(samples: &[Sample], max_time_s: f64) -> Coverage {
    let mut c = Coverage {
        max_time_s,
        spikes: 0,
        dropped: 0,
        samples: samples.len(),
        samples_cut: 0,
        latest: 0.0,
    };
    for s in samples {
        // Times are sorted (the loader checks it), so the dropped ones are a tail.
        let kept = s.times.partition_point(|&t| f64::from(t) < max_time_s);
        c.spikes += s.times.len();
        c.dropped += s.times.len() - kept;
        c.samples_cut += usize::from(kept < s.times.len());
        c.latest = c.latest.max(s.times.last().copied().unwrap_or(0.0));
    }
    c
}

impl Coverage {
    /// Refuses a file whose spikes mostly fall at or after the limit (`field` names the
    /// setting, e.g. `data.max_time_s`); otherwise returns a warning if any spike does.
    pub fn check(&self, path: &Path, field: &'static str) -> Result<Option<String>, ShdError> {
        if self.dropped * 2 > self.spikes {
            return Err(ShdError::TimesOutsideRange {
                path: path.to_path_buf(),
                field,
                max_time_s: self.max_time_s,
                spikes: self.spikes,
                dropped: self.dropped,
                samples: self.samples,
                samples_cut: self.samples_cut,
                latest: self.latest,
            });
        }
        Ok((self.dropped > 0).then(|| {
            format!(
                "{}: {} of {} spikes ({} of {} samples affected) fall at or after {field} = {} s \
                 and are dropped (latest spike at {} s)",
                path.display(),
                self.dropped,
                self.spikes,
                self.samples_cut,
                self.samples,
                self.max_time_s,
                self.latest
            )
        }))
    }
}

/// A binned sample is the task's sample: per step, the active channels (sorted, without
/// duplicates; `steps.len() == binning.steps()`) and the class.
pub type BinnedSample = crate::task::Sample;

/// Bins `sample` with `b` (which should pass [`Binning::validate`]).
///
/// Step `floor(t * 1000 / dt_ms)`, channel `unit / pool`; spikes at
/// `t >= max_time_s` (or, through rounding, past the last step) are dropped.
/// Several spikes of one channel in one step count once.
pub fn bin(sample: &Sample, b: &Binning) -> BinnedSample {
    let mut steps = vec![Vec::new(); b.steps()];
    let pool = b.pool.max(1);
    for (&t, &unit) in sample.times.iter().zip(&sample.units) {
        let t = f64::from(t);
        if !(t >= 0.0 && t < b.max_time_s) {
            continue;
        }
        let step = (t * 1000.0 / b.dt_ms).floor() as usize;
        if let Some(list) = steps.get_mut(step) {
            // The quotient is at most `unit`, so it fits u16.
            list.push((usize::from(unit) / pool) as u16);
        }
    }
    for list in &mut steps {
        list.sort_unstable();
        list.dedup();
    }
    BinnedSample {
        label: sample.label.into(),
        steps,
    }
}
