//! The state of the stochastic-rounding streams (golden `rng::LfsrBank`): `LFSR_STREAMS` 32-bit
//! registers with an asynchronous read, so that the stream of the synapse in the learning
//! pipeline is read, advanced by `lfsr::Lfsr` and written back in one cycle. The host writes the
//! seeds (and reads the states back) through the `lfsr` region; learning writes the drawn value.
//! The read index must come straight from a register (the tile's `q1_lane`): a combinational
//! index computed in the same block that reads `read_data` is a false loop for Verilator.
//!
//! ```text
//!                 +---------------------------+
//!   clock ------->|                           |
//!   read_index -->| bank[16] x 32 bits        |--> read_data = bank[read_index]
//!   write_index ->|                           |    (combinational)
//!   write_data -->|                           |
//!   write_enable->| bank[write_index] <= data |
//!                 +---------------------------+
//! ```
//! Every entry is written by the host (`Host::write_lfsr`) before the first learning step reads
//! it: a bank at its power-up value is never drawn from.

use golden::rng::LFSR_STREAMS;
use rust_hdl::prelude::*;

/// Bits of a stream index.
pub const INDEX_BITS: usize = 4;
const _: () = assert!(LFSR_STREAMS == 1 << INDEX_BITS);

#[derive(LogicBlock)]
pub struct LfsrBank {
    pub clock: Signal<In, Clock>,
    pub read_index: Signal<In, Bits<INDEX_BITS>>,
    pub read_data: Signal<Out, Bits<32>>,
    pub write_index: Signal<In, Bits<INDEX_BITS>>,
    pub write_data: Signal<In, Bits<32>>,
    pub write_enable: Signal<In, Bit>,
    _sim: [u32; LFSR_STREAMS],
}

impl Default for LfsrBank {
    fn default() -> Self {
        LfsrBank {
            clock: Default::default(),
            read_index: Default::default(),
            read_data: Default::default(),
            write_index: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            // rust-hdl's simulator only.
            _sim: [0; LFSR_STREAMS],
        }
    }
}

impl Logic for LfsrBank {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.write_enable.val() {
            self._sim[self.write_index.val().to_u64() as usize] = self.write_data.val().to_u32();
        }
        let r = self.read_index.val().to_u64() as usize;
        self.read_data.next = (self._sim[r] as u64).to_bits();
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg [31:0] bank [0:{last}];

always @(posedge clock) begin
   if (write_enable) begin
      bank[write_index] <= write_data;
   end
end

always @(*) read_data = bank[read_index];
",
            last = LFSR_STREAMS - 1
        ))
    }
}
