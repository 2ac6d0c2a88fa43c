//! `delaytile report`: memory footprint per memory and in total, and latency (cycles per step
//! from the golden model's cycle model, per sample, and in microseconds at a clock), with the
//! one-lane work bound beside it.

use crate::args::ConfigArgs;
use crate::limits;
use anyhow::Result;
use golden::config::Config;
use golden::cycles::{
    LearnCounts, StepCounts, clear_cycles, learning_cycles, learning_work_bound, mean_cycles,
    step_cycles, work_bound,
};
use golden::memory::memories;
use golden::output::{json_bytes, write_atomic};
use lab::dataset as data;
use serde::Serialize;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[command(flatten)]
    pub cfg: ConfigArgs,
    /// Also measure the mean cycles per step on these samples (golden model).
    #[arg(long, value_name = "SHD.h5")]
    pub data: Option<PathBuf>,
    /// Parameters for the measured case (default: the configuration's initial ones; only
    /// used with --data).
    #[arg(long, value_name = "FILE", requires = "data")]
    pub params: Option<PathBuf>,
    /// Use only the first N samples of --data (N >= 1).
    #[arg(long, value_name = "N", requires = "data", value_parser = limits::samples())]
    pub samples: Option<usize>,
    /// Clock frequency for the latency in µs (default: the measured Fmax of the reference
    /// tile with the learning unit on the ECP5-85k, fpga::measured).
    #[arg(long, value_name = "MHZ", default_value_t = fpga::measured::REFERENCE_ECP5_85K.mhz, value_parser = limits::mhz)]
    pub clock_mhz: f64,
    /// Also write the report as JSON (atomically).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Serialize)]
struct MemoryRow {
    name: &'static str,
    kind: &'static str,
    entries: u64,
    width: u32,
    bits: u64,
    bytes: u64,
    /// A register of the RTL rather than a memory array (the LFSR).
    register: bool,
}

#[derive(Serialize)]
struct Latency {
    case: String,
    cycles_per_step: f64,
    /// The work a one-lane tile cannot avoid (`golden::cycles::work_bound`).
    work_bound_per_step: f64,
    /// cycles / (work bound / L): 1 would be every lane busy every cycle.
    ratio: f64,
    cycles_per_sample: f64,
    us_per_step: f64,
    us_per_sample: f64,
    samples_per_s: f64,
}

#[derive(Serialize)]
struct Report {
    command: &'static str,
    memories: Vec<MemoryRow>,
    inference_bits: u64,
    learning_bits: u64,
    learning_overhead_percent: f64,
    clock_mhz: f64,
    steps_per_sample: usize,
    clear_cycles: u64,
    latency: Vec<Latency>,
    config: Config,
}

fn latency(cfg: &Config, case: String, cycles: f64, bound: f64, clock_mhz: f64) -> Latency {
    let steps = cfg.data.steps() as f64;
    let per_sample = cycles * steps + clear_cycles(cfg) as f64;
    Latency {
        case,
        cycles_per_step: cycles,
        work_bound_per_step: bound,
        ratio: cycles / (bound / golden::cycles::lanes(cfg) as f64),
        cycles_per_sample: per_sample,
        us_per_step: cycles / clock_mhz,
        us_per_sample: per_sample / clock_mhz,
        samples_per_s: clock_mhz * 1e6 / per_sample,
    }
}

