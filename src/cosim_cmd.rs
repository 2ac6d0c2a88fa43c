//! `delaytile cosim`: the generated Verilog, verilated into a cached library, against the golden
//! model in lockstep over SHD-format samples. Stops at the first difference, reports it, and
//! writes both sides' waveforms around it.

use crate::data;
use crate::model::progress;
use crate::output::{json_bytes, write_atomic};
use crate::settings::load_config;
use anyhow::{Context, Result, anyhow, bail};
use golden::config::Config;
use golden::fixed::Tile;
use golden::memory::{self, ID_MAGIC};
use golden::paramfile::{self, Stored};
use golden::task::Sample;
use hdl::generate::tile_verilog;
use serde::Serialize;
use sim::cosim::{self, Summary};
use sim::host::{Host, Link};
use sim::link::RtlLink;
use sim::replay::replay;
use sim::verilator::Build;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct CosimArgs {
    pub config: PathBuf,
    pub set: Vec<String>,
    pub data: PathBuf,
    pub params: Option<PathBuf>,
    pub samples: Option<usize>,
    pub inject: Option<String>,
    pub learn: bool,
    pub out: Option<PathBuf>,
}

#[derive(Serialize)]
struct CosimResults {
    command: &'static str,
    data: String,
    params: Option<String>,
    summary: Summary,
    rtl_cycles: u64,
    rtl_cycles_per_s: f64,
    mean_step_cycles: f64,
    step_cycles_over_work_bound: f64,
    wall_time_s: f64,
    config: Config,
}

/// A parameter change applied to the RTL only: `memory[index]=value`.
struct Injection {
    memory: String,
    index: usize,
    value: i32,
}

fn parse_injection(s: &str, cfg: &Config) -> Result<Injection> {
    let err = || {
        anyhow!(
            "--inject {s:?}: expected MEMORY[INDEX]=VALUE with a parameter memory \
             (weights, synaptic_delays, axonal_delays, readout_weights, readout_biases)"
        )
    };
    let (lhs, value) = s.split_once('=').ok_or_else(err)?;
    let (name, rest) = lhs.split_once('[').ok_or_else(err)?;
    let index: usize = rest
        .strip_suffix(']')
        .ok_or_else(err)?
        .parse()
        .map_err(|_| err())?;
    let value: i32 = value.trim().parse().map_err(|_| err())?;
    let m = memory::find(cfg, name)
        .filter(|m| m.parameter && !m.learning_only)
        .ok_or_else(err)?;
    if index as u64 >= m.entries {
        bail!(
            "--inject {s:?}: index {index} is outside {name} (0..{})",
            m.entries
        );
    }
    Ok(Injection {
        memory: name.to_string(),
        index,
        value,
    })
}

/// The golden tile with the parameters of `params` (or the configuration's initial ones).
pub fn golden_tile(cfg: &Config, params: Option<&Path>) -> Result<Tile> {
    let mut tile = Tile::new(cfg).context("invalid configuration")?;
    if let Some(path) = params {
        let (_, stored) = paramfile::load(path).context("cannot load the parameters")?;
        let Stored::Fixed(p) = stored else {
            bail!(
                "{}: holds float parameters; co-simulation needs fixed-point ones (train with --model fixed)",
                path.display()
            );
        };
        tile.set_params(p).with_context(|| {
            format!(
                "{}: parameters do not fit the configuration",
                path.display()
            )
        })?;
    }
    Ok(tile)
}

