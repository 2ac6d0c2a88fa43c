//! `delaytile diagnose`: firing statistics of the float reference's hidden layer and linear
//! probes (`lab::diagnose`), printed.

use anyhow::{Context, Result};
use golden::format::Formats;
use golden::paramfile::{self, Stored};
use golden::params::Params;
use lab::dataset as data;
use lab::diagnose::{TIME_BINS, diagnose};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct DiagnoseArgs {
    #[command(flatten)]
    pub cfg: crate::args::ConfigArgs,
    /// Data (SHD-format HDF5), e.g. the training file.
    #[arg(long, value_name = "SHD.h5")]
    pub data: PathBuf,
    /// Parameters to diagnose (written by `train`); default: the configuration's initial ones.
    #[arg(long, value_name = "FILE")]
    pub params: Option<PathBuf>,
    /// Speakers whose clips score the linear probes (the others train them).
    #[arg(
        long,
        value_name = "IDS",
        value_delimiter = ',',
        default_value = "10,11"
    )]
    pub probe_speakers: Vec<u16>,
}

pub fn run(args: DiagnoseArgs) -> Result<()> {
    let mut cfg = args.cfg.load()?;
    let stored = match &args.params {
        Some(p) => {
            let (c, s) = paramfile::load(p)
                .with_context(|| format!("cannot load the parameters {}", p.display()))?;
            cfg = c;
            s
        }
        None => Stored::Fixed(Params::init(&cfg, &Formats::new(&cfg)?)),
    };
    let fp = match stored {
        Stored::Fixed(p) => p.to_float(&cfg),
        Stored::Float(p) => p,
    };
    let set = data::load(&args.data, &cfg, "diagnosis")?;
    let d = diagnose(&cfg, fp, &set, &args.probe_speakers)?;
    let (h, n_in, gamma) = (d.hidden, d.inputs, d.gamma);
    let (steps, clips) = (d.steps, d.clips);
    let per_step = steps.max(1) as f64;
    let rates = &d.rates;
    let bucket = |lo: f64, hi: f64| rates.iter().filter(|&&r| r >= lo && r < hi).count();
    let mut sorted = rates.clone();
    sorted.sort_by(f64::total_cmp);
    let q = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
    let sat_always = d.saturated_always;
    let (in_spikes, psi_on, psi_sum, v_sub) = (d.in_spikes, d.psi_on, d.psi_sum, d.v_sub);
    let (y_abs, pmax_sum, right) = (d.y_abs, d.pmax_sum, d.right);
    let (probe_clips, probe_right) = (d.probe_clips, d.probe_right);
    println!(
        "diagnosis of {} ({clips} clips, {steps} steps)",
        args.data.display()
    );
    println!(
        "input: {:.1} spikes per step ({:.1} % of {n_in} channels)",
        in_spikes as f64 / per_step,
        100.0 * in_spikes as f64 / per_step / n_in as f64
    );
    println!(
        "hidden firing rate (spikes per step): mean {:.3}; quantiles 10/50/90 %: {:.3} / {:.3} / {:.3}",
        rates.iter().sum::<f64>() / h as f64,
        q(0.1),
        q(0.5),
        q(0.9)
    );
    println!(
        "hidden neurons by rate: silent (< 0.01) {}, 0.01-0.1 {}, 0.1-0.5 {}, 0.5-0.9 {}, >= 0.9 {} (of {h}); \
         saturated (>= 90 % of steps) in >= 90 % of clips: {sat_always}",
        bucket(0.0, 0.01),
        bucket(0.01, 0.1),
        bucket(0.1, 0.5),
        bucket(0.5, 0.9),
        bucket(0.9, 2.0)
    );
    println!(
        "pseudo-derivative: psi >= 1 % of gamma in {:.1} % of neuron-steps; mean psi / gamma {:.4}; \
         membrane below 0 in {:.1} % of neuron-steps",
        100.0 * psi_on as f64 / (per_step * h as f64),
        psi_sum / (per_step * h as f64) / gamma,
        100.0 * v_sub as f64 / (per_step * h as f64)
    );
    println!(
        "readout: mean |y| {:.2}; mean max softmax probability {:.3}; accuracy on these clips {:.3} \
         (on the {probe_clips} clips of speakers {:?}: {:.3})",
        y_abs / per_step,
        pmax_sum / per_step,
        right as f64 / clips as f64,
        args.probe_speakers,
        probe_right as f64 / probe_clips.max(1) as f64
    );
    if let Some(p) = &d.probes {
        println!(
            "linear probes (ridge on log(1 + spike count), trained on {} clips, scored on the {} \
             clips of speakers {:?}): inputs {:.3}, hidden layer {:.3}",
            d.probe_train_clips, d.probe_test_clips, args.probe_speakers, p.inputs, p.hidden
        );
        println!(
            "the same on counts in {TIME_BINS} time bins per clip: inputs {:.3}, hidden layer {:.3}",
            p.inputs_binned, p.hidden_binned
        );
    }
    Ok(())
}
