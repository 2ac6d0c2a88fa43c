//! Networks imported from NIR files written by the Python `nir` package run on the verilated
//! tile exactly as in the golden model: 0 mismatches and the cycle model's cycles, for a
//! recurrent network with both delay kinds and a feedforward one with per-synapse delays.

#[path = "../../golden/tests/nir/support.rs"]
mod nir_support;
mod tile_support;

use golden::fixed::Tile;
use golden::format::Formats;
use golden::task::Sample;
use nir_support::*;
use sim::cosim;
use tile_support::host_for;

fn cosim_imported(name: &str) {
    let imp = golden::nir::import_file(&fixture(name), &base_config(), None).unwrap();
    let cfg = imp.cfg.clone();
    let tile = Tile::with_params(cfg.clone(), Formats::new(&cfg).unwrap(), imp.params);
    let samples: Vec<Sample> = (0..20)
        .map(|i| Sample {
            steps: random_steps(cfg.network.inputs, 60, 0.3, 900 + i),
            label: (i % 3) as usize,
        })
        .collect();
    let mut host = host_for(&cfg, &tile, false);
    let sum = cosim::run(&mut host, &mut tile.clone(), &samples, |_| {}).unwrap();
    assert!(sum.mismatch.is_none(), "{name}: {}", sum.mismatch.unwrap());
    assert_eq!((sum.samples, sum.steps), (20, 20 * 60));
    println!(
        "{name}: {} steps, {} values compared, 0 mismatches",
        sum.steps, sum.compared
    );
}

#[test]
fn imported_recurrent_network_with_both_delay_kinds() {
    cosim_imported("ok_both");
}

#[test]
fn imported_feedforward_network_with_synaptic_delays() {
    cosim_imported("ok_synaptic");
}
