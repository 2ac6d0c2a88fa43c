//! `delaytile speech-table`: the README's results on the SHD-format synthetic speech set. Every
//! row (delay variant × network × float/fixed) is trained online over several seeds on the
//! training speakers and tested on the held-out speakers after every epoch; the table gives
//! mean ± sd, parameter counts, memory bits and cycles per step. Writes JSON, Markdown and SVG
//! plots (accuracy per epoch, learned delay histograms) and, with `--readme`, replaces the
//! README's section between the marker comments.

use crate::model::sizes;
use crate::speech_set;
use anyhow::{Context, Result, bail};
use golden::config::{Config, DelayInit};
use golden::experiment::{Arith, Job, Run, Split, Variant, mean_std, run_jobs};
use golden::fixed::Tile;
use golden::format::Formats;
use golden::output::{Section, json_bytes, write_atomic};
use golden::paramfile::Stored;
use golden::params::Params;
use golden::svg::{self, Doc, Panel};
use golden::task::Sample;
use serde::Serialize;
use speech::synth::SynthOptions;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The speech configuration (`configs/speech.toml`): the reference tile with learning rates for
/// dense speech input; `demo` runs it as is, the table with `--hidden`.
pub const SPEECH_TOML: &str = include_str!("../../configs/speech.toml");

/// The README section this command regenerates.
pub const README_SECTION: Section = Section("speech-table");
/// The README section `--design-space` regenerates.
pub const DESIGN_SECTION: Section = Section("design-space");

pub fn speech_config() -> Result<Config> {
    Ok(Config::from_toml_str(SPEECH_TOML, "configs/speech.toml")?)
}

/// What `delaytile speech-table` runs (its flags, one field each; see `--help`).
#[derive(Clone, Debug)]
pub struct TableOptions {
    /// Seeds per row.
    pub seeds: u64,
    /// Hidden neurons of the delay networks (the wide weights-only network gets as many
    /// parameters as the one with both delay kinds).
    pub hidden: usize,
    /// Most epochs over the training clips (training stops earlier at a validation plateau,
    /// see --patience).
    pub epochs: usize,
    /// Training speakers held out of training as the validation set (comma-separated ids):
    /// it picks each run's epoch and stops training; the test speakers 4 and 5 decide nothing.
    pub validation_speakers: Vec<u16>,
    /// Stop a run when its validation accuracy has not improved for N epochs (0: run all
    /// --epochs).
    pub patience: usize,
    /// Output directory (created if missing).
    pub out: PathBuf,
    /// Replace the part of this file between <!-- speech-table:begin --> and
    /// <!-- speech-table:end --> with the table.
    pub readme: Option<PathBuf>,
    /// Use the harder speech set (`data synth --hard`: more per-clip variation and noise, count
    /// baseline 54.5 % instead of 86.5 %) instead of the demo's.
    pub hard: bool,
    /// Use DIR/shd_train.h5 and DIR/shd_test.h5 (made by `data synth`, e.g. with --hard)
    /// instead of the cached set.
    pub data: Option<PathBuf>,
    /// Override a value of configs/speech.toml (repeatable), e.g. --set widths.weight_bits=12.
    pub set: Vec<String>,
    /// Run only the rows whose "network | learned | model" text contains one of these
    /// (repeatable; e.g. --only "recurrent, 64 hidden | weights + both delays | Fixed").
    pub only: Vec<String>,
    /// Worker threads (default: one per core).
    pub threads: Option<usize>,
    /// Instead of the table's rows, the accuracy × memory × latency design space: weights + both
    /// delays, fixed point, at each precision point (lab/src/design_space.rs) and each --sizes;
    /// also writes design_space.md and design_space.svg (Pareto front marked); --readme fills
    /// the design-space section.
    pub design_space: bool,
    /// Hidden sizes of the design space.
    pub sizes: Vec<usize>,
    /// Job list, one job, or merge (`crate::jobs::Mode`).
    pub jobs: crate::jobs::Mode,
}

/// One row of the table: a network, what it learns, and which model.
#[derive(Clone, Debug)]
struct Spec {
    group: String,
    variant: Variant,
    arith: Arith,
    base: Config,
}