/// Verilate (or reuse) the tile for `cfg`, connect a host, load and verify `tile`'s parameters.
pub fn rtl_host(cfg: &Config, tile: &Tile, trace: bool) -> Result<Host<RtlLink>> {
    let verilog = tile_verilog(cfg)?;
    let t0 = Instant::now();
    let model = Build::new()
        .trace(trace)
        .load(&verilog)
        .context("cannot build the verilated tile")?;
    if model.built() {
        eprintln!(
            "verilated and compiled the tile in {:.1} s (cached in {})",
            t0.elapsed().as_secs_f64(),
            model.path().display()
        );
    }
    let mut host = Host::new(RtlLink::new(model.rtl()?), cfg);
    let id = host.identify()?;
    if id != ID_MAGIC {
        bail!("the RTL answered identity {id:#x}, expected {ID_MAGIC:#x}");
    }
    host.load_params(&tile.params)?;
    let back = host.read_params()?;
    if back != tile.params.stored(cfg) {
        bail!("parameters read back from the RTL differ from those loaded");
    }
    if cfg.hardware.learning_unit {
        host.configure_learning(&tile.cfg, &tile.f)?;
    }
    host.write_lfsr(&tile.state.lfsr)?;
    Ok(host)
}

pub fn run(args: CosimArgs) -> Result<()> {
    let start = Instant::now();
    let cfg = load_config(&args.config, &args.set)?;
    if args.learn && !cfg.hardware.learning_unit {
        bail!(
            "{}: --learn needs the learning unit, but the configuration sets \
             hardware.learning_unit = false (an inference-only tile)",
            args.config.display()
        );
    }
    let injection = args
        .inject
        .as_deref()
        .map(|s| parse_injection(s, &cfg))
        .transpose()?;
    let data = data::load(&args.data, &cfg, "co-simulation")?;
    let n = args
        .samples
        .unwrap_or(data.samples.len())
        .min(data.samples.len());
    let samples: Vec<Sample> = data.samples[..n].to_vec();
    let mut tile = golden_tile(&cfg, args.params.as_deref())?;
    let mut host = rtl_host(&cfg, &tile, false)?;
    if let Some(inj) = &injection {
        let m = memory::find(&cfg, &inj.memory).expect("checked");
        host.link.write(
            sim::host::address(m.region, inj.index as u64),
            inj.value as i64 as u64,
        )?;
        eprintln!(
            "injected {}[{}] = {} into the RTL only",
            inj.memory, inj.index, inj.value
        );
    }
    let bar = progress(samples.len(), "co-simulating".into());
    let t0 = Instant::now();
    let cycles0 = host.link.cycles();
    let mut trained = tile.clone();
    let summary = if args.learn {
        cosim::run_learning(&mut host, &mut trained, &samples, |_| bar.inc(1))?
    } else {
        cosim::run(&mut host, &mut trained, &samples, |_| bar.inc(1))?
    };
    bar.finish_and_clear();
    let secs = t0.elapsed().as_secs_f64();
    let rtl_cycles = host.link.cycles() - cycles0;
    let results = CosimResults {
        command: "cosim",
        data: args.data.display().to_string(),
        params: args.params.as_ref().map(|p| p.display().to_string()),
        rtl_cycles,
        rtl_cycles_per_s: rtl_cycles as f64 / secs,
        mean_step_cycles: summary.step_cycles as f64 / summary.steps.max(1) as f64,
        step_cycles_over_work_bound: summary.step_cycles as f64 / summary.work_bound.max(1) as f64,
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
        "cycles per step: mean {:.1}, max {} (cycle model: equal at every step{}); work bound ratio {:.3}",
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
        "RTL: {} cycles in {:.2} s = {:.2} M cycles/s (host reads of every state entry included)",
        rtl_cycles,
        secs,
        results.rtl_cycles_per_s / 1e6
    );
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out)
            .with_context(|| format!("cannot create the output directory {}", out.display()))?;
        write_atomic(&out.join("cosim.json"), &json_bytes(&results)?)?;
        if args.learn && results.summary.mismatch.is_none() {
            // The parameters the RTL learned (read back; equal to the golden model's).
            let learned = host.read_params()?;
            paramfile::save(&out.join("params.dtp"), &cfg, &Stored::Fixed(learned))
                .context("cannot write the learned parameters")?;
        }
    }
    if let Some(m) = &results.summary.mismatch {
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
            let mm = memory::find(&cfg, &inj.memory).expect("checked");
            traced.link.write(
                sim::host::address(mm.region, inj.index as u64),
                inj.value as i64 as u64,
            )?;
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
