//! A one-read, one-write synchronous RAM whose width and depth come from the configuration at
//! run time (rust-hdl's `RAM` fixes both as const generics). Yosys maps it to block RAM.
//!
//! ```text
//!                 +-----------------------------+
//!   clock ------->|                             |
//!   read_address ->| mem[depth] x width bits    |--> read_data (registered, zero-extended)
//!   write_address->|                             |
//!   write_data --->| (low `width` bits stored)   |
//!   write_enable ->|                             |
//!                 +-----------------------------+
//! ```
//! A read and a write of the same address in one cycle (a collision) return an undefined word:
//! the tile never uses one (ALGORITHM.md §11, "Defined before read"). Why: a block RAM's read
//! and write ports do not promise the old word on a collision, so Yosys would emulate it with an
//! address comparator behind every read address (55 LUT4 and 84 FF for 1024 x 36 bits), which put
//! the comparator on the tile's slowest paths; `(* no_rw_check *)` drops it. Simulators (not
//! Yosys, which defines `SYNTHESIS`) and rust-hdl's model return the old word inverted on a
//! collision, so a use of one shows up as a co-simulation mismatch.
//! A memory of depth 0 (absent in this configuration) reads 0 and holds nothing.
//!
//! `Memory::address_registered` builds the same contract the other way round: the read address
//! is registered and the array read behind the register (a LUT RAM's asynchronous read). Outside
//! a collision the word a cycle after the read is the same; a collision marks the new word
//! inverted. Why: a LUT RAM's registered output sits behind its address logic, its read and the
//! mux of its 16-entry slices in one cycle; a registered address splits the path there (the
//! history lanes' reads from the sequencer's index were fpga-small's critical paths at f68a457).
//! Only for memories the ECP5 keeps in LUT-RAM (`ecp5_blocks`): in a block RAM, whose address is
//! registered anyway, Yosys would emulate the transparent read (a bypass behind the block's
//! output).

use rust_hdl::prelude::*;

/// Address and data ports are sized for the largest configuration; only the low
/// `addr_bits(depth)` address bits and `width` data bits reach the array.
pub const ADDR_BITS: usize = 32;
pub const DATA_BITS: usize = 64;

#[derive(LogicBlock)]
pub struct Memory {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<ADDR_BITS>>,
    pub read_data: Signal<Out, Bits<DATA_BITS>>,
    pub write_address: Signal<In, Bits<ADDR_BITS>>,
    pub write_data: Signal<In, Bits<DATA_BITS>>,
    pub write_enable: Signal<In, Bit>,
    _width: u32,
    _depth: u64,
    _address_registered: bool,
    _sim: Vec<u64>,
    /// The registered address and collision (`address_registered`; rust-hdl's model only).
    _sim_read: usize,
    _sim_collided: bool,
}

/// ECP5 DP16KD blocks Yosys (0.70) gives a `width` x `depth` memory (of either form above), or 0
/// where it keeps it in LUT-RAM (`fpga::bram_blocks`'s ECP5 half; `fpga/tests/bram.rs` checks it
/// against Yosys). The blocks are the cheapest split over DP16KD's aspect ratios (512 x 36,
/// 1024 x 18, 2048 x 9, 4096 x 4, 8192 x 2, 16384 x 1); LUT-RAM is chosen when `cells + 0.1 x
/// (rows - 1) x width` (TRELLIS_DPR16X4 cells of 16 x 4 bits and the read multiplexer over
/// `rows` = ceil(depth / 16)) is at most 28.2 per block (measured: 12 x 112 at 28.2 in LUT-RAM,
/// 3 x 352 at 28.3 in a block; 32 while the template emulated collisions).
pub fn ecp5_blocks(width: u32, depth: u64) -> u64 {
    if depth == 0 {
        return 0;
    }
    let w = width as u64;
    let blocks = [
        (512, 36),
        (1024, 18),
        (2048, 9),
        (4096, 4),
        (8192, 2),
        (16384, 1),
    ]
    .iter()
    .map(|&(d, mw)| depth.div_ceil(d) * w.div_ceil(mw))
    .min()
    .unwrap_or(0);
    let rows = depth.div_ceil(16);
    let lutram = 10 * lutram_cells(width, depth) + (rows - 1) * w;
    if lutram > ECP5_LUTRAM_TENTHS_PER_BLOCK * blocks {
        blocks
    } else {
        0
    }
}

/// ECP5 TRELLIS_DPR16X4 cells (16 x 4 bits) of a `width` x `depth` LUT-RAM.
pub fn lutram_cells(width: u32, depth: u64) -> u64 {
    depth.div_ceil(16) * (width as u64).div_ceil(4)
}