#[derive(Serialize)]
struct Row {
    network: String,
    variant: Variant,
    learned: &'static str,
    arith: Arith,
    seeds: Vec<u64>,
    /// Per seed, the test accuracy at the epoch of the best validation accuracy.
    final_accuracy: Vec<f64>,
    /// Per seed, that epoch (1-based).
    selected_epoch: Vec<usize>,
    mean: f64,
    std: f64,
    /// Mean over the seeds still training of the test accuracy after each epoch.
    mean_curve: Vec<f64>,
    parameters: usize,
    parameter_bits: u64,
    inference_bits: u64,
    learning_bits: u64,
    /// Mean cycles per step on the held-out clips (fixed-point rows, first seed's parameters).
    cycles_per_step: Option<f64>,
}

#[derive(Serialize)]
struct TableResults {
    command: String,
    note: &'static str,
    train_samples: usize,
    validation_speakers: Vec<u16>,
    validation_samples: usize,
    held_out_samples: usize,
    epochs: usize,
    patience: usize,
    hidden: usize,
    wide_hidden: usize,
    rows: Vec<Row>,
    runs: Vec<Run>,
    wall_time_s: f64,
    base: Config,
}

fn variant_config(spec: &Spec) -> Config {
    spec.variant.apply(&spec.base)
}

/// Parameter count and bits of a configuration (initial parameters: the sizes do not change).
fn param_size(cfg: &Config) -> Result<(usize, u64)> {
    let p = Params::init(cfg, &Formats::new(cfg)?);
    let s = sizes(cfg, &Stored::Fixed(p));
    Ok((s.total_count, s.total_bits))
}

/// The smallest hidden size whose weights-only recurrent network has at least `target`
/// parameters.
fn equal_hidden(base: &Config, target: usize) -> Result<usize> {
    for h in base.network.hidden.. {
        let mut c = base.clone();
        c.network.hidden = h;
        if param_size(&Variant::WeightsOnly.apply(&c))?.0 >= target {
            return Ok(h);
        }
    }
    unreachable!("parameter counts grow with the hidden size")
}

fn specs(base: &Config) -> Result<(Vec<Spec>, usize)> {
    let h = base.network.hidden;
    let rec = format!("recurrent, {h} hidden");
    let mut ff = base.clone();
    ff.network.recurrent = false;
    let both = param_size(&Variant::Both.apply(base))?.0;
    let wide_h = equal_hidden(base, both)?;
    let mut wide = base.clone();
    wide.network.hidden = wide_h;
    let spec = |group: &str, variant, arith, base: &Config| Spec {
        group: group.to_string(),
        variant,
        arith,
        base: base.clone(),
    };
    let mut out = Vec::new();
    for v in [
        Variant::WeightsOnly,
        Variant::FrozenBoth,
        Variant::Axonal,
        Variant::Synaptic,
        Variant::Both,
    ] {
        out.push(spec(&rec, v, Arith::Fixed, base));
    }
    for v in [Variant::WeightsOnly, Variant::Both] {
        out.push(spec(&rec, v, Arith::Float, base));
    }
    let ffg = format!("feedforward, {h} hidden");
    for v in [Variant::WeightsOnly, Variant::Both] {
        out.push(spec(&ffg, v, Arith::Fixed, &ff));
    }
    out.push(spec(
        &format!("recurrent, {wide_h} hidden (as many parameters as {h} with both delays)"),
        Variant::WeightsOnly,
        Arith::Fixed,
        &wide,
    ));
    Ok((out, wide_h))
}

/// Mean cycles per step (cycle model) of `params` over `samples`.
fn mean_cycles(cfg: &Config, params: &Params, samples: &[Sample]) -> Result<f64> {
    let mut tile = Tile::new(cfg)?;
    tile.set_params(params.clone())?;
    Ok(crate::demo::latency(&mut tile, samples).0)
}

/// What a run produced, for the caller to report.
pub enum Outcome {
    /// `jobs`: the list of `jobs` command lines was written to `file`; their results go to `dir`.
    JobList {
        file: PathBuf,
        jobs: usize,
        dir: PathBuf,
    },
    /// `job`: job `k` ran and its result was written into `dir`.
    Job {
        k: usize,
        run: Box<Run>,
        dir: PathBuf,
    },
    /// The table (or design space) was built and written into the output directory.
    Table { markdown: String, wall_time_s: f64 },
}

