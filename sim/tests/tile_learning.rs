//! The learning unit in RTL equals the golden model: online training from the same initial
//! parameters on SHD-format samples, compared after every step (trace entries written, psi,
//! zeta, errors, modulated signals, LFSR, every parameter that could change, cycles) and all
//! parameters after every sample; and the judge can fail (LFSR seed, one ROM entry).

mod tile_support;

use golden::config::Config;
use golden::fixed::Tile;
use golden::task::Sample;
use sim::cosim;
use sim::host::Host;
use sim::link::RtlLink;
use sim::verilator::Build;
use tile_support::*;

/// Train on `n` short SHD-format samples on both sides; 0 mismatches, cycles equal.
fn learns_like_golden(cfg: &Config, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(cfg, n, 11, dir.path());
    let tile = Tile::new(cfg).unwrap();
    let mut host = host_for(cfg, &tile, false);
    let mut gold = tile.clone();
    let sum = cosim::run_learning(&mut host, &mut gold, &data, |_| {}).unwrap();
    assert!(sum.mismatch.is_none(), "{}", sum.mismatch.unwrap());
    assert_eq!(sum.samples, n);
    assert!(gold.params != tile.params, "training changed nothing");
    // A full read-back after training equals the golden model's parameters.
    assert_eq!(host.read_params().unwrap(), gold.params);
    println!(
        "{} hidden, {:?}, recurrent {}: {} samples, {} steps, cycles/step {:.0}, work-bound ratio {:.3}",
        cfg.network.hidden,
        cfg.network.delay_mode,
        cfg.network.recurrent,
        sum.samples,
        sum.steps,
        sum.step_cycles as f64 / sum.steps as f64,
        sum.step_cycles as f64 / sum.work_bound as f64
    );
}

/// The reference configuration with shorter samples (`steps` steps of 10 ms) and random initial
/// delays (with every path at mid-range, nothing would reach the hidden layer in so few steps).
fn reference_short(network: &[(&str, &str)], steps: usize) -> Config {
    let mut cfg = reference_with(network);
    cfg.data.max_time_s = steps as f64 * cfg.data.dt_ms / 1000.0;
    cfg.init.delays = golden::config::DelayInit::Random;
    cfg
}

#[test]
fn reference_configuration_learns_like_golden() {
    learns_like_golden(&reference_short(&[], 8), 100);
}

/// A delay mode, feedforward and recurrent, at 32 hidden neurons (the mode, not the size, changes
/// the learning unit's work). One test per mode, so that the harness runs them side by side.
fn delay_mode_learns_like_golden(mode: &str) {
    for rec in ["false", "true"] {
        let cfg = reference_short(
            &[("hidden", "32"), ("delay_mode", mode), ("recurrent", rec)],
            12,
        );
        learns_like_golden(&cfg, 100);
    }
}

#[test]
fn delay_mode_none_learns_like_golden() {
    delay_mode_learns_like_golden("\"none\"");
}

#[test]
fn delay_mode_axonal_learns_like_golden() {
    delay_mode_learns_like_golden("\"axonal\"");
}

#[test]
fn delay_mode_synaptic_learns_like_golden() {
    delay_mode_learns_like_golden("\"synaptic\"");
}

#[test]
fn delay_mode_both_learns_like_golden() {
    delay_mode_learns_like_golden("\"both\"");
}

/// Learning on L lanes (SYN's lanes; the learning passes read and write each neuron's row in its
/// bank) in every delay mode, feedforward and recurrent, with the last group partly empty.
fn learns_like_golden_on_lanes(lanes: u32, mode: &str, rec: &str) {
    let mut cfg = reference_short(
        &[("hidden", "36"), ("delay_mode", mode), ("recurrent", rec)],
        12,
    );
    cfg.hardware.lanes = lanes;
    cfg.validate().unwrap();
    learns_like_golden(&cfg, 40);
}

#[test]
fn lanes_2_both_recurrent_and_4_synaptic_feedforward_learn_like_golden() {
    learns_like_golden_on_lanes(2, "\"both\"", "true");
    learns_like_golden_on_lanes(4, "\"synaptic\"", "false");
}

