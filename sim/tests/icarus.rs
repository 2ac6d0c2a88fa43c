//! A second simulator: the generated tile under Icarus Verilog (event-driven, memories start at
//! X), driven by the same host command stream as the Verilator co-simulation (`IcarusLink`
//! behind `Host`) and compared by the same scoreboard with the golden model, value for value and
//! cycle for cycle: a small tile with both delay kinds and the learning unit (inference, and
//! online learning), and an inference-only tile; and the board top (tile + UART bridge) at its
//! pins, with and without the learning unit. The cycles/s of Icarus are printed.

mod tile_support;

use golden::config::Config;
use golden::cycles::clear_cycles;
use golden::fixed::Tile;
use golden::memory::{self, MemoryId};
use sim::board_link::PinTransport;
use sim::cosim::{self, Summary};
use sim::host::{Host, Link, address};
use sim::icarus::{IcarusBoard, IcarusLink};
use sim::session::Session;
use sim::uart_link::UartLink;
use std::time::{Duration, Instant};
use tile_support::*;

/// Steps per sample and samples per run: 2 x 60 = 120 steps, with a CLEAR in between.
const STEPS: usize = 60;
const SAMPLES: usize = 2;

/// A small tile (10 inputs, 7 hidden, 3 outputs, D = 16).
fn small(delay_mode: &str, recurrent: bool, learning_unit: bool) -> Config {
    small_on(delay_mode, recurrent, learning_unit, 1)
}

/// `small` on `lanes` synapse lanes (7 neurons: the last group is partly empty for L > 1).
fn small_on(delay_mode: &str, recurrent: bool, learning_unit: bool, lanes: u32) -> Config {
    let text = format!(
        "[network]\ninputs = 10\nhidden = 7\noutputs = 3\nrecurrent = {recurrent}\n\
         delay_mode = \"{delay_mode}\"\nmax_delay = 16\nreset = \"subtract\"\n\
         [data]\ndt_ms = 10.0\nmax_time_s = {}\npool = 70\n\
         [init]\ndelays = \"random\"\n[hardware]\nlearning_unit = {learning_unit}\nlanes = {lanes}\n",
        STEPS as f64 * 0.01
    );
    Config::from_toml_str(&text, "icarus small tile").unwrap()
}

/// The tile for `cfg` under Icarus.
fn icarus(cfg: &Config) -> IcarusLink {
    IcarusLink::start(&hdl::generate::tile_verilog(cfg).unwrap()).unwrap()
}

fn report(what: &str, sum: &Summary, host: &mut Host<IcarusLink>, started: Instant) {
    assert!(
        sum.mismatch.is_none(),
        "{what}: {}",
        sum.mismatch.as_ref().unwrap()
    );
    assert_eq!(sum.samples, SAMPLES);
    assert_eq!(sum.steps, (SAMPLES * STEPS) as u64);
    let cycles = host.link.cycles().unwrap();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "Icarus, {what}: {} steps, {} values compared, 0 mismatches; {cycles} cycles in {secs:.1} s \
         = {:.0} cycles/s (host commands included)",
        sum.steps,
        sum.compared,
        cycles as f64 / secs
    );
}

