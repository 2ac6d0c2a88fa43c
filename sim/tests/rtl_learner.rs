//! The RTL as a learner on its own (`sim::learner`): the golden model's training loop for the
//! timing task (`golden::experiment::train_timing`) drives the verilated tile through the host
//! interface only, nothing compared along the way. Its test accuracy and its parameters at the
//! end must equal a golden run of the same variant and seed. A shortened schedule (24 hidden, 2
//! epochs) with the rates annealed after the first epoch, so that the host's rewrite of the
//! shift registers is exercised; `delaytile timing --rtl` runs the task itself.

mod tile_support;

use golden::config::Config;
use golden::experiment::{Arith, TIMING_SAMPLES, Variant, run_timing, timing_config, train_timing};
use golden::fixed::Tile;
use sim::learner::RtlLearner;
use sim::link::RtlLink;
use tile_support::host_for;

fn short_timing() -> Config {
    let mut cfg = timing_config();
    cfg.network.hidden = 24;
    cfg.train.epochs = 2;
    cfg.train.anneal_every = 1;
    cfg.validate().unwrap();
    cfg
}

fn rtl_learns_like_golden(variant: Variant) {
    let base = short_timing();
    let seed = 2;
    let gold = run_timing(&base, variant, Arith::Fixed, seed, false);
    let make = |t: &Tile| Ok::<_, ()>(RtlLearner::<RtlLink>::new(host_for(&t.cfg, t, false)));
    let (acc, mut rtl) = train_timing(&base, variant, seed, false, make).unwrap();
    assert!(rtl.error().is_none(), "{}", rtl.error().unwrap());
    assert_eq!(acc, gold.test_accuracy, "test accuracy");
    let learned = rtl.params().unwrap();
    let initial = Tile::new(&golden::experiment::timing_variant(&base, variant, seed))
        .unwrap()
        .params;
    assert_ne!(learned, initial, "the RTL learned nothing");
    assert_eq!(Some(learned), gold.fixed_params, "learned parameters");
    // Every training sample of both epochs and every test sample ran on the RTL, 80 steps each.
    let samples = (2 + 1) * TIMING_SAMPLES as u64;
    assert_eq!(rtl.steps, samples * 80);
    println!(
        "{}: test accuracy {acc:?}, {} RTL cycles",
        variant.name(),
        rtl.cycles
    );
}

#[test]
fn the_rtl_learns_with_delays_exactly_as_the_golden_model() {
    rtl_learns_like_golden(Variant::Both);
}

#[test]
fn the_rtl_learns_weights_only_exactly_as_the_golden_model() {
    rtl_learns_like_golden(Variant::WeightsOnly);
}

/// Issue 19's schedule (rates -14 halving every epoch) on a tiny network: from the epoch at
/// which `lr_u_log2` reaches the lowest value the widths allow, the RTL learner keeps it there
/// (its shift register holds the floored shift) and learns exactly what the golden model learns
/// with the same floored schedule.
#[test]
fn the_rtl_learner_keeps_annealed_rates_at_their_floor_like_the_golden_model() {
    use golden::memory::{pack_shifts, reg};
    use golden::rng::SplitMix64;
    use golden::train::{Model, Schedule, train_epoch};

    let mut cfg = tile_support::reference_with(&[("hidden", "8"), ("max_delay", "8")]);
    cfg.learning.lr_w_log2 = -14;
    cfg.learning.lr_u_log2 = -14;
    cfg.train.anneal_every = 1;
    cfg.data.max_time_s = 0.3;
    cfg.validate().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = tile_support::shd_samples(&cfg, 6, 5, dir.path());
    let mut gold = Tile::new(&cfg).unwrap();
    let schedule = Schedule::of_tile(&gold);
    let mut rtl = RtlLearner::<RtlLink>::new(host_for(&cfg, &gold, false));
    let (mut order_g, mut order_r) = (SplitMix64::new(3), SplitMix64::new(3));
    let mut floored_epochs = 0;
    for e in 0..5 {
        let rates = schedule.epoch(e);
        floored_epochs += usize::from(!rates.floored.is_empty());
        Model::set_learning(&mut gold, &rates);
        rtl.set_learning(&rates);
        assert!(rtl.error().is_none(), "{}", rtl.error().unwrap());
        let shifts = rtl.host.read_register(reg::SHIFTS).unwrap();
        assert_eq!(
            shifts,
            pack_shifts(&rates.formats),
            "epoch {e}: shift registers"
        );
        train_epoch(&mut gold, &data, cfg.network.outputs, &mut order_g);
        train_epoch(&mut rtl, &data, cfg.network.outputs, &mut order_r);
        assert!(rtl.error().is_none(), "{}", rtl.error().unwrap());
        assert_eq!(
            rtl.params().unwrap(),
            gold.params,
            "epoch {e}: learned parameters"
        );
    }
    assert!(floored_epochs >= 2, "the schedule never reached the floor");
}
