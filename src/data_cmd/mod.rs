//! `delaytile data patterns | synth | inspect | shuffle | baseline`: SHD-format files, the speech
//! set of crate `speech` (espeak-ng words through the cochlea model), their inspection and the
//! linear baseline.

mod synth;

use crate::limits;
use anyhow::{Context, Result};
use clap::Subcommand;
use speech::baseline::{self, FitOptions};
use speech::inspect;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum DataCommand {
    /// Write an SHD-format file of class-structured spike patterns (straight "formant" tracks
    /// plus noise; not speech): input for co-simulation and tests without any download.
    Patterns {
        /// Output file (HDF5, written atomically).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Number of samples (at most 1000000, and at most 100000 s of patterns in all).
        #[arg(long, value_name = "N", default_value_t = 100,
              value_parser = limits::count(golden::shd::patterns::MAX_SAMPLES as u64))]
        samples: usize,
        /// Number of classes (at most 65536: labels are uint16).
        #[arg(long, value_name = "N", default_value_t = 20,
              value_parser = limits::count(golden::shd::patterns::MAX_CLASSES as u64))]
        classes: usize,
        /// Longest sample, seconds (at most 60).
        #[arg(long, value_name = "S", default_value_t = 1.0)]
        duration: f32,
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
    },
    /// Generate the SHD-format speech set (synthetic speech, not SHD): the 20 SHD words spoken
    /// by espeak-ng with 12 synthetic speakers, through a 700-channel cochlea model; writes
    /// DIR/shd_train.h5 and DIR/shd_test.h5 (speakers 4 and 5 in the test file only).
    Synth(synth::SynthArgs),
    /// Summarise an SHD-format file (real or generated): samples, classes, speakers, spikes,
    /// active units, duration; optionally one sample and its spike raster as PNG.
    Inspect {
        /// SHD-format HDF5 file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Describe this sample (and draw it with --raster).
        #[arg(long, value_name = "N")]
        sample: Option<usize>,
        /// Write the spike raster of --sample (default 0) to this PNG file.
        #[arg(long, value_name = "OUT.png")]
        raster: Option<PathBuf>,
    },
    /// Copy an SHD-format file with the spike times shuffled within each sample (units and
    /// per-unit counts kept): to measure how much a classifier needs spike timing.
    Shuffle {
        /// Input file (SHD-format HDF5).
        #[arg(long = "in", value_name = "SHD.h5")]
        input: PathBuf,
        /// Output file.
        #[arg(long, value_name = "SHD.h5")]
        out: PathBuf,
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
    },
    /// Linear baseline: logistic regression on log(1 + count) in 100 ms x 20-unit bins, trained
    /// on --train, accuracy on --test (all samples and held-out speakers).
    Baseline {
        /// Training data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        train: PathBuf,
        /// Test data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        test: PathBuf,
        /// Inverse L2 strength (scikit-learn's C).
        #[arg(long, value_name = "C", default_value_t = 0.05)]
        c: f64,
        /// Gradient iterations (at most 1000000).
        #[arg(long, value_name = "N", default_value_t = 1000,
              value_parser = limits::count(limits::MAX_ITERATIONS))]
        iterations: usize,
    },
}

/// Runs one `data` subcommand.
pub fn run(cmd: DataCommand) -> Result<()> {
    match cmd {
        DataCommand::Patterns {
            out,
            samples,
            classes,
            duration,
            seed,
        } => lab::dataset::write_patterns(&out, samples, classes, duration, seed),
        DataCommand::Synth(args) => synth::run(args),
        DataCommand::Inspect {
            file,
            sample,
            raster,
        } => inspect(&file, sample, raster),
        DataCommand::Shuffle { input, out, seed } => shuffle(&input, &out, seed),
        DataCommand::Baseline {
            train,
            test,
            c,
            iterations,
        } => baseline(&train, &test, c, iterations),
    }
}

/// `data inspect`: the file summary; with `--sample`, that sample; with `--raster`, its PNG.
pub fn inspect(file: &Path, sample: Option<usize>, raster: Option<PathBuf>) -> Result<()> {
    let data = golden::shd::load(file).context("cannot inspect the file")?;
    println!("{}", inspect::summarize(&data));
    if sample.is_none() && raster.is_none() {
        return Ok(());
    }
    let index = sample.unwrap_or(0);
    println!("{}", inspect::describe_sample(&data, index)?);
    if let Some(path) = raster {
        let (w, h) = speech::raster::write_png(&path, inspect::sample(&data, index)?)?;
        println!(
            "wrote {} ({w} × {h} px: 1 ms per column, unit 0 = highest frequency at the top, grid \
             every 100 ms and 100 units)",
            path.display()
        );
    }
    Ok(())
}

/// `data baseline`: linear classifier trained on `train`, accuracy on `test`.
pub fn baseline(train: &Path, test: &Path, c: f64, iterations: usize) -> Result<()> {
    let train = golden::shd::load(train).context("cannot load the training data")?;
    let test = golden::shd::load(test).context("cannot load the test data")?;
    let report = baseline::run(&train, &test, &FitOptions { c, iterations })?;
    println!("{report}");
    Ok(())
}

/// `data shuffle`: `input` with spike times shuffled within each sample, written to `out`.
pub fn shuffle(input: &Path, out: &Path, seed: u64) -> Result<()> {
    let file = golden::shd::load(input).context("cannot load the data to shuffle")?;
    let samples: Vec<golden::shd::Sample> = file
        .samples
        .iter()
        .enumerate()
        .map(|(i, s)| {
            speech::shuffle::shuffle_times(s, seed ^ (i as u64).wrapping_mul(0x9E37_79B9))
        })
        .collect();
    golden::shd::write(
        out,
        &golden::shd::ShdWrite {
            samples: &samples,
            keys: &file.keys,
        },
    )
    .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "wrote {}: {} samples, spike times shuffled within each sample (seed {seed})",
        out.display(),
        samples.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inspect_of_a_non_hdf5_file_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.h5");
        std::fs::write(&bad, b"not an hdf5 file at all").unwrap();
        let e = format!("{:#}", inspect(&bad, None, None).unwrap_err());
        assert!(
            e.contains("bad.h5") && e.contains("not an HDF5 file"),
            "{e}"
        );
    }
}
