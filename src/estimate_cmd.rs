//! `delaytile estimate`: area, memory and latency of one configuration or a sweep per FPGA
//! target (`fpga::sweep`), as jobs; writes estimate.csv, estimate.md and estimate.svg.

use crate::args::JobArgs;
use anyhow::{Context, Result, bail};
use fpga::sweep::{HEADER, Point, Row, lanes_svg, load_sweep, markdown, opt, row, svg};
use fpga::{Flow, Router, Target, run_flow};
use golden::cycles::mean_cycles;
use golden::output::{Section, write_atomic};
use golden::settings::load_config;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct EstimateArgs {
    /// Sweep file (TOML; see src/estimate_cmd.rs).
    #[arg(long, value_name = "FILE")]
    pub sweep: Option<PathBuf>,
    // Not ConfigArgs: --config is optional here (a sweep or one configuration) and --set
    // applies to every point.
    /// One configuration instead of a sweep.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Override a configuration value of every point (repeatable).
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub set: Vec<String>,
    /// Targets (repeatable; default: the sweep file's, else ice40-up5k and ecp5-85k).
    #[arg(long = "target", value_enum)]
    pub targets: Vec<Target>,
    /// Also place and route (Fmax).
    #[arg(long, conflicts_with = "no_pnr")]
    pub pnr: bool,
    /// Synthesis only, even where the sweep file asks for place and route (area and cycles of
    /// every point in minutes; the reference's nextpnr run takes an hour per large L).
    #[arg(long)]
    pub no_pnr: bool,
    /// nextpnr's router (`synth --router`).
    #[arg(long, value_enum, default_value_t = Router::Router1)]
    pub router: Router,
    /// UART baud rate of the board top.
    #[arg(long, value_name = "N", default_value_t = 115_200)]
    pub baud: u64,
    /// SHD-format samples: add each point's mean cycles per step on them (inference, and online
    /// learning with the learning unit) and samples per second at Fmax (a configuration with
    /// fewer outputs than the file has classes takes the samples of its classes).
    #[arg(long, value_name = "SHD.h5")]
    pub data: Option<PathBuf>,
    /// With --data: use only the first N samples.
    #[arg(long, value_name = "N", default_value = "20")]
    pub samples: std::num::NonZeroUsize,
    /// Output directory.
    #[arg(long, value_name = "DIR", default_value = "estimate")]
    pub out: PathBuf,
    /// Replace the part of this file between <!-- fpga-table:begin --> and
    /// <!-- fpga-table:end --> with the table.
    #[arg(long, value_name = "FILE")]
    pub readme: Option<PathBuf>,
    /// With --readme: the markers' name, <!-- NAME:begin --> and <!-- NAME:end --> (the lane
    /// sweep's table is `lanes-table` in docs/fpga.md).
    #[arg(long, value_name = "NAME", default_value = "fpga-table")]
    pub section: String,
    #[command(flatten)]
    pub jobs: JobArgs,
}

/// The README section `--readme` regenerates.
pub const README_SECTION: Section = Section("fpga-table");

/// The section `--readme` regenerates (`--section`; leaked once per run for `Section`'s name).
fn section(args: &EstimateArgs) -> Section {
    if args.section == README_SECTION.0 {
        README_SECTION
    } else {
        Section(Box::leak(args.section.clone().into_boxed_str()))
    }
}

