//! `delaytile demo`, the README's main job, end to end on the SHD-format speech set: make (or
//! reuse) a small set, train the reference tile online with the fixed-point golden model,
//! evaluate it on held-out speakers, generate the Verilog, co-simulate held-out samples on the RTL
//! against the golden model, and print accuracy, memory and latency. Progress goes to stderr, the
//! summary to stdout.

use anyhow::{Context, Result, bail};
use golden::config::Config;

use golden::fixed::Tile;
use golden::memory;
use golden::output::{json_bytes, write_atomic};
use golden::paramfile::{self, Stored};
use lab::model::progress;
use lab::speech_set::{self, SpeechSet};
use sim::cosim;
use speech::espeak::Espeak;
use speech::synth::SynthOptions;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lab::demo::{CLOCK, COSIM_SAMPLES, DEMO_REPETITIONS, DemoResults, latency};

#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// Output directory for tile.v, the memory map, params.dtp and demo.json.
    #[arg(long, value_name = "DIR", default_value = "demo-out")]
    pub out: PathBuf,
}

fn stage(n: usize, text: impl AsRef<str>) {
    eprintln!("demo {n}/5: {}", text.as_ref());
}

pub fn run(args: DemoArgs) -> Result<()> {
    let start = Instant::now();
    if args.out.exists() && !args.out.is_dir() {
        bail!(
            "--out {}: exists and is not a directory, expected an output directory",
            args.out.display()
        );
    }
    let cfg = lab::speech_table::speech_config()?;
    let root = golden::cache::default_root();
    let opts = SynthOptions {
        repetitions: DEMO_REPETITIONS,
        espeak: Espeak::default(),
        ..SynthOptions::default()
    };

    stage(
        1,
        format!(
            "SHD-format speech set (synthetic speech from espeak-ng, not SHD), cached under {}",
            root.display()
        ),
    );
    let set: SpeechSet = speech_set::obtain(&root, &opts)?;
    let (train, test) = speech_set::load(&set, &cfg)?;
    let held_out = speech_set::held_out(&test);
    if held_out.is_empty() {
        bail!(
            "{}: no sample of the held-out speakers, expected speakers 4 and 5",
            set.test.display()
        );
    }
    match &set.made {
        Some(m) => eprintln!("  {m}"),
        None => eprintln!("  reused {}", set.train.parent().unwrap_or(&root).display()),
    }

    // Verilate the reference tile on another core while the golden model trains (cached after
    // the first time).
    let mut verilator = Some(std::thread::spawn({
        let cfg = cfg.clone();
        move || -> Result<bool> {
            let verilog = hdl::generate::tile_verilog(&cfg)?;
            let model = sim::verilator::Build::new().load(&verilog)?;
            Ok(model.built())
        }
    }));
    let mut built = None;

    let classes = cfg.network.outputs;
    let epochs = cfg.train.epochs;
    stage(
        2,
        format!(
            "online learning, fixed-point golden model, reference tile ({} in, {} recurrent hidden, \
             {classes} out, synaptic and axonal delays, D = {}), {epochs} epochs of {} clips",
            cfg.network.inputs,
            cfg.network.hidden,
            cfg.network.max_delay,
            train.samples.len()
        ),
    );
    let (tile, curve, score) = lab::demo::train(&cfg, &train.samples, &held_out, &mut || {
        // A failed Verilator build (e.g. no verilator installed) stops the demo here rather
        // than after the last epoch.
        if verilator.as_ref().is_some_and(|h| h.is_finished()) {
            built = Some(join_build(verilator.take().expect("checked"))?);
        }
        Ok(())
    })?;

    stage(3, "Verilog of the trained tile");
    let generated = hdl::files::generate(&cfg).context("cannot generate the tile")?;

    stage(
        4,
        format!(
            "co-simulation: RTL (Verilator) vs golden model, {COSIM_SAMPLES} held-out samples, \
             every state entry compared after every step"
        ),
    );
    let built = match (built, verilator.take()) {
        (Some(b), _) => b,
        (None, Some(h)) => join_build(h)?,
        (None, None) => unreachable!("the build is joined exactly once"),
    };
    if built {
        eprintln!("  verilated and compiled the tile (cached for the next run)");
    }
    let cosim_set = &held_out[..COSIM_SAMPLES.min(held_out.len())];
    let mut host = lab::rtl::rtl_host(&cfg, &tile, false)?;
    let bar = progress(cosim_set.len(), "co-simulating".into());
    let mut golden_twin = tile.clone();
    let summary = cosim::run(&mut host, &mut golden_twin, cosim_set, |_| bar.inc(1))?;
    bar.finish_and_clear();

    stage(5, "latency (cycle model, equal to the RTL's) and memory");
    let (cycles, ratio) = latency(&mut tile.clone(), &held_out);
    let (inference_bits, learning_bits) = memory::totals(&cfg);
    let step_ms = cfg.data.dt_ms;
    let us_per_step = cycles / CLOCK.mhz;
    let chance = 1.0 / classes as f64;

    let results = DemoResults {
        command: "demo",
        note: "synthetic speech (espeak-ng through a cochlea model, SHD format), not SHD",
        train_samples: train.samples.len(),
        held_out_samples: held_out.len(),
        set_reused: set.made.is_none(),
        clips_per_s: set.made.as_ref().map(|m| m.clips as f64 / m.seconds),
        epochs,
        held_out_accuracy: curve,
        final_score: score.clone(),
        chance,
        inference_bits,
        learning_bits,
        mean_cycles_per_step: cycles,
        work_bound_ratio: ratio,
        clock_mhz: CLOCK.mhz,
        us_per_step,
        step_ms,
        cosim_samples: summary.samples,
        cosim_values_compared: summary.compared,
        cosim_mismatch: summary.mismatch.as_ref().map(|m| m.to_string()),
        wall_time_s: start.elapsed().as_secs_f64(),
        config: cfg.clone(),
    };
    write_outputs(&args.out, &generated, &cfg, &tile, &results)?;
    print_summary(&results, &args.out);
    if let Some(m) = &summary.mismatch {
        bail!(
            "the RTL differs from the golden model at {m} (run `delaytile cosim` with \
             {}/params.dtp for waveforms)",
            args.out.display()
        );
    }
    Ok(())
}

