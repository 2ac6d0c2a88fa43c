//! One bank of a banked memory (`hardware.lanes = L`; the weights, synaptic delays and readout
//! weights, `golden::memory::host_index`): entry (row r, column c) lies in bank `(r + c) mod L` at
//! bank address `(r div L) N + c`. Every bank reads the same address (SYN's and OUT's tokens: L
//! rows at one column lie in L different banks at one address), and hands its word to the tile,
//! which rotates the L words to the lanes (lane l takes bank `(l + c) mod L`); writes land in the
//! bank they address. The host and the learning unit read one entry through the chain: each bank
//! passes on its word only if it is the addressed one (a register of the bank selected with the
//! read), so the last bank's chain output is the word. A learning lane writes the bank it owns
//! with `lane_write` (each bank at its own address: PASS1's gradients, PASS2's weights, delays).
//!
//! ```text
//!                  +-----------------------------------------------------+
//!   read_address ->| mem [entries] x bits                                |--> word
//!   write_* ------>|   writes land when write_bank == index               |
//!   lane_write --->|     or when lane_write is set                        |
//!   read_bank ---->| sel <= read_bank                                    |
//!   chain_in ----->| chain_out = chain_in | (word if sel == index)        |--> chain_out
//!                  +-----------------------------------------------------+
//! ```

use crate::ram::Memory;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Bank {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<32>>,
    pub write_address: Signal<In, Bits<32>>,
    pub write_bank: Signal<In, Bits<8>>,
    pub write_data: Signal<In, Bits<64>>,
    pub write: Signal<In, Bit>,
    pub lane_write: Signal<In, Bit>,
    pub read_bank: Signal<In, Bits<8>>,
    pub chain_in: Signal<In, Bits<64>>,
    pub chain_out: Signal<Out, Bits<64>>,
    pub word: Signal<Out, Bits<64>>,
    memory: Memory,
    sel: DFF<Bits<8>>,
    index: Constant<Bits<8>>,
}

impl Bank {
    /// Bank `index` of `entries` words of `bits` (0 entries: the memory is absent).
    pub fn new(index: u32, bits: u32, entries: u64) -> Bank {
        Bank {
            clock: Default::default(),
            read_address: Default::default(),
            write_address: Default::default(),
            write_bank: Default::default(),
            write_data: Default::default(),
            write: Default::default(),
            lane_write: Default::default(),
            read_bank: Default::default(),
            chain_in: Default::default(),
            chain_out: Default::default(),
            word: Default::default(),
            memory: Memory::new(bits.max(1), entries),
            sel: Default::default(),
            index: Constant::new((index as u64).to_bits()),
        }
    }
}

impl Logic for Bank {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sel);
        clock!(self, clock, memory);
        self.memory.read_address.next = self.read_address.val();
        self.memory.write_address.next = self.write_address.val();
        self.memory.write_data.next = self.write_data.val();
        self.memory.write_enable.next = (self.write.val()
            & (self.write_bank.val() == self.index.val()))
            | self.lane_write.val();
        self.word.next = self.memory.read_data.val();
        // The addressed bank's word (a cycle after the read), each output once per evaluation.
        self.sel.d.next = self.read_bank.val();
        if self.sel.q.val() == self.index.val() {
            self.chain_out.next = self.chain_in.val() | self.memory.read_data.val();
        } else {
            self.chain_out.next = self.chain_in.val();
        }
    }
}
