//! One output lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "The step
//! schedule"): OUT walks the outputs in groups of L consecutive ones, and lane `index` sums the
//! readout input of the group's output `first + index`. It owns that output's bank of the readout
//! weights (outputs `k mod L = index`, row `k div L`; `golden::memory::host_index`). Each
//! spiking neuron's token reaches every lane at once and the lane adds its readout weight, in the
//! spike list's order, so its sum is the golden model's (`fixed::readout`) bit for bit. The
//! output's update token then reads lane 0's sum, and the sums move down one lane (`shift`).
//!
//! ```text
//!                 +----------------------------------------------------------+
//!   read_address >| readout-weight bank [G*H]  (one read address, all lanes) |
//!   s2_valid ---->| stage 2: sum += own weight (sign-extended)               |
//!   first ------->|   if live: first + index < O                             |--> acc
//!   shift, clear >|   shift: sum <= acc_in (lane index + 1's); clear: 0      |
//!   acc_in ------>|                                                          |
//!   write_* ----->| writes land in the bank when write_bank == index         |
//!   read_bank --->| sel <= read_bank; chain_out = chain_in | (own word if    |--> chain_out
//!   chain_in ---->|   sel == index)                                          |
//!                 +----------------------------------------------------------+
//! ```

use crate::narrow::Narrow;
use crate::ram::Memory;
use crate::signed::SignedConsts;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct OutLane {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<32>>,
    pub write_address: Signal<In, Bits<32>>,
    pub write_bank: Signal<In, Bits<8>>,
    pub write_data: Signal<In, Bits<64>>,
    pub write: Signal<In, Bit>,
    pub read_bank: Signal<In, Bits<8>>,
    pub chain_in: Signal<In, Bits<64>>,
    pub chain_out: Signal<Out, Bits<64>>,
    pub s2_valid: Signal<In, Bit>,
    pub first: Signal<In, Bits<32>>,
    pub shift: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub acc_in: Signal<In, Bits<64>>,
    pub acc: Signal<Out, Bits<64>>,
    weights: Memory,
    sel: DFF<Bits<8>>,
    sum: DFF<Bits<64>>,
    sum_n: Narrow<64>,
    live: Signal<Local, Bit>,
    index: Constant<Bits<8>>,
    /// O: a lane whose output `first + index` is not below it is past the last output.
    count: Constant<Bits<32>>,
    w_sign: Constant<Bits<64>>,
}

impl OutLane {
    /// Lane `index` of a tile with `outputs` outputs, with a bank of `entries` weights of
    /// `weight_bits`, summing in `acc_bits`.
    pub fn new(index: u32, outputs: u32, entries: u64, weight_bits: u32, acc_bits: u32) -> OutLane {
        OutLane {
            clock: Default::default(),
            read_address: Default::default(),
            write_address: Default::default(),
            write_bank: Default::default(),
            write_data: Default::default(),
            write: Default::default(),
            read_bank: Default::default(),
            chain_in: Default::default(),
            chain_out: Default::default(),
            s2_valid: Default::default(),
            first: Default::default(),
            count: Constant::new((outputs as u64).to_bits()),
            shift: Default::default(),
            clear: Default::default(),
            acc_in: Default::default(),
            acc: Default::default(),
            weights: Memory::new(weight_bits, entries),
            sel: Default::default(),
            sum: Default::default(),
            sum_n: Narrow::signed(acc_bits),
            live: Default::default(),
            index: Constant::new((index as u64).to_bits()),
            w_sign: SignedConsts::sign_of(weight_bits),
        }
    }
}

impl Logic for OutLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sel, sum);
        clock!(self, clock, weights);
        self.weights.read_address.next = self.read_address.val();
        self.weights.write_address.next = self.write_address.val();
        self.weights.write_data.next = self.write_data.val();
        self.weights.write_enable.next =
            self.write.val() & (self.write_bank.val() == self.index.val());
        // The addressed bank's word (a cycle after the read), each output once per evaluation.
        self.sel.d.next = self.read_bank.val();
        if self.sel.q.val() == self.index.val() {
            self.chain_out.next = self.chain_in.val() | self.weights.read_data.val();
        } else {
            self.chain_out.next = self.chain_in.val();
        }
        // Stage 2: add this lane's weight of the spiking neuron (none past the last output); or
        // pass the sums down a lane (the update token reads lane 0's); or clear.
        self.live.next =
            (self.first.val() + bit_cast::<32, 8>(self.index.val())) < self.count.val();
        self.sum_n.x.next = self.sum.q.val();
        self.acc.next = self.sum_n.y.val();
        if self.clear.val() {
            self.sum.d.next = 0.into();
        } else if self.shift.val() {
            self.sum.d.next = self.acc_in.val();
        } else if self.s2_valid.val() & self.live.val() {
            self.sum.d.next = self.sum_n.y.val()
                + ((self.weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val());
        }
    }
}
