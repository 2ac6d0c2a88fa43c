//! Online training (`delaytile train`) on an SHD-format file, evaluation on another. After every
//! epoch the parameters and the results so far are written as a pair (`golden::atomic::
//! write_pair`): `results.json` names the checksum of the `params.dtp` it describes and never
//! sits beside another one, so a run that fails or is killed keeps its last completed epoch.

use crate::dataset as data;
use crate::model::{AnyModel, Sizes, WithProgress, progress, sizes};
use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::experiment::Arith;
use golden::output::json_bytes;
use golden::paramfile;
use golden::rng::SplitMix64;
use golden::shd;
use golden::train::{EpochRates, Model, Schedule, Score, evaluate, train_epoch};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Names of the files written into the output directory.
pub const PARAMS_FILE: &str = "params.dtp";
pub const RESULTS_FILE: &str = "results.json";

/// What one training run reads and writes (`delaytile train`'s files and model).
#[derive(Clone, Debug)]
pub struct TrainFiles {
    /// Training data (SHD-format HDF5).
    pub train: PathBuf,
    /// Test data, evaluated after every epoch.
    pub test: Option<PathBuf>,
    /// Which model learns.
    pub model: Arith,
    /// Start from these parameters instead of the configuration's initial ones.
    pub init: Option<PathBuf>,
    /// Training speakers held out as the validation set (empty: none).
    pub validation_speakers: Vec<u16>,
    /// Output directory (created if missing).
    pub out: PathBuf,
}

#[derive(Serialize)]
pub struct EpochResult {
    pub epoch: usize,
    /// Online accuracy: each sample's prediction at its end, made while the model learns on it
    /// (and after it learned on the epoch's earlier samples).
    pub train_accuracy: f64,
    /// Accuracy on the test file after the epoch (null without a test file).
    pub test_accuracy: Option<f64>,
    /// Accuracy on the validation speakers after the epoch (with --validation-speakers).
    pub validation_accuracy: Option<f64>,
    /// The learning rates (log2) of this epoch, after `train.anneal_every` annealing.
    pub lr_log2: LearningRates,
    /// Rates the schedule would have taken below the lowest value the widths allow; they
    /// stay at that value (ALGORITHM.md section 6).
    pub floored: Vec<FlooredRate>,
    pub seconds: f64,
}

#[derive(Serialize)]
pub struct FlooredRate {
    pub field: &'static str,
    pub scheduled: i32,
    pub used: i32,
}

#[derive(Serialize)]
pub struct LearningRates {
    pub w: i32,
    pub u: i32,
    pub d: i32,
    pub a: i32,
}

#[derive(Serialize)]
pub struct TrainResults<'a> {
    pub command: &'static str,
    pub model: &'static str,
    pub config: Config,
    pub train_data: String,
    pub test_data: Option<String>,
    pub train_samples: usize,
    pub test_samples: Option<usize>,
    pub validation_speakers: Vec<u16>,
    pub validation_samples: Option<usize>,
    /// The epoch whose parameters params.dtp holds: the best validation epoch (the first of
    /// equals), else the last completed one.
    pub selected_epoch: usize,
    /// Class names from the training file's `extra/keys`.
    pub classes: Vec<String>,
    pub epochs: &'a [EpochResult],
    /// Accuracy and confusion matrix (`[true][predicted]`) on the test file after the last
    /// epoch (null without a test file).
    pub final_test: Option<&'a Score>,
    pub parameters: Sizes,
    pub params_file: String,
    /// The checksum stored at the end of `params_file` (its last 8 bytes, FNV-1a): these
    /// results describe that file and no other.
    pub params_fnv1a64: String,
    /// Epochs trained so far; the parameters are those after the last of them.
    pub completed_epochs: usize,
    /// `train.epochs`: the run is complete when `completed_epochs` reaches it.
    pub planned_epochs: usize,
    pub wall_time_s: f64,
}

