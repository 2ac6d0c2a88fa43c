//! The timing task learned by the verilated tile itself (`delaytile timing --rtl`). The training
//! loop is the golden model's (`golden::experiment::train_timing`: same data, order, epochs and
//! annealing); the model behind it is the RTL, driven through the host interface only
//! (`sim::learner`). Afterwards the RTL's parameters are read back and compared with a golden
//! run of the same variant and seed.

use crate::rtl::rtl_host;
use anyhow::{Context, Result, anyhow};
use golden::config::Config;
use golden::experiment::{Arith, TIMING_SAMPLES, Variant, run_timing, train_timing};
use golden::task::Sample;
use golden::train::Model;
use serde::Serialize;
use sim::learner::RtlLearner;
use sim::link::RtlLink;
use std::time::Instant;

/// The variants the issue sets bars for: delays learned vs weights only.
pub const VARIANTS: [Variant; 2] = [Variant::Both, Variant::WeightsOnly];

#[derive(Serialize)]
pub struct RtlRun {
    pub variant: Variant,
    pub seed: u64,
    pub test_accuracy: f64,
    /// The golden model's test accuracy for the same variant and seed.
    pub golden_accuracy: f64,
    /// Whether the RTL's parameters after training equal the golden model's.
    pub params_equal_golden: bool,
    pub rtl_cycles: u64,
    pub rtl_steps: u64,
    pub wall_s: f64,
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

/// Trains `variant` with `seed` on the verilated tile and compares its learned parameters with
/// a golden run of the same variant and seed.
pub fn one(base: &Config, variant: Variant, seed: u64) -> Result<RtlRun> {
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