/// Runs the table (or one job of it, or writes the job list, or merges job results).
pub fn run(args: TableOptions) -> Result<Outcome> {
    let start = Instant::now();
    if args.seeds == 0 || args.epochs == 0 || args.hidden == 0 {
        bail!(
            "--seeds {}, --epochs {}, --hidden {}: each must be at least 1",
            args.seeds,
            args.epochs,
            args.hidden
        );
    }
    if args.out.exists() && !args.out.is_dir() {
        bail!(
            "--out {}: exists and is not a directory, expected an output directory",
            args.out.display()
        );
    }
    if let Some(readme) = &args.readme {
        // Fail before hours of work if the README cannot take the table.
        section(&args).check(readme)?;
    }
    let mut base = if args.set.is_empty() {
        speech_config()?
    } else {
        let mut table: toml::Table = toml::from_str(SPEECH_TOML)?;
        golden::settings::apply_sets(&mut table, &args.set, "configs/speech.toml")?;
        Config::from_toml_str(&toml::to_string(&table)?, "configs/speech.toml with --set")?
    };
    base.network.hidden = args.hidden;
    base.train.epochs = args.epochs;
    base.train.patience = args.patience;
    // Learned delays start from the same random values as the frozen ones, so the frozen row
    // isolates what learning them adds.
    base.init.delays = DelayInit::Random;
    base.validate()
        .context("--hidden / --epochs give an invalid configuration")?;
    let (mut specs, wide_h) = specs(&base)?;
    if args.design_space {
        specs = crate::design_space::configs(&base, &args.sizes)?
            .into_iter()
            .map(|(group, base)| Spec {
                group,
                variant: Variant::Both,
                arith: Arith::Fixed,
                base,
            })
            .collect();
    }
    if !args.only.is_empty() {
        specs.retain(|s| {
            let text = format!("{} | {} | {:?}", s.group, s.variant.name(), s.arith);
            args.only.iter().any(|o| text.contains(o.as_str()))
        });
        if specs.is_empty() {
            bail!("--only {:?}: matches no row", args.only);
        }
    }

    let root = golden::cache::default_root();
    eprintln!(
        "speech table: the full speech set (cache under {})",
        root.display()
    );
    let opts = SynthOptions {
        variation: if args.hard {
            speech::speakers::Variation::hard()
        } else {
            speech::speakers::Variation::default()
        },
        ..SynthOptions::default()
    };
    let set = match &args.data {
        Some(dir) => speech_set::SpeechSet {
            train: dir.join(speech::synth::TRAIN_FILE),
            test: dir.join(speech::synth::TEST_FILE),
            made: None,
        },
        None => speech_set::obtain(&root, &opts)?,
    };
    if let Some(m) = &set.made {
        eprintln!("  {m}");
    }
    let (train, test) = speech_set::load(&set, &base)?;
    let held_out = speech_set::held_out(&test);
    if held_out.is_empty() {
        bail!(
            "{}: no sample of the held-out speakers 4 and 5",
            set.test.display()
        );
    }
    let train_path = set.train.clone();
    let (train, valid) = train.split_speakers(&args.validation_speakers, &train_path)?;
    let split = Split {
        train: train.samples,
        valid: valid.samples,
        test: held_out,
    };

    let seeds: Vec<u64> = (1..=args.seeds).collect();
    let jobs: Vec<Job> = specs
        .iter()
        .flat_map(|s| {
            seeds.iter().map(|&seed| Job {
                group: s.group.clone(),
                variant: s.variant,
                arith: s.arith,
                seed,
                base: s.base.clone(),
            })
        })
        .collect();
    if let Some(file) = &args.jobs.list {
        crate::jobs::write_list(file, jobs.len(), &args.out.join("jobs"))?;
        return Ok(Outcome::JobList {
            file: file.clone(),
            jobs: jobs.len(),
            dir: args.out.join("jobs"),
        });
    }
    if let (Some(k), Some(dir)) = (args.jobs.job, &args.jobs.job_out) {
        let Some(job) = jobs.get(k) else {
            bail!(
                "--job {k}: there are {} jobs (0..{}) with these options",
                jobs.len(),
                jobs.len()
            );
        };
        let run = golden::experiment::run_job(job, &split, true);
        crate::jobs::save(dir, k, job, &run)?;
        return Ok(Outcome::Job {
            k,
            run: Box::new(run),
            dir: dir.clone(),
        });
    }
    let threads = args.threads.unwrap_or_else(crate::threads).max(1);
    eprintln!(
        "speech table: {} runs ({} rows × {} seeds) of {} epochs over {} training clips, tested \
         on {} held-out clips after every epoch, on {threads} threads",
        jobs.len(),
        specs.len(),
        seeds.len(),
        args.epochs,
        split.train.len(),
        split.test.len()
    );
    let finished = AtomicUsize::new(0);
    let runs = match &args.jobs.merge {
        Some(dir) => crate::jobs::load_all(dir, &jobs)?,
        None => run_jobs(&jobs, threads, true, &|_| &split, &|_, r: &Run| {
            let k = finished.fetch_add(1, Ordering::Relaxed) + 1;
            eprintln!(
                "  [{k}/{}] {} | {} | {:?} | seed {}: {:.1} % ({:.0} s)",
                jobs.len(),
                r.group,
                r.variant.name(),
                r.arith,
                r.seed,
                100.0 * r.final_accuracy(),
                r.seconds
            );
        }),
    };

    let mut rows = Vec::new();
    for s in &specs {
        let sel: Vec<&Run> = runs
            .iter()
            .filter(|r| r.group == s.group && r.variant == s.variant && r.arith == s.arith)
            .collect();
        let acc: Vec<f64> = sel.iter().map(|r| r.selected_accuracy()).collect();
        let (mean, std) = mean_std(&acc);
        let longest = sel.iter().map(|r| r.test_accuracy.len()).max().unwrap_or(0);
        let mean_curve = (0..longest)
            .map(|e| {
                let at: Vec<f64> = sel
                    .iter()
                    .filter_map(|r| r.test_accuracy.get(e))
                    .copied()
                    .collect();
                at.iter().sum::<f64>() / at.len() as f64
            })
            .collect();
        let cfg = variant_config(s);
        let (parameters, parameter_bits) = param_size(&cfg)?;
        let (inference_bits, learning_bits) = golden::memory::totals(&cfg);
        let cycles_per_step = match sel.first().and_then(|r| r.fixed_params.as_ref()) {
            Some(p) => Some(mean_cycles(&cfg, p, &split.test)?),
            None => None,
        };
        rows.push(Row {
            network: s.group.clone(),
            variant: s.variant,
            learned: s.variant.name(),
            arith: s.arith,
            seeds: sel.iter().map(|r| r.seed).collect(),
            final_accuracy: acc,
            selected_epoch: sel.iter().map(|r| r.selected + 1).collect(),
            mean,
            std,
            mean_curve,
            parameters,
            parameter_bits,
            inference_bits,
            learning_bits,
            cycles_per_step,
        });
    }
    let results = TableResults {
        command: format!(
            "delaytile speech-table{}{}{} --seeds {} --hidden {} --epochs {} --patience {} \
             --validation-speakers {}",
            if args.hard { " --hard" } else { "" },
            if args.design_space {
                format!(" --design-space --sizes {}", list(&args.sizes))
            } else {
                String::new()
            },
            args.set
                .iter()
                .map(|x| format!(" --set {x}"))
                .chain(args.only.iter().map(|x| format!(" --only {x:?}")))
                .collect::<String>(),
            args.seeds,
            args.hidden,
            args.epochs,
            args.patience,
            ids(&args.validation_speakers)
        ),
        note: "synthetic speech (espeak-ng through a cochlea model, SHD format), not SHD",
        train_samples: split.train.len(),
        validation_speakers: args.validation_speakers.clone(),
        validation_samples: split.valid.len(),
        held_out_samples: split.test.len(),
        epochs: args.epochs,
        patience: args.patience,
        hidden: args.hidden,
        wide_hidden: wide_h,
        rows,
        runs,
        wall_time_s: start.elapsed().as_secs_f64(),
        base: base.clone(),
    };
    let md = markdown(&results);
    let accuracy_svg = accuracy_plot(&results);
    let delays_svg = delay_plot(&results, &specs)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create the output directory {}", args.out.display()))?;
    write_atomic(&args.out.join("speech_table.json"), &json_bytes(&results)?)?;
    write_atomic(&args.out.join("speech_table.md"), md.as_bytes())?;
    write_atomic(&args.out.join("accuracy.svg"), accuracy_svg.as_bytes())?;
    write_atomic(&args.out.join("delays.svg"), delays_svg.as_bytes())?;
    let md = if args.design_space {
        let measured: Vec<crate::design_space::Measured> = results
            .rows
            .iter()
            .map(|r| crate::design_space::Measured {
                name: &r.network,
                mean: r.mean,
                std: r.std,
                seeds: r.seeds.len(),
                inference_bits: r.inference_bits,
                learning_bits: r.learning_bits,
                cycles_per_step: r.cycles_per_step.unwrap_or(f64::NAN),
            })
            .collect();
        let dmd = crate::design_space::markdown(&measured, &results.command, results.wall_time_s);
        let plot = crate::design_space::plot(&measured, &args.sizes);
        write_atomic(&args.out.join("design_space.md"), dmd.as_bytes())?;
        write_atomic(&args.out.join("design_space.svg"), plot.as_bytes())?;
        dmd
    } else {
        md
    };
    if let Some(readme) = &args.readme {
        section(&args).write(readme, &md)?;
    }
    Ok(Outcome::Table {
        markdown: md,
        wall_time_s: results.wall_time_s,
    })
}

