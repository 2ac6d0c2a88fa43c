//! `delaytile`: configure, train, evaluate and benchmark the LIF tile with learnable delays.

mod bench;
mod cosim_cmd;
mod data;
mod demo_cmd;
mod design_space;
mod diagnose_cmd;
mod estimate_cmd;
mod eval_cmd;
mod gen_cmd;
mod jobs;
mod limits;
mod model;
mod nir_cmd;
mod output;
mod report_cmd;
mod run_cmd;
mod settings;
mod speech_cmd;
mod speech_set;
mod speech_table;
mod svg;
mod synth_cmd;
mod timing_cmd;
mod timing_rtl_cmd;
mod train_cmd;

use anyhow::{Result, bail};
use clap::{Args, Parser, Subcommand};
use model::ModelKind;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "delaytile", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The configuration file and its `--set` overrides, shared by the subcommands that need one.
#[derive(Args, Debug)]
pub(crate) struct ConfigArgs {
    /// Configuration file (TOML).
    #[arg(long, value_name = "FILE")]
    pub(crate) config: PathBuf,
    /// Override a configuration value, e.g. --set network.hidden=64 (repeatable; applied in
    /// order, then the whole configuration is validated).
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub(crate) set: Vec<String>,
}

/// The samples to run and the parameters to run them with (`cosim`, `run`).
#[derive(Args, Debug)]
struct SampleArgs {
    /// Samples (SHD-format HDF5).
    #[arg(long, value_name = "SHD.h5")]
    data: PathBuf,
    /// Fixed-point parameters written by `train` (default: the configuration's initial ones).
    #[arg(long, value_name = "FILE")]
    params: Option<PathBuf>,
}

