//! One synapse lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "Lanes"): SYN
//! walks the hidden neurons in groups of L consecutive ones, and lane `index` holds the input
//! current of the group's neuron `first + index`. The weights and synaptic delays are kept in L
//! skewed banks (`bank.rs`, `golden::memory::host_index`): at source s the group's L synapses lie
//! in L different banks at one address, and the tile rotates the banks' words so that this lane
//! gets its neuron's (`wd`: the weight in the low 32 bits, the delay in the high 32).
//! Each source token of the group reaches every lane at once: the lane taps the broadcast
//! history word at its own synapse's delay and adds its own weight, in the contract's order (the
//! active list's), so its sum is the golden model's `fixed::step` current bit for bit. The
//! neuron's LIF token then reads lane 0's sum, and the sums move down one lane (`shift`), so the
//! group's LIF tokens read them in neuron order and leave every lane at 0.
//!
//! ```text
//!                 +----------------------------------------------------------+
//!   wd ---------->| stage 2 (s2_valid, neuron live): this synapse's weight   |
//!   axonal ------>|   and delay (rotated from its bank by the tile) and the  |
//!   first ------->|   axonal delay, registered as read: s3_w, s3_d, s3_a     |
//!                 |   live = first + index < H                               |
//!   s3_word ----->| stage 3: tap = delay tap of (s3_a, s3_d);                |
//!   shift, clear >|   acc += sext(s3_w) if s3_word[tap]                      |--> acc
//!   acc_in ------>|   shift: acc <= acc_in (lane index + 1's); clear: 0      |
//!                 +----------------------------------------------------------+
//! ```
//!
//! The tap is formed in stage 3, from registers: stage 2 holds only the block RAMs' words (and
//! the tile's rotation of them), since the tap's carry chains behind the delay bank's read were
//! the reference's critical path.

use crate::delay_fifo::DelayFifo;
use crate::narrow::Narrow;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SynLane {
    pub clock: Signal<In, Clock>,
    pub wd: Signal<In, Bits<64>>,
    pub axonal: Signal<In, Bits<64>>,
    pub s2_valid: Signal<In, Bit>,
    pub first: Signal<In, Bits<32>>,
    pub s3_word: Signal<In, Bits<64>>,
    pub shift: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub acc_in: Signal<In, Bits<64>>,
    pub acc: Signal<Out, Bits<64>>,
    delay_tap: DelayFifo,
    s3_v: DFF<Bit>,
    s3_d: DFF<Bits<64>>,
    s3_a: DFF<Bits<64>>,
    s3_w: DFF<Bits<64>>,
    sum: DFF<Bits<64>>,
    sum_n: Narrow<64>,
    s3_w_n: Narrow<64>,
    live: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    index: Constant<Bits<8>>,
    /// H: a lane whose neuron `first + index` is not below it is past the last neuron.
    hidden: Constant<Bits<32>>,
    low32: Constant<Bits<64>>,
}

/// The sizes a lane is built with.
#[derive(Clone, Copy, Debug)]
pub struct LaneShape {
    pub index: u32,
    pub weight_bits: u32,
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
            wd: Default::default(),
            axonal: Default::default(),
            s2_valid: Default::default(),
            first: Default::default(),
            hidden: Constant::new((s.hidden as u64).to_bits()),
            s3_word: Default::default(),
            shift: Default::default(),
            clear: Default::default(),
            acc_in: Default::default(),
            acc: Default::default(),
            delay_tap: DelayFifo::new(s.max_delay, s.delay_frac),
            s3_v: Default::default(),
            s3_d: Default::default(),
            s3_a: Default::default(),
            s3_w: Default::default(),
            sum: Default::default(),
            sum_n: Narrow::signed(s.acc_bits),
            s3_w_n: Narrow::signed(s.weight_bits),
            live: Default::default(),
            hit: Default::default(),
            index: Constant::new((s.index as u64).to_bits()),
            low32: Constant::new(0xFFFF_FFFFu64.to_bits()),
        }
    }
}

impl Logic for SynLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, s3_v, s3_d, s3_a, s3_w, sum);
        // Stage 2: this lane's weight and delays of the source token, as read (a lane past the
        // last neuron takes none: its bank rows there are padding).
        self.live.next =
            (self.first.val() + bit_cast::<32, 8>(self.index.val())) < self.hidden.val();
        self.s3_v.d.next = self.s2_valid.val() & self.live.val();
        self.s3_d.d.next = self.wd.val() >> 32;
        self.s3_a.d.next = self.axonal.val();
        self.s3_w.d.next = self.wd.val() & self.low32.val();
        // Stage 3: the tap; accumulate the weight (sign-extended from its bank's bits by
        // s3_w_n); or pass the sums down a lane (the LIF reads lane 0's); or clear.
        self.delay_tap.word.next = self.s3_word.val();
        self.delay_tap.spike.next = false;
        self.delay_tap.axonal.next = self.s3_a.q.val();
        self.delay_tap.synaptic.next = self.s3_d.q.val();
        self.s3_w_n.x.next = self.s3_w.q.val();
        self.sum_n.x.next = self.sum.q.val();
        self.acc.next = self.sum_n.y.val();
        self.hit.next = self.s3_word.val().get_bit(self.delay_tap.tap.val().index());
        if self.clear.val() {
            self.sum.d.next = 0.into();
        } else if self.shift.val() {
            self.sum.d.next = self.acc_in.val();
        } else if self.s3_v.q.val() & self.hit.val() {
            self.sum.d.next = self.sum_n.y.val() + self.s3_w_n.y.val();
        }
    }
}
