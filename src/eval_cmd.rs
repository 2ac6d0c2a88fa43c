//! `delaytile eval`: run saved parameters (and their configuration) over an SHD-format file.

use anyhow::{Context, Result};
use golden::config::Config;
use golden::output::{json_bytes, write_atomic};
use golden::paramfile;
use golden::train::evaluate;
use lab::dataset as data;
use lab::model::{AnyModel, Sizes, WithProgress, progress, sizes};
use serde::Serialize;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Parameter file written by `train`.
    #[arg(long, value_name = "FILE")]
    pub params: PathBuf,
    /// Data (SHD-format HDF5).
    #[arg(long, value_name = "SHD.h5")]
    pub data: PathBuf,
    /// Also write the results as JSON (atomically).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Serialize)]
pub struct EvalResults {
    pub command: &'static str,
    pub model: &'static str,
    pub params_file: String,
    pub data: String,
    pub samples: usize,
    pub classes: Vec<String>,
    pub accuracy: f64,
    /// `[true][predicted]`.
    pub confusion: Vec<Vec<u32>>,
    pub config: Config,
    pub parameters: Sizes,
    pub wall_time_s: f64,
}

pub fn run(args: EvalArgs) -> Result<()> {
    let start = Instant::now();
    let (cfg, stored) = paramfile::load(&args.params).context("cannot load the parameters")?;
    let kind = stored.kind_name();
    let sizes = sizes(&cfg, &stored);
    let data = data::load(&args.data, &cfg, "evaluation")?;
    let mut model = AnyModel::from_stored(&cfg, stored)?;
    let bar = progress(data.samples.len(), "eval".to_string());
    let score = evaluate(
        &mut WithProgress {
            model: &mut model,
            bar: &bar,
        },
        &data.samples,
        cfg.network.outputs,
    );
    bar.finish_and_clear();
    let right: u32 = (0..score.confusion.len())
        .map(|i| score.confusion[i][i])
        .sum();
    println!(
        "accuracy: {:.4} ({right}/{} samples, {kind} model, {})",
        score.accuracy,
        data.samples.len(),
        args.data.display()
    );
    if let Some(out) = &args.out {
        let report = EvalResults {
            command: "eval",
            model: kind,
            params_file: args.params.display().to_string(),
            data: args.data.display().to_string(),
            samples: data.samples.len(),
            classes: data.keys,
            accuracy: score.accuracy,
            confusion: score.confusion,
            config: cfg,
            parameters: sizes,
            wall_time_s: start.elapsed().as_secs_f64(),
        };
        write_atomic(out, &json_bytes(&report)?).context("cannot write the results")?;
        println!("wrote {}", out.display());
    }
    Ok(())
}
