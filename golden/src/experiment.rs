//! Experiments: delay variants × float/fixed × seeds, trained online on worker threads. The
//! timing task (`delaytile timing`, `golden/tests/timing_task.rs`) and the speech table
//! (`delaytile speech-table`) share the variants, the run and the thread pool.

use crate::config::{Config, DelayInit, DelayMode};
use crate::fixed::Tile;
use crate::float::FloatTile;
use crate::params::Params;
use crate::rng::SplitMix64;
use crate::task::{Sample, TimingTask};
use crate::train::{Model, Schedule, evaluate, train_epoch};
use serde::Serialize;
use std::convert::Infallible;

/// The timing task's configuration (`configs/timing.toml`).
pub const TIMING_TOML: &str = include_str!("../../configs/timing.toml");

pub fn timing_config() -> Config {
    Config::from_toml_str(TIMING_TOML, "configs/timing.toml").expect("the shipped config is valid")
}

/// What is learned and which delays exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// No delays: weights only.
    WeightsOnly,
    Axonal,
    Synaptic,
    Both,
    /// Random synaptic delays, frozen; weights learned (the "delay reservoir" baseline).
    FrozenSynaptic,
    /// Random axonal delays, frozen; weights learned.
    FrozenAxonal,
    /// Random synaptic and axonal delays, frozen; weights learned.
    FrozenBoth,
}

impl Variant {
    pub const ALL: [Variant; 6] = [
        Variant::WeightsOnly,
        Variant::Axonal,
        Variant::Synaptic,
        Variant::Both,
        Variant::FrozenSynaptic,
        Variant::FrozenAxonal,
    ];

    /// The variants whose bars the issue sets: weights only and each delay kind learned.
    pub const LEARNED: [Variant; 4] = [
        Variant::WeightsOnly,
        Variant::Axonal,
        Variant::Synaptic,
        Variant::Both,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Variant::WeightsOnly => "weights only",
            Variant::Axonal => "weights + axonal delays",
            Variant::Synaptic => "weights + synaptic delays",
            Variant::Both => "weights + both delays",
            Variant::FrozenSynaptic => "weights, frozen random synaptic delays",
            Variant::FrozenAxonal => "weights, frozen random axonal delays",
            Variant::FrozenBoth => "weights, frozen random delays (both kinds)",
        }
    }

    /// `base` with this variant's delay mode and learning switches.
    pub fn apply(self, base: &Config) -> Config {
        let mut c = base.clone();
        let (mode, learn) = match self {
            Variant::WeightsOnly => (DelayMode::None, false),
            Variant::Axonal => (DelayMode::Axonal, true),
            Variant::Synaptic => (DelayMode::Synaptic, true),
            Variant::Both => (DelayMode::Both, true),
            Variant::FrozenSynaptic => (DelayMode::Synaptic, false),
            Variant::FrozenAxonal => (DelayMode::Axonal, false),
            Variant::FrozenBoth => (DelayMode::Both, false),
        };
        c.network.delay_mode = mode;
        c.learning.synaptic_delays = learn;
        c.learning.axonal_delays = learn;
        if !learn {
            c.init.delays = DelayInit::Random;
        }
        c
    }
}

/// Float reference or fixed-point golden model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arith {
    Float,
    Fixed,
}

impl Arith {
    /// The name on the command line and in files.
    pub fn name(self) -> &'static str {
        match self {
            Arith::Fixed => "fixed",
            Arith::Float => "float",
        }
    }

    /// The name in tables.
    pub fn label(self) -> &'static str {
        match self {
            Arith::Fixed => "fixed point",
            Arith::Float => "float",
        }
    }
}

#[cfg(feature = "clap")]
impl clap::ValueEnum for Arith {
    fn value_variants<'a>() -> &'a [Self] {
        &[Arith::Fixed, Arith::Float]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let help = match self {
            Arith::Fixed => "The bit-exact fixed-point golden model (what the hardware computes)",
            Arith::Float => "The f64 reference model",
        };
        Some(clap::builder::PossibleValue::new(self.name()).help(help))
    }
}

/// One training run to do: `variant` applied to `base`, trained with `arith`; `seed` sets the
/// initial parameters and the order (and, for the timing task, the data).
#[derive(Clone, Debug)]
pub struct Job {
    /// The table row group it belongs to (e.g. "recurrent, 64 hidden"); empty for the timing task.
    pub group: String,
    pub variant: Variant,
    pub arith: Arith,
    pub seed: u64,
    /// The configuration before `variant` and `seed` are applied.
    pub base: Config,
}

