//! `delaytile timing`: the timing-task table (every delay mode, float and fixed point, several
//! seeds, mean and spread).

use anyhow::Result;
use golden::config::Config;
use golden::experiment::{Arith, Run, TIMING_SAMPLES, Variant, jobs, mean_std, run_all};
use golden::output;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Serialize)]
struct Row {
    variant: Variant,
    arith: Arith,
    seeds: Vec<u64>,
    final_accuracy: Vec<f64>,
    mean: f64,
    std: f64,
}

fn table(runs: &[Run], variants: &[Variant], ariths: &[Arith]) -> (String, Vec<Row>) {
    let mut text = String::from(
        "| learned | model | test accuracy (mean ± sd) | per seed |\n|---|---|---|---|\n",
    );
    let mut rows = Vec::new();
    for &v in variants {
        for &a in ariths {
            let sel: Vec<&Run> = runs
                .iter()
                .filter(|r| r.variant == v && r.arith == a)
                .collect();
            let acc: Vec<f64> = sel.iter().map(|r| r.final_accuracy()).collect();
            let (mean, std) = mean_std(&acc);
            let per: Vec<String> = acc.iter().map(|x| format!("{:.1}", 100.0 * x)).collect();
            let arith = if a == Arith::Fixed {
                "fixed point"
            } else {
                "float"
            };
            text.push_str(&format!(
                "| {} | {arith} | {:.1} ± {:.1} % | {} |\n",
                v.name(),
                100.0 * mean,
                100.0 * std,
                per.join(", ")
            ));
            rows.push(Row {
                variant: v,
                arith: a,
                seeds: sel.iter().map(|r| r.seed).collect(),
                final_accuracy: acc,
                mean,
                std,
            });
        }
    }
    (text, rows)
}

#[derive(clap::Args, Debug)]
pub struct TimingArgs {
    /// Number of seeds per variant and model (at most 1000).
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u64).range(1..=crate::limits::MAX_SEEDS))]
    pub seeds: u64,
    /// Train the verilated RTL tile instead (weights only and both delays; the RTL's
    /// learned parameters are checked against the golden model's). About 15 minutes per
    /// run.
    #[arg(long)]
    pub rtl: bool,
    /// Train for N epochs instead of the task's 40 (the learning rates still halve every
    /// 10 epochs).
    #[arg(long, value_name = "N", value_parser = crate::limits::count(golden::config::MAX_EPOCHS as u64))]
    pub epochs: Option<usize>,
    /// Also write the table as JSON (atomically).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `delaytile timing`: the golden models' table, or with `--rtl` the verilated tile's.
pub fn run(args: TimingArgs) -> Result<()> {
    let mut base = golden::experiment::timing_config();
    if let Some(e) = args.epochs {
        base.train.epochs = e;
    }
    if args.rtl {
        crate::timing_rtl_cmd::timing_rtl(&base, args.seeds, args.out)
    } else {
        timing(&base, args.seeds, args.out)
    }
}

/// The full table: every variant, float and fixed, `seeds` seeds.
fn timing(base: &Config, seeds: u64, out: Option<PathBuf>) -> Result<()> {
    let ariths = [Arith::Float, Arith::Fixed];
    let seeds: Vec<u64> = (1..=seeds).collect();
    let jobs = jobs(&Variant::ALL, &ariths, &seeds);
    eprintln!(
        "timing task: {} runs on {} threads ...",
        jobs.len(),
        lab::threads()
    );
    let t0 = Instant::now();
    let runs = run_all(base, &jobs, lab::threads(), false);
    let (text, rows) = table(&runs, &Variant::ALL, &ariths);
    println!("{text}");
    println!(
        "({} epochs of {TIMING_SAMPLES} samples, test on {TIMING_SAMPLES}; {:.0} s)",
        base.train.epochs,
        t0.elapsed().as_secs_f64()
    );
    if let Some(path) = out {
        output::write_atomic(&path, &output::json_bytes(&rows)?)?;
    }
    Ok(())
}
