//! `delaytile timing --rtl`: the timing task learned by the verilated tile itself. The training
//! loop is the golden model's (`golden::experiment::train_timing`: same data, order, epochs and
//! annealing); the model behind it is the RTL, driven through the host interface only
//! (`sim::learner`). Afterwards the RTL's parameters are read back and compared with a golden
//! run of the same variant and seed.

use anyhow::{Context, Result, anyhow};
use golden::config::Config;
use golden::experiment::{
    Arith, TIMING_SAMPLES, Variant, mean_std, par_map, run_timing, train_timing,
};
use golden::task::Sample;
use golden::train::Model;
use lab::rtl::rtl_host;
use serde::Serialize;
use sim::learner::RtlLearner;
use sim::link::RtlLink;
use std::path::PathBuf;
use std::time::Instant;

/// The variants the issue sets bars for: delays learned vs weights only.
const VARIANTS: [Variant; 2] = [Variant::Both, Variant::WeightsOnly];

#[derive(Serialize)]
struct RtlRun {
    variant: Variant,
    seed: u64,
    test_accuracy: f64,
    /// The golden model's test accuracy for the same variant and seed.
    golden_accuracy: f64,
    /// Whether the RTL's parameters after training equal the golden model's.
    params_equal_golden: bool,
    rtl_cycles: u64,
    rtl_steps: u64,
    wall_s: f64,
}

/// Counts samples and prints a line per epoch, so that an hour-long run shows progress.
struct Progress<M> {
    inner: M,
    name: String,
    per_epoch: usize,
    done: usize,
    t0: Instant,
}

impl<M: Model> Model for Progress<M> {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        let p = self.inner.run(sample, learn);
        if learn {
            self.done += 1;
            if self.done.is_multiple_of(self.per_epoch) {
                eprintln!(
                    "  {}: epoch {} trained ({:.0} s)",
                    self.name,
                    self.done / self.per_epoch,
                    self.t0.elapsed().as_secs_f64()
                );
            }
        }
        p
    }
    fn set_learning(&mut self, rates: &golden::train::EpochRates) {
        self.inner.set_learning(rates);
    }
}

fn one(base: &Config, variant: Variant, seed: u64) -> Result<RtlRun> {
    let t0 = Instant::now();
    let name = format!("{} (seed {seed})", variant.name());
    let make = |t: &golden::fixed::Tile| -> Result<Progress<RtlLearner<RtlLink>>> {
        let host = rtl_host(&t.cfg, t, false)?;
        Ok(Progress {
            inner: RtlLearner::new(host),
            name: name.clone(),
            per_epoch: TIMING_SAMPLES,
            done: 0,
            t0,
        })
    };
    let (acc, mut model) = train_timing(base, variant, seed, false, make)?;
    let rtl = &mut model.inner;
    if let Some(e) = rtl.error() {
        return Err(anyhow!("{name}: the link to the RTL failed: {e}"));
    }
    let learned = rtl
        .params()
        .with_context(|| format!("{name}: reading the parameters back"))?;
    let wall_s = t0.elapsed().as_secs_f64();
    let golden = run_timing(base, variant, Arith::Fixed, seed, false);
    Ok(RtlRun {
        variant,
        seed,
        test_accuracy: acc.last().copied().unwrap_or(0.0),
        golden_accuracy: golden.final_accuracy(),
        params_equal_golden: golden.fixed_params.as_ref() == Some(&learned),
        rtl_cycles: rtl.cycles,
        rtl_steps: rtl.steps,
        wall_s,
    })
}

/// Train every variant of `VARIANTS` for `seeds` seeds on the RTL, two runs at a time.
pub fn timing_rtl(base: &Config, seeds: u64, out: Option<PathBuf>) -> Result<()> {
    let jobs: Vec<(Variant, u64)> = VARIANTS
        .iter()
        .flat_map(|&v| (1..=seeds).map(move |s| (v, s)))
        .collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    eprintln!(
        "timing task on the RTL: {} runs of {} epochs on {threads} threads (each run verilates \
         its tile once, cached) ...",
        jobs.len(),
        base.train.epochs
    );
    let t0 = Instant::now();
    let runs: Vec<RtlRun> = par_map(&jobs, threads, |_, &(v, seed)| one(base, v, seed))
        .into_iter()
        .collect::<Result<_>>()?;
    let mut text = String::from(
        "| learned (on the RTL) | test accuracy (mean ± sd) | per seed | golden model, same seeds | RTL parameters == golden |\n|---|---|---|---|---|\n",
    );
    for v in VARIANTS {
        let sel: Vec<&RtlRun> = runs.iter().filter(|r| r.variant == v).collect();
        let acc: Vec<f64> = sel.iter().map(|r| r.test_accuracy).collect();
        let gold: Vec<f64> = sel.iter().map(|r| r.golden_accuracy).collect();
        let (mean, std) = mean_std(&acc);
        let pct = |x: &[f64]| {
            x.iter()
                .map(|a| format!("{:.1}", 100.0 * a))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let equal = sel.iter().all(|r| r.params_equal_golden);
        text.push_str(&format!(
            "| {} | {:.1} ± {:.1} % | {} | {} | {} |\n",
            v.name(),
            100.0 * mean,
            100.0 * std,
            pct(&acc),
            pct(&gold),
            if equal { "yes, every seed" } else { "**no**" }
        ));
    }
    println!("{text}");
    let cycles: u64 = runs.iter().map(|r| r.rtl_cycles).sum();
    let wall: f64 = runs.iter().map(|r| r.wall_s).sum();
    println!(
        "({} epochs of {TIMING_SAMPLES} samples, test on {TIMING_SAMPLES}; {:.2} G RTL cycles in {:.0} s of run time \
         ({:.1} M cycles/s per run); {:.0} s wall in all)",
        base.train.epochs,
        cycles as f64 / 1e9,
        wall,
        cycles as f64 / wall / 1e6,
        t0.elapsed().as_secs_f64()
    );
    if let Some(path) = out {
        golden::output::write_atomic(&path, &golden::output::json_bytes(&runs)?)?;
    }
    if runs.iter().any(|r| !r.params_equal_golden) {
        return Err(anyhow!(
            "the RTL's learned parameters differ from the golden model's"
        ));
    }
    Ok(())
}
