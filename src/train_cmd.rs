//! `delaytile train`: online training on an SHD-format file, evaluation on another, and the
//! parameter file and results written at the end.

use crate::data;
use crate::model::{AnyModel, ModelKind, Sizes, WithProgress, progress, sizes};
use crate::output::{json_bytes, write_atomic};
use crate::settings::load_config;
use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::paramfile;
use golden::rng::SplitMix64;
use golden::train::{Model, Score, annealed, evaluate, train_epoch};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Names of the files written into the output directory.
pub const PARAMS_FILE: &str = "params.dtp";
pub const RESULTS_FILE: &str = "results.json";

pub struct TrainArgs {
    pub config: PathBuf,
    pub train: PathBuf,
    pub test: Option<PathBuf>,
    pub model: ModelKind,
    pub epochs: Option<usize>,
    /// Training-file speakers held out as the validation set (empty: none).
    pub validation_speakers: Vec<u16>,
    pub set: Vec<String>,
    pub out: PathBuf,
}

#[derive(Serialize)]
pub struct EpochResult {
    pub epoch: usize,
    /// Online accuracy: each sample's prediction at its end, made while the model learns on it
    /// (and after it learned on the epoch's earlier samples).
    pub train_accuracy: f64,
    /// Accuracy on the validation speakers after the epoch (null without them).
    pub validation_accuracy: Option<f64>,
    /// Accuracy on the test file after the epoch (null without a test file).
    pub test_accuracy: Option<f64>,
    /// The learning rates (log2) of this epoch, after `train.anneal_every` annealing.
    pub lr_log2: LearningRates,
    pub seconds: f64,
}

#[derive(Serialize)]
pub struct LearningRates {
    pub w: i32,
    pub u: i32,
    pub d: i32,
    pub a: i32,
}

#[derive(Serialize)]
pub struct TrainResults {
    pub command: &'static str,
    pub model: &'static str,
    pub config: Config,
    pub train_data: String,
    pub test_data: Option<String>,
    pub train_samples: usize,
    /// Training-file speakers held out for validation, and their sample count.
    pub validation_speakers: Vec<u16>,
    pub validation_samples: usize,
    pub test_samples: Option<usize>,
    /// Class names from the training file's `extra/keys`.
    pub classes: Vec<String>,
    pub epochs: Vec<EpochResult>,
    /// The epoch (1-based) whose parameters were kept: the best validation accuracy (first of
    /// equals), else the last.
    pub selected_epoch: usize,
    /// Accuracy and confusion matrix (`[true][predicted]`) on the test file with the kept
    /// parameters (null without a test file).
    pub final_test: Option<Score>,
    pub parameters: Sizes,
    pub params_file: String,
    pub wall_time_s: f64,
}

