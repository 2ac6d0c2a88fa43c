//! One synapse lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "Lanes"): SYN
//! walks the hidden neurons in groups of L consecutive ones, and lane `index` holds the input
//! current of the group's neuron `first + index`. It owns that neuron's bank of the weights and
//! synaptic delays (neurons `j mod L = index`, row `j div L`; `golden::memory::host_index`).
//! Each source token of the group reaches every lane at once: the lane taps the broadcast
//! history word at its own synapse's delay and adds its own weight, in the contract's order (the
//! active list's), so its sum is the golden model's `fixed::step` current bit for bit. The
//! neuron's LIF token then reads lane 0's sum, and the sums move down one lane (`shift`), so the
//! group's LIF tokens read them in neuron order and leave every lane at 0.
//!
//! ```text
//!                 +----------------------------------------------------------+
//!   w_read_addr ->| weight bank [G*S]     (one read address for every lane)  |
//!   d_read_addr ->| delay bank  [G*S]     stage 2 (s2_valid, neuron live):   |
//!   word -------->|   tap = delay tap of (word, axonal, own delay)           |
//!   axonal ------>|   s3_tap <= tap, s3_w <= own weight                      |
//!   first ------->|   live = first + index < H                               |
//!   s3_word ----->| stage 3: acc += s3_w if s3_word[s3_tap]                  |--> acc
//!   shift, clear >|   shift: acc <= acc_in (lane index + 1's); clear: 0      |
//!   acc_in ------>|                                                          |
//!   write_* ----->| writes land in the bank when write_bank == index         |
//!   read_bank --->| sel <= read_bank; *_chain_out = *_chain_in | (own word   |--> w_chain_out
//!   *_chain_in -->|   if sel == index): the addressed bank's word at the end |--> d_chain_out
//!                 +----------------------------------------------------------+
//! ```
//! The tile chains the lanes: `w_chain_in` of lane 0 is 0, of lane l lane l - 1's
//! `w_chain_out`, so the last lane's is the word of the bank the host or the learning unit read.

use crate::delay_fifo::DelayFifo;
use crate::narrow::Narrow;
use crate::ram::Memory;
use crate::signed::SignedConsts;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SynLane {
    pub clock: Signal<In, Clock>,
    pub w_read_address: Signal<In, Bits<32>>,
    pub d_read_address: Signal<In, Bits<32>>,
    pub write_address: Signal<In, Bits<32>>,
    pub write_bank: Signal<In, Bits<8>>,
    pub w_write_data: Signal<In, Bits<64>>,
    pub d_write_data: Signal<In, Bits<64>>,
    pub w_write: Signal<In, Bit>,
    pub d_write: Signal<In, Bit>,
    pub read_bank: Signal<In, Bits<8>>,
    pub w_chain_in: Signal<In, Bits<64>>,
    pub d_chain_in: Signal<In, Bits<64>>,
    pub w_chain_out: Signal<Out, Bits<64>>,
    pub d_chain_out: Signal<Out, Bits<64>>,
    pub word: Signal<In, Bits<64>>,
    pub axonal: Signal<In, Bits<64>>,
    pub s2_valid: Signal<In, Bit>,
    pub first: Signal<In, Bits<32>>,
    pub s3_word: Signal<In, Bits<64>>,
    pub shift: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub acc_in: Signal<In, Bits<64>>,
    pub acc: Signal<Out, Bits<64>>,
    weights: Memory,
    delays: Memory,
    delay_tap: DelayFifo,
    sel: DFF<Bits<8>>,
    s3_v: DFF<Bit>,
    s3_tap: DFF<Bits<8>>,
    s3_w: DFF<Bits<64>>,
    sum: DFF<Bits<64>>,
    sum_n: Narrow<64>,
    s3_w_n: Narrow<64>,
    live: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    index: Constant<Bits<8>>,
    /// H: a lane whose neuron `first + index` is not below it is past the last neuron.
    hidden: Constant<Bits<32>>,
    w_sign: Constant<Bits<64>>,
}

/// The sizes a lane is built with.
#[derive(Clone, Copy, Debug)]
pub struct LaneShape {
    pub index: u32,
    /// Entries of each bank (`ceil(H / L) S`; a delay bank of an absent memory has 0).
    pub weight_entries: u64,
    pub delay_entries: u64,
    pub weight_bits: u32,
    pub delay_bits: u32,
    /// The accumulator's width (`RegisterBits::acc`).
    pub acc_bits: u32,
    pub max_delay: usize,
    pub delay_frac: u32,
    /// Hidden neurons H.
    pub hidden: u32,
}