/// The Verilator build's result: whether it compiled (false: found in the cache).
fn join_build(h: std::thread::JoinHandle<Result<bool>>) -> Result<bool> {
    h.join()
        .map_err(|_| anyhow::anyhow!("the Verilator build thread panicked"))?
        .context("cannot build the verilated tile")
}

/// The generated files, the learned parameters and the results, each written atomically.
fn write_outputs(
    out: &Path,
    generated: &hdl::files::Generated,
    cfg: &Config,
    tile: &Tile,
    results: &DemoResults,
) -> Result<()> {
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the output directory {}", out.display()))?;
    for (name, bytes) in &generated.files {
        write_atomic(&out.join(name), bytes)?;
    }
    paramfile::save(
        &out.join("params.dtp"),
        cfg,
        &Stored::Fixed(tile.params.clone()),
    )
    .context("cannot write the learned parameters")?;
    write_atomic(&out.join("demo.json"), &json_bytes(results)?)
}

fn print_summary(r: &DemoResults, out: &Path) {
    let right: u32 = (0..r.final_score.confusion.len())
        .map(|i| r.final_score.confusion[i][i])
        .sum();
    println!("delaytile demo: synthetic speech (espeak-ng + cochlea model, SHD format), not SHD");
    println!(
        "data: {} training clips (10 speakers), {} clips of the held-out speakers 4 and 5{}",
        r.train_samples,
        r.held_out_samples,
        match r.clips_per_s {
            Some(c) => format!("; made now at {c:.1} clips/s"),
            None => "; reused from the cache".into(),
        }
    );
    let c = &r.config.network;
    println!(
        "model: reference tile, {} in / {} recurrent hidden / {} out, synaptic + axonal delays \
         (D = {}), fixed-point golden model, online learning, {} epochs",
        c.inputs, c.hidden, c.outputs, c.max_delay, r.epochs
    );
    println!(
        "accuracy on held-out speakers: {:.1} % ({right}/{}), chance {:.1} %",
        100.0 * r.final_score.accuracy,
        r.held_out_samples,
        100.0 * r.chance
    );
    println!(
        "memory: inference {} bits ({:.1} KiB), learning adds {} bits ({:.1} KiB), total {:.1} KiB",
        r.inference_bits,
        r.inference_bits as f64 / 8192.0,
        r.learning_bits,
        r.learning_bits as f64 / 8192.0,
        (r.inference_bits + r.learning_bits) as f64 / 8192.0
    );
    println!(
        "latency: {:.0} cycles per step on held-out clips ({:.2} x the one-lane work bound) = \
         {:.1} µs per {} ms step at {} MHz ({})",
        r.mean_cycles_per_step,
        r.work_bound_ratio,
        r.us_per_step,
        r.step_ms,
        r.clock_mhz,
        CLOCK.what
    );
    println!(
        "co-simulation: {} held-out samples, {} values compared after every step, {}",
        r.cosim_samples,
        r.cosim_values_compared,
        match &r.cosim_mismatch {
            None =>
                "0 mismatches (RTL equals the golden model bit for bit, cycles included)".into(),
            Some(m) => format!("1 mismatch: {m}"),
        }
    );
    println!(
        "wrote {}: tile.v, memory_map.md, memory_map.json, config.toml, params.dtp, demo.json \
         ({:.0} s in all)",
        out.display(),
        r.wall_time_s
    );
}
