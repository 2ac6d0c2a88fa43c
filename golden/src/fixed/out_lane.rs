//! One output lane (hdl `out_lane.rs`; ALGORITHM.md §11, `hardware.lanes`): the summed readout
//! input of one output, `sum_j U_kj z_j` over the step's spike list, as the lane sums it; the
//! readout (`readout.rs`) adds the bias and integrates it.

/// The readout input of output k from its row of readout weights (`H` entries) and the spike
/// list.
pub fn lane_input(spikes: &[u32], row: &[i32]) -> i64 {
    spikes.iter().map(|&j| row[j as usize] as i64).sum()
}
