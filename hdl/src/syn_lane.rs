//! One synapse lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "Lanes"): SYN
//! walks the hidden neurons in groups of L consecutive ones, and lane `index` holds the input
//! current of the group's neuron `first + index`. The weights and synaptic delays are kept in L
//! skewed banks (`bank.rs`, `golden::memory::host_index`): at source s the group's L synapses lie
//! in L different banks at one address, and the tile rotates the banks' words so that this lane
//! gets its neuron's (`wd`: the weight in the low 32 bits, the delay in the high 32).
//! Each source token of the group reaches every lane at once: the lane taps the broadcast
//! history word at its own synapse's delay and adds its own weight, in the contract's order (the
//! active list's), so its sum is the golden model's `fixed::step` current bit for bit. The
//! group's close token then moves the sum to the lane's hold register (stage 3 takes it and
//! zeroes the sum for the next group's tokens, stage 4 loads the hold), where the lane's LIF
//! lane (`lif_lane.rs`) reads it in stage 5, while the lane sums the next group.
//!
//! ```text
//!                 +----------------------------------------------------------+
//!   wd ---------->| stage 2 (s2_valid, neuron live): this synapse's weight   |
//!   axonal ------>|   and delay (rotated from its bank by the tile) and the  |
//!   first ------->|   axonal delay, registered as read: s3_w, s3_d, s3_a     |
//!                 |   live = first + index < H                               |
//!   s3_word ----->| stage 3: tap = delay tap of (s3_a, s3_d);                |
//!   clear ------->|   sum += sext(s3_w) if s3_word[tap]; clear: sum <= 0     |
//!   s2_close ---->| close token: stage 3 sum -> r4_sum, sum <= 0;            |
//!                 |   stage 4 hold <= r4_sum (the event pass: the slot)      |--> acc = hold
//!                 +----------------------------------------------------------+
//! ```
//!
//! The tap is formed in stage 3, from registers: stage 2 holds only the block RAMs' words (and
//! the tile's rotation of them), since the tap's carry chains behind the delay bank's read were
//! the reference's critical path.
//!
//! **The event pass** (`events`; `hardware.event_pass`, a step that does not learn): the source
//! tokens are the sources spiking now, and the lane adds its weight into its neuron's slot of
//! the current buffer (the tile's bank of this lane, `buf_*`, row `(first div L) D`) for the
//! step the spike arrives in, `t + tap` (mod D), a read-modify-write: stage 3 reads the slot,
//! stage 4 registers the block RAM's word, stage 5 adds and writes it back, so that no adder
//! follows a block RAM's output in a cycle. A token whose slot one of the two tokens before it
//! writes after its read (or in the same cycle: a block RAM port does not promise the old word
//! then) takes that one's sum instead (`r6_*`, `r7_sum`; the matches found in stage 4). After
//! the group's events its close token (`s2_close`) collects: it takes the slot of step t into
//! the hold in stage 4 (from the word, or the sum stage 5 writes, or the one written a cycle
//! ago) and empties it in stage 5.
//!
//! ```text
//!   s2_close ---->| stage 3: slot = events ? (t_slot + tap) mod D : t_slot   |--> buf_read_address
//!   t_slot ------>| stage 4: word registered; close: hold <= slot (forwards)  |
//!   buf_word ---->| stage 5: base = r6 / r7 forward or word; event: write     |--> buf_write_*
//!                 |   base + w; close: write 0                               |
//! ```

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
    pub clear: Signal<In, Bit>,
    pub acc: Signal<Out, Bits<64>>,
    /// The event pass: this step runs it; t mod D. A close token in stage 2 (both passes).
    pub events: Signal<In, Bit>,
    pub s2_close: Signal<In, Bit>,
    pub t_slot: Signal<In, Bits<32>>,
    /// The lane's current-buffer bank: its word (read a cycle ago) and this cycle's accesses.
    pub buf_word: Signal<In, Bits<64>>,
    pub buf_read_address: Signal<Out, Bits<32>>,
    pub buf_write_address: Signal<Out, Bits<32>>,
    pub buf_write_data: Signal<Out, Bits<64>>,
    pub buf_write: Signal<Out, Bit>,
    delay_tap: DelayFifo,
    /// Stage 3's close token (and whether it collects a live neuron's slot) and buffer row;
    /// stage 4's access (event or collect), close token, sum, slot address, weight; stage 5's,
    /// with the word and which write to forward; the writes of a cycle and two cycles ago.
    s3_close: DFF<Bit>,
    s3_c: DFF<Bit>,
    s3_row: DFF<Bits<32>>,
    r4_v: DFF<Bit>,
    r4_c: DFF<Bit>,
    r4_close: DFF<Bit>,
    r4_sum: DFF<Bits<64>>,
    r4_addr: DFF<Bits<32>>,
    r4_w: DFF<Bits<64>>,
    r5_v: DFF<Bit>,
    r5_c: DFF<Bit>,
    r5_addr: DFF<Bits<32>>,
    r5_w: DFF<Bits<64>>,
    r5_word: DFF<Bits<64>>,
    r5_m6: DFF<Bit>,
    r5_m7: DFF<Bit>,
    r6_v: DFF<Bit>,
    r6_addr: DFF<Bits<32>>,
    r6_sum: DFF<Bits<64>>,
    r7_sum: DFF<Bits<64>>,
    buf_n: Narrow<64>,
    word_n: Narrow<64>,
    r6_sum_n: Narrow<64>,
    r7_sum_n: Narrow<64>,
    /// Stage 4: the slot the token before writes now, or the one written a cycle ago.
    m5: Signal<Local, Bit>,
    m6: Signal<Local, Bit>,
    base: Signal<Local, Bits<64>>,
    slot_sum: Signal<Local, Bits<64>>,
    lane_bits: Constant<Bits<32>>,
    depth_bits: Constant<Bits<32>>,
    depth_mask: Constant<Bits<32>>,
    s3_v: DFF<Bit>,
    s3_d: DFF<Bits<64>>,
    s3_a: DFF<Bits<64>>,
    s3_w: DFF<Bits<64>>,
    sum: DFF<Bits<64>>,
    sum_n: Narrow<64>,
    /// The group's current, read by the lane's LIF update (stage 5).
    hold: DFF<Bits<64>>,
    hold_n: Narrow<64>,
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
    /// Lanes L (the buffer row of neuron j is `(j div L) D`) and the current buffer's word
    /// (`Formats::current_bits`).
    pub lanes: u32,
    pub current_bits: u32,
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
            clear: Default::default(),
            acc: Default::default(),
            events: Default::default(),
            s2_close: Default::default(),
            t_slot: Default::default(),
            buf_word: Default::default(),
            buf_read_address: Default::default(),
            buf_write_address: Default::default(),
            buf_write_data: Default::default(),
            buf_write: Default::default(),
            s3_close: Default::default(),
            s3_c: Default::default(),
            s3_row: Default::default(),
            r4_v: Default::default(),
            r4_c: Default::default(),
            r4_close: Default::default(),
            r4_sum: Default::default(),
            r4_addr: Default::default(),
            r4_w: Default::default(),
            r5_v: Default::default(),
            r5_c: Default::default(),
            r5_addr: Default::default(),
            r5_w: Default::default(),
            r5_word: Default::default(),
            r5_m6: Default::default(),
            r5_m7: Default::default(),
            r6_v: Default::default(),
            r6_addr: Default::default(),
            r6_sum: Default::default(),
            r7_sum: Default::default(),
            buf_n: Narrow::signed(s.current_bits),
            word_n: Narrow::signed(s.current_bits),
            r6_sum_n: Narrow::signed(s.current_bits),
            r7_sum_n: Narrow::signed(s.current_bits),
            m5: Default::default(),
            m6: Default::default(),
            base: Default::default(),
            slot_sum: Default::default(),
            lane_bits: Constant::new((s.lanes.trailing_zeros() as u64).to_bits()),
            depth_bits: Constant::new((s.max_delay.trailing_zeros() as u64).to_bits()),
            depth_mask: Constant::new((s.max_delay as u64 - 1).to_bits()),
            delay_tap: DelayFifo::new(s.max_delay, s.delay_frac),
            s3_v: Default::default(),
            s3_d: Default::default(),
            s3_a: Default::default(),
            s3_w: Default::default(),
            sum: Default::default(),
            sum_n: Narrow::signed(s.acc_bits),
            hold: Default::default(),
            hold_n: Narrow::signed(s.acc_bits),
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
        dff_setup!(
            self, clock, s3_v, s3_d, s3_a, s3_w, sum, hold, s3_close, s3_c, s3_row, r4_v, r4_c,
            r4_close, r4_sum, r4_addr, r4_w, r5_v, r5_c, r5_addr, r5_w, r5_word, r5_m6, r5_m7,
            r6_v, r6_addr, r6_sum, r7_sum
        );
        // Stage 2: this lane's weight and delays of the source token, as read (a lane past the
        // last neuron takes none: its bank rows there are padding).
        self.live.next =
            (self.first.val() + bit_cast::<32, 8>(self.index.val())) < self.hidden.val();
        self.s3_v.d.next = self.s2_valid.val() & self.live.val();
        self.s3_d.d.next = self.wd.val() >> 32;
        self.s3_a.d.next = self.axonal.val();
        self.s3_w.d.next = self.wd.val() & self.low32.val();
        self.s3_close.d.next = self.s2_close.val();
        self.s3_c.d.next = self.s2_close.val() & self.live.val();
        self.s3_row.d.next = (self.first.val() >> self.lane_bits.val()) << self.depth_bits.val();
        // Stage 3: the tap; accumulate the weight (sign-extended from its bank's bits by
        // s3_w_n); or a close token takes the sum (r4_sum) and zeroes it; or clear.
        self.delay_tap.word.next = self.s3_word.val();
        self.delay_tap.spike.next = false;
        self.delay_tap.axonal.next = self.s3_a.q.val();
        self.delay_tap.synaptic.next = self.s3_d.q.val();
        self.s3_w_n.x.next = self.s3_w.q.val();
        self.sum_n.x.next = self.sum.q.val();
        self.hold_n.x.next = self.hold.q.val();
        self.acc.next = self.hold_n.y.val();
        self.hit.next = self.s3_word.val().get_bit(self.delay_tap.tap.val().index());
        // The event pass's stage 3: the slot of the step the spike arrives in (an event) or of
        // this step (a collect token), read from the lane's buffer bank.
        if self.s3_c.q.val() {
            self.buf_read_address.next = self.s3_row.q.val() | self.t_slot.val();
        } else {
            self.buf_read_address.next = self.s3_row.q.val()
                | ((self.t_slot.val() + self.delay_tap.tap_index.val()) & self.depth_mask.val());
        }
        self.r4_v.d.next = self.s3_v.q.val() & self.events.val();
        self.r4_c.d.next = self.s3_c.q.val() & self.events.val();
        self.r4_close.d.next = self.s3_close.q.val();
        self.r4_sum.d.next = self.sum_n.y.val();
        self.r4_addr.d.next = self.buf_read_address.val();
        self.r4_w.d.next = self.s3_w_n.y.val();
        // Stage 5: the slot's word registered in stage 4, or the sum the token before wrote
        // there after (or as) this token read it, or the one two before; an event writes it
        // plus the weight back, a close token writes 0.
        self.word_n.x.next = self.r5_word.q.val();
        self.r6_sum_n.x.next = self.r6_sum.q.val();
        self.r7_sum_n.x.next = self.r7_sum.q.val();
        if self.r5_m6.q.val() {
            self.base.next = self.r6_sum_n.y.val();
        } else if self.r5_m7.q.val() {
            self.base.next = self.r7_sum_n.y.val();
        } else {
            self.base.next = self.word_n.y.val();
        }
        self.slot_sum.next = self.base.val() + self.r5_w.q.val();
        self.buf_write_address.next = self.r5_addr.q.val();
        self.buf_write.next = self.r5_v.q.val() | self.r5_c.q.val();
        if self.r5_c.q.val() {
            self.buf_write_data.next = 0.into();
        } else {
            self.buf_write_data.next = self.slot_sum.val();
        }
        self.r6_v.d.next = self.r5_v.q.val() | self.r5_c.q.val();
        self.r6_addr.d.next = self.r5_addr.q.val();
        self.r6_sum.d.next = self.buf_write_data.val();
        self.r7_sum.d.next = self.r6_sum.q.val();
        // Stage 4: the word, and which of the two writes after this token's read is its
        // slot's (the later first); a close token takes the slot into the hold now.
        self.m5.next = (self.r5_v.q.val() | self.r5_c.q.val())
            & (self.r5_addr.q.val() == self.r4_addr.q.val());
        self.m6.next = self.r6_v.q.val() & (self.r6_addr.q.val() == self.r4_addr.q.val());
        self.r5_v.d.next = self.r4_v.q.val();
        self.r5_c.d.next = self.r4_c.q.val();
        self.r5_addr.d.next = self.r4_addr.q.val();
        self.r5_w.d.next = self.r4_w.q.val();
        self.r5_word.d.next = self.buf_word.val();
        self.r5_m6.d.next = self.m5.val();
        self.r5_m7.d.next = self.m6.val() & !self.m5.val();
        self.buf_n.x.next = self.buf_word.val();
        if self.clear.val() | self.s3_close.q.val() {
            self.sum.d.next = 0.into();
        } else if self.s3_v.q.val() & self.hit.val() & !self.events.val() {
            self.sum.d.next = self.sum_n.y.val() + self.s3_w_n.y.val();
        }
        if self.r4_close.q.val() {
            if !self.events.val() {
                self.hold.d.next = self.r4_sum.q.val();
            } else if self.r4_c.q.val() & self.m5.val() {
                self.hold.d.next = self.buf_write_data.val();
            } else if self.r4_c.q.val() & self.m6.val() {
                self.hold.d.next = self.r6_sum_n.y.val();
            } else if self.r4_c.q.val() {
                self.hold.d.next = self.buf_n.y.val();
            } else {
                // A lane past the last neuron: its slot is never read.
                self.hold.d.next = 0.into();
            }
        }
    }
}