impl SynLane {
    pub fn new(s: LaneShape) -> SynLane {
        SynLane {
            clock: Default::default(),
            w_read_address: Default::default(),
            d_read_address: Default::default(),
            write_address: Default::default(),
            write_bank: Default::default(),
            w_write_data: Default::default(),
            d_write_data: Default::default(),
            w_write: Default::default(),
            d_write: Default::default(),
            read_bank: Default::default(),
            w_chain_in: Default::default(),
            d_chain_in: Default::default(),
            w_chain_out: Default::default(),
            d_chain_out: Default::default(),
            word: Default::default(),
            axonal: Default::default(),
            s2_valid: Default::default(),
            first: Default::default(),
            hidden: Constant::new((s.hidden as u64).to_bits()),
            s3_word: Default::default(),
            shift: Default::default(),
            clear: Default::default(),
            acc_in: Default::default(),
            acc: Default::default(),
            weights: Memory::new(s.weight_bits, s.weight_entries),
            delays: Memory::new(s.delay_bits.max(1), s.delay_entries),
            delay_tap: DelayFifo::new(s.max_delay, s.delay_frac),
            sel: Default::default(),
            s3_v: Default::default(),
            s3_tap: Default::default(),
            s3_w: Default::default(),
            sum: Default::default(),
            sum_n: Narrow::signed(s.acc_bits),
            s3_w_n: Narrow::signed(s.weight_bits),
            live: Default::default(),
            hit: Default::default(),
            index: Constant::new((s.index as u64).to_bits()),
            w_sign: SignedConsts::sign_of(s.weight_bits),
        }
    }
}

impl Logic for SynLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sel, s3_v, s3_tap, s3_w, sum);
        clock!(self, clock, weights, delays);
        // The banks: one read address for all lanes, writes into the addressed bank only.
        self.weights.read_address.next = self.w_read_address.val();
        self.delays.read_address.next = self.d_read_address.val();
        self.weights.write_address.next = self.write_address.val();
        self.delays.write_address.next = self.write_address.val();
        self.weights.write_data.next = self.w_write_data.val();
        self.delays.write_data.next = self.d_write_data.val();
        self.weights.write_enable.next =
            self.w_write.val() & (self.write_bank.val() == self.index.val());
        self.delays.write_enable.next =
            self.d_write.val() & (self.write_bank.val() == self.index.val());
        // The addressed bank's word, for the host and the learning unit (a cycle after the read).
        self.sel.d.next = self.read_bank.val();
        // Each output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        if self.sel.q.val() == self.index.val() {
            self.w_chain_out.next = self.w_chain_in.val() | self.weights.read_data.val();
            self.d_chain_out.next = self.d_chain_in.val() | self.delays.read_data.val();
        } else {
            self.w_chain_out.next = self.w_chain_in.val();
            self.d_chain_out.next = self.d_chain_in.val();
        }
        // Stage 2: this lane's tap and weight of the source token (a lane past the last neuron
        // takes none: its bank rows there are padding).
        self.delay_tap.word.next = self.word.val();
        self.delay_tap.spike.next = false;
        self.delay_tap.axonal.next = self.axonal.val();
        self.delay_tap.synaptic.next = self.delays.read_data.val();
        self.live.next =
            (self.first.val() + bit_cast::<32, 8>(self.index.val())) < self.hidden.val();
        self.s3_v.d.next = self.s2_valid.val() & self.live.val();
        self.s3_tap.d.next = self.delay_tap.tap.val();
        self.s3_w_n.x.next = self.s3_w.q.val();
        self.s3_w.d.next = (self.weights.read_data.val() ^ self.w_sign.val()) - self.w_sign.val();
        // Stage 3: accumulate; or pass the sums down a lane (the LIF reads lane 0's); or clear.
        self.sum_n.x.next = self.sum.q.val();
        self.acc.next = self.sum_n.y.val();
        self.hit.next = self.s3_word.val().get_bit(self.s3_tap.q.val().index());
        if self.clear.val() {
            self.sum.d.next = 0.into();
        } else if self.shift.val() {
            self.sum.d.next = self.acc_in.val();
        } else if self.s3_v.q.val() & self.hit.val() {
            self.sum.d.next = self.sum_n.y.val() + self.s3_w_n.y.val();
        }
    }
}