pub fn run(args: EstimateArgs) -> Result<()> {
    let (points, file_targets, file_pnr) = match (&args.sweep, &args.config) {
        (Some(_), Some(_)) => bail!("give either --sweep or --config, not both"),
        (None, None) => bail!("give --sweep FILE or --config FILE"),
        (Some(s), None) => load_sweep(s, &args.set)?,
        (None, Some(c)) => {
            let cfg = load_config(c, &args.set)?;
            let name = c
                .file_stem()
                .map_or("config".into(), |s| s.to_string_lossy().into_owned());
            (
                vec![Point {
                    name,
                    cfg,
                    targets: Vec::new(),
                }],
                Vec::new(),
                false,
            )
        }
    };
    let targets = if !args.targets.is_empty() {
        args.targets.clone()
    } else if !file_targets.is_empty() {
        file_targets
    } else {
        vec![Target::Ice40Up5k, Target::Ecp5_85k]
    };
    let pnr = (args.pnr || file_pnr) && !args.no_pnr;
    if let Some(readme) = &args.readme {
        // Fail before the long flows if the README cannot take the table.
        section(&args).check(readme)?;
    }
    let targets_of = |p: &Point| -> Vec<Target> {
        if !args.targets.is_empty() || p.targets.is_empty() {
            targets.clone()
        } else {
            p.targets.clone()
        }
    };
    // The jobs: every configuration on each of its targets, in the table's order.
    let jobs: Vec<(&Point, Target)> = points
        .iter()
        .flat_map(|p| targets_of(p).into_iter().map(move |t| (p, t)))
        .collect();
    let total = jobs.len();
    let what = |k: usize| format!("{} on {}", jobs[k].0.name, jobs[k].1.name());
    if let Some(file) = &args.jobs.list {
        lab::jobs::write_list(file, total, &args.out.join("jobs"))?;
        println!(
            "wrote {}: {total} jobs; run each line, then `delaytile estimate <the same options> \
             --merge {}`",
            file.display(),
            args.out.join("jobs").display()
        );
        return Ok(());
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let run_one = |k: usize| -> Result<Row> {
        let (p, t) = jobs[k];
        let dir = args.out.join(format!("{}-{}", p.name, t.name()));
        eprintln!(
            "[{}/{total}] {}{}",
            k + 1,
            what(k),
            if pnr { " (with place and route)" } else { "" }
        );
        let s = run_flow(&Flow {
            seeds: 1,
            router: args.router,
            target: t,
            cfg: &p.cfg,
            baud: args.baud,
            freq_mhz: None,
            pll_mhz: None,
            pnr,
            dir: &dir,
            quiet: true,
        })
        .with_context(|| what(k))?;
        let mut r = row(&p.name, &p.cfg, &s);
        if let Some(path) = &args.data {
            // A configuration with fewer outputs than the file's classes runs the samples of
            // its classes (the others have no output to learn towards).
            let mut wide = p.cfg.clone();
            wide.network.outputs = golden::config::MAX_OUTPUTS;
            let ds = lab::dataset::load(path, &wide, "estimate --data")?;
            let mine: Vec<_> = ds
                .samples
                .into_iter()
                .filter(|s| s.label < p.cfg.network.outputs)
                .take(args.samples.get())
                .collect();
            if mine.is_empty() {
                anyhow::bail!(
                    "{}: no sample has a label below network.outputs = {} ({})",
                    path.display(),
                    p.cfg.network.outputs,
                    what(k)
                );
            }
            let tile = golden::fixed::Tile::new(&p.cfg)?;
            r.data_cycles = Some(mean_cycles(&mut tile.clone(), &mine, false).0);
            if p.cfg.hardware.learning_unit {
                r.data_cycles_learning = Some(mean_cycles(&mut tile.clone(), &mine, true).0);
            }
        }
        eprintln!(
            "    memory {} bits, BRAM {} (predicted {}), {} LUT4, {} FF{}{}",
            r.memory_bits,
            opt(&r.brams),
            r.predicted_brams,
            opt(&r.luts),
            opt(&r.ffs),
            r.fmax_mhz
                .map_or(String::new(), |f| format!(", Fmax {f:.1} MHz")),
            if r.fits { "" } else { ", DOES NOT FIT" }
        );
        Ok(r)
    };
    if let (Some(k), Some(dir)) = (args.jobs.job, &args.jobs.job_out) {
        if k >= total {
            bail!("--job {k}: there are {total} jobs (0..{total}) with these options");
        }
        let r = run_one(k)?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("--job-out {}: cannot create the directory", dir.display()))?;
        write_atomic(
            &lab::jobs::json_path(dir, k),
            &golden::output::json_bytes(&r)?,
        )?;
        println!("job {k}: {}, wrote {}", what(k), dir.display());
        return Ok(());
    }
    let rows: Vec<Row> = match &args.jobs.merge {
        Some(dir) => (0..total)
            .map(|k| {
                let r: Row = lab::jobs::read_json(dir, k, total, &what(k))?;
                if (r.name.as_str(), r.target.as_str())
                    != (jobs[k].0.name.as_str(), jobs[k].1.name())
                {
                    bail!(
                        "{}: holds {} on {}, expected job {k}: {} (was the job list made with \
                         other options?)",
                        lab::jobs::json_path(dir, k).display(),
                        r.name,
                        r.target,
                        what(k)
                    );
                }
                Ok(r)
            })
            .collect::<Result<_>>()?,
        None => (0..total).map(run_one).collect::<Result<_>>()?,
    };
    let mut csv = String::from(HEADER);
    csv.push('\n');
    for r in &rows {
        csv.push_str(&r.csv());
        csv.push('\n');
    }
    write_atomic(&args.out.join("estimate.csv"), csv.as_bytes())?;
    write_atomic(&args.out.join("estimate.svg"), svg(&rows).as_bytes())?;
    if let Some(plot) = lanes_svg(&rows) {
        write_atomic(&args.out.join("lanes.svg"), plot.as_bytes())?;
    }
    let md = markdown(&rows);
    write_atomic(&args.out.join("estimate.md"), md.as_bytes())?;
    println!("{md}");
    if let Some(readme) = &args.readme {
        section(&args).write(readme, &md)?;
    }
    println!(
        "wrote {} and {}",
        args.out.join("estimate.csv").display(),
        args.out.join("estimate.svg").display()
    );
    Ok(())
}
