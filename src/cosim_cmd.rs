//! `delaytile cosim`: the generated Verilog, verilated into a cached library (or run under Icarus
//! Verilog), against the golden model in lockstep over SHD-format samples. Stops at the first
//! difference, reports it, and writes both sides' waveforms around it.

use crate::args::{ConfigArgs, SampleArgs};
use crate::limits;
use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::fixed::Tile;
use golden::output::{json_bytes, write_atomic};
use golden::paramfile::{self, Stored};
use golden::params::Params;
use golden::task::Sample;
use hdl::generate::tile_verilog;
use lab::dataset as data;
use lab::model::progress;
use lab::rtl::{Injection, connect, golden_tile, parse_injection, rtl_host, rtl_host_from};
use serde::Serialize;
use sim::cosim::{self, Summary};
use sim::host::{Host, Link};
use sim::icarus::IcarusLink;
use sim::replay::replay;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct CosimArgs {
    #[command(flatten)]
    pub cfg: ConfigArgs,
    #[command(flatten)]
    pub input: SampleArgs,
    /// Co-simulate only the first N samples (N >= 1).
    #[arg(long, value_name = "N", value_parser = limits::samples())]
    pub samples: Option<usize>,
    /// Change one parameter in the RTL only, e.g. --inject 'weights[17]=5' (to see the judge
    /// fail).
    #[arg(long, value_name = "MEMORY[INDEX]=VALUE")]
    pub inject: Option<String>,
    /// Learn online on the samples (each towards its label) on both sides, comparing the
    /// learning state after every step and all parameters after every sample; with --out,
    /// write the learned parameters to DIR/params.dtp.
    #[arg(long)]
    pub learn: bool,
    /// The simulator of the RTL: Verilator (fast), or Icarus Verilog (event-driven, every
    /// memory starts at X).
    #[arg(long, value_enum, default_value_t = Simulator::Verilator)]
    pub simulator: Simulator,
    /// Verilator only: start every memory at random values drawn from SEED (--x-initial
    /// unique, +verilator+rand+reset+2) instead of zeros.
    #[arg(long, value_name = "SEED")]
    pub random_start: Option<std::num::NonZeroU32>,
    /// Write cosim.json (and on a mismatch rtl.vcd, golden.vcd) here; without it, waveforms go
    /// to ./cosim-mismatch.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Random start-up values are Verilator's: under Icarus every memory starts at X.
pub fn check_start(simulator: Simulator, random_start: Option<std::num::NonZeroU32>) -> Result<()> {
    if simulator == Simulator::Icarus && random_start.is_some() {
        bail!(
            "--random-start is for Verilator; under Icarus every memory starts at X \
             (no start-up value at all)"
        );
    }
    Ok(())
}

/// The simulator that runs the RTL.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Simulator {
    Verilator,
    Icarus,
}

#[derive(Serialize)]
struct CosimResults {
    command: &'static str,
    data: String,
    params: Option<String>,
    summary: Summary,
    simulator: Simulator,
    random_start: Option<u32>,
    rtl_cycles: u64,
    rtl_cycles_per_s: f64,
    mean_step_cycles: f64,
    step_cycles_over_work_bound: f64,
    wall_time_s: f64,
    config: Config,
}

