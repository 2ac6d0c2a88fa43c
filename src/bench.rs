//! `delaytile bench`: throughput of a configuration (the reference by default) on synthetic
//! input or on an SHD-format file, one core.

use crate::limits;
use anyhow::{Result, bail};
use golden::config::Config;
use golden::experiment::Arith;
use golden::rng::SplitMix64;
use golden::task::Sample;
use lab::model::AnyModel;
use std::path::Path;
use std::path::PathBuf;
use std::time::Instant;

/// Steps per synthetic sample.
pub const STEPS: usize = 100;
/// Probability that an input channel spikes at a step.
pub const RATE: f64 = 0.05;

/// `n` samples of `steps` steps in which every one of `inputs` channels spikes with probability
/// `rate` per step; labels cycle through the classes.
pub fn synthetic(
    inputs: usize,
    classes: usize,
    n: usize,
    steps: usize,
    rate: f64,
    seed: u64,
) -> Vec<Sample> {
    let mut rng = SplitMix64::new(seed);
    (0..n)
        .map(|i| Sample {
            steps: (0..steps)
                .map(|_| {
                    (0..inputs)
                        .filter(|_| rng.next_f64() < rate)
                        .map(|c| c as u16)
                        .collect()
                })
                .collect(),
            label: i % classes,
        })
        .collect()
}

/// Spikes counted during a run.
#[derive(Default)]
struct Counts {
    input_spikes: u64,
    hidden_spikes: u64,
}

/// One sample step by step (exactly as `run_sample` does), counting spikes.
fn run_counting(m: &mut AnyModel, s: &Sample, learn: bool, c: &mut Counts) {
    let target = learn.then_some(s.label);
    match m {
        AnyModel::Fixed(t) => {
            t.reset_state();
            for x in &s.steps {
                t.step(x, target);
                c.input_spikes += x.len() as u64;
                c.hidden_spikes += t.state.z.iter().filter(|&&z| z).count() as u64;
            }
            std::hint::black_box(t.state.readout.prediction());
        }
        AnyModel::Float(t) => {
            t.reset_state();
            for x in &s.steps {
                t.step(x, target);
                c.input_spikes += x.len() as u64;
                c.hidden_spikes += t.z.iter().filter(|&&z| z).count() as u64;
            }
            std::hint::black_box(t.prediction());
        }
    }
}

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