/// One training run (serialised without its parameters by job runners, which store those in a
/// parameter file beside it).
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Run {
    pub group: String,
    pub variant: Variant,
    pub arith: Arith,
    pub seed: u64,
    /// Test accuracy after each epoch (or only after the last, see `run_job`).
    pub test_accuracy: Vec<f64>,
    /// Validation accuracy after each epoch (empty without a validation set).
    pub valid_accuracy: Vec<f64>,
    /// The index into `test_accuracy` of the reported accuracy: the epoch of the best
    /// validation accuracy (the first of equals), else the last entry.
    pub selected: usize,
    /// Wall time of the run (training and testing).
    pub seconds: f64,
    /// Learned fixed-point parameters (fixed runs only), for determinism checks and histograms.
    #[serde(skip)]
    pub fixed_params: Option<Params>,
}

impl Run {
    pub fn final_accuracy(&self) -> f64 {
        self.test_accuracy.last().copied().unwrap_or(0.0)
    }

    /// The test accuracy at the epoch chosen on the validation set (early stopping), or after
    /// the last epoch without one.
    pub fn selected_accuracy(&self) -> f64 {
        self.test_accuracy
            .get(self.selected)
            .copied()
            .unwrap_or(0.0)
    }
}

/// The training, validation and test samples of a run. The validation samples (training
/// speakers held out from training) choose the epoch and stop training at a plateau
/// (`train.patience`); the test samples never decide anything.
#[derive(Clone, Debug, Default)]
pub struct Split {
    pub train: Vec<Sample>,
    pub valid: Vec<Sample>,
    pub test: Vec<Sample>,
}

/// Samples in the timing task's training set and in its test set.
pub const TIMING_SAMPLES: usize = 400;

/// Train and test sets of the timing task for one seed.
pub fn timing_data(seed: u64, n_train: usize, n_test: usize) -> (Vec<Sample>, Vec<Sample>) {
    let task = TimingTask::default();
    (
        task.generate(n_train, 100 + seed),
        task.generate(n_test, 200 + seed),
    )
}

fn timing_split(seed: u64) -> Split {
    let (train, test) = timing_data(seed, TIMING_SAMPLES, TIMING_SAMPLES);
    Split {
        train,
        valid: Vec::new(),
        test,
    }
}

/// Train `job` on `data` online for `base.train.epochs` epochs (fewer if it plateaus on the
/// validation set, see `Curve`). `every_epoch`: test after every epoch (for curves), else only
/// after the last (always every epoch with a validation set, so that the chosen epoch has one).
pub fn run_job(job: &Job, data: &Split, every_epoch: bool) -> Run {
    let t0 = std::time::Instant::now();
    let (curve, fixed_params) = match job.arith {
        Arith::Fixed => {
            let make = |t: &Tile| Ok::<_, Infallible>(t.clone());
            let Ok((c, t)) = train_curve(job, data, every_epoch, make);
            (c, Some(t.params))
        }
        Arith::Float => {
            let make = |t: &Tile| {
                Ok::<_, Infallible>(FloatTile::new(&t.cfg, t.params.to_float(&t.cfg), false))
            };
            let Ok((c, _)) = train_curve(job, data, every_epoch, make);
            (c, None)
        }
    };
    Run {
        group: job.group.clone(),
        variant: job.variant,
        arith: job.arith,
        seed: job.seed,
        test_accuracy: curve.test,
        valid_accuracy: curve.valid,
        selected: curve.selected,
        seconds: t0.elapsed().as_secs_f64(),
        fixed_params,
    }
}

/// The training run of `run_job` with any model: `make` builds it from the golden tile of the
/// job (initial parameters, formats): the golden model itself, the float reference, or the RTL
/// behind a host link (whose set-up can fail). `job.arith` is not looked at. Returns the test
/// accuracies and the trained model.
pub fn train_job<M: Model, E>(
    job: &Job,
    data: &Split,
    every_epoch: bool,
    make: impl FnOnce(&Tile) -> Result<M, E>,
) -> Result<(Vec<f64>, M), E> {
    train_curve(job, data, every_epoch, make).map(|(c, m)| (c.test, m))
}

/// The accuracies of one training run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curve {
    /// Test accuracy after each epoch (or only after the last).
    pub test: Vec<f64>,
    /// Validation accuracy after each epoch (empty without validation samples).
    pub valid: Vec<f64>,
    /// Index into `test` of the chosen epoch: the best validation accuracy (first of equals),
    /// else the last.
    pub selected: usize,
}

