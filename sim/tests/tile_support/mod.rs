//! Shared by the tile co-simulation tests: configurations, SHD-format data written to and read
//! back from real HDF5 files, trained parameters, and a host on a freshly verilated tile.

#![allow(dead_code)] // each test binary uses a different part

use golden::config::Config;
use golden::fixed::Tile;
use golden::rng::SplitMix64;
use golden::shd;
use golden::task::Sample;
use golden::train::train_epoch;
use sim::host::{Host, Link};
use sim::link::RtlLink;
use sim::verilator::Build;
use std::path::Path;

pub fn reference() -> Config {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../configs/reference.toml");
    Config::load(&path).unwrap()
}

/// The reference configuration with `network.<key> = <value>` overrides, applied as the CLI's
/// `--set network.<key>=<value>` (`golden::settings`).
pub fn reference_with(network: &[(&str, &str)]) -> Config {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../configs/reference.toml");
    let sets: Vec<String> = network
        .iter()
        .map(|(k, v)| format!("network.{k}={v}"))
        .collect();
    golden::settings::load_config(&path, &sets).unwrap()
}

/// `n` SHD-format pattern samples written to an HDF5 file, loaded back with the SHD loader and
/// binned with `cfg.data`.
pub fn shd_samples(cfg: &Config, n: usize, seed: u64, dir: &Path) -> Vec<Sample> {
    let path = dir.join(format!("patterns_{seed}.h5"));
    let classes = cfg.network.outputs;
    let data = shd::patterns(n, classes, 0.8, seed);
    let keys: Vec<String> = (0..classes).map(|c| format!("c{c}")).collect();
    shd::write(
        &path,
        &shd::ShdWrite {
            samples: &data,
            keys: &keys,
        },
    )
    .unwrap();
    let file = shd::load(&path).unwrap();
    file.samples
        .iter()
        .map(|s| shd::bin(s, &cfg.data))
        .collect()
}

/// A golden tile whose parameters were trained online for one epoch on `train`.
pub fn trained_tile(cfg: &Config, train: &[Sample]) -> Tile {
    let mut tile = Tile::new(cfg).unwrap();
    let before = tile.params.clone();
    train_epoch(
        &mut tile,
        train,
        cfg.network.outputs,
        &mut SplitMix64::new(7),
    );
    assert_ne!(tile.params, before, "training changed nothing");
    tile
}

/// A host on the verilated tile for `cfg`, holding `tile`'s parameters (loaded through the host
/// interface and read back).
pub fn host_for(cfg: &Config, tile: &Tile, trace: bool) -> Host<RtlLink> {
    let v = hdl::generate::tile_verilog(cfg).unwrap();
    let model = Build::new().trace(trace).load(&v).unwrap();
    host_on(cfg, tile, RtlLink::new(model.rtl().unwrap()))
}

/// `host_for` on a tile whose memories power up at random values drawn from `seed`
/// (`--x-initial unique`, `+verilator+rand+reset+2`).
pub fn host_random(cfg: &Config, tile: &Tile, seed: u32) -> Host<RtlLink> {
    let v = hdl::generate::tile_verilog(cfg).unwrap();
    let model = Build::new().random_init(true).load(&v).unwrap();
    let seed = std::num::NonZeroU32::new(seed).expect("a non-zero seed");
    host_on(cfg, tile, RtlLink::new(model.rtl_random(seed).unwrap()))
}

/// A host on `link` (any simulator), holding `tile`'s parameters (loaded and read back),
/// learning registers and LFSR states.
pub fn host_on<L: Link>(cfg: &Config, tile: &Tile, link: L) -> Host<L> {
    let mut host = Host::new(link, cfg);
    host.load_params(&tile.params).unwrap();
    assert_eq!(host.read_params().unwrap(), tile.params.stored(cfg));
    if cfg.hardware.learning_unit {
        host.configure_learning(&tile.cfg, &tile.f).unwrap();
    }
    host.write_lfsr(&tile.state.lfsr).unwrap();
    host
}