fn infers_like_golden(cfg: &Config, what: &str) {
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(cfg, SAMPLES, 3, dir.path());
    let tile = Tile::new(cfg).unwrap();
    let started = Instant::now();
    let mut host = host_on(cfg, &tile, icarus(cfg));
    let sum = cosim::run(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
    report(what, &sum, &mut host, started);
}

#[test]
fn learning_tile_infers_like_golden_under_icarus() {
    infers_like_golden(
        &small("both", true, true),
        "both delays + learning unit, inference",
    );
}

#[test]
fn learning_tile_learns_like_golden_under_icarus() {
    let cfg = small("both", true, true);
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(&cfg, SAMPLES, 4, dir.path());
    let tile = Tile::new(&cfg).unwrap();
    let started = Instant::now();
    let mut host = host_on(&cfg, &tile, icarus(&cfg));
    let mut gold = tile.clone();
    let sum = cosim::run_learning(&mut host, &mut gold, &data, |_| {}).unwrap();
    report(
        "both delays + learning unit, learning",
        &sum,
        &mut host,
        started,
    );
    assert!(gold.params != tile.params, "training changed nothing");
    assert_eq!(host.read_params().unwrap(), gold.params.stored(&cfg));
}

#[test]
fn lanes_learn_like_golden_under_icarus() {
    let cfg = small_on("both", true, true, 4);
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(&cfg, SAMPLES, 5, dir.path());
    let tile = Tile::new(&cfg).unwrap();
    let started = Instant::now();
    let mut host = host_on(&cfg, &tile, icarus(&cfg));
    let mut gold = tile.clone();
    let sum = cosim::run_learning(&mut host, &mut gold, &data, |_| {}).unwrap();
    report("4 lanes, both delays, learning", &sum, &mut host, started);
    assert!(gold.params != tile.params, "training changed nothing");
    assert_eq!(host.read_params().unwrap(), gold.params.stored(&cfg));
}

#[test]
fn inference_only_tile_infers_like_golden_under_icarus() {
    infers_like_golden(&small("axonal", false, false), "inference-only, axonal");
}

/// The judge can fail: Icarus starts memories at X, and a READ of a word nothing has written
/// (a delay gradient before any learning step) is an error that says so, not a number.
#[test]
fn an_unwritten_word_reads_as_an_error_under_icarus() {
    let cfg = small("both", true, true);
    let mut host = Host::new(icarus(&cfg), &cfg);
    let m = memory::find(&cfg, MemoryId::DelayGradients).unwrap();
    let err = host.link.read_many(&[address(m.region, 0)]).unwrap_err();
    assert!(err.to_string().contains("X or Z bits"), "{err}");
}

/// The board's clock and baud rate: 4 cycles per UART bit (Icarus runs a few thousand cycles/s).
const CLOCK_HZ: u64 = 1_000_000;
const BAUD: u64 = 250_000;
const DIVISOR: u32 = 4;
/// Steps of each sample the board classifies under Icarus, and of the full-state comparison.
const BOARD_STEPS: usize = 12;
const STATE_STEPS: usize = 1;

/// The board top for `cfg` under Icarus, behind the host's UART link.
fn icarus_board(cfg: &Config) -> Host<UartLink<PinTransport<IcarusBoard>>> {
    let v = hdl::generate::board_verilog(cfg, CLOCK_HZ, BAUD).unwrap();
    let board = IcarusBoard::start(&v, DIVISOR).unwrap();
    let mut link = UartLink::new(PinTransport::new(board, CLOCK_HZ), cfg);
    link.timeout = Duration::from_millis(200);
    Host::new(link, cfg)
}

/// The board top under Icarus, driven at its pins by the session of `delaytile run`: parameters
/// loaded over UART (board_uart.rs reads them back, under Verilator), samples classified with the golden model's prediction and
/// cycles at every step, then the full state after every step of a short sample; with and
/// without the learning unit. Every memory, the bridge's payload buffer included, starts at X,
/// and an X on `uart_tx` is an error.
#[test]
fn board_tops_classify_like_golden_under_icarus() {
    for learning_unit in [true, false] {
        let cfg = small("both", true, learning_unit);
        let dir = tempfile::tempdir().unwrap();
        let train = shd_samples(&cfg, 20, 1, dir.path());
        let test = shd_samples(&cfg, SAMPLES, 2, dir.path());
        let tile = trained_tile(&cfg, &train);
        let started = Instant::now();
        let mut host = icarus_board(&cfg);
        let mut session = Session::open(&mut host, &tile, false).unwrap();
        let load = session.host.link.transport.cycles();
        for (n, sample) in test.iter().enumerate() {
            let mut sample = sample.clone();
            sample.steps.truncate(BOARD_STEPS);
            let c = session.classify(&sample).unwrap();
            assert_eq!(c.clear_cycles, clear_cycles(&cfg), "sample {n}");
            assert_eq!(c.steps.len(), BOARD_STEPS, "sample {n}");
            for (t, r) in c.steps.iter().enumerate() {
                let at = format!("learning unit {learning_unit}, sample {n}, step {t}");
                assert_eq!(r.prediction, r.golden_prediction, "{at}: prediction");
                assert_eq!(r.cycles, r.golden_cycles, "{at}: cycles");
                assert!(!r.deadline_missed, "{at}");
            }
        }
        let classified = host.link.transport.cycles();
        // The full state over UART after every step costs thousands of UART bytes a step: a
        // sample's first steps.
        let mut short = test[0].clone();
        short.steps.truncate(STATE_STEPS);
        let sum = cosim::run(&mut host, &mut tile.clone(), &[short], |_| {}).unwrap();
        assert!(sum.mismatch.is_none(), "{}", sum.mismatch.unwrap());
        assert!(sum.compared > 0);
        let cycles = host.link.transport.cycles();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "Icarus, board top (learning unit {learning_unit}): parameters in {load} cycles, \
             {SAMPLES} x {BOARD_STEPS} steps classified in {} cycles, {} values of \
             {STATE_STEPS} steps compared, 0 mismatches; {cycles} cycles in {secs:.1} s = {:.0} \
             cycles/s",
            classified - load,
            sum.compared,
            cycles as f64 / secs
        );
    }
}

/// The board's judge can fail too: a word nothing has written (a delay gradient), read over UART,
/// leaves the tile as X and reaches `uart_tx` as X, an error that says so.
#[test]
fn an_unwritten_word_read_over_uart_is_an_error_under_icarus() {
    let cfg = small("both", true, true);
    let mut host = icarus_board(&cfg);
    let m = memory::find(&cfg, MemoryId::DelayGradients).unwrap();
    let err = host.link.read(address(m.region, 0)).unwrap_err();
    assert!(err.to_string().contains("uart_tx was X or Z"), "{err}");
}
