//! `delaytile speech-table`: the speech results (`lab::speech_table`), printed.

use crate::args::JobArgs;
use anyhow::Result;
use lab::speech_table::{Outcome, TableOptions};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct TableArgs {
    /// Seeds per row.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub seeds: u64,
    /// Hidden neurons of the delay networks (the wide weights-only network gets as many
    /// parameters as the one with both delay kinds).
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub hidden: usize,
    /// Most epochs over the training clips (training stops earlier at a validation plateau,
    /// see --patience).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub epochs: usize,
    /// Training speakers held out of training as the validation set (comma-separated ids):
    /// it picks each run's epoch and stops training; the test speakers 4 and 5 decide nothing.
    #[arg(
        long,
        value_name = "IDS",
        value_delimiter = ',',
        default_value = "10,11"
    )]
    pub validation_speakers: Vec<u16>,
    /// Stop a run when its validation accuracy has not improved for N epochs (0: run all
    /// --epochs).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub patience: usize,
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR", default_value = "results/speech")]
    pub out: PathBuf,
    /// Replace the part of this file between <!-- speech-table:begin --> and
    /// <!-- speech-table:end --> with the table.
    #[arg(long, value_name = "FILE")]
    pub readme: Option<PathBuf>,
    /// Use the harder speech set (`data synth --hard`: more per-clip variation and noise, count
    /// baseline 54.5 % instead of 86.5 %) instead of the demo's.
    #[arg(long)]
    pub hard: bool,
    /// Use DIR/shd_train.h5 and DIR/shd_test.h5 (made by `data synth`, e.g. with --hard)
    /// instead of the cached set.
    #[arg(long, value_name = "DIR", conflicts_with = "hard")]
    pub data: Option<PathBuf>,
    /// Override a value of configs/speech.toml (repeatable), e.g. --set widths.weight_bits=12.
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub set: Vec<String>,
    /// Run only the rows whose "network | learned | model" text contains one of these
    /// (repeatable; e.g. --only "recurrent, 64 hidden | weights + both delays | Fixed").
    #[arg(long, value_name = "TEXT")]
    pub only: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Instead of the table's rows, the accuracy × memory × latency design space: weights + both
    /// delays, fixed point, at each precision point (lab/src/design_space.rs) and each --sizes;
    /// also writes design_space.md and design_space.svg (Pareto front marked); --readme fills
    /// the design-space section.
    #[arg(long)]
    pub design_space: bool,
    /// Hidden sizes of the design space.
    #[arg(
        long,
        value_name = "N,N",
        value_delimiter = ',',
        default_value = "64,128"
    )]
    pub sizes: Vec<usize>,
    #[command(flatten)]
    pub jobs: JobArgs,
}

impl From<TableArgs> for TableOptions {
    fn from(a: TableArgs) -> TableOptions {
        TableOptions {
            seeds: a.seeds,
            hidden: a.hidden,
            epochs: a.epochs,
            validation_speakers: a.validation_speakers,
            patience: a.patience,
            out: a.out,
            readme: a.readme,
            hard: a.hard,
            data: a.data,
            set: a.set,
            only: a.only,
            threads: a.threads,
            design_space: a.design_space,
            sizes: a.sizes,
            jobs: a.jobs.mode(),
        }
    }
}

pub fn run(args: TableArgs) -> Result<()> {
    let out = args.out.clone();
    match lab::speech_table::run(args.into())? {
        Outcome::JobList { file, jobs, dir } => println!(
            "wrote {}: {jobs} jobs; run each line (any order, any machine sharing the paths), then \
             `delaytile speech-table <the same options> --merge {}`",
            file.display(),
            dir.display()
        ),
        Outcome::Job { k, run, dir } => println!(
            "job {k}: {} | {} | {:?} | seed {}: {:.1} % ({:.0} s), wrote {}",
            run.group,
            run.variant.name(),
            run.arith,
            run.seed,
            100.0 * run.selected_accuracy(),
            run.seconds,
            dir.display()
        ),
        Outcome::Table {
            markdown,
            wall_time_s,
        } => {
            println!("{markdown}");
            println!(
                "wrote {}: speech_table.json, speech_table.md, accuracy.svg, delays.svg \
                 ({wall_time_s:.0} s)",
                out.display()
            );
        }
    }
    Ok(())
}
