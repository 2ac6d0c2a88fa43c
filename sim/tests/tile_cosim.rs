//! The verilated tile equals the golden model bit for bit, step by step, with the cycle model's
//! cycle counts, on SHD-format samples, for the reference configuration, a feedforward one and
//! every delay mode, with trained parameters loaded through the host interface.

mod tile_support;

use golden::config::Config;
use golden::cycles::step_cycles;
use sim::cosim;
use tile_support::*;

fn agree(network: &[(&str, &str)]) {
    agree_on(reference_with(network), 50);
}

fn agree_on(cfg: Config, n: usize) {
    let network = (
        cfg.network.delay_mode,
        cfg.network.recurrent,
        cfg.hardware.lanes,
    );
    let dir = tempfile::tempdir().unwrap();
    let train = shd_samples(&cfg, 40, 1, dir.path());
    let test = shd_samples(&cfg, n, 2, dir.path());
    let tile = trained_tile(&cfg, &train);
    let mut host = host_for(&cfg, &tile, false);
    let sum = cosim::run(&mut host, &mut tile.clone(), &test, |_| {}).unwrap();
    assert!(
        sum.mismatch.is_none(),
        "{network:?}: {}",
        sum.mismatch.unwrap()
    );
    assert_eq!(sum.samples, n);
    assert_eq!(sum.steps, (n * cfg.data.steps()) as u64);
    // Every step was compared (cycles included); the cycle counts are the cycle model's.
    assert!(sum.step_cycles >= sum.steps * step_cycles(&cfg, Default::default()));
    println!(
        "{network:?}: {} steps, {} values compared, cycles/step {:.0}, work-bound ratio {:.3}",
        sum.steps,
        sum.compared,
        sum.step_cycles as f64 / sum.steps as f64,
        sum.step_cycles as f64 / sum.work_bound as f64
    );
}

#[test]
fn reference_configuration() {
    agree(&[]);
}

#[test]
fn reference_feedforward() {
    agree(&[("recurrent", "false")]);
}

#[test]
fn delay_mode_none() {
    agree(&[("delay_mode", "\"none\"")]);
}

#[test]
fn delay_mode_axonal() {
    agree(&[("delay_mode", "\"axonal\"")]);
}

#[test]
fn delay_mode_synaptic() {
    agree(&[("delay_mode", "\"synaptic\"")]);
}

/// L synapse lanes (`hardware.lanes`), in every delay mode, feedforward and recurrent: the same
/// numbers, fewer cycles (the cycle model's at every step). 128 hidden neurons fill every group;
/// 100 leave the last group of 8 and 16 partly empty (lanes past the last neuron take nothing).
/// Three tests of two builds each, so that the test harness runs them beside each other.
fn lanes_agree(lanes: u32, mode: &str, recurrent: &str, hidden: &str) {
    let mut cfg = reference_with(&[
        ("delay_mode", &format!("\"{mode}\"")),
        ("recurrent", recurrent),
        ("hidden", hidden),
    ]);
    cfg.hardware.lanes = lanes;
    cfg.validate().unwrap();
    agree_on(cfg, 12);
}

#[test]
fn lanes_2_both_recurrent_and_4_synaptic_feedforward() {
    lanes_agree(2, "both", "true", "128");
    lanes_agree(4, "synaptic", "false", "128");
}

#[test]
fn lanes_8_axonal_recurrent_and_16_none_recurrent() {
    lanes_agree(8, "axonal", "true", "100");
    lanes_agree(16, "none", "true", "100");
}

#[test]
fn lanes_8_both_feedforward_and_16_both_recurrent() {
    lanes_agree(8, "both", "false", "100");
    lanes_agree(16, "both", "true", "128");
}
