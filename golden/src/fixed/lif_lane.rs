//! One LIF lane (hdl `lif_lane.rs`; ALGORITHM.md §11, `hardware.lanes`): a SYN group's close
//! token updates every lane's neuron at once: its LIF (`lif::lif_update`) from the current its
//! synapse lane summed, and its readout trace zeta (`readout`'s rule) with the spike.

use super::lif::{LifOut, lif_update};
use super::readout::Readout;
use crate::config::Reset;
use crate::format::Formats;

/// One neuron's update from its membrane `v`, readout trace `zeta` and input `current`: the
/// LIF's output and the new readout trace.
pub fn lane_update(v: i32, zeta: i32, current: i64, reset: Reset, f: &Formats) -> (LifOut, i32) {
    let out = lif_update(v, current, reset, f);
    let mut trace = Readout::new(0, 1);
    trace.zeta[0] = zeta;
    let spikes: &[u32] = if out.spike { &[0] } else { &[] };
    trace.step(&[], &[], spikes, f);
    (out, trace.zeta[0])
}
