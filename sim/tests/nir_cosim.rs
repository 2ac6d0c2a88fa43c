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

/// The worked example's network (examples/nir: trained by BPTT in PyTorch, written by the
/// Python `nir` package) imported onto configs/speech.toml: the golden model follows the float
/// evaluation of the graph (>= 90 % equal spike decisions), and the RTL equals the golden model
/// on 5 random 140-step samples.
#[test]
fn shipped_worked_example_network() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let base = golden::config::Config::load(&root.join("configs/speech.toml")).unwrap();
    let path = root.join("examples/nir/speech_bptt.nir");
    let graph = golden::nir::hdf5::read(&path).unwrap();
    let imp = golden::nir::import_graph(&path, &graph, &base, None).unwrap();
    let cfg = imp.cfg.clone();
    let n = &cfg.network;
    assert_eq!(
        (n.inputs, n.hidden, n.outputs, n.recurrent),
        (140, 64, 20, true)
    );
    assert!(
        imp.report.memories.iter().all(|m| m.saturated == 0),
        "{:?}",
        imp.report
    );
    let mut tile = Tile::with_params(cfg.clone(), Formats::new(&cfg).unwrap(), imp.params);
    let samples: Vec<Sample> = (0..5)
        .map(|i| Sample {
            steps: random_steps(140, 140, 0.05, 1700 + i),
            label: i as usize,
        })
        .collect();
    let (mut same, mut total) = (0, 0);
    for s in &samples {
        let run = golden::nir::eval::evaluate(&graph, cfg.data.dt_ms / 1000.0, &s.steps).unwrap();
        tile.reset_state();
        for (t, x) in s.steps.iter().enumerate() {
            tile.step(x, None);
            same += tile
                .state
                .z
                .iter()
                .zip(&run.spikes[t])
                .filter(|(a, b)| a == b)
                .count();
            total += tile.state.z.len();
        }
    }
    let agreement = same as f64 / total as f64;
    println!("worked example: spike agreement golden vs float graph {agreement:.4}");
    // Measured 0.93: in 64 strongly recurrent neurons a spike flipped by rounding changes the
    // spikes of later steps (the fixture tests bound the golden-vs-float agreement; this one
    // checks the shipped file maps onto the tile the same way).
    assert!(agreement >= 0.9, "{agreement}");
    let mut host = host_for(&cfg, &tile, false);
    let sum = cosim::run(&mut host, &mut tile.clone(), &samples, |_| {}).unwrap();
    assert!(sum.mismatch.is_none(), "{}", sum.mismatch.unwrap());
    assert_eq!(sum.steps, 5 * 140);
}
