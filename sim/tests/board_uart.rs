//! The board top (tile + UART bridge) co-simulated at its pins: the host driver (`UartLink`, the
//! same code that drives a serial port) loads parameters over UART, classifies SHD-format
//! samples with the golden model's predictions (with and without the learning unit), and every
//! malformed frame gets its error response after which the link works again.

mod tile_support;

use golden::config::Config;
use golden::cycles::clear_cycles;
use golden::memory::{self, ID_MAGIC, MemoryId, REGISTERS, reg};
use sim::board_link::CosimTransport;
use sim::cosim;
use sim::host::{Host, Link, address};
use sim::session::Session;
use sim::uart_link::{Response, UartLink, frame, protocol};
use sim::verilator::{Build, Error};
use std::num::NonZeroU32;
use std::time::{Duration, Instant};
use tile_support::*;

/// 10 inputs (700 / pool 70), 12 recurrent hidden, 4 outputs, D = 8, both delay kinds.
fn small() -> Config {
    Config::from_toml_str(
        "[network]\ninputs = 10\nhidden = 12\noutputs = 4\nrecurrent = true\n\
         delay_mode = \"both\"\nmax_delay = 8\n\
         [data]\ndt_ms = 10.0\nmax_time_s = 0.8\npool = 70\n",
        "small",
    )
    .unwrap()
}

/// clock / baud = 8 cycles per bit.
const CLOCK_HZ: u64 = 1_000_000;
const BAUD: u64 = 125_000;
const DIVISOR: u32 = 8;

/// The board host over a board whose memories start at 0 (`seed` None) or at random values drawn
/// from `seed` (a library verilated with `--x-initial unique`).
fn board_host_from(cfg: &Config, seed: Option<NonZeroU32>) -> Host<UartLink<CosimTransport>> {
    let v = hdl::generate::board_verilog(cfg, CLOCK_HZ, BAUD).unwrap();
    let model = Build::new()
        .random_init(seed.is_some())
        .load_board(&v)
        .unwrap();
    let board = match seed {
        None => model.board(DIVISOR).unwrap(),
        Some(seed) => model.board_random(DIVISOR, seed).unwrap(),
    };
    let mut link = UartLink::new(CosimTransport::new(board, CLOCK_HZ), cfg);
    link.timeout = Duration::from_millis(200);
    Host::new(link, cfg)
}

fn board_host(cfg: &Config) -> Host<UartLink<CosimTransport>> {
    board_host_from(cfg, None)
}

#[test]
fn samples_classified_over_uart_equal_the_golden_model() {
    classified_over_uart(&small(), None, 12);
}

/// The board top of the iCE40 build: the tile without the learning unit behind the same bridge.
#[test]
fn the_inference_only_board_classifies_like_the_golden_model() {
    let mut cfg = small();
    cfg.hardware.learning_unit = false;
    classified_over_uart(&cfg, None, 12);
}

/// Any power-up: both boards (with and without the learning unit) load, classify and read back
/// their state as from zeros when every memory (the tile's, the bridge's payload buffer) starts
/// at random values, under several seeds.
#[test]
fn both_boards_classify_from_random_start_up_values() {
    for learning_unit in [true, false] {
        let mut cfg = small();
        cfg.hardware.learning_unit = learning_unit;
        for seed in [1, 0x5eed] {
            classified_over_uart(&cfg, NonZeroU32::new(seed), 4);
        }
    }
}

fn classified_over_uart(cfg: &Config, seed: Option<NonZeroU32>, n_test: usize) {
    let cfg = cfg.clone();
    let dir = tempfile::tempdir().unwrap();
    let train = shd_samples(&cfg, 40, 1, dir.path());
    let test = shd_samples(&cfg, n_test, 2, dir.path());
    let tile = trained_tile(&cfg, &train);
    let t0 = Instant::now();
    let mut host = board_host_from(&cfg, seed);

    // Identity, parameters over UART and read back over UART (the session of `delaytile run`).
    let mut session = Session::open(&mut host, &tile, true).unwrap();
    let load_cycles = session.host.link.transport.cycles();

    // Every sample: predictions and cycle counts of every step equal the golden model's.
    let (mut steps, mut correct) = (0u64, 0usize);
    for (n, sample) in test.iter().enumerate() {
        let c = session.classify(sample).unwrap();
        assert_eq!(c.clear_cycles, clear_cycles(&cfg), "sample {n}");
        assert_eq!(c.steps.len(), sample.steps.len(), "sample {n}");
        for (t, r) in c.steps.iter().enumerate() {
            assert_eq!(
                r.prediction, r.golden_prediction,
                "sample {n}, step {t}: prediction"
            );
            assert_eq!(r.cycles, r.golden_cycles, "sample {n}, step {t}: cycles");
            assert!(!r.deadline_missed);
            steps += 1;
        }
        correct += usize::from(c.prediction() == sample.label);
    }
    assert_eq!(test.len(), n_test);
    let cycles = host.link.transport.cycles();
    println!(
        "UART co-simulation (learning unit: {}, start-up seed {seed:?}): parameters in {load_cycles} cycles; {} samples, {steps} steps, \
         {correct} correct; {} cycles ({:.2} M cycles/s, {} requests, {} bytes sent, {} received) \
         in {:.1} s",
        cfg.hardware.learning_unit,
        test.len(),
        cycles,
        cycles as f64 / t0.elapsed().as_secs_f64() / 1e6,
        host.link.stats().requests,
        host.link.stats().bytes_sent,
        host.link.stats().bytes_received,
        t0.elapsed().as_secs_f64()
    );

    // The full state after every step of one sample, read over UART, equals the golden model's.
    let mut golden = tile.clone();
    let sum = cosim::run(&mut host, &mut golden, &test[..1], |_| {}).unwrap();
    assert!(sum.mismatch.is_none(), "{}", sum.mismatch.unwrap());
    assert!(sum.compared > 0);
}

