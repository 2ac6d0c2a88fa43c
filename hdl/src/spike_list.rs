//! The spike list (`hardware.lanes = L`; golden `fixed::spike_list`, `MemoryId::SpikeList`): the
//! step's spiking hidden neurons in ascending order, which OUT walks one per cycle. The L LIF
//! lanes (`lif_lane.rs`) update a group of L neurons at once, so up to L neurons join the list
//! in one cycle: entry p lies in bank `p mod L` at row `p div L`, and the group's spikes fill
//! the L positions from `count` on, each in its own bank. Lane k's neuron takes position
//! `count + (spikes below k)`; so bank b writes the neuron whose rank is `(b - count) mod L`
//! if that rank is below the group's spike count. OUT and the host read one entry through the
//! banks' chain (`bank.rs`).
//!
//! ```text
//!                  +------------------------------------------------------------+
//!   append ------->| prefix_k = ones(spikes below lane k); total = prefix_L     |
//!   spikes ------->| bank b: rank = (b - count) mod L; if rank < total, write   |
//!   first -------->|   first + k (the lane with a spike and prefix_k = rank) at |
//!   count -------->|   row (count + rank) div L                                 |--> count_next
//!                  | count_next = count + total                                  |
//!   read_address ->| entry read_address (a cycle later, through the chain)     |--> read_data
//!   write_* ------>| the host's write (bank write_address mod L)               |
//!                  +------------------------------------------------------------+
//! ```

use crate::bank::Bank;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SpikeList {
    pub clock: Signal<In, Clock>,
    pub append: Signal<In, Bit>,
    pub spikes: Signal<In, Bits<64>>,
    pub first: Signal<In, Bits<64>>,
    pub count: Signal<In, Bits<32>>,
    pub count_next: Signal<Out, Bits<32>>,
    pub read_address: Signal<In, Bits<32>>,
    pub read_data: Signal<Out, Bits<64>>,
    pub write_address: Signal<In, Bits<32>>,
    pub write_data: Signal<In, Bits<64>>,
    pub write: Signal<In, Bit>,
    banks: Vec<Bank>,
    /// Spikes of the lanes below k (L + 1 of them); bank b's rank, entry and whether it writes.
    prefix: Vec<Signal<Local, Bits<32>>>,
    rank: Vec<Signal<Local, Bits<32>>>,
    pick: Vec<Signal<Local, Bits<64>>>,
    hit: Vec<Signal<Local, Bit>>,
    /// l, as a value, per lane (and as an entry's).
    lane_id: Vec<Constant<Bits<32>>>,
    lane_off: Vec<Constant<Bits<64>>>,
    lane_mask: Constant<Bits<32>>,
    lane_bits: Constant<Bits<32>>,
    _lanes: usize,
    _last_lane: usize,
    _prefixes: usize,
}

impl SpikeList {
    /// The list of `lanes` banks of `entries` rows of `bits` (0 rows: the list is absent).
    pub fn new(lanes: u32, bits: u32, entries: u64) -> SpikeList {
        let n = lanes as usize;
        let c = |x: u64| Constant::new(x.to_bits());
        SpikeList {
            clock: Default::default(),
            append: Default::default(),
            spikes: Default::default(),
            first: Default::default(),
            count: Default::default(),
            count_next: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write: Default::default(),
            banks: (0..lanes).map(|b| Bank::new(b, bits, entries)).collect(),
            prefix: (0..=n).map(|_| Default::default()).collect(),
            rank: (0..n).map(|_| Default::default()).collect(),
            pick: (0..n).map(|_| Default::default()).collect(),
            hit: (0..n).map(|_| Default::default()).collect(),
            lane_id: (0..lanes).map(|l| c(l as u64)).collect(),
            lane_off: (0..lanes)
                .map(|l| Constant::new((l as u64).to_bits()))
                .collect(),
            lane_mask: c(lanes as u64 - 1),
            lane_bits: c(lanes.trailing_zeros() as u64),
            _lanes: n,
            _last_lane: n - 1,
            _prefixes: n + 1,
        }
    }
}

impl Logic for SpikeList {
    #[hdl_gen]
    fn update(&mut self) {
        for k in 0..1 {
            self.prefix[k].next = 0.into();
        }
        for k in 1..self._prefixes {
            if self.spikes.val().get_bit(k - 1) {
                self.prefix[k].next = self.prefix[k - 1].val() + 1;
            } else {
                self.prefix[k].next = self.prefix[k - 1].val();
            }
        }
        for k in self._lanes..self._prefixes {
            self.count_next.next = self.count.val() + self.prefix[k].val();
        }
        for b in 0..self._lanes {
            self.rank[b].next = (self.lane_id[b].val() - self.count.val()) & self.lane_mask.val();
            self.pick[b].next = 0.into();
            for k in 0..self._lanes {
                if self.spikes.val().get_bit(k) & (self.prefix[k].val() == self.rank[b].val()) {
                    self.pick[b].next = self.first.val() + self.lane_off[k].val();
                }
            }
        }
        for k in self._lanes..self._prefixes {
            for b in 0..self._lanes {
                self.hit[b].next = self.rank[b].val() < self.prefix[k].val();
            }
        }
        for b in 0..self._lanes {
            self.banks[b].clock.next = self.clock.val();
            self.banks[b].read_address.next = self.read_address.val() >> self.lane_bits.val();
            self.banks[b].read_bank.next =
                bit_cast::<8, 32>(self.read_address.val() & self.lane_mask.val());
            self.banks[b].write_bank.next =
                bit_cast::<8, 32>(self.write_address.val() & self.lane_mask.val());
            self.banks[b].write.next = self.write.val() & !self.append.val();
            self.banks[b].lane_write.next = self.append.val() & self.hit[b].val();
            if self.append.val() {
                self.banks[b].write_address.next =
                    (self.count.val() + self.rank[b].val()) >> self.lane_bits.val();
                self.banks[b].write_data.next = self.pick[b].val();
            } else {
                self.banks[b].write_address.next = self.write_address.val() >> self.lane_bits.val();
                self.banks[b].write_data.next = self.write_data.val();
            }
        }
        for b in 0..1 {
            self.banks[b].chain_in.next = 0.into();
        }
        for b in 1..self._lanes {
            self.banks[b].chain_in.next = self.banks[b - 1].chain_out.val();
        }
        for b in self._last_lane..self._lanes {
            self.read_data.next = self.banks[b].chain_out.val();
        }
    }
}
