//! Property: for random small configurations (sizes, delay mode, D, bit widths, decays, reset,
//! synapse lanes, the event pass or the tap pass) and random parameters over each memory's full range (so saturation is
//! exercised), the verilated tile equals the golden model at every step, cycle counts included.

mod tile_support;

use golden::config::Config;
use golden::fixed::Tile;
use golden::format::Formats;
use golden::rng::SplitMix64;
use golden::task::Sample;
use proptest::prelude::*;
use sim::cosim;
use tile_support::host_for;

#[derive(Debug, Clone)]
struct Case {
    inputs: usize,
    hidden: usize,
    outputs: usize,
    recurrent: bool,
    mode: &'static str,
    max_delay: usize,
    reset_zero: bool,
    alpha: f64,
    kappa: f64,
    weight_bits: u32,
    weight_frac: u32,
    membrane_bits: u32,
    membrane_extra_frac: u32,
    readout_bits: u32,
    delay_frac: u32,
    density: f64,
    lanes: u32,
    event_pass: bool,
    seed: u64,
}

fn case() -> impl Strategy<Value = Case> {
    (
        (1usize..9, 1usize..7, 2usize..5, any::<bool>()),
        (
            prop::sample::select(vec!["none", "axonal", "synaptic", "both"]),
            prop::sample::select(vec![4usize, 8, 16, 64]),
            any::<bool>(),
        ),
        (0.05f64..0.95, 0.0f64..0.95),
        (3u32..11, 0u32..3, 8u32..25, 0u32..4, 8u32..25, 0u32..5),
        (
            0.05f64..0.7,
            prop::sample::select(vec![1u32, 2, 4, 8, 16]),
            any::<bool>(),
            any::<u64>(),
        ),
    )
        .prop_map(
            |((i, h, o, r), (m, d, z), (a, k), (wb, wf, mb, mf, rb, df), (p, l, e, s))| Case {
                inputs: i,
                hidden: h,
                outputs: o,
                recurrent: r,
                mode: m,
                max_delay: d,
                reset_zero: z,
                alpha: a,
                kappa: k,
                weight_bits: wb,
                weight_frac: wf.min(wb - 1),
                membrane_bits: mb,
                membrane_extra_frac: mf,
                readout_bits: rb,
                delay_frac: df,
                density: p,
                lanes: l,
                event_pass: e,
                seed: s,
            },
        )
}

fn config(c: &Case) -> Option<Config> {
    let mf = (c.weight_frac + c.membrane_extra_frac).min(c.membrane_bits - 2);
    let rf = c.weight_frac.max(3).min(c.readout_bits - 2);
    let text = format!(
        "[network]\ninputs = {}\nhidden = {}\noutputs = {}\nrecurrent = {}\n\
         delay_mode = \"{}\"\nmax_delay = {}\nreset = \"{}\"\n\
         [neuron]\nalpha = {}\nkappa = {}\n\
         [surrogate]\nkernel_radius = 1\n\
         [widths]\nweight_bits = {}\nweight_frac = {}\nmembrane_bits = {}\nmembrane_frac = {}\n\
         readout_bits = {}\nreadout_frac = {}\ndelay_frac = {}\n\
         [data]\ndt_ms = 10.0\nmax_time_s = 0.3\npool = 100\n[hardware]\nlanes = {}\nevent_pass = {}\n",
        c.inputs,
        c.hidden,
        c.outputs,
        c.recurrent,
        c.mode,
        c.max_delay,
        if c.reset_zero { "zero" } else { "subtract" },
        c.alpha,
        c.kappa,
        c.weight_bits,
        c.weight_frac,
        c.membrane_bits,
        mf,
        c.readout_bits,
        rf,
        c.delay_frac,
        c.lanes,
        c.event_pass,
    );
    Config::from_toml_str(&text, "proptest").ok()
}

/// Parameters drawn uniformly over each memory's whole range.
fn random_tile(cfg: &Config, rng: &mut SplitMix64) -> Tile {
    let f = Formats::new(cfg).unwrap();
    let mut tile = Tile::new(cfg).unwrap();
    let mut draw = |lo: i32, hi: i32| lo + rng.below((hi - lo + 1) as u64) as i32;
    let mut p = tile.params.clone();
    p.w.iter_mut().for_each(|x| *x = draw(f.w_min, f.w_max));
    p.u.iter_mut().for_each(|x| *x = draw(f.w_min, f.w_max));
    p.b.iter_mut().for_each(|x| *x = draw(f.w_min, f.w_max));
    p.d.iter_mut().for_each(|x| *x = draw(0, f.delay_max));
    p.a.iter_mut().for_each(|x| *x = draw(0, f.delay_max));
    tile.set_params(p).unwrap();
    tile
}

fn inputs(cfg: &Config, density: f64, rng: &mut SplitMix64) -> Vec<Sample> {
    (0..3)
        .map(|n| Sample {
            steps: (0..30)
                .map(|_| {
                    (0..cfg.network.inputs as u16)
                        .filter(|_| rng.next_f64() < density)
                        .collect()
                })
                .collect(),
            label: n % cfg.network.outputs,
        })
        .collect()
}

/// One case: the verilated tile equals the golden model at all 90 steps.
fn agrees(c: Case) -> Result<(), TestCaseError> {
    let cfg = config(&c);
    prop_assume!(cfg.is_some());
    let cfg = cfg.unwrap();
    let mut rng = SplitMix64::new(c.seed);
    let tile = random_tile(&cfg, &mut rng);
    let data = inputs(&cfg, c.density, &mut rng);
    let mut host = host_for(&cfg, &tile, false);
    let sum = cosim::run(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
    prop_assert!(sum.mismatch.is_none(), "{:?}: {}", c, sum.mismatch.unwrap());
    prop_assert_eq!(sum.steps, 90);
    Ok(())
}

// Twelve random tiles a run, as two tests of six (independent draws): each case verilates its
// own tile, and two tests let the harness build and run them on both cores.
proptest! {
    #![proptest_config(ProptestConfig {
        cases: 6,
        max_shrink_iters: 8,
        ..ProptestConfig::default()
    })]

    #[test]
    fn rtl_equals_golden_on_random_tiles(c in case()) {
        agrees(c)?;
    }

    #[test]
    fn rtl_equals_golden_on_more_random_tiles(c in case()) {
        agrees(c)?;
    }
}