pub fn run(args: CosimArgs) -> Result<()> {
    let start = Instant::now();
    let cfg = args.cfg.load()?;
    if args.learn && !cfg.hardware.learning_unit {
        bail!(
            "{}: --learn needs the learning unit, but the configuration sets \
             hardware.learning_unit = false (an inference-only tile)",
            args.cfg.config.display()
        );
    }
    check_start(args.simulator, args.random_start)?;
    let injection = args
        .inject
        .as_deref()
        .map(|s| parse_injection(s, &cfg))
        .transpose()?;
    let data = data::load(&args.input.data, &cfg, "co-simulation")?;
    let n = args
        .samples
        .unwrap_or(data.samples.len())
        .min(data.samples.len());
    let samples: Vec<Sample> = data.samples[..n].to_vec();
    let mut tile = golden_tile(&cfg, args.input.params.as_deref())?;
    let job = Job {
        args: &args,
        cfg: &cfg,
        tile: &tile,
        injection: injection.as_ref(),
        samples: &samples,
    };
    let run = match args.simulator {
        Simulator::Verilator => {
            let mut host = rtl_host_from(&cfg, &tile, false, args.random_start)?;
            job.run(&mut host, |l| Ok(l.cycles()))?
        }
        Simulator::Icarus => {
            let link = IcarusLink::start(&tile_verilog(&cfg)?)?;
            let mut host = connect(Host::new(link, &cfg), &cfg, &tile)?;
            job.run(&mut host, |l| Ok(l.cycles()?))?
        }
    };
    let (summary, rtl_cycles, secs) = (run.summary, run.rtl_cycles, run.secs);
    let results = CosimResults {
        command: "cosim",
        data: args.input.data.display().to_string(),
        params: args.input.params.as_ref().map(|p| p.display().to_string()),
        simulator: args.simulator,
        random_start: args.random_start.map(|s| s.get()),
        rtl_cycles,
        rtl_cycles_per_s: rtl_cycles as f64 / secs,
        mean_step_cycles: summary.step_cycles as f64 / summary.steps.max(1) as f64,
        step_cycles_over_work_bound: summary.step_cycles as f64
            / (summary.work_bound.max(1) as f64 / golden::cycles::lanes(&cfg) as f64),
        wall_time_s: start.elapsed().as_secs_f64(),
        config: cfg.clone(),
        summary,
    };
    let s = &results.summary;
    println!(
        "co-simulated {} samples{}, {} steps: {} values compared (after every step), {}",
        s.samples,
        if args.learn { " learning online" } else { "" },
        s.steps,
        s.compared,
        if s.mismatch.is_none() {
            "0 mismatches".to_string()
        } else {
            "stopped at the first mismatch".to_string()
        }
    );
    println!(
        "cycles per step: mean {:.1}, max {} (cycle model: equal at every step{}); ratio to the work bound / lanes {:.3}",
        results.mean_step_cycles,
        s.max_step_cycles,
        if s.mismatch.is_none() {
            ""
        } else {
            " until the mismatch"
        },
        results.step_cycles_over_work_bound
    );
    println!(
        "RTL ({:?}{}): {} cycles in {:.2} s = {:.0} cycles/s (host reads of every state entry included)",
        args.simulator,
        args.random_start.map_or(String::new(), |s| format!(
            ", random start-up values from seed {s}"
        )),
        rtl_cycles,
        secs,
        results.rtl_cycles_per_s
    );
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out)
            .with_context(|| format!("cannot create the output directory {}", out.display()))?;
        write_atomic(&out.join("cosim.json"), &json_bytes(&results)?)?;
        if let Some(learned) = run.learned {
            paramfile::save(&out.join("params.dtp"), &cfg, &Stored::Fixed(learned))
                .context("cannot write the learned parameters")?;
        }
    }
    if let Some(m) = &results.summary.mismatch {
        if args.simulator != Simulator::Verilator || args.random_start.is_some() {
            bail!(
                "RTL and golden model differ at {m}\n(waveforms are written for Verilator \
                 started from zeros; rerun without --simulator icarus / --random-start)"
            );
        }
        let dir = args
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from("cosim-mismatch"));
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        let step = m.step.unwrap_or(0);
        let first = step.saturating_sub(20);
        let mut traced = rtl_host(&cfg, &tile, true)?;
        if let Some(inj) = &injection {
            inj.apply(&mut traced, &cfg)?;
        }
        let (rtl_vcd, golden_vcd) = (dir.join("rtl.vcd"), dir.join("golden.vcd"));
        replay(
            &mut traced,
            &mut tile,
            &samples[m.sample],
            first,
            step,
            &rtl_vcd,
            &golden_vcd,
        )?;
        bail!(
            "RTL and golden model differ at {m}\nwaveforms of steps {first}..={step}: {} (RTL) and {} (golden model, same time base)",
            rtl_vcd.display(),
            golden_vcd.display()
        );
    }
    Ok(())
}

/// What one co-simulation run gave.
struct Run {
    summary: Summary,
    rtl_cycles: u64,
    secs: f64,
    /// The parameters the RTL learned (read back; equal to the golden model's), after a
    /// learning run without a mismatch and with --out.
    learned: Option<Params>,
}

/// One co-simulation, on whichever simulator.
struct Job<'a> {
    args: &'a CosimArgs,
    cfg: &'a Config,
    tile: &'a Tile,
    injection: Option<&'a Injection>,
    samples: &'a [Sample],
}

impl Job<'_> {
    /// Apply the injection, run the samples in lockstep on `host`, count the RTL's cycles.
    fn run<L: Link>(
        &self,
        host: &mut Host<L>,
        cycles: impl Fn(&mut L) -> Result<u64>,
    ) -> Result<Run> {
        if let Some(inj) = self.injection {
            inj.apply(host, self.cfg)?;
            eprintln!(
                "injected {}[{}] = {} into the RTL only",
                inj.memory, inj.index, inj.value
            );
        }
        let bar = progress(self.samples.len(), "co-simulating".into());
        let t0 = Instant::now();
        let cycles0 = cycles(&mut host.link)?;
        let mut trained = self.tile.clone();
        let summary = if self.args.learn {
            cosim::run_learning(host, &mut trained, self.samples, |_| bar.inc(1))?
        } else {
            cosim::run(host, &mut trained, self.samples, |_| bar.inc(1))?
        };
        bar.finish_and_clear();
        let secs = t0.elapsed().as_secs_f64();
        let rtl_cycles = cycles(&mut host.link)? - cycles0;
        let learned = if self.args.learn && self.args.out.is_some() && summary.mismatch.is_none() {
            Some(host.read_params()?)
        } else {
            None
        };
        Ok(Run {
            summary,
            rtl_cycles,
            secs,
            learned,
        })
    }
}