/// `run`'s `--config` is the one the bitstream was generated from (changed in place, so the
/// usage line keeps the arguments' order).
fn bitstream_config(arg: clap::Arg) -> clap::Arg {
    if arg.get_id() == "config" {
        arg.help("Configuration file (TOML) the bitstream was generated from")
    } else {
        arg
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print (or write) the reference configuration as TOML.
    Config {
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Train online on an SHD-format file; write DIR/params.dtp and DIR/results.json.
    Train {
        #[command(flatten)]
        cfg: ConfigArgs,
        /// Training data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        train: PathBuf,
        /// Test data (SHD-format HDF5), evaluated after every epoch.
        #[arg(long, value_name = "SHD.h5")]
        test: Option<PathBuf>,
        /// Which model learns.
        #[arg(long, value_enum, default_value_t = ModelKind::Fixed)]
        model: ModelKind,
        /// Number of epochs (overrides train.epochs; 1 ..= 10000).
        #[arg(long, value_name = "N")]
        epochs: Option<usize>,
        /// Start from these parameters (e.g. `nir import`'s params.dtp, to fine-tune a network
        /// trained elsewhere) instead of the configuration's initial ones.
        #[arg(long, value_name = "FILE")]
        init: Option<PathBuf>,
        /// Hold these training speakers out as a validation set (comma-separated ids): it is
        /// evaluated after every epoch, the output keeps the parameters of the best validation
        /// epoch, and training stops after train.patience epochs without a gain (0: never).
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        validation_speakers: Vec<u16>,
        /// Output directory (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Evaluate saved parameters (with the configuration stored in the file) on an SHD-format file.
    Eval {
        /// Parameter file written by `train`.
        #[arg(long, value_name = "FILE")]
        params: PathBuf,
        /// Data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        data: PathBuf,
        /// Also write the results as JSON (atomically).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The timing task: every delay mode with the float and the fixed-point model over several
    /// seeds, as a Markdown table (the README's results).
    Timing {
        /// Number of seeds per variant and model (at most 1000).
        #[arg(long, value_name = "N", default_value_t = 3,
              value_parser = clap::value_parser!(u64).range(1..=limits::MAX_SEEDS))]
        seeds: u64,
        /// Train the verilated RTL tile instead (weights only and both delays; the RTL's
        /// learned parameters are checked against the golden model's). About 15 minutes per
        /// run.
        #[arg(long)]
        rtl: bool,
        /// Train for N epochs instead of the task's 40 (the learning rates still halve every
        /// 10 epochs).
        #[arg(long, value_name = "N", value_parser = limits::count(golden::config::MAX_EPOCHS as u64))]
        epochs: Option<usize>,
        /// Also write the table as JSON (atomically).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The README's main job, on SHD-format synthetic speech: make (or reuse) a small set, train
    /// the reference tile online with the fixed-point golden model, test it on held-out
    /// speakers, generate the Verilog, co-simulate held-out samples on the RTL against the golden
    /// model, and print accuracy, memory and latency.
    Demo {
        /// Output directory for tile.v, the memory map, params.dtp and demo.json.
        #[arg(long, value_name = "DIR", default_value = "demo-out")]
        out: PathBuf,
    },
    /// The speech results: every delay variant, feedforward and recurrent, float and fixed point,
    /// and a weights-only network with as many parameters, over several seeds on the SHD-format
    /// synthetic speech set (held-out speakers); writes DIR/speech_table.{json,md},
    /// DIR/accuracy.svg, DIR/delays.svg and, with --readme FILE (docs/results.md), its section.
    SpeechTable(speech_table::TableArgs),
    /// Firing statistics of the float reference's hidden layer on a data file (no learning):
    /// input density, silent and saturated neurons, how often the pseudo-derivative is non-zero,
    /// the readout's softmax, and linear probes of the inputs and of the hidden layer.
    Diagnose(diagnose_cmd::DiagnoseArgs),
    /// Generate the tile's Verilog (DIR/tile.v), its memory map (memory_map.json, .md) and the
    /// configuration it came from (config.toml).
    Gen {
        #[command(flatten)]
        cfg: ConfigArgs,
        /// Output directory (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Co-simulate the generated Verilog (Verilator, or Icarus) against the golden model in
    /// lockstep over SHD-format samples; stop at the first difference and write waveforms of both
    /// sides (Verilator from zeros).
    Cosim {
        #[command(flatten)]
        cfg: ConfigArgs,
        #[command(flatten)]
        input: SampleArgs,
        /// Co-simulate only the first N samples (N >= 1).
        #[arg(long, value_name = "N", value_parser = limits::samples())]
        samples: Option<usize>,
        /// Change one parameter in the RTL only, e.g. --inject 'weights[17]=5' (to see the judge
        /// fail).
        #[arg(long, value_name = "MEMORY[INDEX]=VALUE")]
        inject: Option<String>,
        /// Learn online on the samples (each towards its label) on both sides, comparing the
        /// learning state after every step and all parameters after every sample; with --out,
        /// write the learned parameters to DIR/params.dtp.
        #[arg(long)]
        learn: bool,
        /// The simulator of the RTL: Verilator (fast), or Icarus Verilog (event-driven, every
        /// memory starts at X).
        #[arg(long, value_enum, default_value_t = cosim_cmd::Simulator::Verilator)]
        simulator: cosim_cmd::Simulator,
        /// Verilator only: start every memory at random values drawn from SEED (--x-initial
        /// unique, +verilator+rand+reset+2) instead of zeros.
        #[arg(long, value_name = "SEED")]
        random_start: Option<std::num::NonZeroU32>,
        /// Write cosim.json (and on a mismatch rtl.vcd, golden.vcd) here; without it, waveforms go
        /// to ./cosim-mismatch.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Memory footprint per memory and in total, and latency (cycles per step and per sample, µs
    /// at a clock) with the work bound beside it.
    Report {
        #[command(flatten)]
        cfg: ConfigArgs,
        /// Also measure the mean cycles per step on these samples (golden model).
        #[arg(long, value_name = "SHD.h5")]
        data: Option<PathBuf>,
        /// Parameters for the measured case (default: the configuration's initial ones; only
        /// used with --data).
        #[arg(long, value_name = "FILE", requires = "data")]
        params: Option<PathBuf>,
        /// Use only the first N samples of --data (N >= 1).
        #[arg(long, value_name = "N", requires = "data", value_parser = limits::samples())]
        samples: Option<usize>,
        /// Clock frequency for the latency in µs (default: the measured Fmax of the reference
        /// tile with the learning unit on the ECP5-85k, fpga::measured).
        #[arg(long, value_name = "MHZ", default_value_t = fpga::measured::REFERENCE_ECP5_85K.mhz, value_parser = limits::mhz)]
        clock_mhz: f64,
        /// Also write the report as JSON (atomically).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Classify SHD-format samples on a board over its UART (--port) or on the verilated board
    /// top driven at its UART pins (--cosim); prints predictions and accuracy.
    #[command(mut_args(bitstream_config))]
    Run {
        /// Serial port of the board (e.g. /dev/ttyUSB0).
        #[arg(long, value_name = "DEVICE")]
        port: Option<String>,
        /// Run against the verilated board top instead of a board.
        #[arg(long)]
        cosim: bool,
        #[command(flatten)]
        cfg: ConfigArgs,
        #[command(flatten)]
        input: SampleArgs,
        /// UART baud rate (as the bitstream was generated with).
        #[arg(long, value_name = "N", default_value_t = 115_200)]
        baud: u64,
        /// Board clock (MHz) the bitstream was generated for (co-simulation clock).
        #[arg(long, value_name = "MHZ", default_value_t = 12.0, value_parser = limits::mhz)]
        clock_mhz: f64,
        /// Classify only the first N samples (N >= 1).
        #[arg(long, value_name = "N", value_parser = limits::samples())]
        samples: Option<usize>,
        /// Do not read the parameters back after loading them.
        #[arg(long)]
        skip_readback: bool,
        /// Also write the results as JSON (atomically).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Board top (tile + UART bridge) through Yosys, nextpnr and icepack/ecppack; prints
    /// LUT/FF/carry/BRAM and Fmax, writes DIR/summary.json; reports a configuration that does
    /// not fit the device.
    Synth {
        #[arg(long, value_enum)]
        target: synth_cmd::Target,
        #[command(flatten)]
        cfg: ConfigArgs,
        /// Output directory (default ./synth-TARGET).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// UART baud rate of the board top.
        #[arg(long, value_name = "N", default_value_t = 115_200)]
        baud: u64,
        /// Frequency nextpnr must meet (default: the board's clock).
        #[arg(long, value_name = "MHZ", value_parser = limits::mhz)]
        freq: Option<f64>,
        /// Stop after synthesis (no place and route, no bitstream).
        #[arg(long)]
        no_pnr: bool,
        /// Exit 0 even if place and route misses the target frequency.
        #[arg(long)]
        allow_timing_fail: bool,
    },
    /// Area (Yosys), Fmax (nextpnr, with --pnr), memory bits and cycles per step for one
    /// configuration or a sweep; writes DIR/estimate.csv, DIR/estimate.md and DIR/estimate.svg.
    Estimate(estimate_cmd::EstimateArgs),
    /// NIR graphs in and out: `nir import FILE.nir --out DIR`, `nir export --params P --out
    /// FILE.nir` (docs/nir.md).
    #[command(subcommand)]
    Nir(nir_cmd::NirCommand),
    /// SHD-format data files.
    Data {
        #[command(subcommand)]
        command: DataCommand,
    },
    /// Throughput of the reference configuration on synthetic input (one core).
    Bench {
        /// Number of samples: synthetic ones (100 steps each), or the first N of --data (at most
        /// 100000).
        #[arg(long, value_name = "N", default_value_t = 50,
              value_parser = limits::count(limits::MAX_BENCH_SAMPLES))]
        samples: usize,
        /// Run the samples of this SHD-format file (binned by the configuration) instead of
        /// synthetic input.
        #[arg(long, value_name = "SHD.h5")]
        data: Option<PathBuf>,
        /// Configuration file (TOML; default: the reference configuration).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Override a configuration value (repeatable), as for the other commands.
        #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
        set: Vec<String>,
        /// Which model runs.
        #[arg(long, value_enum, default_value_t = ModelKind::Fixed)]
        model: ModelKind,
        /// Seed of the synthetic input.
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Subcommand, Debug)]
enum DataCommand {
    /// Write an SHD-format file of class-structured spike patterns (straight "formant" tracks
    /// plus noise; not speech): input for co-simulation and tests without any download.
    Patterns {
        /// Output file (HDF5, written atomically).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Number of samples (at most 1000000, and at most 100000 s of patterns in all).
        #[arg(long, value_name = "N", default_value_t = 100,
              value_parser = limits::count(golden::shd::patterns::MAX_SAMPLES as u64))]
        samples: usize,
        /// Number of classes (at most 65536: labels are uint16).
        #[arg(long, value_name = "N", default_value_t = 20,
              value_parser = limits::count(golden::shd::patterns::MAX_CLASSES as u64))]
        classes: usize,
        /// Longest sample, seconds (at most 60).
        #[arg(long, value_name = "S", default_value_t = 1.0)]
        duration: f32,
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
    },
    /// Generate the SHD-format speech set (synthetic speech, not SHD): the 20 SHD words spoken
    /// by espeak-ng with 12 synthetic speakers, through a 700-channel cochlea model; writes
    /// DIR/shd_train.h5 and DIR/shd_test.h5 (speakers 4 and 5 in the test file only).
    Synth {
        /// Output directory (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Clips per speaker and word.
        #[arg(long, value_name = "N", default_value_t = 5)]
        repetitions: u32,
        /// Seed of the jitter and the fibres (same seed, same files).
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
        /// Speaker ids in 0..12, comma-separated (default: all).
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        speakers: Vec<u16>,
        /// Word labels in 0..20, comma-separated (default: all).
        #[arg(long, value_name = "LABELS", value_delimiter = ',')]
        words: Vec<u16>,
        /// Share of the other speakers' clips of each word that also goes to the test file
        /// (SHD: 0.05).
        #[arg(long, value_name = "F", default_value_t = 0.05)]
        test_share: f64,
        /// Worker threads (default: one per core; at most 1024); the files do not depend on it.
        #[arg(long, value_name = "N", value_parser = limits::count(limits::MAX_THREADS))]
        threads: Option<usize>,
        /// The espeak-ng program.
        #[arg(long, value_name = "PATH", default_value = "espeak-ng")]
        espeak: PathBuf,
        /// The harder set: per clip pitch ± 25, speed ± 35 %, up to 300 ms of leading silence,
        /// a random voice variant and white noise at 0-15 dB SNR, so that word identity is
        /// less visible in coarse spike counts (`data baseline`).
        #[arg(long)]
        hard: bool,
    },
    /// Summarise an SHD-format file (real or generated): samples, classes, speakers, spikes,
    /// active units, duration; optionally one sample and its spike raster as PNG.
    Inspect {
        /// SHD-format HDF5 file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Describe this sample (and draw it with --raster).
        #[arg(long, value_name = "N")]
        sample: Option<usize>,
        /// Write the spike raster of --sample (default 0) to this PNG file.
        #[arg(long, value_name = "OUT.png")]
        raster: Option<PathBuf>,
    },
    /// Copy an SHD-format file with the spike times shuffled within each sample (units and
    /// per-unit counts kept): to measure how much a classifier needs spike timing.
    Shuffle {
        /// Input file (SHD-format HDF5).
        #[arg(long = "in", value_name = "SHD.h5")]
        input: PathBuf,
        /// Output file.
        #[arg(long, value_name = "SHD.h5")]
        out: PathBuf,
        #[arg(long, value_name = "SEED", default_value_t = 1)]
        seed: u64,
    },
    /// Linear baseline: logistic regression on log(1 + count) in 100 ms x 20-unit bins, trained
    /// on --train, accuracy on --test (all samples and held-out speakers).
    Baseline {
        /// Training data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        train: PathBuf,
        /// Test data (SHD-format HDF5).
        #[arg(long, value_name = "SHD.h5")]
        test: PathBuf,
        /// Inverse L2 strength (scikit-learn's C).
        #[arg(long, value_name = "C", default_value_t = 0.05)]
        c: f64,
        /// Gradient iterations (at most 1000000).
        #[arg(long, value_name = "N", default_value_t = 1000,
              value_parser = limits::count(limits::MAX_ITERATIONS))]
        iterations: usize,
    },
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Config { out } => {
            let text = golden::config::Config::default().to_toml();
            match out {
                Some(path) => output::write_atomic(&path, text.as_bytes())?,
                None => print!("{text}"),
            }
            Ok(())
        }
        Command::Train {
            cfg: ConfigArgs { config, set },
            train,
            test,
            model,
            epochs,
            init,
            validation_speakers,
            out,
        } => train_cmd::run(train_cmd::TrainArgs {
            config,
            train,
            test,
            model,
            epochs,
            set,
            init,
            validation_speakers,
            out,
        }),
        Command::Eval { params, data, out } => {
            eval_cmd::run(eval_cmd::EvalArgs { params, data, out })
        }
        Command::Bench {
            samples,
            data,
            config,
            set,
            model,
            seed,
        } => {
            let cfg = match &config {
                Some(path) => settings::load_config(path, &set)?,
                None if set.is_empty() => golden::config::Config::default(),
                None => bail!("--set needs --config (the file the overrides apply to)"),
            };
            bench::run(&cfg, samples, data.as_deref(), model, seed)
        }
        Command::Data {
            command:
                DataCommand::Patterns {
                    out,
                    samples,
                    classes,
                    duration,
                    seed,
                },
        } => data::write_patterns(&out, samples, classes, duration, seed),
        Command::Data {
            command:
                DataCommand::Synth {
                    out,
                    repetitions,
                    seed,
                    speakers,
                    words,
                    test_share,
                    threads,
                    espeak,
                    hard,
                },
        } => speech_cmd::synth(speech_cmd::SynthArgs {
            out,
            repetitions,
            seed,
            speakers,
            words,
            test_share,
            threads,
            espeak,
            hard,
        }),
        Command::Data {
            command:
                DataCommand::Inspect {
                    file,
                    sample,
                    raster,
                },
        } => speech_cmd::inspect(&file, sample, raster),
        Command::Data {
            command: DataCommand::Shuffle { input, out, seed },
        } => speech_cmd::shuffle(&input, &out, seed),
        Command::Data {
            command:
                DataCommand::Baseline {
                    train,
                    test,
                    c,
                    iterations,
                },
        } => speech_cmd::baseline(&train, &test, c, iterations),
        Command::Gen {
            cfg: ConfigArgs { config, set },
            out,
        } => gen_cmd::run(&config, &set, &out),
        Command::Cosim {
            cfg: ConfigArgs { config, set },
            input: SampleArgs { data, params },
            samples,
            inject,
            learn,
            simulator,
            random_start,
            out,
        } => cosim_cmd::run(cosim_cmd::CosimArgs {
            config,
            set,
            data,
            params,
            samples,
            inject,
            learn,
            simulator,
            random_start,
            out,
        }),
        Command::Report {
            cfg: ConfigArgs { config, set },
            data,
            params,
            samples,
            clock_mhz,
            out,
        } => report_cmd::run(report_cmd::ReportArgs {
            config,
            set,
            data,
            params,
            samples,
            clock_mhz,
            out,
        }),
        Command::Run {
            port,
            cosim,
            cfg: ConfigArgs { config, set },
            input: SampleArgs { data, params },
            baud,
            clock_mhz,
            samples,
            skip_readback,
            out,
        } => run_cmd::run(run_cmd::RunArgs {
            port,
            cosim,
            config,
            set,
            data,
            params,
            baud,
            clock_mhz,
            samples,
            skip_readback,
            out,
        }),
        Command::Synth {
            target,
            cfg: ConfigArgs { config, set },
            out,
            baud,
            freq,
            no_pnr,
            allow_timing_fail,
        } => synth_cmd::run(synth_cmd::SynthArgs {
            target,
            config,
            set,
            out,
            baud,
            freq_mhz: freq,
            no_pnr,
            allow_timing_fail,
        }),
        Command::Estimate(args) => estimate_cmd::run(args),
        Command::Nir(cmd) => nir_cmd::run(cmd),
        Command::Timing {
            seeds,
            rtl,
            epochs,
            out,
        } => {
            let mut base = golden::experiment::timing_config();
            if let Some(e) = epochs {
                base.train.epochs = e;
            }
            if rtl {
                timing_rtl_cmd::timing_rtl(&base, seeds, out)
            } else {
                timing_cmd::timing(&base, seeds, out)
            }
        }
        Command::SpeechTable(args) => speech_table::run(args),
        Command::Diagnose(args) => diagnose_cmd::run(args),
        Command::Demo { out } => demo_cmd::run(demo_cmd::DemoArgs { out }),
    }
}

/// The error and its causes, one per line; a cause whose text the previous line already
/// contains is skipped.
fn report(e: &anyhow::Error) -> String {
    let mut out = format!("error: {e}");
    let mut last = e.to_string();
    for cause in e.chain().skip(1) {
        let msg = cause.to_string();
        if !last.contains(&msg) {
            out.push_str(&format!("\n  caused by: {msg}"));
        }
        last = msg;
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", report(&e));
            ExitCode::FAILURE
        }
    }
}