#[test]
fn lanes_8_axonal_recurrent_and_none_feedforward_learn_like_golden() {
    learns_like_golden_on_lanes(8, "\"axonal\"", "true");
    learns_like_golden_on_lanes(8, "\"none\"", "false");
}

#[test]
fn lanes_16_both_feedforward_learn_like_golden() {
    learns_like_golden_on_lanes(16, "\"both\"", "false");
}

/// First (sample, step) at which `field(state)` differs between two golden tiles trained on the
/// same data, and whether anything compared before it differed earlier.
fn first_difference(
    a: &mut Tile,
    b: &mut Tile,
    data: &[Sample],
    differs: impl Fn(&Tile, &Tile) -> bool,
) -> (usize, usize) {
    for (n, s) in data.iter().enumerate() {
        a.reset_state();
        b.reset_state();
        for (t, x) in s.steps.iter().enumerate() {
            a.step(x, Some(s.label));
            b.step(x, Some(s.label));
            if differs(a, b) {
                return (n, t);
            }
        }
    }
    panic!("the change never matters");
}

fn small() -> Config {
    reference_short(&[("hidden", "16")], 20)
}

#[test]
fn a_flipped_lfsr_seed_is_caught_at_the_first_draw() {
    let cfg = small();
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(&cfg, 10, 4, dir.path());
    let tile = Tile::new(&cfg).unwrap();
    let mut host = host_for(&cfg, &tile, false);
    // One bit of one stream (not stream 0, so the stream index is checked too).
    let mut flipped = tile.state.lfsr;
    flipped.0[5] ^= 1;
    host.write_lfsr(&flipped).unwrap();
    // Independent expectation: the golden model with the other seed draws differently from its
    // first draw on; nothing compared before the LFSR in a step depends on this step's draws.
    let mut other = tile.clone();
    other.state.lfsr = flipped;
    let (sample, step) = first_difference(&mut tile.clone(), &mut other, &data, |a, b| {
        a.state.lfsr != b.state.lfsr
    });
    let sum = cosim::run_learning(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
    let m = sum.mismatch.expect("a different seed must be caught");
    assert_eq!(
        (m.sample, m.step, m.unit, m.field.as_str()),
        (sample, Some(step), "learning", "lfsr[5]"),
        "{m}"
    );
}

#[test]
fn a_changed_psi_rom_entry_is_caught_at_its_first_use() {
    let cfg = small();
    let dir = tempfile::tempdir().unwrap();
    let data = shd_samples(&cfg, 10, 5, dir.path());
    let tile = Tile::new(&cfg).unwrap();
    // The ROM entry just below the threshold, the most used one, changed in the RTL only.
    let mut f = tile.f.clone();
    let i = f.psi_rom.len() / 2 - 1;
    f.psi_rom[i] += 1;
    let v = hdl::generate::verilog_with_formats(&cfg, &f).unwrap();
    let model = Build::new().load(&v).unwrap();
    let mut host = Host::new(RtlLink::new(model.rtl().unwrap()), &cfg);
    host.load_params(&tile.params).unwrap();
    host.configure_learning(&cfg, &tile.f).unwrap();
    host.write_lfsr(&tile.state.lfsr).unwrap();
    let mut other = tile.clone();
    other.f = f;
    let (sample, step) = first_difference(&mut tile.clone(), &mut other, &data, |a, b| {
        a.state.psi != b.state.psi
    });
    let j = {
        let mut a = tile.clone();
        let mut b = other.clone();
        for s in &data[..sample] {
            a.run_sample(&s.steps, s.label, true);
            b.run_sample(&s.steps, s.label, true);
        }
        a.reset_state();
        b.reset_state();
        for x in &data[sample].steps[..=step] {
            a.step(x, Some(data[sample].label));
            b.step(x, Some(data[sample].label));
        }
        (0..cfg.network.hidden)
            .find(|&j| a.state.psi[j] != b.state.psi[j])
            .unwrap()
    };
    let sum = cosim::run_learning(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
    let m = sum.mismatch.expect("a changed ROM entry must be caught");
    assert_eq!(
        (m.sample, m.step, m.unit, m.field.clone()),
        (sample, Some(step), "lif", format!("psi[{j}]")),
        "{m}"
    );
}