fn markdown(r: &TableResults) -> String {
    let mut s = format!(
        "Synthetic speech (espeak-ng through a cochlea model, in the SHD format), **not SHD**. \
         Held-out speakers 4 and 5 ({} clips; chance 5 %), trained online on {} clips of the other \
         training speakers; speakers {} ({} clips) are held out as the validation set, which \
         picks each run's epoch (the best validation accuracy) and stops it after {} epochs \
         without a gain (at most {} epochs); the test speakers decide nothing. Mean ± sd over {} \
         seeds (the seed changes the initial parameters and the order). Regenerate: `cargo run \
         --release -- {} --readme docs/results.md` ({:.0} min here).\n\n",
        r.held_out_samples,
        r.train_samples,
        ids(&r.validation_speakers),
        r.validation_samples,
        r.patience,
        r.epochs,
        r.rows.first().map_or(0, |x| x.seeds.len()),
        r.command.trim_start_matches("delaytile "),
        r.wall_time_s / 60.0
    );
    s.push_str(
        "| network | learned | model | held-out accuracy (mean ± sd) | per seed | epoch chosen | \
         parameters | parameter bits | memory bits (inference + learning) | cycles / step |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
    );
    for row in &r.rows {
        let per: Vec<String> = row
            .final_accuracy
            .iter()
            .map(|x| format!("{:.1}", 100.0 * x))
            .collect();
        s.push_str(&format!(
            "| {} | {} | {} | {:.1} ± {:.1} % | {} | {} | {} | {} | {} + {} | {} |\n",
            row.network,
            row.learned,
            row.arith.label(),
            100.0 * row.mean,
            100.0 * row.std,
            per.join(", "),
            row.selected_epoch
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            row.parameters,
            row.parameter_bits,
            row.inference_bits,
            row.learning_bits,
            row.cycles_per_step
                .map_or("–".to_string(), |c| format!("{c:.0}"))
        ));
    }
    s.push_str(&comparisons(r));
    s
}

