//! `delaytile bench`: throughput of a configuration (the reference by default) on synthetic
//! input or on an SHD-format file, one core.

use crate::limits;
use anyhow::{Result, bail};
use golden::config::Config;
use golden::experiment::Arith;
use lab::model::AnyModel;
use std::path::Path;
use std::path::PathBuf;
use std::time::Instant;

use lab::bench::{Counts, RATE, STEPS, run_counting, synthetic};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Number of samples: synthetic ones (100 steps each), or the first N of --data (at most
    /// 100000).
    #[arg(long, value_name = "N", default_value_t = 50,
          value_parser = limits::count(limits::MAX_BENCH_SAMPLES))]
    pub samples: usize,
    /// Run the samples of this SHD-format file (binned by the configuration) instead of
    /// synthetic input.
    #[arg(long, value_name = "SHD.h5")]
    pub data: Option<PathBuf>,
    /// Configuration file (TOML; default: the reference configuration).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Override a configuration value (repeatable), as for the other commands.
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub set: Vec<String>,
    /// Which model runs.
    #[arg(long, value_enum, default_value_t = Arith::Fixed)]
    pub model: Arith,
    /// Seed of the synthetic input.
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    pub seed: u64,
}

pub fn run(args: BenchArgs) -> Result<()> {
    let cfg = match &args.config {
        Some(path) => golden::settings::load_config(path, &args.set)?,
        None if args.set.is_empty() => Config::default(),
        None => bail!("--set needs --config (the file the overrides apply to)"),
    };
    measure(
        &cfg,
        args.samples,
        args.data.as_deref(),
        args.model,
        args.seed,
    )
}

fn measure(
    cfg: &Config,
    samples: usize,
    data: Option<&Path>,
    kind: Arith,
    seed: u64,
) -> Result<()> {
    if samples == 0 {
        bail!("--samples 0: expected at least one sample");
    }
    let n = &cfg.network;
    let (data, input) = match data {
        None => (
            synthetic(n.inputs, n.outputs, samples, STEPS, RATE, seed),
            format!(
                "{samples} synthetic samples of {STEPS} steps, each input spiking with p = {RATE} \
                 per step (seed {seed})"
            ),
        ),
        Some(path) => {
            let mut set = lab::dataset::load(path, cfg, "benchmark")?.samples;
            let have = set.len();
            set.truncate(samples);
            let steps: usize = set.iter().map(|s| s.steps.len()).sum();
            (
                set,
                format!(
                    "the first {} of the {have} samples of {} ({:.0} steps per sample, binned at \
                     {} ms)",
                    samples.min(have),
                    path.display(),
                    steps as f64 / samples.min(have) as f64,
                    cfg.data.dt_ms
                ),
            )
        }
    };
    let samples = data.len();
    let synapses = n.hidden * cfg.sources();
    println!(
        "bench: {} model, {} inputs, {} {}hidden, {} outputs, delays {}, D = {}, \
         {synapses} input/recurrent synapses",
        kind.name(),
        n.inputs,
        n.hidden,
        if n.recurrent { "recurrent " } else { "" },
        n.outputs,
        format!("{:?}", n.delay_mode).to_lowercase(),
        n.max_delay,
    );
    println!("input: {input}; one thread");
    for learn in [false, true] {
        let mut m = AnyModel::init(cfg, kind)?;
        let mut c = Counts::default();
        let t0 = Instant::now();
        for s in &data {
            run_counting(&mut m, s, learn, &mut c);
        }
        let secs = t0.elapsed().as_secs_f64().max(1e-9);
        // Every source spike reaches all hidden neurons (one synapse each); every hidden spike
        // also reaches every readout unit.
        let fan_rec = if n.recurrent { n.hidden as u64 } else { 0 };
        let events =
            c.input_spikes * n.hidden as u64 + c.hidden_spikes * (fan_rec + n.outputs as u64);
        let steps = data.iter().map(|s| s.steps.len()).sum::<usize>() as f64;
        println!(
            "{:<9} {:>10.2} samples/s  {:>10.0} steps/s  {:>12.3e} synaptic events/s  \
             ({} input + {} hidden spikes, {:.2} s)",
            if learn { "training" } else { "inference" },
            samples as f64 / secs,
            steps / secs,
            events as f64 / secs,
            c.input_spikes,
            c.hidden_spikes,
            secs
        );
        if learn {
            println!(
                "          {:>12.3e} synapse-steps/s (input/recurrent synapses x steps / time)",
                synapses as f64 * steps / secs
            );
        }
    }
    println!(
        "synaptic event = one presynaptic spike delivered over one synapse (input/recurrent or readout)"
    );
    Ok(())
}