pub fn run(args: TrainArgs) -> Result<()> {
    let start = Instant::now();
    let mut sets = args.set.clone();
    if let Some(n) = args.epochs {
        sets.push(format!("train.epochs={n}"));
    }
    let cfg = load_config(&args.config, &sets)?;
    if args.out.exists() && !args.out.is_dir() {
        bail!(
            "--out {}: exists and is not a directory, expected an output directory",
            args.out.display()
        );
    }
    let train = data::load(&args.train, &cfg, "training")?;
    let (train, valid) = if args.validation_speakers.is_empty() {
        (train, None)
    } else {
        let (t, v) = train.split_speakers(&args.validation_speakers, &args.train)?;
        (t, Some(v))
    };
    let test = match &args.test {
        Some(p) => Some(data::load(p, &cfg, "test")?),
        None => None,
    };
    // Fail before training if the output directory cannot be made; files come only at the end.
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output directory {}", args.out.display()))?;

    let classes = cfg.network.outputs;
    let mut model = AnyModel::init(&cfg, args.model)?;
    let mut rng = SplitMix64::new(cfg.train.shuffle_seed);
    let epochs = cfg.train.epochs;
    eprintln!(
        "training the {} model on {} ({} samples){} for {epochs} epoch(s)",
        args.model.name(),
        args.train.display(),
        train.samples.len(),
        match (&args.test, &test) {
            (Some(p), Some(t)) =>
                format!(", testing on {} ({} samples)", p.display(), t.samples.len()),
            _ => String::new(),
        }
    );
    let mut results = Vec::with_capacity(epochs);
    let mut final_test = None;
    // The best validation epoch so far: (accuracy, epoch, its parameters, its test score).
    let mut best: Option<(f64, usize, paramfile::Stored, Option<Score>)> = None;
    for epoch in 1..=epochs {
        let t0 = Instant::now();
        let learning = annealed(&cfg, epoch - 1);
        let lr_log2 = LearningRates {
            w: learning.lr_w_log2,
            u: learning.lr_u_log2,
            d: learning.lr_d_log2,
            a: learning.lr_a_log2,
        };
        model.set_learning(learning);
        let bar = progress(train.samples.len(), format!("epoch {epoch}/{epochs} train"));
        let tr = train_epoch(
            &mut WithProgress {
                model: &mut model,
                bar: &bar,
            },
            &train.samples,
            classes,
            &mut rng,
        );
        bar.finish_and_clear();
        let te = match &test {
            Some(t) => {
                let bar = progress(t.samples.len(), format!("epoch {epoch}/{epochs} test"));
                let s = evaluate(
                    &mut WithProgress {
                        model: &mut model,
                        bar: &bar,
                    },
                    &t.samples,
                    classes,
                );
                bar.finish_and_clear();
                Some(s)
            }
            None => None,
        };
        let va = valid
            .as_ref()
            .map(|v| evaluate(&mut model, &v.samples, classes).accuracy);
        let seconds = t0.elapsed().as_secs_f64();
        // The training accuracy is taken while learning: the readout moves towards each sample's
        // own label during the sample, so it overstates; the test accuracy is the measure.
        eprintln!(
            "epoch {epoch}/{epochs}: train accuracy while learning {:.4} (optimistic){}{} ({seconds:.1} s)",
            tr.accuracy,
            va.map(|a| format!(", validation accuracy {a:.4}"))
                .unwrap_or_default(),
            te.as_ref()
                .map(|s| format!(", test accuracy {:.4}", s.accuracy))
                .unwrap_or_default()
        );
        results.push(EpochResult {
            epoch,
            train_accuracy: tr.accuracy,
            validation_accuracy: va,
            test_accuracy: te.as_ref().map(|s| s.accuracy),
            lr_log2,
            seconds,
        });
        final_test = te;
        if let Some(v) = va {
            if best.as_ref().is_none_or(|b| v > b.0) {
                best = Some((v, epoch, model.stored(), final_test.clone()));
            }
            let since = epoch - best.as_ref().map_or(epoch, |b| b.1);
            if cfg.train.patience > 0 && since >= cfg.train.patience && epoch < epochs {
                eprintln!(
                    "no validation gain for {since} epochs (train.patience): stopping, keeping \
                     epoch {}",
                    epoch - since
                );
                break;
            }
        }
    }

    // With a validation set, the parameters (and test score) of its best epoch.
    let (selected_epoch, stored) = match best {
        Some((_, e, stored, test)) => {
            final_test = test;
            (e, stored)
        }
        None => (results.len(), model.stored()),
    };
    let params_path = args.out.join(PARAMS_FILE);
    let results_path = args.out.join(RESULTS_FILE);
    let report = TrainResults {
        command: "train",
        model: args.model.name(),
        config: cfg.clone(),
        train_data: args.train.display().to_string(),
        test_data: args.test.as_ref().map(|p| p.display().to_string()),
        train_samples: train.samples.len(),
        validation_speakers: args.validation_speakers.clone(),
        validation_samples: valid.as_ref().map_or(0, |v| v.samples.len()),
        test_samples: test.as_ref().map(|t| t.samples.len()),
        classes: train.keys.clone(),
        epochs: results,
        selected_epoch,
        final_test: final_test.clone(),
        parameters: sizes(&cfg, &stored),
        params_file: params_path.display().to_string(),
        wall_time_s: start.elapsed().as_secs_f64(),
    };
    let json = json_bytes(&report)?;
    write_outputs(&params_path, &results_path, &cfg, &stored, &json)?;
    match &final_test {
        Some(s) => println!("final test accuracy: {:.4}", s.accuracy),
        None => println!("no test file: no test accuracy"),
    }
    println!(
        "wrote {} and {}",
        params_path.display(),
        results_path.display()
    );
    Ok(())
}

/// Writes both outputs, each atomically; if the second fails the first is removed, so either
/// both exist (complete) or neither was written by this run.
fn write_outputs(
    params_path: &Path,
    results_path: &Path,
    cfg: &Config,
    stored: &paramfile::Stored,
    json: &[u8],
) -> Result<()> {
    paramfile::save(params_path, cfg, stored).context("cannot write the parameter file")?;
    if let Err(e) = write_atomic(results_path, json) {
        let _ = std::fs::remove_file(params_path);
        return Err(e.context("cannot write the results"));
    }
    Ok(())
}