/// Sends raw bytes and returns the response frame.
fn raw(host: &mut Host<UartLink<CosimTransport>>, bytes: &[u8]) -> Response {
    host.link.send_raw(bytes).unwrap();
    host.link.read_response().unwrap()
}

#[test]
fn malformed_frames_get_error_responses_and_the_link_recovers() {
    use protocol::*;
    let cfg = small();
    let mut host = board_host(&cfg);
    let budget = address(REGISTERS, reg::BUDGET as u64);
    host.link.write(budget, 1234).unwrap();
    assert_eq!(host.link.read(budget).unwrap(), 1234);

    // A corrupted frame (one payload bit flipped) is answered "bad CRC" and has no effect.
    let mut payload = budget.to_le_bytes().to_vec();
    payload.extend_from_slice(&99u64.to_le_bytes());
    let mut f = frame(WRITE, &payload);
    f[5] ^= 0x04;
    let r = raw(&mut host, &f);
    assert_eq!((r.cmd, r.status, r.payload.len()), (WRITE, BAD_CRC, 0));
    assert_eq!(
        host.link.read(budget).unwrap(),
        1234,
        "the corrupted write took effect"
    );

    // A wrong length (READ with 3 address bytes, valid CRC).
    let r = raw(&mut host, &frame(READ, &[1, 2, 3]));
    assert_eq!((r.cmd, r.status), (READ, BAD_LENGTH));
    assert_eq!(host.identify().unwrap(), ID_MAGIC);

    // An odd STEP length (half a channel) is a wrong length too, and runs no step.
    let r = raw(&mut host, &frame(STEP, &[1]));
    assert_eq!((r.cmd, r.status), (STEP, BAD_LENGTH));
    assert_eq!(host.read_register(reg::STEP).unwrap(), 0);

    // An unknown command.
    let r = raw(&mut host, &frame(0x7E, &[1, 2]));
    assert_eq!((r.cmd, r.status), (0x7E, UNKNOWN_COMMAND));
    assert_eq!(host.identify().unwrap(), ID_MAGIC);

    // A truncated frame: the bridge times out (64 byte times) and says so.
    let r = raw(&mut host, &[REQUEST_SYNC, READ, 4, 0x05]);
    assert_eq!((r.cmd, r.status), (READ, TIMEOUT));
    assert_eq!(host.identify().unwrap(), ID_MAGIC);

    // Noise between frames is skipped (resynchronisation on the sync byte).
    host.link.send_raw(&[0x00, 0xFF, 0x13, 0x5A, 0x42]).unwrap();
    assert_eq!(host.identify().unwrap(), ID_MAGIC);

    // And the link still runs steps and answers the same register it held before.
    host.link.clear().unwrap();
    host.run_step(&[0, 3, 9]).unwrap();
    assert_eq!(host.read_register(reg::STEP).unwrap(), 1);
    assert_eq!(host.link.read(budget).unwrap(), 1234);
}

/// The board's random start-up really reaches the tile's memories through the bridge: membrane
/// words read over UART before anything writes them differ from 0 and between seeds; from a
/// zero start they are 0, and a board verilated with `--x-initial 0` refuses random values.
#[test]
fn the_boards_random_start_up_values_reach_the_memories() {
    let cfg = small();
    let m = memory::find(&cfg, MemoryId::Membranes).unwrap();
    let words = |seed: Option<u32>| -> Vec<u64> {
        let mut host = board_host_from(&cfg, seed.and_then(NonZeroU32::new));
        (0..m.entries)
            .map(|i| host.link.read(address(m.region, i)).unwrap())
            .collect()
    };
    let (a, b) = (words(Some(1)), words(Some(2)));
    assert!(a.iter().any(|&x| x != 0), "seed 1 started at zero");
    assert_ne!(a, b, "two seeds gave the same start-up values");
    assert!(words(None).iter().all(|&x| x == 0));
    let v = hdl::generate::board_verilog(&cfg, CLOCK_HZ, BAUD).unwrap();
    let zeros = Build::new().load_board(&v).unwrap();
    assert!(matches!(
        zeros.board_random(DIVISOR, NonZeroU32::new(1).unwrap()),
        Err(Error::NotRandomInit { .. })
    ));
}
