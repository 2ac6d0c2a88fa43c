//! `delaytile nir import | export`: NIR graphs in and out (the mapping is `golden::nir`;
//! docs/nir.md describes it).

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};
use golden::config::{Config, DelayMode};
use golden::nir;
use golden::output::{json_bytes, write_atomic};
use golden::paramfile::{self, Stored};
use golden::settings::load_config;
use std::path::PathBuf;

/// The files `nir import` writes into its output directory.
pub const CONFIG_FILE: &str = "config.toml";
pub const PARAMS_FILE: &str = "params.dtp";
pub const REPORT_FILE: &str = "import.json";

#[derive(Subcommand, Debug)]
pub enum NirCommand {
    /// Map a NIR graph (written by the Python `nir` package, snnTorch, Norse, ...) onto the
    /// tile: DIR/config.toml, DIR/params.dtp and DIR/import.json (the quantisation error).
    Import(ImportArgs),
    /// Write a parameter file's network as a NIR graph.
    Export(ExportArgs),
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The NIR file (HDF5).
    #[arg(value_name = "FILE.nir")]
    pub file: PathBuf,
    /// Base configuration: widths, D, learning, data binning (its data.dt_ms is the step dt the
    /// time constants and delays are converted with). Default: the reference configuration.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Override a base configuration value (repeatable), e.g. --set data.dt_ms=1.
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub set: Vec<String>,
    /// Delay mode of the tile (default: inferred from the graph's Delay nodes).
    #[arg(long, value_enum)]
    pub delay_mode: Option<Mode>,
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Fixed-point parameter file (`train`, `nir import`).
    #[arg(long, value_name = "FILE")]
    pub params: PathBuf,
    /// The NIR file to write (atomically).
    #[arg(long, value_name = "FILE.nir")]
    pub out: PathBuf,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Mode {
    None,
    Axonal,
    Synaptic,
    Both,
}

impl From<Mode> for DelayMode {
    fn from(m: Mode) -> DelayMode {
        match m {
            Mode::None => DelayMode::None,
            Mode::Axonal => DelayMode::Axonal,
            Mode::Synaptic => DelayMode::Synaptic,
            Mode::Both => DelayMode::Both,
        }
    }
}

pub fn run(cmd: NirCommand) -> Result<()> {
    match cmd {
        NirCommand::Import(a) => import(a),
        NirCommand::Export(a) => export(a),
    }
}

fn import(a: ImportArgs) -> Result<()> {
    let base = match &a.config {
        Some(path) => load_config(path, &a.set)?,
        None if a.set.is_empty() => Config::default(),
        None => bail!("--set needs --config (the file the overrides apply to)"),
    };
    if a.out.exists() && !a.out.is_dir() {
        bail!("--out {}: exists and is not a directory", a.out.display());
    }
    // Everything is mapped and checked before the first file is written.
    let imported = nir::import_file(&a.file, &base, a.delay_mode.map(Into::into))?;
    let report = json_bytes(&imported.report)?;
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create {}", a.out.display()))?;
    write_atomic(&a.out.join(CONFIG_FILE), imported.cfg.to_toml().as_bytes())?;
    paramfile::save(
        &a.out.join(PARAMS_FILE),
        &imported.cfg,
        &Stored::Fixed(imported.params),
    )?;
    write_atomic(&a.out.join(REPORT_FILE), &report)?;
    let n = &imported.cfg.network;
    println!(
        "{}: {} inputs, {} hidden ({}), {} outputs, delay mode {:?}; alpha {} -> {}, kappa {} -> {}",
        a.file.display(),
        n.inputs,
        n.hidden,
        if n.recurrent {
            "recurrent"
        } else {
            "feedforward"
        },
        n.outputs,
        n.delay_mode,
        imported.report.alpha.0,
        imported.report.alpha.1,
        imported.report.kappa.0,
        imported.report.kappa.1,
    );
    println!("quantisation error (weights in threshold units, delays in steps):");
    for m in &imported.report.memories {
        println!(
            "  {:<16} {:>6} values  max {:.3e}  rms {:.3e}  saturated {} ({:.2} %)",
            m.memory,
            m.count,
            m.max_error,
            m.rms_error,
            m.saturated,
            100.0 * m.saturated_share
        );
    }
    println!(
        "wrote {}/{{{CONFIG_FILE}, {PARAMS_FILE}, {REPORT_FILE}}}",
        a.out.display()
    );
    Ok(())
}

fn export(a: ExportArgs) -> Result<()> {
    if a.out.is_dir() {
        bail!(
            "--out {}: is a directory, expected a file name",
            a.out.display()
        );
    }
    let (cfg, stored) = paramfile::load(&a.params)?;
    let Stored::Fixed(p) = stored else {
        bail!(
            "{}: float parameters; nir export needs fixed-point ones (the tile's)",
            a.params.display()
        );
    };
    let graph = nir::export::export(&a.out, &cfg, &p)?;
    nir::hdf5::write(&a.out, &graph)?;
    println!(
        "wrote {} ({} nodes, {} edges)",
        a.out.display(),
        graph.nodes.len(),
        graph.edges.len()
    );
    Ok(())
}