/// `train_job` with the validation curve: with validation samples, every epoch is followed by
/// a validation and a test pass, and training stops once the validation accuracy has not
/// improved for `train.patience` epochs (if non-zero); `train.epochs` is the cap.
pub fn train_curve<M: Model, E>(
    job: &Job,
    data: &Split,
    every_epoch: bool,
    make: impl FnOnce(&Tile) -> Result<M, E>,
) -> Result<(Curve, M), E> {
    let cfg = job_config(job);
    let classes = cfg.network.outputs;
    let tile = Tile::new(&cfg).expect("experiment configurations are validated");
    let schedule = Schedule::of_tile(&tile);
    let mut model = make(&tile)?;
    let mut order = SplitMix64::new(cfg.train.shuffle_seed ^ job.seed);
    let validate = !data.valid.is_empty();
    let patience = cfg.train.patience;
    let mut curve = Curve::default();
    let mut best: Option<(f64, usize)> = None;
    let last = cfg.train.epochs - 1;
    for e in 0..cfg.train.epochs {
        epoch(&mut model, &schedule, e, &data.train, classes, &mut order);
        let mut stop = e == last;
        if validate {
            let v = evaluate(&mut model, &data.valid, classes).accuracy;
            curve.valid.push(v);
            if best.is_none_or(|(b, _)| v > b) {
                best = Some((v, e));
            }
            if patience > 0 && best.is_some_and(|(_, at)| e - at >= patience) {
                stop = true;
            }
        }
        if every_epoch || validate || stop {
            curve
                .test
                .push(evaluate(&mut model, &data.test, classes).accuracy);
        }
        if stop {
            break;
        }
    }
    curve.selected = match best {
        Some((_, at)) => at,
        None => curve.test.len().saturating_sub(1),
    };
    Ok((curve, model))
}

/// The configuration of one run: the job's base with its variant's delays and learning, seeded.
pub fn job_config(job: &Job) -> Config {
    let mut cfg = job.variant.apply(&job.base);
    cfg.init.seed = job.seed;
    cfg
}

/// Train `variant` with `arith` on the timing task; `seed` sets the parameters, the data and
/// the order.
pub fn run_timing(
    base: &Config,
    variant: Variant,
    arith: Arith,
    seed: u64,
    every_epoch: bool,
) -> Run {
    let job = timing_job(base, (variant, arith, seed));
    run_job(&job, &timing_split(seed), every_epoch)
}

/// `train_job` on the timing task (the data of `seed`) with any model.
pub fn train_timing<M: Model, E>(
    base: &Config,
    variant: Variant,
    seed: u64,
    every_epoch: bool,
    make: impl FnOnce(&Tile) -> Result<M, E>,
) -> Result<(Vec<f64>, M), E> {
    let job = timing_job(base, (variant, Arith::Fixed, seed));
    train_job(&job, &timing_split(seed), every_epoch, make)
}

/// The configuration of one timing run: `base` with the variant's delays and learning, seeded.
pub fn timing_variant(base: &Config, variant: Variant, seed: u64) -> Config {
    job_config(&timing_job(base, (variant, Arith::Fixed, seed)))
}

fn timing_job(base: &Config, (variant, arith, seed): (Variant, Arith, u64)) -> Job {
    Job {
        group: String::new(),
        variant,
        arith,
        seed,
        base: base.clone(),
    }
}

/// One training epoch at epoch `e`'s annealed rates.
fn epoch<M: Model>(
    m: &mut M,
    schedule: &Schedule,
    e: usize,
    data: &[Sample],
    classes: usize,
    order: &mut SplitMix64,
) {
    m.set_learning(&schedule.epoch(e));
    train_epoch(m, data, classes, order);
}

/// Every (variant, model, seed) combination, models outermost.
pub fn jobs(variants: &[Variant], ariths: &[Arith], seeds: &[u64]) -> Vec<(Variant, Arith, u64)> {
    let mut out = Vec::new();
    for &a in ariths {
        for &v in variants {
            for &seed in seeds {
                out.push((v, a, seed));
            }
        }
    }
    out
}

/// Run every job on `threads` worker threads, each on `data(job)`; `done(index, run)` is called
/// as each finishes. Results come back in job order whatever the thread count (each run is
/// sequential and owns its state).
pub fn run_jobs<D: std::ops::Deref<Target = Split>>(
    jobs: &[Job],
    threads: usize,
    every_epoch: bool,
    data: &(dyn Fn(&Job) -> D + Sync),
    done: &(dyn Fn(usize, &Run) + Sync),
) -> Vec<Run> {
    par_map(jobs, threads, |i, job| {
        let r = run_job(job, &data(job), every_epoch);
        done(i, &r);
        r
    })
}

