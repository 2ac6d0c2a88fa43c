//! The spike list (hdl `spike_list.rs`, `MemoryId::SpikeList`): the step's spiking hidden
//! neurons, ascending. SYN's L LIF lanes update a group of L consecutive neurons at once, so a
//! group's spikes join the list together, in lane order; entry p lies in bank `p mod L` at row
//! `p div L` (`memory::MemoryId::source_banked`).

/// Appends the group's spiking neurons: `first + k` for each bit k set in `spikes`, ascending.
pub fn append(list: &mut Vec<u32>, first: u32, spikes: u64) {
    list.extend(
        (0..64)
            .filter(|k| (spikes >> k) & 1 == 1)
            .map(|k| first + k),
    );
}
