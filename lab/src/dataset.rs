//! SHD-format data files, binned with the configuration's `data` section and checked against
//! its network before anything runs.

use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::shd;
use golden::task::Sample;
use std::path::Path;

/// The binned samples of one file, their speakers and the class names.
pub struct Dataset {
    /// The file they came from.
    pub path: std::path::PathBuf,
    pub samples: Vec<Sample>,
    /// Per sample, its speaker (`extra/speaker`), if the file has them.
    pub speakers: Vec<Option<u16>>,
    pub keys: Vec<String>,
}

impl Dataset {
    /// Moves the samples of `speakers` out into a second set (e.g. training speakers held out
    /// for validation); fails naming the file if a speaker has no sample in it.
    pub fn split_speakers(self, speakers: &[u16], path: &Path) -> Result<(Dataset, Dataset)> {
        for &id in speakers {
            if !self.speakers.contains(&Some(id)) {
                bail!(
                    "{}: no sample of speaker {id} to hold out for validation; expected one of the \
                     file's speakers ({})",
                    path.display(),
                    speaker_list(&self.speakers)
                );
            }
        }
        let (mut keep, mut out) = (self.empty_like(), self.empty_like());
        for (x, s) in self.samples.into_iter().zip(self.speakers) {
            let to = if s.is_some_and(|s| speakers.contains(&s)) {
                &mut out
            } else {
                &mut keep
            };
            to.samples.push(x);
            to.speakers.push(s);
        }
        Ok((keep, out))
    }

    fn empty_like(&self) -> Dataset {
        Dataset {
            path: self.path.clone(),
            samples: Vec::new(),
            speakers: Vec::new(),
            keys: self.keys.clone(),
        }
    }
}

fn speaker_list(speakers: &[Option<u16>]) -> String {
    let mut ids: Vec<u16> = speakers.iter().flatten().copied().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return "none: the file has no extra/speaker".into();
    }
    ids.iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks that the binning gives as many channels as the network has inputs; `path` is the
/// data file the check is for (named in the message).
pub fn check_channels(cfg: &Config, path: &Path) -> Result<()> {
    let channels = cfg.data.channels();
    if channels != cfg.network.inputs {
        bail!(
            "{}: binning with data.pool = {} gives {channels} input channels ({} SHD units / pool), \
             but network.inputs = {}; expected them equal (set network.inputs = {channels} or \
             change data.pool)",
            path.display(),
            cfg.data.pool,
            shd::SHD_UNITS,
            cfg.network.inputs
        );
    }
    Ok(())
}

/// Loads an SHD-format file, checks it against `cfg` (channel count, labels) and bins it.
/// `role` (e.g. "training") names the file's purpose in messages.
pub fn load(path: &Path, cfg: &Config, role: &str) -> Result<Dataset> {
    check_channels(cfg, path)?;
    let file = shd::load(path).with_context(|| format!("cannot load the {role} data"))?;
    if file.samples.is_empty() {
        bail!(
            "{}: the {role} data has no samples, expected at least one",
            path.display()
        );
    }
    // Spikes after the binning's end are dropped: say how many, refuse if most are.
    let cover = shd::coverage(&file.samples, cfg.data.max_time_s);
    if let Some(warning) = cover
        .check(path, "data.max_time_s")
        .with_context(|| format!("cannot use the {role} data"))?
    {
        eprintln!("warning: {warning}");
    }
    let outputs = cfg.network.outputs;
    let bad: Vec<usize> = (0..file.samples.len())
        .filter(|&i| usize::from(file.samples[i].label) >= outputs)
        .collect();
    if let Some(&i) = bad.first() {
        let label = file.samples[i].label;
        let name = file
            .keys
            .get(usize::from(label))
            .map(|k| format!(" ({k:?})"))
            .unwrap_or_default();
        bail!(
            "{}: sample {i} has label {label}{name}, expected a label < network.outputs = {outputs} \
             ({} of {} samples are out of range; the file has {} classes in extra/keys)",
            path.display(),
            bad.len(),
            file.samples.len(),
            file.keys.len()
        );
    }
    let samples: Vec<Sample> = file
        .samples
        .iter()
        .map(|s| shd::bin(s, &cfg.data))
        .collect();
    // The binning guarantees this once the channel count matches; the tile would index out of
    // bounds otherwise, so it is checked rather than assumed.
    for (i, s) in samples.iter().enumerate() {
        if let Some(&c) = s
            .steps
            .iter()
            .flatten()
            .find(|&&c| usize::from(c) >= cfg.network.inputs)
        {
            bail!(
                "{}: sample {i} has input channel {c} after binning, expected < network.inputs = {}",
                path.display(),
                cfg.network.inputs
            );
        }
    }
    Ok(Dataset {
        path: path.to_path_buf(),
        samples,
        speakers: file.samples.iter().map(|s| s.speaker).collect(),
        keys: file.keys,
    })
}

/// `delaytile data patterns`: class-structured patterns in the SHD layout.
pub fn write_patterns(
    out: &Path,
    samples: usize,
    classes: usize,
    duration: f32,
    seed: u64,
) -> Result<()> {
    shd::patterns::check(samples, classes, duration).map_err(anyhow::Error::msg)?;
    let data = shd::patterns(samples, classes, duration, seed);
    let keys: Vec<String> = (0..classes).map(|c| format!("pattern{c}")).collect();
    shd::write(
        out,
        &shd::ShdWrite {
            samples: &data,
            keys: &keys,
        },
    )
    .with_context(|| format!("cannot write {}", out.display()))?;
    let spikes: usize = data.iter().map(|s| s.times.len()).sum();
    println!(
        "wrote {}: {samples} samples, {classes} classes, {:.0} spikes per sample",
        out.display(),
        spikes as f64 / samples as f64
    );
    Ok(())
}