/// Comma-separated ids.
fn ids(list: &[u16]) -> String {
    list.iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Comma-separated sizes.
fn list(sizes: &[usize]) -> String {
    sizes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The README section the command fills.
fn section(args: &TableOptions) -> &'static Section {
    if args.design_space {
        &DESIGN_SECTION
    } else {
        &README_SECTION
    }
}

/// Welch t-tests between the rows the issue compares: in each network, learned delays against
/// frozen ones and against weights only, fixed point against float; and the delay network
/// against the weights-only network with as many parameters.
fn comparisons(r: &TableResults) -> String {
    let find = |net: &str, v: Variant, a: Arith| {
        r.rows
            .iter()
            .find(|x| x.network == net && x.variant == v && x.arith == a)
    };
    let mut pairs = Vec::new();
    let mut nets: Vec<&str> = r.rows.iter().map(|x| x.network.as_str()).collect();
    nets.dedup();
    for &net in &nets {
        for (v1, a1, v2, a2) in [
            (
                Variant::Both,
                Arith::Fixed,
                Variant::FrozenBoth,
                Arith::Fixed,
            ),
            (
                Variant::Both,
                Arith::Fixed,
                Variant::WeightsOnly,
                Arith::Fixed,
            ),
            (
                Variant::Both,
                Arith::Float,
                Variant::WeightsOnly,
                Arith::Float,
            ),
            (Variant::Both, Arith::Float, Variant::Both, Arith::Fixed),
            (
                Variant::WeightsOnly,
                Arith::Float,
                Variant::WeightsOnly,
                Arith::Fixed,
            ),
        ] {
            if let (Some(x), Some(y)) = (find(net, v1, a1), find(net, v2, a2)) {
                pairs.push((x, y));
            }
        }
    }
    let wide = r
        .rows
        .iter()
        .find(|x| x.network.contains("as many parameters"));
    let both = r
        .rows
        .iter()
        .find(|x| x.variant == Variant::Both && x.arith == Arith::Fixed);
    if let (Some(x), Some(y)) = (both, wide) {
        pairs.push((x, y));
    }
    let mut s = String::from(
        "\n| comparison | difference (points, mean ± sd of each row) | Welch t | p |\n|---|---|---|---|\n",
    );
    for (x, y) in pairs {
        let w = golden::stats::welch(&x.final_accuracy, &y.final_accuracy);
        s.push_str(&format!(
            "| {} {} ({}) vs {} {} ({}) | {:+.1} ({:.1} ± {:.1} vs {:.1} ± {:.1}) | {} | {} |\n",
            x.network,
            x.learned,
            x.arith.label(),
            if y.network == x.network {
                ""
            } else {
                &y.network
            },
            y.learned,
            y.arith.label(),
            100.0 * (x.mean - y.mean),
            100.0 * x.mean,
            100.0 * x.std,
            100.0 * y.mean,
            100.0 * y.std,
            w.map_or("–".into(), |w| format!("{:.2}", w.t)),
            w.map_or("–".into(), |w| format!("{:.3}", w.p)),
        ));
    }
    s
}

/// Mean held-out accuracy per epoch, one line per row (float rows dashed).
fn accuracy_plot(r: &TableResults) -> String {
    let (w, h) = (760.0, 380.0 + 16.0 * r.rows.len() as f64);
    let mut doc = Doc::new(w, h);
    let ymax = r
        .rows
        .iter()
        .flat_map(|x| x.mean_curve.iter())
        .fold(0.1f64, |a, &b| a.max(b))
        * 100.0
        * 1.1;
    let p = Panel {
        x0: 80.0,
        width: 620.0,
        top: 40.0,
        bottom: 320.0,
        xmin: 1.0,
        xmax: (r.epochs as f64).max(2.0),
        ymax: ymax.min(100.0),
    };
    p.axes(
        &mut doc,
        "Held-out speakers: test accuracy after each epoch (mean over seeds)",
        "epoch",
        "accuracy (%)",
        // One tick per epoch (labels are whole numbers).
        (r.epochs.max(2) - 1).min(10),
    );
    // Chance level.
    p.line(&mut doc, &[(p.xmin, 5.0), (p.xmax, 5.0)], "#999999", true);
    for (i, row) in r.rows.iter().enumerate() {
        let pts: Vec<(f64, f64)> = row
            .mean_curve
            .iter()
            .enumerate()
            .map(|(e, a)| ((e + 1) as f64, 100.0 * a))
            .collect();
        p.line(&mut doc, &pts, svg::colour(i), row.arith == Arith::Float);
        doc.legend(
            80.0,
            372.0 + i as f64 * 16.0,
            svg::colour(i),
            &format!(
                "{} | {} | {}",
                row.network,
                row.learned,
                match row.arith {
                    Arith::Fixed => "fixed",
                    Arith::Float => "float (dashed)",
                }
            ),
        );
    }
    doc.text(w - 60.0, p.y(5.0) - 4.0, "end", "chance");
    doc.finish()
}

/// Histograms of the delays (in steps) before and after learning, first seed, fixed point:
/// synaptic delays of the synaptic-only and both-kinds runs, axonal delays of the axonal-only and
/// both-kinds runs, each beside the initial (random) delays.
fn delay_plot(r: &TableResults, specs: &[Spec]) -> Result<String> {
    let rec = &specs[0].group;
    let find = |v: Variant| {
        r.runs
            .iter()
            .find(|x| &x.group == rec && x.variant == v && x.arith == Arith::Fixed)
    };
    let spec_of = |v: Variant| specs.iter().find(|s| &s.group == rec && s.variant == v);
    let mut doc = Doc::new(1000.0, 490.0);
    for (panel, (title, pick, variants)) in [
        (
            "Synaptic delays",
            (|p: &Params| p.d.clone()) as fn(&Params) -> Vec<i32>,
            [Variant::Synaptic, Variant::Both],
        ),
        (
            "Axonal delays",
            (|p: &Params| p.a.clone()) as fn(&Params) -> Vec<i32>,
            [Variant::Axonal, Variant::Both],
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let mut series: Vec<(String, Vec<f64>)> = Vec::new();
        let dmax = r.base.network.max_delay;
        let scale = f64::from(1u32 << r.base.widths.delay_frac);
        let hist = |v: &[i32]| {
            let mut h = vec![0.0; dmax];
            for &x in v {
                let bin = ((f64::from(x) / scale).floor() as usize).min(dmax - 1);
                h[bin] += 1.0;
            }
            let n = v.len().max(1) as f64;
            h.iter().map(|c| 100.0 * c / n).collect::<Vec<f64>>()
        };
        // Each learned histogram beside its own start: with both kinds each starts from half
        // the range, so one shared "initial" would mislead.
        for v in variants {
            let (Some(run), Some(spec)) = (find(v), spec_of(v)) else {
                continue;
            };
            let Some(learned) = run.fixed_params.as_ref() else {
                continue;
            };
            let mut cfg = variant_config(spec);
            cfg.init.seed = run.seed;
            let init = Params::init(&cfg, &Formats::new(&cfg)?);
            series.push((
                format!("initial (random, seed {}): {}", run.seed, v.name()),
                hist(&pick(&init)),
            ));
            series.push((format!("learned: {}", v.name()), hist(&pick(learned))));
        }
        let ymax = series
            .iter()
            .flat_map(|s| s.1.iter())
            .fold(1.0f64, |a, &b| a.max(b))
            * 1.1;
        let p = Panel::in_row(panel, dmax as f64, ymax);
        p.axes(
            &mut doc,
            title,
            "delay (steps of 10 ms)",
            "share of delays (%)",
            4,
        );
        let k = series.len().max(1) as f64;
        for (i, (label, h)) in series.iter().enumerate() {
            // Initial delays in grey tones, learned ones in colour.
            let c = match i {
                0 => "#aaaaaa",
                2 => "#555555",
                _ => svg::colour(i),
            };
            for (bin, &v) in h.iter().enumerate() {
                p.bar(&mut doc, bin as f64 + i as f64 / k, 1.0 / k, v, c, 0.85);
            }
            doc.legend(p.x0, 414.0 + i as f64 * 16.0, c, label);
        }
    }
    Ok(doc.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wide_network_has_at_least_the_parameters_of_the_delay_network_and_is_the_smallest() {
        let mut base = speech_config().unwrap();
        base.network.hidden = 32;
        let (specs, wide) = specs(&base).unwrap();
        let both = param_size(&Variant::Both.apply(&base)).unwrap().0;
        let mut c = base.clone();
        c.network.hidden = wide;
        assert!(param_size(&c).unwrap().0 >= both);
        c.network.hidden = wide - 1;
        let smaller = param_size(&Variant::WeightsOnly.apply(&c)).unwrap().0;
        assert!(smaller < both, "{smaller} vs {both}");
        assert!(wide > 32);
        // Every row's configuration is valid.
        for s in &specs {
            variant_config(s).validate().unwrap();
        }
    }

    #[test]
    fn the_speech_configuration_is_the_reference_network() {
        let s = speech_config().unwrap();
        let r = Config::default();
        assert_eq!(s.network, r.network);
        assert_eq!(s.data, r.data);
        // The speech contract widens weights, membranes and readouts (chosen on validation
        // speakers, results/speech/selection.md) and keeps every other width.
        let (sw, rw) = (&s.widths, &r.widths);
        assert!(sw.weight_bits > rw.weight_bits && sw.weight_frac > rw.weight_frac);
        assert!(sw.membrane_bits >= rw.membrane_bits && sw.readout_bits >= rw.readout_bits);
        let mut same = s.widths.clone();
        (same.weight_bits, same.weight_frac) = (rw.weight_bits, rw.weight_frac);
        (same.membrane_bits, same.membrane_frac) = (rw.membrane_bits, rw.membrane_frac);
        (same.readout_bits, same.readout_frac) = (rw.readout_bits, rw.readout_frac);
        assert_eq!(&same, rw);
    }
}
