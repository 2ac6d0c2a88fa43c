//! `delaytile data inspect`: a summary of any SHD-format file (real SHD or generated) and of
//! single samples.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use golden::shd::{SHD_UNITS, Sample, ShdFile};

use crate::error::SpeechError;

/// Mean, minimum and maximum of a per-sample quantity (all 0 for an empty file).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    pub mean: f64,
    pub min: f64,
    pub max: f64,
}

impl Stats {
    pub fn of(values: impl IntoIterator<Item = f64>) -> Stats {
        let (mut n, mut sum, mut min, mut max) = (0usize, 0.0, f64::INFINITY, f64::NEG_INFINITY);
        for v in values {
            n += 1;
            sum += v;
            min = min.min(v);
            max = max.max(v);
        }
        if n == 0 {
            return Stats::default();
        }
        Stats {
            mean: sum / n as f64,
            min,
            max,
        }
    }
}

/// What `inspect` prints about a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub path: PathBuf,
    pub samples: usize,
    pub spikes: usize,
    /// (class name, number of samples) per label.
    pub classes: Vec<(String, usize)>,
    /// Samples per speaker, when the file has `extra/speaker`.
    pub speakers: Option<BTreeMap<u16, usize>>,
    pub spikes_per_sample: Stats,
    /// Units with at least one spike, per sample.
    pub active_units_per_sample: Stats,
    /// Units with at least one spike anywhere in the file.
    pub active_units: usize,
    /// Time of the last spike, per non-empty sample (seconds).
    pub last_spike_s: Stats,
    /// Time of the first spike, per non-empty sample (seconds).
    pub first_spike_s: Stats,
    pub empty_samples: usize,
}

fn active_units(s: &Sample, seen: &mut [bool]) -> usize {
    let mut here = vec![false; SHD_UNITS];
    for &u in &s.units {
        here[usize::from(u)] = true;
        seen[usize::from(u)] = true;
    }
    here.iter().filter(|&&b| b).count()
}

/// Summarises a loaded (hence validated) file.
pub fn summarize(file: &ShdFile) -> Summary {
    let mut classes: Vec<(String, usize)> = file.keys.iter().map(|k| (k.clone(), 0)).collect();
    let mut speakers: BTreeMap<u16, usize> = BTreeMap::new();
    let mut seen = vec![false; SHD_UNITS];
    let mut active = Vec::with_capacity(file.samples.len());
    for s in &file.samples {
        classes[usize::from(s.label)].1 += 1;
        if let Some(id) = s.speaker {
            *speakers.entry(id).or_default() += 1;
        }
        active.push(active_units(s, &mut seen) as f64);
    }
    let non_empty = || file.samples.iter().filter(|s| !s.times.is_empty());
    Summary {
        path: file.path.clone(),
        samples: file.samples.len(),
        spikes: file.samples.iter().map(|s| s.times.len()).sum(),
        classes,
        speakers: file
            .samples
            .first()
            .and_then(|s| s.speaker)
            .map(|_| speakers),
        spikes_per_sample: Stats::of(file.samples.iter().map(|s| s.times.len() as f64)),
        active_units_per_sample: Stats::of(active),
        active_units: seen.iter().filter(|&&b| b).count(),
        last_spike_s: Stats::of(non_empty().map(|s| f64::from(*s.times.last().unwrap_or(&0.0)))),
        first_spike_s: Stats::of(non_empty().map(|s| f64::from(s.times[0]))),
        empty_samples: file.samples.iter().filter(|s| s.times.is_empty()).count(),
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "file: {}", self.path.display())?;
        writeln!(
            f,
            "samples: {} ({} spikes, {} empty)",
            self.samples, self.spikes, self.empty_samples
        )?;
        writeln!(f, "classes: {}", self.classes.len())?;
        for (label, (name, count)) in self.classes.iter().enumerate() {
            writeln!(f, "  {label:>3} {name:<10} {count:>6}")?;
        }
        match &self.speakers {
            Some(speakers) => {
                let list: Vec<String> = speakers
                    .iter()
                    .map(|(id, n)| format!("{id}: {n}"))
                    .collect();
                writeln!(f, "speakers: {} ({})", speakers.len(), list.join(", "))?;
            }
            None => writeln!(f, "speakers: none (no extra/speaker)")?,
        }
        let s = self.spikes_per_sample;
        writeln!(
            f,
            "spikes per sample: mean {:.1}, min {}, max {}",
            s.mean, s.min, s.max
        )?;
        let a = self.active_units_per_sample;
        writeln!(
            f,
            "active units: {} of {SHD_UNITS} in the file; per sample mean {:.1}, min {}, max {}",
            self.active_units, a.mean, a.min, a.max
        )?;
        let (first, last) = (self.first_spike_s, self.last_spike_s);
        writeln!(
            f,
            "duration (last spike): mean {:.3} s, min {:.3} s, max {:.3} s",
            last.mean, last.min, last.max
        )?;
        write!(
            f,
            "first spike: mean {:.3} s, min {:.3} s, max {:.3} s",
            first.mean, first.min, first.max
        )
    }
}

/// One line about sample `index`, or an error naming the file and the valid range.
pub fn describe_sample(file: &ShdFile, index: usize) -> Result<String, SpeechError> {
    let s = sample(file, index)?;
    let name = file
        .keys
        .get(usize::from(s.label))
        .map_or("?", String::as_str);
    let speaker = s.speaker.map_or("none".to_string(), |id| id.to_string());
    let mut seen = vec![false; SHD_UNITS];
    Ok(format!(
        "sample {index}: label {} ({name}), speaker {speaker}, {} spikes, {} active units, \
         spikes from {:.3} s to {:.3} s",
        s.label,
        s.times.len(),
        active_units(s, &mut seen),
        s.times.first().copied().unwrap_or(0.0),
        s.times.last().copied().unwrap_or(0.0),
    ))
}

/// Sample `index` of `file`, or an error naming the file and the valid range.
pub fn sample(file: &ShdFile, index: usize) -> Result<&Sample, SpeechError> {
    file.samples.get(index).ok_or_else(|| SpeechError::Data {
        path: file.path.clone(),
        detail: format!(
            "--sample {index} is out of range, the file has {} samples (0..{})",
            file.samples.len(),
            file.samples.len()
        ),
    })
}
