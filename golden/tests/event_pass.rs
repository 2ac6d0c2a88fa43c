//! The event pass (`hardware.event_pass`, ALGORITHM.md §2) against the tap pass, two independent
//! forms of the forward step: without learning they must agree on every state value, and the
//! current buffer must hold exactly what the spike history says is still on its way.

use golden::config::{Config, DelayMode};
use golden::fixed::Tile;
use golden::rng::SplitMix64;
use proptest::prelude::*;

fn config(mode: DelayMode, recurrent: bool, lanes: u32, d: usize, event_pass: bool) -> Config {
    let mode = match mode {
        DelayMode::None => "none",
        DelayMode::Axonal => "axonal",
        DelayMode::Synaptic => "synaptic",
        DelayMode::Both => "both",
    };
    Config::from_toml_str(
        &format!(
            "[network]\ninputs = 13\nhidden = 11\noutputs = 4\ndelay_mode = \"{mode}\"\n\
             recurrent = {recurrent}\nmax_delay = {d}\n[init]\ndelays = \"random\"\n\
             input_scale = 6.0\n[hardware]\nlanes = {lanes}\nevent_pass = {event_pass}\n"
        ),
        "event_pass.rs",
    )
    .unwrap()
}

fn inputs(rng: &mut SplitMix64, n: usize, one_in: u64) -> Vec<u16> {
    (0..n as u16).filter(|_| rng.below(one_in) == 0).collect()
}

/// What the spikes of the history still owe neuron j in step `u` (t < u < t + D), recomputed
/// from the history words after step t: each source s whose spike at step `u - n_js` lies at or
/// before t (bit `t - (u - n_js)` of its word) adds W_js.
fn owed(tile: &mut Tile, j: usize, u: usize) -> i64 {
    let (s_n, t) = (tile.cfg.sources(), tile.state.t - 1);
    let taps = tile.taps().to_vec();
    (0..s_n)
        .filter(|&s| {
            let arrival_from = u as i64 - taps[j * s_n + s] as i64;
            arrival_from <= t as i64
                && arrival_from >= 0
                && (tile.state.delay.hist[s] >> (t as i64 - arrival_from)) & 1 == 1
        })
        .map(|s| tile.params.w[j * s_n + s] as i64)
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Without learning, a tile with the event pass computes what one with the tap pass does,
    /// step by step (membranes, spikes, readout, prediction), and its buffer holds exactly the
    /// contributions still on their way; the slot of the step just run is empty.
    #[test]
    fn the_event_pass_is_the_tap_pass_without_learning(
        mode in prop::sample::select(vec![
            DelayMode::None, DelayMode::Axonal, DelayMode::Synaptic, DelayMode::Both,
        ]),
        recurrent: bool,
        lanes in prop::sample::select(vec![1u32, 2, 4, 8]),
        d in prop::sample::select(vec![8usize, 16, 32]),
        seed in 0u64..1000,
    ) {
        let mut taps = Tile::new(&config(mode, recurrent, lanes, d, false)).unwrap();
        let mut events = Tile::new(&config(mode, recurrent, lanes, d, true)).unwrap();
        prop_assert_eq!(&taps.params, &events.params);
        let mut rng = SplitMix64::new(seed);
        let (h, n_in) = (events.cfg.network.hidden, events.cfg.network.inputs);
        let mut delivered = 0;
        for sample in 0..2 {
            taps.reset_state();
            events.reset_state();
            for t in 0..3 * d {
                let x = inputs(&mut rng, n_in, 3);
                taps.step(&x, None);
                events.step(&x, None);
                let (a, b) = (&taps.state, &events.state);
                prop_assert_eq!(&a.v, &b.v, "membranes, sample {} step {}", sample, t);
                prop_assert_eq!(&a.z, &b.z, "spikes, sample {} step {}", sample, t);
                prop_assert_eq!(&a.readout, &b.readout, "readout, sample {} step {}", sample, t);
                prop_assert_eq!(&a.spike_list, &b.spike_list);
                prop_assert!(b.event_step && !a.event_step);
                // The event list: the sources spiking now, ascending.
                let now: Vec<u32> = (0..events.cfg.sources() as u32)
                    .filter(|&s| b.delay.hist[s as usize] & 1 == 1)
                    .collect();
                prop_assert_eq!(&b.active_sources, &now);
                let buffer = b.buffer.clone();
                for j in 0..h {
                    prop_assert_eq!(buffer[j * d + t % d], 0, "slot of step {}", t);
                    for u in t + 1..t + d {
                        let want = owed(&mut events, j, u);
                        delivered += (want != 0) as usize;
                        prop_assert_eq!(
                            buffer[j * d + u % d], want,
                            "neuron {} step {} slot of step {}", j, t, u
                        );
                    }
                }
            }
        }
        // The check saw contributions in flight (with delays; without them none wait).
        prop_assert!(mode == DelayMode::None || delivered > 0, "nothing was in flight");
    }
}

/// A learning sample runs the tap pass (its taps move) and leaves the buffer alone; CLEAR
/// empties it, so the next sample's event pass starts from nothing and again matches the tap
/// pass of a tile that never had a buffer.
#[test]
fn learning_steps_take_the_tap_pass_and_clear_empties_the_buffer() {
    let mut taps = Tile::new(&config(DelayMode::Both, true, 2, 8, false)).unwrap();
    let mut events = Tile::new(&config(DelayMode::Both, true, 2, 8, true)).unwrap();
    let mut rng = SplitMix64::new(7);
    // Fill the buffer, then learn a sample on both (same parameters after it).
    for t in 0..5 {
        let x = inputs(&mut rng, 13, 2);
        events.step(&x, None);
        taps.step(&x, None);
        assert!(events.state.event_step, "step {t}");
    }
    assert!(
        events.state.buffer.iter().any(|&x| x != 0),
        "the buffer filled"
    );
    let steps: Vec<Vec<u16>> = (0..20).map(|_| inputs(&mut rng, 13, 2)).collect();
    let held = events.state.buffer.clone();
    events.reset_state();
    taps.reset_state();
    for x in &steps {
        events.step(x, Some(1));
        taps.step(x, Some(1));
        assert!(!events.state.event_step);
        assert_eq!(
            events.state.buffer,
            vec![0; 11 * 8],
            "a learning step left the buffer"
        );
        assert_eq!(events.state.v, taps.state.v);
    }
    assert_ne!(held, events.state.buffer);
    assert_eq!(events.params, taps.params, "both learned the same");
    events.reset_state();
    taps.reset_state();
    for _ in 0..30 {
        let x = inputs(&mut rng, 13, 2);
        events.step(&x, None);
        taps.step(&x, None);
        assert_eq!(events.state.v, taps.state.v);
        assert_eq!(events.state.readout, taps.state.readout);
    }
}
