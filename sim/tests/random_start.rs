//! Random start-up values: the tile must not depend on what its memories hold at power-up (an
//! FPGA's block RAM contents, an ASIC's anything). The co-simulation of inference and of online
//! learning runs on tiles verilated with `--x-initial unique` and started with
//! `+verilator+rand+reset+2` under several seeds, and must give 0 mismatches, as from zeros.

mod tile_support;

use golden::config::Config;
use golden::fixed::Tile;
use golden::memory::{self, MemoryId};
use sim::cosim;
use sim::host::address;
use sim::verilator::{Build, Error};
use std::num::NonZeroU32;
use tile_support::*;

const SEEDS: [u32; 3] = [1, 2, 0x5eed];

/// The reference configuration with `steps` steps per sample and random initial delays (as in
/// tile_learning.rs: with every path at mid-range nothing reaches the hidden layer in so few
/// steps).
fn short(network: &[(&str, &str)], steps: usize) -> Config {
    let mut cfg = reference_with(network);
    cfg.data.max_time_s = steps as f64 * cfg.data.dt_ms / 1000.0;
    cfg.init.delays = golden::config::DelayInit::Random;
    cfg
}

/// Online learning on `n` samples from a random power-up under every seed: 0 mismatches.
fn learns_from_any_power_up(cfg: &Config, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(cfg, n, 11, dir.path());
    let tile = Tile::new(cfg).unwrap();
    for seed in SEEDS {
        let mut host = host_random(cfg, &tile, seed);
        let mut gold = tile.clone();
        let sum = cosim::run_learning(&mut host, &mut gold, &data, |_| {}).unwrap();
        assert!(
            sum.mismatch.is_none(),
            "{:?}, seed {seed}: {}",
            cfg.network.delay_mode,
            sum.mismatch.unwrap()
        );
        assert_eq!(sum.samples, n);
        assert!(gold.params != tile.params, "training changed nothing");
    }
}

#[test]
fn reference_configuration_learns_from_random_start_up_values() {
    learns_from_any_power_up(&short(&[], 8), 6);
}

#[test]
fn every_delay_mode_learns_from_random_start_up_values() {
    for mode in ["\"none\"", "\"axonal\"", "\"synaptic\"", "\"both\""] {
        let cfg = short(&[("hidden", "32"), ("delay_mode", mode)], 12);
        learns_from_any_power_up(&cfg, 4);
    }
}

/// On lanes: a lane's sum, bank select and stage registers start anywhere too.
#[test]
fn lanes_learn_from_random_start_up_values() {
    for (lanes, mode) in [(4, "\"both\""), (8, "\"synaptic\"")] {
        let mut cfg = short(&[("hidden", "36"), ("delay_mode", mode)], 12);
        cfg.hardware.lanes = lanes;
        learns_from_any_power_up(&cfg, 4);
    }
}

/// Inference on `n` samples from a random power-up under every seed: 0 mismatches.
fn infers_from_any_power_up(cfg: &Config, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(cfg, n, 2, dir.path());
    let tile = Tile::new(cfg).unwrap();
    for seed in SEEDS {
        let mut host = host_random(cfg, &tile, seed);
        let sum = cosim::run(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
        assert!(
            sum.mismatch.is_none(),
            "{:?}, seed {seed}: {}",
            cfg.network.delay_mode,
            sum.mismatch.unwrap()
        );
        assert_eq!(sum.steps, (n * cfg.data.steps()) as u64);
    }
}

#[test]
fn reference_configuration_infers_from_random_start_up_values() {
    infers_from_any_power_up(&reference(), 3);
}

/// The tiles of `every_delay_mode_learns_from_random_start_up_values` (the same models).
#[test]
fn every_delay_mode_infers_from_random_start_up_values() {
    for mode in ["\"none\"", "\"axonal\"", "\"synaptic\"", "\"both\""] {
        infers_from_any_power_up(&short(&[("hidden", "32"), ("delay_mode", mode)], 12), 4);
    }
}

/// The random start-up really reaches the memories: before anything writes them, the words of a
/// work memory differ from 0 and between seeds; a model verilated with `--x-initial 0` starts
/// at 0 and refuses random values.
#[test]
fn random_start_up_values_reach_the_memories() {
    let cfg = short(&[("hidden", "32")], 4);
    let v = hdl::generate::tile_verilog(&cfg).unwrap();
    let m = memory::find(&cfg, MemoryId::DelayGradients).unwrap();
    let addrs: Vec<u32> = (0..m.entries).map(|i| address(m.region, i)).collect();
    let words = |rtl: &mut sim::verilator::Rtl| rtl.read_many(&addrs, 64).unwrap();
    let random = Build::new().random_init(true).load(&v).unwrap();
    let a = words(&mut random.rtl_random(NonZeroU32::new(1).unwrap()).unwrap());
    let b = words(&mut random.rtl_random(NonZeroU32::new(2).unwrap()).unwrap());
    assert!(a.iter().any(|&x| x != 0), "seed 1 started at zero");
    assert_ne!(a, b, "two seeds gave the same start-up values");
    assert_eq!(
        a,
        words(&mut random.rtl_random(NonZeroU32::new(1).unwrap()).unwrap()),
        "a seed's start-up values are reproducible"
    );
    assert!(words(&mut random.rtl().unwrap()).iter().all(|&x| x == 0));
    let zeros = Build::new().load(&v).unwrap();
    assert!(matches!(
        zeros.rtl_random(NonZeroU32::new(1).unwrap()),
        Err(Error::NotRandomInit { .. })
    ));
}