/// ECP5: a memory whose LUT-RAM costs at most this much per block RAM it would take stays in
/// LUT-RAM (cost in tenths: ten per TRELLIS_DPR16X4 plus one per read-multiplexer input bit).
pub const ECP5_LUTRAM_TENTHS_PER_BLOCK: u64 = 282;

/// Address bits that index `depth` entries (at least 1).
pub fn addr_bits(depth: u64) -> u32 {
    (64 - depth.saturating_sub(1).leading_zeros()).max(1)
}

impl Memory {
    pub fn new(width: u32, depth: u64) -> Memory {
        assert!((1..=64).contains(&width), "memory width {width}");
        Memory {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _width: width,
            _depth: depth,
            _address_registered: false,
            // rust-hdl's simulator only: the array (cheap for the short unit tests it runs).
            _sim: vec![0; depth as usize],
            _sim_read: 0,
            _sim_collided: false,
        }
    }

    /// The memory with its read address registered and the array read behind it (above).
    pub fn address_registered(width: u32, depth: u64) -> Memory {
        Memory {
            _address_registered: true,
            ..Memory::new(width, depth)
        }
    }

    fn mask(&self) -> u64 {
        if self._width == 64 {
            u64::MAX
        } else {
            (1u64 << self._width) - 1
        }
    }
}

impl Logic for Memory {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let idx = |a: Bits<ADDR_BITS>, depth: u64| {
                let bits = addr_bits(depth);
                (a.to_u64() & ((1u64 << bits) - 1)) as usize
            };
            let r = idx(self.read_address.val(), self._depth);
            let w = idx(self.write_address.val(), self._depth);
            let word = self._sim.get(r).copied().unwrap_or(0);
            let collision = self.write_enable.val() && r == w && !self._sim.is_empty();
            let poison = if collision { self.mask() } else { 0 };
            if !self._address_registered {
                self.read_data.next = (word ^ poison).to_bits();
            }
            (self._sim_read, self._sim_collided) = (r, collision);
            if self.write_enable.val() {
                let m = self.mask();
                if let Some(x) = self._sim.get_mut(w) {
                    *x = self.write_data.val().to_u64() & m;
                }
            }
        }
        if self._address_registered {
            let word = self._sim.get(self._sim_read).copied().unwrap_or(0);
            let poison = if self._sim_collided { self.mask() } else { 0 };
            self.read_data.next = (word ^ poison).to_bits();
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        if self._depth == 0 {
            return Verilog::Custom("always @(posedge clock) read_data <= 64'h0;\n".into());
        }
        let ab = addr_bits(self._depth);
        // The stored bits inverted (the word is zero-extended to 64).
        let ones = format!("{{{}{{1'b1}}}}", self._width);
        let poison = if self._width == 64 {
            ones
        } else {
            format!("{{{}'b0, {ones}}}", 64 - self._width)
        };
        let read = |address: &str| {
            if self._width == 64 {
                format!("mem[{address}]")
            } else {
                format!("{{{}'b0, mem[{address}]}}", 64 - self._width)
            }
        };
        if self._address_registered {
            return Verilog::Custom(format!(
                "\
(* no_rw_check *)
reg [{w}:0] mem [0:{last}];
reg [{a}:0] read_q;

always @(posedge clock) begin
   read_q <= read_address[{a}:0];
   if (write_enable) begin
      mem[write_address[{a}:0]] <= write_data[{w}:0];
   end
end
`ifndef SYNTHESIS
reg collided;
always @(posedge clock) collided <= write_enable && write_address[{a}:0] == read_address[{a}:0];
always @(*) read_data = {read} ^ (collided ? {poison} : 64'h0);
`else
always @(*) read_data = {read};
`endif
",
                w = self._width - 1,
                last = self._depth - 1,
                a = ab - 1,
                read = read("read_q"),
            ));
        }
        Verilog::Custom(format!(
            "\
(* no_rw_check *)
reg [{w}:0] mem [0:{last}];

always @(posedge clock) begin
   read_data <= {read};
`ifndef SYNTHESIS
   if (write_enable && write_address[{a}:0] == read_address[{a}:0]) begin
      read_data <= {read} ^ {poison};
   end
`endif
   if (write_enable) begin
      mem[write_address[{a}:0]] <= write_data[{w}:0];
   end
end
",
            w = self._width - 1,
            last = self._depth - 1,
            a = ab - 1,
            poison = poison,
            read = read(&format!("read_address[{}:0]", ab - 1)),
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "memory".into(),
            clock: "clock".into(),
            inputs: vec![
                "read_address".into(),
                "write_address".into(),
                "write_data".into(),
                "write_enable".into(),
            ],
            outputs: vec!["read_data".into()],
        }]
    }
}
