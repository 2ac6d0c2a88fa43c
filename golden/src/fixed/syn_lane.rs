//! One synapse lane (hdl `syn_lane.rs`; ALGORITHM.md §11, `hardware.lanes`): the input current
//! of one hidden neuron in a step, `I_j = sum_s W_js H_s[n_js]`, summed over the step's active
//! sources in their (ascending) order, as the lane sums it. Sources that are not active have no
//! spike at any tap, so this is the tile's current (`tile.rs` sums all sources, densely or by
//! tap); the order matters to no value (integers), only to the lane's schedule. With the event
//! pass the lane instead adds each spike into the buffer slot of the step it arrives in
//! (`lane_events`).

/// The current of neuron j from its row of weights and integer taps (`S` entries each), the
/// history words after this step's push and the active sources.
pub fn lane_current(active: &[u32], weights: &[i32], taps: &[u8], hist: &[u64]) -> i64 {
    active
        .iter()
        .map(|&s| {
            let s = s as usize;
            weights[s] as i64 * ((hist[s] >> taps[s]) & 1) as i64
        })
        .sum()
}

/// The event pass of one lane (hdl `syn_lane.rs`, ALGORITHM.md §2): neuron j's D buffer slots
/// `slots` (slot m for the steps `t' mod D = m`) after step t's events (the sources spiking
/// now, in list order): each adds `W_js` at slot `(t + n_js) mod D`; then the collect takes the
/// slot of step t as the current and empties it.
pub fn lane_events(
    slots: &mut [i64],
    events: &[u32],
    weights: &[i32],
    taps: &[u8],
    t: usize,
) -> i64 {
    // D is a power of two (`network.max_delay`): the slot is a mask, not a division.
    let mask = slots.len() - 1;
    debug_assert!(slots.len().is_power_of_two());
    for &s in events {
        let s = s as usize;
        slots[(t + taps[s] as usize) & mask] += weights[s] as i64;
    }
    std::mem::take(&mut slots[t & mask])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::fixed::Tile;
    use crate::fixed::lif::lif_update;
    use crate::rng::SplitMix64;

    /// The lane's current is the one the tile's LIF integrates: after every step of random
    /// input, each membrane equals the LIF of the previous one and `lane_current`.
    #[test]
    fn the_lane_current_is_the_tiles() {
        let cfg = Config::from_toml_str(
            "[network]\ninputs = 20\nhidden = 9\noutputs = 3\ndelay_mode = \"both\"\n\
             max_delay = 16\n[init]\ndelays = \"random\"\ninput_scale = 6.0\n\
             [hardware]\nevent_pass = false\n",
            "test",
        )
        .unwrap();
        let mut tile = Tile::new(&cfg).unwrap();
        let mut rng = SplitMix64::new(5);
        let (s_n, h) = (cfg.sources(), cfg.network.hidden);
        let mut nonzero = 0;
        for _ in 0..60 {
            let v_before = tile.state.v.clone();
            let inputs: Vec<u16> = (0..cfg.network.inputs as u16)
                .filter(|_| rng.below(4) == 0)
                .collect();
            tile.step(&inputs, None);
            let taps = tile.taps().to_vec();
            let st = &tile.state;
            for j in 0..h {
                let row = j * s_n..(j + 1) * s_n;
                let i = lane_current(
                    &st.active_sources,
                    &tile.params.w[row.clone()],
                    &taps[row],
                    &st.delay.hist,
                );
                nonzero += (i != 0) as usize;
                let out = lif_update(v_before[j], i, cfg.network.reset, &tile.f);
                assert_eq!(out.v, st.v[j], "neuron {j}");
                assert_eq!(out.spike, st.z[j], "neuron {j}");
            }
        }
        assert!(nonzero > 100, "the check saw currents ({nonzero})");
    }
}