/// `f(index, item)` for every item on `threads` worker threads (at least one), results in item
/// order whatever the thread count. Workers take the next item as they become free.
pub fn par_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new((0..items.len()).map(|_| None).collect::<Vec<_>>());
    std::thread::scope(|s| {
        for _ in 0..threads.clamp(1, items.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else {
                        break;
                    };
                    let r = f(i, item);
                    results.lock().expect("no worker panicked")[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panicked")
        .into_iter()
        .map(|r| r.expect("every item ran"))
        .collect()
}

/// The timing task's jobs on `threads` worker threads, in job order.
pub fn run_all(
    base: &Config,
    jobs: &[(Variant, Arith, u64)],
    threads: usize,
    every_epoch: bool,
) -> Vec<Run> {
    let jobs: Vec<Job> = jobs.iter().map(|&j| timing_job(base, j)).collect();
    run_jobs(
        &jobs,
        threads,
        every_epoch,
        &|j| Box::new(timing_split(j.seed)),
        &|_, _| {},
    )
}

/// Mean and sample standard deviation.
pub fn mean_std(x: &[f64]) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = x.iter().sum::<f64>() / n;
    let var = if x.len() > 1 {
        x.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0)
    } else {
        0.0
    };
    (mean, var.sqrt())
}

#[cfg(test)]
mod par_map_tests {
    use super::par_map;

    #[test]
    fn every_item_once_in_item_order_whatever_the_thread_count() {
        let items: Vec<u64> = (0..37).collect();
        for threads in [0, 1, 2, 5, 100] {
            let calls = std::sync::atomic::AtomicUsize::new(0);
            let out = par_map(&items, threads, |i, &x| {
                calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                (i as u64, x * x)
            });
            assert_eq!(calls.into_inner(), items.len(), "{threads} threads");
            let want: Vec<(u64, u64)> = items.iter().map(|&x| (x, x * x)).collect();
            assert_eq!(out, want, "{threads} threads");
        }
        assert!(par_map(&[] as &[u8], 2, |_, &x| x).is_empty());
    }
}

#[cfg(test)]
mod plateau_tests {
    use super::*;
    use crate::train::EpochRates;

    /// Scores `plan[epoch]` of the 10 validation samples (label 0) right after each epoch and
    /// every test sample (label 2) right.
    struct Scripted {
        plan: Vec<usize>,
        epoch: Option<usize>,
        seen: usize,
    }

    impl Model for Scripted {
        fn run(&mut self, s: &Sample, learn: bool) -> usize {
            if learn || s.label != 0 {
                return s.label;
            }
            self.seen += 1;
            let e = self.epoch.expect("validated after an epoch");
            if self.seen <= self.plan[e] { 0 } else { 1 }
        }
        fn set_learning(&mut self, _: &EpochRates) {
            self.epoch = Some(self.epoch.map_or(0, |e| e + 1));
            self.seen = 0;
        }
    }

    fn curve(plan: &[usize], patience: usize, with_valid: bool) -> Curve {
        let mut base = timing_config();
        base.train.epochs = plan.len();
        base.train.patience = patience;
        let job = Job {
            group: String::new(),
            variant: Variant::Both,
            arith: Arith::Fixed,
            seed: 1,
            base,
        };
        let sample = |label| Sample {
            steps: vec![Vec::new(); 2],
            label,
        };
        let data = Split {
            train: vec![sample(3); 4],
            valid: if with_valid {
                vec![sample(0); 10]
            } else {
                Vec::new()
            },
            test: vec![sample(2); 5],
        };
        let make = |_: &Tile| {
            Ok::<_, Infallible>(Scripted {
                plan: plan.to_vec(),
                epoch: None,
                seen: 0,
            })
        };
        let Ok((c, _)) = train_curve(&job, &data, false, make);
        c
    }

    #[test]
    fn training_stops_after_patience_epochs_without_a_validation_gain() {
        // Best at epoch 1 (0-based); epochs 2, 3, 4 do not beat it (equal is no gain).
        let c = curve(&[2, 5, 4, 5, 3, 9, 9], 3, true);
        assert_eq!(c.valid, vec![0.2, 0.5, 0.4, 0.5, 0.3]);
        assert_eq!(c.selected, 1);
        assert_eq!(c.test.len(), 5, "tested after every validated epoch");
        // A gain resets the count; without patience every epoch runs.
        let c = curve(&[2, 5, 4, 6, 3, 3, 7], 3, true);
        assert_eq!((c.valid.len(), c.selected), (7, 6));
        let c = curve(&[2, 5, 4, 4, 4, 4, 4], 0, true);
        assert_eq!((c.valid.len(), c.selected), (7, 1));
        // Without a validation set: all epochs, tested only after the last, which is chosen.
        let c = curve(&[2, 5, 4, 4, 4], 1, false);
        assert_eq!((c.valid.len(), c.test.len(), c.selected), (0, 1, 0));
    }
}
