//! One history lane (hdl `hist_lane.rs`; ALGORITHM.md §11, `hardware.lanes`): the lane of
//! sources `s mod L = lane` pushes each source's new spike into its history word (`delay_fifo`)
//! and lists the sources that can deliver a spike this step, ascending, in its own list.

/// Whether a source can deliver a spike this step, from its history word after the push: with
/// synaptic delays any spike in the word (each synapse has its own tap), otherwise the spike at
/// the source's shared tap.
pub fn delivers(word: u64, tap: usize, synaptic: bool) -> bool {
    if synaptic {
        word != 0
    } else {
        (word >> tap) & 1 == 1
    }
}

/// Lane `lane`'s list of a step's active sources (`active` ascending): its own, ascending.
pub fn lane_list(active: &[u32], lane: u32, lanes: u32) -> Vec<u32> {
    active
        .iter()
        .copied()
        .filter(|s| s % lanes == lane)
        .collect()
}
