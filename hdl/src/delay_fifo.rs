//! The spike-history arithmetic (golden `fixed::delay_fifo::DelayFifo`): shift a source's new
//! spike into its D-bit history word, and read the bit at a synapse's tap.
//! `tap = min((axonal + synaptic + half) >> delay_frac, D - 1)`. Combinational; the history
//! words live in the tile's `spike_history` memory.
//!
//! ```text
//!                 +---------------------------------------------+
//!   word -------->| pushed = ((word << 1) | spike) & (2^D - 1)   |---> pushed
//!   spike ------->| tap    = min((axonal+synaptic+half)>>frac,D-1)|---> tap
//!   axonal ------>| tap_bit = word[tap]                            |---> tap_bit
//!   synaptic ---->| pushed_bit = pushed[tap]                      |---> pushed_bit
//!                 | tap_index = tap, 32 bits (a memory index)     |---> tap_index
//!                 +---------------------------------------------+
//! ```

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct DelayFifo {
    pub word: Signal<In, Bits<64>>,
    pub spike: Signal<In, Bit>,
    pub axonal: Signal<In, Bits<64>>,
    pub synaptic: Signal<In, Bits<64>>,
    pub pushed: Signal<Out, Bits<64>>,
    pub tap: Signal<Out, Bits<8>>,
    pub tap_index: Signal<Out, Bits<32>>,
    pub tap_bit: Signal<Out, Bit>,
    pub pushed_bit: Signal<Out, Bit>,
    path: Signal<Local, Bits<64>>,
    mask: Constant<Bits<64>>,
    half: Constant<Bits<64>>,
    frac: Constant<Bits<8>>,
    last_tap: Constant<Bits<64>>,
    /// The path's bits from log2 D up: any set, the path is past the last tap (D is a power of
    /// two), so the clamp takes an OR, not a comparison's carry chain.
    beyond: Constant<Bits<64>>,
}

impl DelayFifo {
    pub fn new(depth: usize, delay_frac: u32) -> DelayFifo {
        assert!(depth.is_power_of_two(), "a history of {depth} steps");
        let mask = if depth == 64 {
            u64::MAX
        } else {
            (1u64 << depth) - 1
        };
        DelayFifo {
            word: Default::default(),
            spike: Default::default(),
            axonal: Default::default(),
            synaptic: Default::default(),
            pushed: Default::default(),
            tap: Default::default(),
            tap_index: Default::default(),
            tap_bit: Default::default(),
            pushed_bit: Default::default(),
            path: Default::default(),
            mask: Constant::new(mask.to_bits()),
            half: Constant::new(
                (if delay_frac == 0 {
                    0
                } else {
                    1u64 << (delay_frac - 1)
                })
                .to_bits(),
            ),
            frac: Constant::new((delay_frac as u64).to_bits()),
            last_tap: Constant::new((depth as u64 - 1).to_bits()),
            beyond: Constant::new((!(depth as u64 - 1)).to_bits()),
        }
    }
}

impl Logic for DelayFifo {
    #[hdl_gen]
    fn update(&mut self) {
        self.pushed.next =
            ((self.word.val() << 1) | bit_cast::<64, 1>(self.spike.val().into())) & self.mask.val();
        self.path.next =
            (self.axonal.val() + self.synaptic.val() + self.half.val()) >> self.frac.val();
        // Every output once per evaluation (ARCHITECTURE.md, "one assignment per output").
        if (self.path.val() & self.beyond.val()) != 0 {
            self.tap.next = bit_cast::<8, 64>(self.last_tap.val());
            self.tap_index.next = bit_cast::<32, 64>(self.last_tap.val());
        } else {
            self.tap.next = bit_cast::<8, 64>(self.path.val());
            self.tap_index.next = bit_cast::<32, 64>(self.path.val());
        }
        self.tap_bit.next = self.word.val().get_bit(self.tap.val().index());
        self.pushed_bit.next = self.pushed.val().get_bit(self.tap.val().index());
    }
}
