//! The timing-task experiment: every delay mode, float and fixed point, several seeds. Used by
//! `delaytile timing` (the table) and by `golden/tests/timing_task.rs` (the bars).

use crate::config::{Config, DelayInit, DelayMode};
use crate::fixed::Tile;
use crate::float::FloatTile;
use crate::params::Params;
use crate::rng::SplitMix64;
use crate::task::{Sample, TimingTask};
use crate::train::{Model, annealed, evaluate, train_epoch};
use serde::Serialize;
use std::convert::Infallible;

/// The timing task's configuration (`configs/timing.toml`).
pub const TIMING_TOML: &str = include_str!("../../configs/timing.toml");

pub fn timing_config() -> Config {
    Config::from_toml_str(TIMING_TOML, "configs/timing.toml").expect("the shipped config is valid")
}

/// What is learned and which delays exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arith {
    Float,
    Fixed,
}

/// One training run.
#[derive(Clone, Debug, Serialize)]
pub struct Run {
    pub variant: Variant,
    pub arith: Arith,
    pub seed: u64,
    /// Test accuracy after each epoch (or only after the last, see `run_timing`).
    pub test_accuracy: Vec<f64>,
    /// Learned fixed-point parameters (fixed runs only), for determinism checks.
    #[serde(skip)]
    pub fixed_params: Option<Params>,
}

impl Run {
    pub fn final_accuracy(&self) -> f64 {
        self.test_accuracy.last().copied().unwrap_or(0.0)
    }
}

/// Train and test sets of the timing task for one seed.
pub fn timing_data(seed: u64, n_train: usize, n_test: usize) -> (Vec<Sample>, Vec<Sample>) {
    let task = TimingTask::default();
    (
        task.generate(n_train, 100 + seed),
        task.generate(n_test, 200 + seed),
    )
}

/// Train `variant` with `arith` on the timing task; `seed` sets the parameters, the data and
/// the order. `every_epoch`: test after every epoch (for curves), else only after the last.
pub fn run_timing(
    base: &Config,
    variant: Variant,
    arith: Arith,
    seed: u64,
    every_epoch: bool,
) -> Run {
    let (test_accuracy, fixed_params) = match arith {
        Arith::Fixed => {
            let make = |t: &Tile| Ok::<_, Infallible>(t.clone());
            let Ok((acc, t)) = train_timing(base, variant, seed, every_epoch, make);
            (acc, Some(t.params))
        }
        Arith::Float => {
            let make = |t: &Tile| {
                Ok::<_, Infallible>(FloatTile::new(&t.cfg, t.params.to_float(&t.cfg), false))
            };
            let Ok((acc, _)) = train_timing(base, variant, seed, every_epoch, make);
            (acc, None)
        }
    };
    Run {
        variant,
        arith,
        seed,
        test_accuracy,
        fixed_params,
    }
}

/// The training run of `run_timing` with any model: `make` builds it from the golden tile of
/// the variant and seed (initial parameters, formats): the golden model itself, the float
/// reference, or the RTL behind a host link (whose set-up can fail). Returns the test
/// accuracies and the trained model.
pub fn train_timing<M: Model, E>(
    base: &Config,
    variant: Variant,
    seed: u64,
    every_epoch: bool,
    make: impl FnOnce(&Tile) -> Result<M, E>,
) -> Result<(Vec<f64>, M), E> {
    let cfg = timing_variant(base, variant, seed);
    let classes = cfg.network.outputs;
    let (train, test) = timing_data(seed, 400, 400);
    let mut model = make(&Tile::new(&cfg).expect("timing config is valid"))?;
    let mut order = SplitMix64::new(cfg.train.shuffle_seed ^ seed);
    let mut acc = Vec::new();
    let last = cfg.train.epochs - 1;
    for e in 0..cfg.train.epochs {
        epoch(&mut model, &cfg, e, &train, true, classes, &mut order);
        if every_epoch || e == last {
            acc.push(epoch(
                &mut model, &cfg, e, &test, false, classes, &mut order,
            ));
        }
    }
    Ok((acc, model))
}

/// The configuration of one run: `base` with the variant's delays and learning, seeded.
pub fn timing_variant(base: &Config, variant: Variant, seed: u64) -> Config {
    let mut cfg = variant.apply(base);
    cfg.init.seed = seed;
    cfg
}

fn epoch<M: Model>(
    m: &mut M,
    cfg: &Config,
    e: usize,
    data: &[Sample],
    learn: bool,
    classes: usize,
    order: &mut SplitMix64,
) -> f64 {
    if learn {
        m.set_learning(annealed(cfg, e));
        train_epoch(m, data, classes, order).accuracy
    } else {
        evaluate(m, data, classes).accuracy
    }
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

/// Run every job on `threads` worker threads; results come back in job order whatever the
/// thread count (each run is sequential and owns its state).
pub fn run_all(
    base: &Config,
    jobs: &[(Variant, Arith, u64)],
    threads: usize,
    every_epoch: bool,
) -> Vec<Run> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![None; jobs.len()]);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(v, a, seed)) = jobs.get(i) else {
                        break;
                    };
                    let r = run_timing(base, v, a, seed, every_epoch);
                    results.lock().expect("no worker panicked")[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panicked")
        .into_iter()
        .map(|r| r.expect("every job ran"))
        .collect()
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