/// Trains `cfg` as `args` say, writing the parameters and the results after every epoch; returns
/// the test score of the parameters written last (none without a test file).
pub fn train(cfg: &Config, args: &TrainFiles) -> Result<Option<Score>> {
    let start = Instant::now();
    if args.out.exists() && !args.out.is_dir() {
        bail!(
            "--out {}: exists and is not a directory, expected an output directory",
            args.out.display()
        );
    }
    let train = data::load(&args.train, cfg, "training")?;
    let (train, valid) = if args.validation_speakers.is_empty() {
        (train, None)
    } else {
        let path = args.train.clone();
        let (t, v) = train
            .split_speakers(&args.validation_speakers, &path)
            .context("--validation-speakers")?;
        (t, Some(v))
    };
    let test = match &args.test {
        Some(p) => Some(data::load(p, cfg, "test")?),
        None => None,
    };
    if let Some(t) = &test {
        shd::check_same_classes(&t.path, &t.keys, &train.path, &train.keys)
            .context("the test file cannot score a model trained on the training file")?;
    }
    let schedule = Schedule::new(cfg)?;
    // Fail before training if the output directory cannot be made.
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output directory {}", args.out.display()))?;

    let mut model = match &args.init {
        None => AnyModel::init(cfg, args.model)?,
        Some(path) => initial_model(path, cfg, args.model)?,
    };
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
    let run = Run {
        args,
        cfg,
        train: &train,
        test: test.as_ref(),
        valid: valid.as_ref(),
        start,
    };
    run.epochs(&mut model, &schedule, &mut |c| run.checkpoint(c))
}

/// What a checkpoint writes: the model after `epochs.len()` epochs and the results so far.
pub struct Checkpoint<'a> {
    pub stored: paramfile::Stored,
    pub epochs: &'a [EpochResult],
    pub final_test: Option<&'a Score>,
    /// The epoch `stored` is from (1-based).
    pub selected_epoch: usize,
}

/// One training run's fixed inputs.
struct Run<'a> {
    args: &'a TrainFiles,
    cfg: &'a Config,
    train: &'a data::Dataset,
    test: Option<&'a data::Dataset>,
    valid: Option<&'a data::Dataset>,
    start: Instant,
}

