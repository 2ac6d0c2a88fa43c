//! The sequencer's counters a cycle ahead: registers loaded every cycle from the next values of
//! `idx`, `i`, `base` and `head` (which the phase pieces set before the lanes' piece reads them),
//! so that the phases' read addresses take `idx + 1`, `idx + 2`, `i + 1`, `i + 2`, the TRACE pair's
//! next row `base + 2 D L` and the ring's lags `head - 1`, `head - R`, `head - R - 1` from a
//! register instead of an adder behind the sequencer's multiplexers. Why: the trace FIFOs' and
//! the readout traces' read addresses were fpga-small's slowest paths at 45eade4
//! (`results/hardware/splits_2026-12-07.md`). Each output equals its expression of the register
//! it shadows in every cycle after the first, and no phase reads one before that.
//!
//! ```text
//!              +----------------------------------------------------+
//!   idx ------>| idx1 <= idx + 1;  idx2 <= idx + 2                  |--> idx1, idx2
//!   i -------->| i1 <= i + 1;  i2 <= i + 2                          |--> i1, i2
//!   base ----->| base2 <= base + 2 D L                              |--> base2
//!   head ----->| head_1 <= (head - 1) mod D;  head_r <= (head - R)  |--> head_1, head_r,
//!              |   mod D;  head_r1 <= (head - R - 1) mod D          |    head_r1
//!              +----------------------------------------------------+
//!   the counts are `count` bits wide (narrow.rs), as the registers they shadow
//! ```

use crate::narrow::Narrow;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Ahead {
    pub clock: Signal<In, Clock>,
    pub idx: Signal<In, Bits<32>>,
    pub i: Signal<In, Bits<32>>,
    pub base: Signal<In, Bits<32>>,
    pub head: Signal<In, Bits<8>>,
    pub idx1: Signal<Out, Bits<32>>,
    pub idx2: Signal<Out, Bits<32>>,
    pub i1: Signal<Out, Bits<32>>,
    pub i2: Signal<Out, Bits<32>>,
    pub base2: Signal<Out, Bits<32>>,
    pub head_1: Signal<Out, Bits<8>>,
    pub head_r: Signal<Out, Bits<8>>,
    pub head_r1: Signal<Out, Bits<8>>,
    idx1_r: DFF<Bits<32>>,
    idx2_r: DFF<Bits<32>>,
    i1_r: DFF<Bits<32>>,
    i2_r: DFF<Bits<32>>,
    base2_r: DFF<Bits<32>>,
    head_1_r: DFF<Bits<8>>,
    head_r_r: DFF<Bits<8>>,
    head_r1_r: DFF<Bits<8>>,
    idx1_n: Narrow<32>,
    idx2_n: Narrow<32>,
    i1_n: Narrow<32>,
    i2_n: Narrow<32>,
    base2_n: Narrow<32>,
    pair_step: Constant<Bits<32>>,
    radius: Constant<Bits<8>>,
    depth_mask: Constant<Bits<8>>,
}

impl Ahead {
    /// `count` bits per count; a ring of `depth` slots (a power of two), kernel radius `radius`,
    /// `lanes` sources per group (TRACE's pair of groups spans 2 D L rows).
    pub fn new(count: u32, depth: u64, radius: u64, lanes: u64) -> Ahead {
        assert!(
            depth.is_power_of_two() && depth <= 256,
            "a ring of {depth} slots"
        );
        Ahead {
            clock: Default::default(),
            idx: Default::default(),
            i: Default::default(),
            base: Default::default(),
            head: Default::default(),
            idx1: Default::default(),
            idx2: Default::default(),
            i1: Default::default(),
            i2: Default::default(),
            base2: Default::default(),
            head_1: Default::default(),
            head_r: Default::default(),
            head_r1: Default::default(),
            idx1_r: Default::default(),
            idx2_r: Default::default(),
            i1_r: Default::default(),
            i2_r: Default::default(),
            base2_r: Default::default(),
            head_1_r: Default::default(),
            head_r_r: Default::default(),
            head_r1_r: Default::default(),
            idx1_n: Narrow::unsigned(count),
            idx2_n: Narrow::unsigned(count),
            i1_n: Narrow::unsigned(count),
            i2_n: Narrow::unsigned(count),
            base2_n: Narrow::unsigned(count),
            pair_step: Constant::new((2 * depth * lanes).to_bits()),
            radius: Constant::new(radius.to_bits()),
            depth_mask: Constant::new((depth - 1).to_bits()),
        }
    }
}

impl Logic for Ahead {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, idx1_r, idx2_r, i1_r, i2_r, base2_r, head_1_r, head_r_r, head_r1_r
        );
        self.idx1_r.d.next = self.idx.val() + 1;
        self.idx2_r.d.next = self.idx.val() + 2;
        self.i1_r.d.next = self.i.val() + 1;
        self.i2_r.d.next = self.i.val() + 2;
        self.base2_r.d.next = self.base.val() + self.pair_step.val();
        self.head_1_r.d.next = (self.head.val() - 1) & self.depth_mask.val();
        self.head_r_r.d.next = (self.head.val() - self.radius.val()) & self.depth_mask.val();
        self.head_r1_r.d.next = (self.head.val() - self.radius.val() - 1) & self.depth_mask.val();
        self.idx1_n.x.next = self.idx1_r.q.val();
        self.idx2_n.x.next = self.idx2_r.q.val();
        self.i1_n.x.next = self.i1_r.q.val();
        self.i2_n.x.next = self.i2_r.q.val();
        self.base2_n.x.next = self.base2_r.q.val();
        self.idx1.next = self.idx1_n.y.val();
        self.idx2.next = self.idx2_n.y.val();
        self.i1.next = self.i1_n.y.val();
        self.i2.next = self.i2_n.y.val();
        self.base2.next = self.base2_n.y.val();
        self.head_1.next = self.head_1_r.q.val();
        self.head_r.next = self.head_r_r.q.val();
        self.head_r1.next = self.head_r1_r.q.val();
    }
}
