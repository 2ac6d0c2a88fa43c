//! A second simulator: the generated tile under Icarus Verilog (event-driven, memories start at
//! X), driven by the same host command stream as the Verilator co-simulation (`IcarusLink`
//! behind `Host`) and compared by the same scoreboard with the golden model, value for value and
//! cycle for cycle: a small tile with both delay kinds and the learning unit (inference, and
//! online learning), and an inference-only tile. The cycles/s of Icarus are printed.

mod tile_support;

use golden::config::Config;
use golden::fixed::Tile;
use golden::memory::{self, MemoryId};
use sim::cosim::{self, Summary};
use sim::host::{Host, Link, address};
use sim::icarus::IcarusLink;
use std::time::Instant;
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
