//! `delaytile run`: classify SHD-format samples on a board over its UART (`--port`), or on the
//! simulated board top driven at its UART pins (`--cosim`: Verilator, from zeros or from random
//! start-up values, or Icarus with every memory at X), with the same host driver
//! (`sim::uart_link::UartLink`). Loads the parameters, checks them by reading them back, streams
//! every sample (CLEAR, then one STEP frame per time step with its input spikes) and prints the
//! predictions, the accuracy, and how often the board agreed with the golden model.

use crate::args::{ConfigArgs, SampleArgs};
use crate::cosim_cmd::{Simulator, check_start};
use crate::limits;
use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::fixed::Tile;
use golden::output::{json_bytes, write_atomic};
use lab::dataset as data;
use lab::model::progress;
use lab::rtl::golden_tile;
use serde::Serialize;
use sim::board_link::{PinTransport, UartPins};
use sim::host::Host;
use sim::icarus::IcarusBoard;
use sim::serial::SerialTransport;
use sim::session::{Session, SessionError};
use sim::uart_link::{ByteTransport, LinkStats, UartLink};
use sim::verilator::Build;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
#[command(mut_args(bitstream_config))]
pub struct RunArgs {
    /// Serial port of the board (e.g. /dev/ttyUSB0).
    #[arg(long, value_name = "DEVICE")]
    pub port: Option<String>,
    /// Run against the simulated board top (driven at its UART pins) instead of a board.
    #[arg(long)]
    pub cosim: bool,
    /// With --cosim: the simulator of the board top, Verilator (fast), or Icarus Verilog
    /// (event-driven, every memory starts at X; a few thousand cycles/s).
    #[arg(long, value_enum, default_value_t = Simulator::Verilator, requires = "cosim")]
    pub simulator: Simulator,
    /// With --cosim, Verilator only: start every memory (the tile's, the bridge's payload
    /// buffer) at random values drawn from SEED instead of zeros.
    #[arg(long, value_name = "SEED", requires = "cosim")]
    pub random_start: Option<std::num::NonZeroU32>,
    #[command(flatten)]
    pub cfg: ConfigArgs,
    #[command(flatten)]
    pub input: SampleArgs,
    /// UART baud rate (as the bitstream was generated with).
    #[arg(long, value_name = "N", default_value_t = 115_200)]
    pub baud: u64,
    /// Board clock (MHz) the bitstream was generated for (co-simulation clock).
    #[arg(long, value_name = "MHZ", default_value_t = 12.0, value_parser = limits::mhz)]
    pub clock_mhz: f64,
    /// Classify only the first N samples (N >= 1).
    #[arg(long, value_name = "N", value_parser = limits::samples())]
    pub samples: Option<usize>,
    /// Do not read the parameters back after loading them.
    #[arg(long)]
    pub skip_readback: bool,
    /// Also write the results as JSON (atomically).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
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

#[derive(Serialize)]
struct SampleResult {
    label: usize,
    prediction: usize,
    golden: usize,
    steps: usize,
    cycles: u64,
}

#[derive(Serialize)]
struct RunResults {
    command: &'static str,
    transport: String,
    baud: u64,
    clock_hz: u64,
    samples: Vec<SampleResult>,
    accuracy: f64,
    agreement_with_golden: f64,
    param_load_s: f64,
    classify_s: f64,
    samples_per_s: f64,
    requests: u64,
    bytes_sent: u64,
    bytes_received: u64,
    /// Simulated clock cycles (co-simulation only).
    board_cycles: Option<u64>,
    board_cycles_per_s: Option<f64>,
}

fn stats_of<T: ByteTransport>(host: &Host<UartLink<T>>) -> LinkStats {
    host.link.stats().clone()
}

/// Classifies on a simulated board top at its UART pins; the board's cycles are recorded.
fn cosim_board<P: UartPins>(
    board: P,
    tile: &Tile,
    cfg: &Config,
    args: &RunArgs,
    what: String,
    clock_hz: u64,
) -> Result<()> {
    let mut link = UartLink::new(PinTransport::new(board, clock_hz), cfg);
    // Simulated time: a response is late after this much board time.
    link.timeout = Duration::from_secs(2);
    let mut host = Host::new(link, cfg);
    classify(&mut host, tile, cfg, args, what, clock_hz, |h| {
        Some(h.link.transport.cycles())
    })
}

/// Everything after the link is up; `cycles` reads the simulated clock (co-simulation only).
fn classify<T: ByteTransport>(
    host: &mut Host<UartLink<T>>,
    tile: &Tile,
    cfg: &Config,
    args: &RunArgs,
    transport: String,
    clock_hz: u64,
    cycles: impl Fn(&Host<UartLink<T>>) -> Option<u64>,
) -> Result<()> {
    let set = data::load(&args.input.data, cfg, "run")?;
    let n = args
        .samples
        .unwrap_or(set.samples.len())
        .min(set.samples.len());
    let samples = &set.samples[..n];
    let t0 = Instant::now();
    let mut session = Session::open(host, tile, !args.skip_readback).map_err(|e| match e {
        SessionError::Link(e) => anyhow::Error::new(e).context(
            "the board did not answer, or failed while loading the parameters (wrong port, baud \
             rate or bitstream?)",
        ),
        e => e.into(),
    })?;
    let param_load_s = t0.elapsed().as_secs_f64();
    eprintln!(
        "parameters loaded{} in {param_load_s:.2} s",
        if args.skip_readback {
            ""
        } else {
            " and verified"
        }
    );
    let cycles0 = cycles(session.host);
    let bar = progress(samples.len(), "classifying".into());
    let t1 = Instant::now();
    let mut results = Vec::new();
    for sample in samples {
        let c = session.classify(sample)?;
        results.push(SampleResult {
            label: c.label,
            prediction: c.prediction(),
            golden: c.golden_prediction(),
            steps: c.steps.len(),
            cycles: c.cycles(),
        });
        bar.inc(1);
    }
    bar.finish_and_clear();
    let classify_s = t1.elapsed().as_secs_f64();
    for (i, r) in results.iter().enumerate() {
        println!(
            "sample {i}: label {}, prediction {}{}",
            r.label,
            r.prediction,
            if r.prediction == r.golden {
                String::new()
            } else {
                format!(" (golden model: {})", r.golden)
            }
        );
    }
    let count = results.len().max(1) as f64;
    let accuracy = results.iter().filter(|r| r.label == r.prediction).count() as f64 / count;
    let agree = results.iter().filter(|r| r.golden == r.prediction).count() as f64 / count;
    let board_cycles = match (cycles0, cycles(host)) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let st = stats_of(host);
    let res = RunResults {
        command: "run",
        transport,
        baud: args.baud,
        clock_hz,
        accuracy,
        agreement_with_golden: agree,
        param_load_s,
        classify_s,
        samples_per_s: results.len() as f64 / classify_s.max(1e-9),
        requests: st.requests,
        bytes_sent: st.bytes_sent,
        bytes_received: st.bytes_received,
        board_cycles,
        board_cycles_per_s: board_cycles.map(|c| c as f64 / classify_s.max(1e-9)),
        samples: results,
    };
    println!(
        "{} samples: accuracy {:.1} %, predictions equal to the golden model's: {:.1} %; \
         {:.2} samples/s over {} ({} requests, {} bytes sent, {} received)",
        res.samples.len(),
        100.0 * accuracy,
        100.0 * agree,
        res.samples_per_s,
        res.transport,
        res.requests,
        res.bytes_sent,
        res.bytes_received
    );
    if let (Some(c), Some(r)) = (res.board_cycles, res.board_cycles_per_s) {
        println!(
            "co-simulation: {c} board cycles ({:.2} s of board time at {} MHz), {:.0} cycles/s",
            c as f64 / clock_hz as f64,
            clock_hz as f64 / 1e6,
            r
        );
    }
    if let Some(out) = &args.out {
        write_atomic(out, &json_bytes(&res)?)?;
    }
    if agree < 1.0 {
        bail!(
            "the board's predictions differ from the golden model's on {} of {} samples",
            res.samples
                .iter()
                .filter(|r| r.golden != r.prediction)
                .count(),
            res.samples.len()
        );
    }
    Ok(())
}

pub fn run(args: RunArgs) -> Result<()> {
    check_start(args.simulator, args.random_start)?;
    let cfg = args.cfg.load()?;
    data::check_channels(&cfg, &args.input.data)?;
    let tile = golden_tile(&cfg, args.input.params.as_deref())?;
    if !(args.clock_mhz > 0.0 && args.clock_mhz.is_finite()) {
        bail!(
            "--clock-mhz {}: expected a positive frequency",
            args.clock_mhz
        );
    }
    let clock_hz = (args.clock_mhz * 1e6).round() as u64;
    let divisor = hdl::generate::uart_divisor(clock_hz, args.baud)?;
    match (&args.port, args.cosim) {
        (Some(_), true) => bail!("give either --port or --cosim, not both"),
        (None, false) => bail!("give --port DEVICE (a board) or --cosim (the verilated board top)"),
        (Some(port), false) => {
            let baud = u32::try_from(args.baud)
                .with_context(|| format!("--baud {}: too large", args.baud))?;
            let t = SerialTransport::open(port, baud)?;
            let mut host = Host::new(UartLink::new(t, &cfg), &cfg);
            classify(
                &mut host,
                &tile,
                &cfg,
                &args,
                format!("{port} at {baud} baud"),
                clock_hz,
                |_| None,
            )
        }
        (None, true) => {
            let verilog = hdl::generate::board_verilog(&cfg, clock_hz, args.baud)?;
            let pins = format!("{divisor} cycles per bit at {} baud", args.baud);
            match args.simulator {
                Simulator::Verilator => {
                    let t0 = Instant::now();
                    let model = Build::new()
                        .random_init(args.random_start.is_some())
                        .load_board(&verilog)
                        .context("cannot build the verilated board top")?;
                    if model.built() {
                        eprintln!(
                            "verilated and compiled the board top in {:.1} s (cached in {})",
                            t0.elapsed().as_secs_f64(),
                            model.path().display()
                        );
                    }
                    let (board, start) = match args.random_start {
                        None => (model.board(divisor as u32)?, "zeros".to_string()),
                        Some(seed) => (
                            model.board_random(divisor as u32, seed)?,
                            format!("random start-up values, seed {seed}"),
                        ),
                    };
                    let what = format!("the verilated board top ({pins}; memories from {start})");
                    cosim_board(board, &tile, &cfg, &args, what, clock_hz)
                }
                Simulator::Icarus => {
                    let board = IcarusBoard::start(&verilog, divisor as u32)?;
                    let what = format!("the board top under Icarus ({pins}; memories at X)");
                    cosim_board(board, &tile, &cfg, &args, what, clock_hz)
                }
            }
        }
    }
}
