//! `delaytile`: configure, train, evaluate and benchmark the LIF tile with learnable delays.
//!
//! One file per subcommand owns its arguments (`clap::Args`) and its printing; the work itself is
//! done by the library crates.

mod args;
mod bench;
mod cosim_cmd;
mod data_cmd;
mod demo_cmd;
mod diagnose_cmd;
mod estimate_cmd;
mod eval_cmd;
mod gen_cmd;
mod limits;
mod nir_cmd;
mod report_cmd;
mod run_cmd;
mod speech_table;
mod synth_cmd;
mod timing_cmd;
mod timing_rtl_cmd;
mod train_cmd;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "delaytile", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    Train(train_cmd::TrainArgs),
    /// Evaluate saved parameters (with the configuration stored in the file) on an SHD-format file.
    Eval(eval_cmd::EvalArgs),
    /// The timing task: every delay mode with the float and the fixed-point model over several
    /// seeds, as a Markdown table (the README's results).
    Timing(timing_cmd::TimingArgs),
    /// The README's main job, on SHD-format synthetic speech: make (or reuse) a small set, train
    /// the reference tile online with the fixed-point golden model, test it on held-out
    /// speakers, generate the Verilog, co-simulate held-out samples on the RTL against the golden
    /// model, and print accuracy, memory and latency.
    Demo(demo_cmd::DemoArgs),
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
    Gen(gen_cmd::GenArgs),
    /// Co-simulate the generated Verilog (Verilator, or Icarus) against the golden model in
    /// lockstep over SHD-format samples; stop at the first difference and write waveforms of both
    /// sides (Verilator from zeros).
    Cosim(cosim_cmd::CosimArgs),
    /// Memory footprint per memory and in total, and latency (cycles per step and per sample, µs
    /// at a clock) with the work bound beside it.
    Report(report_cmd::ReportArgs),
    /// Classify SHD-format samples on a board over its UART (--port) or on the verilated board
    /// top driven at its UART pins (--cosim); prints predictions and accuracy.
    Run(run_cmd::RunArgs),
    /// Board top (tile + UART bridge) through Yosys, nextpnr and icepack/ecppack; prints
    /// LUT/FF/carry/BRAM and Fmax, writes DIR/summary.json; reports a configuration that does
    /// not fit the device.
    Synth(synth_cmd::SynthArgs),
    /// Area (Yosys), Fmax (nextpnr, with --pnr), memory bits and cycles per step for one
    /// configuration or a sweep; writes DIR/estimate.csv, DIR/estimate.md and DIR/estimate.svg.
    Estimate(estimate_cmd::EstimateArgs),
    /// NIR graphs in and out: `nir import FILE.nir --out DIR`, `nir export --params P --out
    /// FILE.nir` (docs/nir.md).
    #[command(subcommand)]
    Nir(nir_cmd::NirCommand),
    /// SHD-format data files.
    #[command(subcommand)]
    Data(data_cmd::DataCommand),
    /// Throughput of the reference configuration on synthetic input (one core).
    Bench(bench::BenchArgs),
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Config { out } => {
            let text = golden::config::Config::default().to_toml();
            match out {
                Some(path) => golden::output::write_atomic(&path, text.as_bytes()),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        Command::Train(args) => train_cmd::run(args),
        Command::Eval(args) => eval_cmd::run(args),
        Command::Timing(args) => timing_cmd::run(args),
        Command::Demo(args) => demo_cmd::run(args),
        Command::SpeechTable(args) => speech_table::run(args),
        Command::Diagnose(args) => diagnose_cmd::run(args),
        Command::Gen(args) => gen_cmd::run(args),
        Command::Cosim(args) => cosim_cmd::run(args),
        Command::Report(args) => report_cmd::run(args),
        Command::Run(args) => run_cmd::run(args),
        Command::Synth(args) => synth_cmd::run(args),
        Command::Estimate(args) => estimate_cmd::run(args),
        Command::Nir(cmd) => nir_cmd::run(cmd),
        Command::Data(cmd) => data_cmd::run(cmd),
        Command::Bench(args) => bench::run(args),
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
