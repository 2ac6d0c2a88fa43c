//! One output lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "The step
//! schedule"): OUT walks the outputs in groups of L consecutive ones, and lane `index` sums the
//! readout input of the group's output `first + index`. The readout weights are kept in L skewed
//! banks (`bank.rs`, `golden::memory::host_index`): at spiking neuron j the group's L weights lie
//! in L different banks at one address, and the tile rotates the banks' words so that this lane
//! gets its output's (`weight`). Each spiking neuron's token reaches every lane at once and the
//! lane adds its readout weight, in the spike list's order, so its sum is the golden model's
//! (`fixed::readout`) bit for bit. The group's close token then moves the sum to the lane's
//! hold register and zeroes it for the next group; the group's update tokens read lane 0's
//! hold, and the holds move down one lane (`shift`), while the lanes sum the next group.
//!
//! ```text
//!                 +----------------------------------------------------------+
//!   weight ------>| stage 2: sum += weight (sign-extended; rotated from its  |
//!   s2_valid ---->|   bank by the tile)                                      |
//!   first ------->|   if live: first + index < O                             |
//!   close ------->| close: hold <= sum, sum <= 0 (the load wins over a shift)|--> acc = hold
//!   shift, clear >| shift: hold <= acc_in (lane index + 1's); clear: sum <= 0 |
//!   acc_in ------>|                                                          |
//!                 +----------------------------------------------------------+
//! ```

use crate::narrow::Narrow;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct OutLane {
    pub clock: Signal<In, Clock>,
    pub weight: Signal<In, Bits<64>>,
    pub s2_valid: Signal<In, Bit>,
    pub first: Signal<In, Bits<32>>,
    pub shift: Signal<In, Bit>,
    pub close: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub acc_in: Signal<In, Bits<64>>,
    pub acc: Signal<Out, Bits<64>>,
    sum: DFF<Bits<64>>,
    sum_n: Narrow<64>,
    /// The closed group's sum, read by the update token (lane 0's) and moved down a lane after.
    hold: DFF<Bits<64>>,
    hold_n: Narrow<64>,
    live: Signal<Local, Bit>,
    index: Constant<Bits<8>>,
    /// O: a lane whose output `first + index` is not below it is past the last output.
    count: Constant<Bits<32>>,
    /// The weight sign-extended from its bank bits (wiring; `(w ^ s) - s` was a carry chain).
    w_n: Narrow<64>,
}

impl OutLane {
    /// Lane `index` of a tile with `outputs` outputs, weights of `weight_bits`, summing in
    /// `acc_bits`.
    pub fn new(index: u32, outputs: u32, weight_bits: u32, acc_bits: u32) -> OutLane {
        OutLane {
            clock: Default::default(),
            weight: Default::default(),
            s2_valid: Default::default(),
            first: Default::default(),
            count: Constant::new((outputs as u64).to_bits()),
            shift: Default::default(),
            close: Default::default(),
            clear: Default::default(),
            acc_in: Default::default(),
            acc: Default::default(),
            sum: Default::default(),
            sum_n: Narrow::signed(acc_bits),
            hold: Default::default(),
            hold_n: Narrow::signed(acc_bits),
            live: Default::default(),
            index: Constant::new((index as u64).to_bits()),
            w_n: Narrow::signed(weight_bits),
        }
    }
}

impl Logic for OutLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sum, hold);
        // Stage 2: add this lane's weight of the spiking neuron (none past the last output); or
        // close the group (the sum to the hold, zeroed); or clear. The holds pass down a lane
        // for each update token (lane 0's is read); a close at the same edge wins.
        self.live.next =
            (self.first.val() + bit_cast::<32, 8>(self.index.val())) < self.count.val();
        self.sum_n.x.next = self.sum.q.val();
        self.hold_n.x.next = self.hold.q.val();
        self.acc.next = self.hold_n.y.val();
        self.w_n.x.next = self.weight.val();
        if self.clear.val() | self.close.val() {
            self.sum.d.next = 0.into();
        } else if self.s2_valid.val() & self.live.val() {
            self.sum.d.next = self.sum_n.y.val() + self.w_n.y.val();
        }
        if self.close.val() {
            self.hold.d.next = self.sum_n.y.val();
        } else if self.shift.val() {
            self.hold.d.next = self.acc_in.val();
        }
    }
}
