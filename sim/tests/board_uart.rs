//! The board top (tile + UART bridge) co-simulated at its pins: the host driver (`UartLink`, the
//! same code that drives a serial port) loads parameters over UART, classifies SHD-format
//! samples with the golden model's predictions (with and without the learning unit), and every
//! malformed frame gets its error response after which the link works again.

mod tile_support;

use golden::config::Config;
use golden::cycles::clear_cycles;
use golden::memory::{ID_MAGIC, REGISTERS, reg};
use sim::board_link::CosimTransport;
use sim::cosim;
use sim::host::{Host, Link, address};
use sim::session::Session;
use sim::uart_link::{Response, UartLink, frame, protocol};
use sim::verilator::Build;
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

fn board_host(cfg: &Config) -> Host<UartLink<CosimTransport>> {
    let v = hdl::generate::board_verilog(cfg, CLOCK_HZ, BAUD).unwrap();
    let model = Build::new().load_board(&v).unwrap();
    let board = model.board(DIVISOR).unwrap();
    let mut link = UartLink::new(CosimTransport::new(board, CLOCK_HZ), cfg);
    link.timeout = Duration::from_millis(200);
    Host::new(link, cfg)
}

#[test]
fn samples_classified_over_uart_equal_the_golden_model() {
    classified_over_uart(&small());
}

/// The board top of the iCE40 build: the tile without the learning unit behind the same bridge.
#[test]
fn the_inference_only_board_classifies_like_the_golden_model() {
    let mut cfg = small();
    cfg.hardware.learning_unit = false;
    classified_over_uart(&cfg);
}

fn classified_over_uart(cfg: &Config) {
    let cfg = cfg.clone();
    let dir = tempfile::tempdir().unwrap();
    let train = shd_samples(&cfg, 40, 1, dir.path());
    let test = shd_samples(&cfg, 12, 2, dir.path());
    let tile = trained_tile(&cfg, &train);
    let t0 = Instant::now();
    let mut host = board_host(&cfg);

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
    assert_eq!(test.len(), 12);
    let cycles = host.link.transport.cycles();
    println!(
        "UART co-simulation (learning unit: {}): parameters in {load_cycles} cycles; {} samples, {steps} steps, \
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