pub fn run(args: ReportArgs) -> Result<()> {
    let cfg = args.cfg.load()?;
    let mems: Vec<MemoryRow> = memories(&cfg)
        .into_iter()
        .map(|m| MemoryRow {
            name: m.name,
            kind: if m.learning_only {
                "learning"
            } else if m.parameter {
                "parameter"
            } else {
                "state"
            },
            entries: m.entries,
            width: m.width,
            bits: m.bits(),
            bytes: m.bits().div_ceil(8),
            register: m.id == golden::memory::MemoryId::Lfsr,
        })
        .collect();
    let (inference, learning) = golden::memory::totals(&cfg);
    let (s, h) = (cfg.sources(), cfg.network.hidden);
    let mut lat = Vec::new();
    // The cycles depend on the counts only (the event pass and the tap pass run the same
    // schedule); the passes differ in which sources are active.
    let silent = StepCounts::default();
    let busiest = StepCounts {
        active_sources: s,
        spikes: h,
    };
    // With learning: every neuron modulated, every phase run.
    let all_learning = LearnCounts {
        traces: true,
        supervised: true,
        modulated: h,
        quiet_groups: 0,
    };
    // A tile without the learning unit has no learning rows.
    let can_learn = cfg.hardware.learning_unit;
    for (case, c, l) in [
        (
            "silent (no active source, no spike)",
            silent,
            LearnCounts::default(),
        ),
        (
            "busiest (every source active, every neuron spiking)",
            busiest,
            LearnCounts::default(),
        ),
        (
            "busiest, learning on (every neuron updates)",
            busiest,
            all_learning,
        ),
    ]
    .into_iter()
    .filter(|(_, _, l)| can_learn || *l == LearnCounts::default())
    {
        lat.push(latency(
            &cfg,
            case.to_string(),
            (step_cycles(&cfg, c) + learning_cycles(&cfg, l)) as f64,
            (work_bound(&cfg, c) + learning_work_bound(&cfg, l)) as f64,
            args.clock_mhz,
        ));
    }
    if let Some(path) = &args.data {
        let ds = data::load(path, &cfg, "report")?;
        let n = args
            .samples
            .unwrap_or(ds.samples.len())
            .min(ds.samples.len());
        let tile = lab::rtl::golden_tile(&cfg, args.params.as_deref())?;
        // Inference, then online learning towards each label (the parameters change as the
        // samples go, as on chip).
        for learn in [false, true].into_iter().filter(|&l| can_learn || !l) {
            let (cycles, bound) = mean_cycles(&mut tile.clone(), &ds.samples[..n], learn);
            let mode = if learn { ", learning on" } else { "" };
            lat.push(latency(
                &cfg,
                format!("mean over {n} samples of {}{mode}", path.display()),
                cycles,
                bound,
                args.clock_mhz,
            ));
        }
    }
    let report = Report {
        command: "report",
        memories: mems,
        inference_bits: inference,
        learning_bits: learning,
        learning_overhead_percent: 100.0 * learning as f64 / inference as f64,
        clock_mhz: args.clock_mhz,
        steps_per_sample: cfg.data.steps(),
        clear_cycles: clear_cycles(&cfg),
        latency: lat,
        config: cfg.clone(),
    };
    print_report(&report);
    if let Some(out) = &args.out {
        write_atomic(out, &json_bytes(&report)?)?;
    }
    Ok(())
}

fn print_report(r: &Report) {
    let learning = if r.config.hardware.learning_unit {
        format!(
            "learning adds {} bits ({:.1} KiB, {:.1} % of inference)",
            r.learning_bits,
            r.learning_bits as f64 / 8192.0,
            r.learning_overhead_percent
        )
    } else {
        "no learning unit (hardware.learning_unit = false)".to_string()
    };
    println!("| memory | kind | entries | width | bits | bytes |\n|---|---|---|---|---|---|");
    for m in &r.memories {
        println!(
            "| {} | {}{} | {} | {} | {} | {} |",
            m.name,
            m.kind,
            if m.register { " (register)" } else { "" },
            m.entries,
            m.width,
            m.bits,
            m.bytes
        );
    }
    println!(
        "\ninference: {} bits ({:.1} KiB); {learning}\n",
        r.inference_bits,
        r.inference_bits as f64 / 8192.0,
    );
    println!(
        "{} synapse lane(s): ratio = cycles / (work bound / lanes)\n",
        r.config.hardware.lanes
    );
    println!(
        "| case | cycles/step | work bound/step | ratio | cycles/sample ({} steps + CLEAR) | µs/step @ {} MHz | µs/sample | samples/s |\n|---|---|---|---|---|---|---|---|",
        r.steps_per_sample, r.clock_mhz
    );
    for l in &r.latency {
        println!(
            "| {} | {:.1} | {:.1} | {:.3} | {:.0} | {:.2} | {:.1} | {:.1} |",
            l.case,
            l.cycles_per_step,
            l.work_bound_per_step,
            l.ratio,
            l.cycles_per_sample,
            l.us_per_step,
            l.us_per_sample,
            l.samples_per_s
        );
    }
}
