//! The block-RAM / LUT-RAM model: how many block RAMs Yosys gives each memory of the memory map
//! on each family (checked against Yosys by `fpga/tests/bram.rs` and by every flow run,
//! which compares it with the synthesised count).

use crate::device::Family;
use golden::config::Config;
use hdl::generate::{BRIDGE_BUFFER, memory_map};
use hdl::ram::ecp5_blocks;
pub use hdl::ram::lutram_cells;

/// Block RAMs Yosys uses for one `width` x `depth` memory with one read and one write port
/// (read registered), or 0 where it keeps the memory in logic or LUT-RAM.
///
/// The block count is the cheapest split over the block's aspect ratios,
/// `min over (d, w) of ceil(depth / d) * ceil(width / w)`: iCE40 SB_RAM40_4K 256 x 16, 512 x 8,
/// 1024 x 4, 2048 x 2; ECP5 DP16KD 512 x 36, 1024 x 18, 2048 x 9, 4096 x 4, 8192 x 2, 16384 x 1.
/// On the iCE40 Yosys may also lay the memory's 256-row segments side by side in 256 x 16
/// blocks and write them through the bit mask: `ceil(ceil(depth / 256) * width / 16)` blocks
/// (3264 x 7 takes 6 blocks that way, 7 in 512 x 8).
/// Which memories stay out of block RAM follows Yosys's `memory_libmap` costs, measured on
/// this memory template (`delaytile estimate` and `fpga/tests/bram.rs` check it):
/// iCE40 (Yosys 0.23) keeps a memory in flip-flops when it has fewer than 67 bits per block it
/// would take (a block costs 64, a soft-logic bit about 0.96; 75 bits before the template
/// dropped its read/write collision emulation, which Yosys counted into the block's cost);
/// ECP5 (Yosys 0.70) puts it in LUT-RAM by `hdl::ram::ecp5_blocks`'s rule.
pub fn bram_blocks(family: Family, width: u32, depth: u64) -> u64 {
    blocks_of(family, width, depth, false)
}

fn blocks_of(family: Family, width: u32, depth: u64, transparent: bool) -> u64 {
    if family == Family::Ecp5 {
        return ecp5_blocks(width, depth);
    }
    if depth == 0 {
        return 0;
    }
    let w = width as u64;
    let blocks = [(256, 16), (512, 8), (1024, 4), (2048, 2)]
        .iter()
        .map(|&(d, mw)| depth.div_ceil(d) * w.div_ceil(mw))
        .min()
        .unwrap_or(0)
        .min((depth.div_ceil(256) * w).div_ceil(16));
    let bits = if transparent {
        ICE40_TRANSPARENT_BITS_PER_BLOCK
    } else {
        ICE40_LOGIC_BITS_PER_BLOCK
    };
    if w * depth >= bits * blocks {
        blocks
    } else {
        0
    }
}

/// iCE40: a memory with fewer bits than this per block it would occupy stays in flip-flops.
pub const ICE40_LOGIC_BITS_PER_BLOCK: u64 = 67;

/// iCE40: the same for a memory read behind a registered address (`MapEntry::
/// address_registered`), whose transparent read Yosys emulates in a block and counts into the
/// block's cost. Measured on `ram.rs`'s template: 1 x 72, 2 x 36, 4 x 18 in flip-flops; 1 x 73,
/// 2 x 37, 4 x 19 in a block. ECP5's boundary does not move (12 x 112 at 28.2 in LUT-RAM,
/// 3 x 352 at 28.3 in a block), and the tile registers such an address only in LUT-RAM.
pub const ICE40_TRANSPARENT_BITS_PER_BLOCK: u64 = 73;

/// Block RAMs of one bank of a memory-map entry (`bram_blocks`, or the transparent threshold).
pub fn entry_blocks(family: Family, m: &hdl::generate::MapEntry) -> u64 {
    let depth = m.entries / m.banks as u64;
    blocks_of(family, m.width, depth, m.address_registered)
}

/// Predicted block RAMs of the tile for `cfg` (plus the bridge's buffer when `board`), from the
/// memory map.
pub fn predicted_brams(cfg: &Config, family: Family, board: bool) -> u64 {
    let tile: u64 = memory_map(cfg)
        .iter()
        .filter(|m| m.kind != "register")
        .map(|m| m.banks as u64 * entry_blocks(family, m))
        .sum();
    let bridge = if board {
        bram_blocks(family, BRIDGE_BUFFER.0, BRIDGE_BUFFER.1)
    } else {
        0
    };
    tile + bridge
}
