//! `delaytile timing --rtl`: the timing task learned by the verilated tile itself. The training
//! loop is the golden model's (`golden::experiment::train_timing`: same data, order, epochs and
//! annealing); the model behind it is the RTL, driven through the host interface only
//! (`sim::learner`). Afterwards the RTL's parameters are read back and compared with a golden
//! run of the same variant and seed.

use anyhow::{Result, anyhow};
use golden::config::Config;
use golden::experiment::{TIMING_SAMPLES, Variant, mean_std, par_map};
use lab::timing_rtl::{RtlRun, VARIANTS, one};
use std::path::PathBuf;
use std::time::Instant;

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
