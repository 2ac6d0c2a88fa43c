//! `delaytile timing`: the timing-task table (every delay mode, float and fixed point, several
//! seeds, mean and spread), and `delaytile demo`, the short end-to-end job of the README.

use crate::output;
use anyhow::Result;
use golden::config::Config;
use golden::experiment::{Arith, Run, Variant, jobs, mean_std, run_all, timing_config};
use golden::memory;
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

fn threads() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
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

/// The full table: every variant, float and fixed, `seeds` seeds.
pub fn timing(base: &Config, seeds: u64, out: Option<PathBuf>) -> Result<()> {
    let ariths = [Arith::Float, Arith::Fixed];
    let seeds: Vec<u64> = (1..=seeds).collect();
    let jobs = jobs(&Variant::ALL, &ariths, &seeds);
    eprintln!(
        "timing task: {} runs on {} threads ...",
        jobs.len(),
        threads()
    );
    let t0 = Instant::now();
    let runs = run_all(base, &jobs, threads(), false);
    let (text, rows) = table(&runs, &Variant::ALL, &ariths);
    println!("{text}");
    println!(
        "({} epochs of 400 samples, test on 400; {:.0} s)",
        base.train.epochs,
        t0.elapsed().as_secs_f64()
    );
    if let Some(path) = out {
        output::write_atomic(&path, &output::json_bytes(&rows)?)?;
    }
    Ok(())
}

fn memory_report(cfg: &Config) -> String {
    let mut s = String::from("| memory | entries × width | bits |\n|---|---|---|\n");
    for m in memory::memories(cfg) {
        let tag = if m.learning_only { " (learning)" } else { "" };
        s.push_str(&format!(
            "| {}{tag} | {} × {} | {} |\n",
            m.name,
            m.entries,
            m.width,
            m.bits()
        ));
    }
    let (inf, learn) = memory::totals(cfg);
    s.push_str(&format!(
        "| **total** | inference {} bits ({:.1} KiB), learning adds {} bits ({:.1} %) | {} |\n",
        inf,
        inf as f64 / 8192.0,
        learn,
        100.0 * learn as f64 / inf as f64,
        inf + learn
    ));
    s
}

/// The README's main job: the timing task with the fixed-point golden model (weights only vs
/// learned delays, one seed each), then the reference configuration's memory footprint.
pub fn demo() -> Result<()> {
    let base = timing_config();
    let variants = Variant::LEARNED;
    let jobs = jobs(&variants, &[Arith::Fixed], &[1]);
    eprintln!(
        "demo 1/2: timing task (6 channels, 4 classes that differ only in spike timing), \
         fixed-point golden model, {} epochs per variant on {} threads ...",
        base.train.epochs,
        threads()
    );
    let t0 = Instant::now();
    let runs = run_all(&base, &jobs, threads(), false);
    let (text, _) = table(&runs, &variants, &[Arith::Fixed]);
    println!("{text}");
    println!(
        "(seed 1; {:.0} s; `delaytile timing` runs every variant with float and fixed point over 3 seeds)\n",
        t0.elapsed().as_secs_f64()
    );
    eprintln!(
        "demo 2/2: memory of the reference configuration (140 in, 128 recurrent hidden, 20 out, both delays, D = 32)"
    );
    println!("{}", memory_report(&Config::default()));
    Ok(())
}