impl Run<'_> {
    /// Trains every epoch, calling `checkpoint` after each; returns the last test score. On an
    /// error the message says which epoch the files on disk hold.
    fn epochs(
        &self,
        model: &mut AnyModel,
        schedule: &Schedule,
        checkpoint: &mut dyn FnMut(Checkpoint) -> Result<()>,
    ) -> Result<Option<Score>> {
        let classes = self.cfg.network.outputs;
        let epochs = self.cfg.train.epochs;
        let mut rng = SplitMix64::new(self.cfg.train.shuffle_seed);
        let mut results = Vec::with_capacity(epochs);
        let mut final_test = None;
        let mut floored_said = Vec::new();
        // With a validation set: the best epoch so far (accuracy, epoch, its parameters and test
        // score); the checkpoints keep that epoch's parameters.
        let mut best: Option<(f64, usize, paramfile::Stored, Option<Score>)> = None;
        for epoch in 1..=epochs {
            let t0 = Instant::now();
            let rates = schedule.epoch(epoch - 1);
            say_floored(&rates, epoch, &mut floored_said);
            model.set_learning(&rates);
            let bar = progress(
                self.train.samples.len(),
                format!("epoch {epoch}/{epochs} train"),
            );
            let tr = train_epoch(
                &mut WithProgress {
                    model: &mut *model,
                    bar: &bar,
                },
                &self.train.samples,
                classes,
                &mut rng,
            );
            bar.finish_and_clear();
            let te = match self.test {
                Some(t) => {
                    let bar = progress(t.samples.len(), format!("epoch {epoch}/{epochs} test"));
                    let s = evaluate(
                        &mut WithProgress {
                            model: &mut *model,
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
            let va = self
                .valid
                .map(|v| evaluate(&mut *model, &v.samples, classes).accuracy);
            let seconds = t0.elapsed().as_secs_f64();
            // The training accuracy is taken while learning: the readout moves towards each
            // sample's own label during the sample, so it overstates; the test accuracy is the
            // measure.
            eprintln!(
                "epoch {epoch}/{epochs}: train accuracy while learning {:.4} (optimistic){} ({seconds:.1} s)",
                tr.accuracy,
                te.as_ref()
                    .map(|s| format!(", test accuracy {:.4}", s.accuracy))
                    .unwrap_or_default()
                    + &va
                        .map(|a| format!(", validation accuracy {a:.4}"))
                        .unwrap_or_default()
            );
            let l = &rates.learning;
            results.push(EpochResult {
                epoch,
                train_accuracy: tr.accuracy,
                test_accuracy: te.as_ref().map(|s| s.accuracy),
                validation_accuracy: va,
                lr_log2: LearningRates {
                    w: l.lr_w_log2,
                    u: l.lr_u_log2,
                    d: l.lr_d_log2,
                    a: l.lr_a_log2,
                },
                floored: rates
                    .floored
                    .iter()
                    .map(|f| FlooredRate {
                        field: f.field,
                        scheduled: f.scheduled,
                        used: f.used,
                    })
                    .collect(),
                seconds,
            });
            final_test = te;
            if let Some(a) = va
                && best.as_ref().is_none_or(|b| a > b.0)
            {
                best = Some((a, epoch, model.stored(), final_test.clone()));
            }
            let (stored, selected_epoch, test_of_stored) = match &best {
                Some((_, e, s, t)) => (s.clone(), *e, t.as_ref()),
                None => (model.stored(), epoch, final_test.as_ref()),
            };
            checkpoint(Checkpoint {
                stored,
                epochs: &results,
                final_test: test_of_stored,
                selected_epoch,
            })
            .with_context(|| {
                let out = self.args.out.display();
                if epoch == 1 {
                    format!("epoch 1 trained, but its files could not be written to {out}")
                } else {
                    format!(
                        "epoch {epoch} trained, but its files could not be written; {out} keeps \
                         the parameters and results of epoch {} of {epochs}",
                        epoch - 1
                    )
                }
            })?;
            let patience = self.cfg.train.patience;
            if let Some((_, e, _, _)) = &best
                && patience > 0
                && epoch - e >= patience
            {
                eprintln!(
                    "no validation gain for {patience} epochs: stopping after epoch {epoch}; \
                     params.dtp holds epoch {e}"
                );
                break;
            }
        }
        Ok(match best {
            Some((_, _, _, t)) => t,
            None => final_test,
        })
    }

    /// Writes the parameters and the results after `c.epochs.len()` epochs as a pair.
    fn checkpoint(&self, c: Checkpoint) -> Result<()> {
        let params_path = self.args.out.join(PARAMS_FILE);
        let results_path = self.args.out.join(RESULTS_FILE);
        let params = paramfile::encode_checked(&params_path, self.cfg, &c.stored)
            .context("cannot write the parameter file")?;
        let report = TrainResults {
            command: "train",
            model: self.args.model.name(),
            config: self.cfg.clone(),
            train_data: self.args.train.display().to_string(),
            test_data: self.args.test.as_ref().map(|p| p.display().to_string()),
            train_samples: self.train.samples.len(),
            test_samples: self.test.map(|t| t.samples.len()),
            validation_speakers: self.args.validation_speakers.clone(),
            validation_samples: self.valid.map(|v| v.samples.len()),
            selected_epoch: c.selected_epoch,
            classes: self.train.keys.clone(),
            epochs: c.epochs,
            final_test: c.final_test,
            parameters: sizes(self.cfg, &c.stored),
            params_file: params_path.display().to_string(),
            params_fnv1a64: format!("{:#018x}", paramfile::stored_checksum(&params)),
            completed_epochs: c.epochs.len(),
            planned_epochs: self.cfg.train.epochs,
            wall_time_s: self.start.elapsed().as_secs_f64(),
        };
        let json = json_bytes(&report)?;
        golden::atomic::write_pair(
            (&params_path, &params),
            (&results_path, &json),
            |path, op, e| anyhow::Error::new(e).context(format!("cannot {op} {}", path.display())),
        )
    }
}

/// Says (once per rate) when annealing reaches the lowest rate the widths allow.
fn say_floored(rates: &EpochRates, epoch: usize, said: &mut Vec<&'static str>) {
    for f in &rates.floored {
        if !said.contains(&f.field) {
            said.push(f.field);
            eprintln!(
                "note: epoch {epoch}: annealing would take {} to {}, below the lowest rate these \
                 widths allow; it stays at {} from here on",
                f.field, f.scheduled, f.used
            );
        }
    }
}

/// The model of `--init`: its parameters, on `cfg` (whose network, neuron and widths must be
/// the file's: the parameters mean nothing on another tile).
fn initial_model(path: &Path, cfg: &Config, kind: Arith) -> Result<AnyModel> {
    let (pcfg, stored) = paramfile::load(path)?;
    let sections = [
        ("network", pcfg.network != cfg.network),
        ("neuron", pcfg.neuron != cfg.neuron),
        ("widths", pcfg.widths != cfg.widths),
    ];
    if let Some((name, _)) = sections.iter().find(|(_, differs)| *differs) {
        bail!(
            "--init {}: its [{name}] differs from the configuration's; train with the \
             configuration stored with the parameters (e.g. `nir import`'s config.toml)",
            path.display()
        );
    }
    let stored_kind = match stored {
        paramfile::Stored::Fixed(_) => Arith::Fixed,
        paramfile::Stored::Float(_) => Arith::Float,
    };
    if stored_kind != kind {
        bail!(
            "--init {}: {} parameters, but --model {}",
            path.display(),
            stored.kind_name(),
            kind.name()
        );
    }
    AnyModel::from_stored(cfg, stored).with_context(|| format!("--init {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use golden::task::Sample;

    fn tiny() -> Config {
        let mut cfg = Config::default();
        cfg.network.inputs = 4;
        cfg.network.hidden = 8;
        cfg.network.outputs = 2;
        cfg.network.max_delay = 8;
        cfg.train.epochs = 3;
        cfg.train.anneal_every = 1;
        cfg.validate().unwrap();
        cfg
    }

    fn dataset() -> data::Dataset {
        let samples: Vec<Sample> = (0..8)
            .map(|i| Sample {
                steps: (0..6).map(|t| vec![((i + t) % 4) as u16]).collect(),
                label: i % 2,
            })
            .collect();
        data::Dataset {
            path: PathBuf::from("train.h5"),
            speakers: vec![None; samples.len()],
            samples,
            keys: vec!["a".into(), "b".into()],
        }
    }

    fn args(out: &std::path::Path) -> TrainFiles {
        TrainFiles {
            train: PathBuf::from("train.h5"),
            test: None,
            model: Arith::Fixed,
            init: None,
            validation_speakers: Vec::new(),
            out: out.to_path_buf(),
        }
    }

    /// Trains `cfg` through `Run::epochs`, failing the `fail_at`-th checkpoint (if any).
    fn train(cfg: &Config, out: &std::path::Path, fail_at: Option<usize>) -> Result<()> {
        let (args, train) = (args(out), dataset());
        let run = Run {
            args: &args,
            cfg,
            train: &train,
            test: None,
            valid: None,
            start: Instant::now(),
        };
        let mut model = AnyModel::init(cfg, Arith::Fixed)?;
        let schedule = Schedule::new(cfg)?;
        let mut calls = 0;
        run.epochs(&mut model, &schedule, &mut |c| {
            calls += 1;
            if Some(calls) == fail_at {
                bail!("no space left on device (injected)");
            }
            run.checkpoint(c)
        })
        .map(|_| ())
    }

    #[test]
    fn a_run_failing_at_epoch_k_keeps_epoch_k_minus_1_as_a_consistent_pair() {
        let cfg = tiny();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("run");
        std::fs::create_dir(&out).unwrap();
        let e = format!("{:#}", train(&cfg, &out, Some(3)).unwrap_err());
        assert!(
            e.contains("epoch 3 trained") && e.contains("epoch 2 of 3") && e.contains("injected"),
            "{e}"
        );
        let params = std::fs::read(out.join(PARAMS_FILE)).unwrap();
        let results: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(RESULTS_FILE)).unwrap()).unwrap();
        assert_eq!(results["completed_epochs"], 2);
        assert_eq!(results["planned_epochs"], 3);
        assert_eq!(results["epochs"].as_array().unwrap().len(), 2);
        assert_eq!(
            results["params_fnv1a64"],
            format!("{:#018x}", paramfile::stored_checksum(&params))
        );
        // The parameters are those of an independent two-epoch run.
        let mut two = cfg.clone();
        two.train.epochs = 2;
        let ref_out = dir.path().join("two");
        std::fs::create_dir(&ref_out).unwrap();
        train(&two, &ref_out, None).unwrap();
        let reference = paramfile::load(&ref_out.join(PARAMS_FILE)).unwrap().1;
        let (_, kept) = paramfile::load(&out.join(PARAMS_FILE)).unwrap();
        assert_eq!(kept, reference);
        // And they differ from epoch 3's (so the check above can fail).
        let full = dir.path().join("three");
        std::fs::create_dir(&full).unwrap();
        train(&cfg, &full, None).unwrap();
        assert_ne!(paramfile::load(&full.join(PARAMS_FILE)).unwrap().1, kept);
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [PARAMS_FILE, RESULTS_FILE],
            "no temporary files left"
        );
    }

    #[test]
    fn a_failure_at_the_first_epoch_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let e = format!("{:#}", train(&tiny(), dir.path(), Some(1)).unwrap_err());
        assert!(
            e.contains("epoch 1 trained, but its files could not be written"),
            "{e}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
