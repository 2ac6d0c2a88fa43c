//! The block-RAM / LUT-RAM model: how many block RAMs Yosys gives each memory of the memory map
//! on each family (checked against Yosys by `sim/tests/fpga_bram.rs` and by every flow run,
//! which compares it with the synthesised count).

use crate::device::Family;
use golden::config::Config;
use hdl::generate::{BRIDGE_BUFFER, memory_map};

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
/// ECP5 (Yosys 0.70) puts it in LUT-RAM when `cells + 0.1 x (rows - 1) x width`
/// (TRELLIS_DPR16X4 cells of 16 x 4 bits, and the read multiplexer over `rows` =
/// ceil(depth / 16)) is at most 28.2 per block it would take (32 with the emulation; measured:
/// 12 x 112 at 28.2 in LUT-RAM, 3 x 352 at 28.3 in a block).
pub fn bram_blocks(family: Family, width: u32, depth: u64) -> u64 {
    if depth == 0 {
        return 0;
    }
    let w = width as u64;
    let modes: &[(u64, u64)] = match family {
        Family::Ice40 => &[(256, 16), (512, 8), (1024, 4), (2048, 2)],
        Family::Ecp5 => &[
            (512, 36),
            (1024, 18),
            (2048, 9),
            (4096, 4),
            (8192, 2),
            (16384, 1),
        ],
    };
    let segments_side_by_side = match family {
        Family::Ice40 => (depth.div_ceil(256) * w).div_ceil(16),
        Family::Ecp5 => u64::MAX,
    };
    let blocks = modes
        .iter()
        .map(|&(d, mw)| depth.div_ceil(d) * w.div_ceil(mw))
        .min()
        .unwrap_or(0)
        .min(segments_side_by_side);
    let in_bram = match family {
        Family::Ice40 => w * depth >= ICE40_LOGIC_BITS_PER_BLOCK * blocks,
        Family::Ecp5 => {
            let rows = depth.div_ceil(16);
            10 * lutram_cells(width, depth) + (rows - 1) * w > ECP5_LUTRAM_TENTHS_PER_BLOCK * blocks
        }
    };
    if in_bram { blocks } else { 0 }
}

/// ECP5 TRELLIS_DPR16X4 cells (16 x 4 bits) of a `width` x `depth` LUT-RAM.
pub fn lutram_cells(width: u32, depth: u64) -> u64 {
    depth.div_ceil(16) * (width as u64).div_ceil(4)
}

/// ECP5: a memory whose LUT-RAM costs at most this much per block RAM it would take stays in
/// LUT-RAM (cost in tenths: ten per TRELLIS_DPR16X4 plus one per read-multiplexer input bit).
pub const ECP5_LUTRAM_TENTHS_PER_BLOCK: u64 = 282;

/// iCE40: a memory with fewer bits than this per block it would occupy stays in flip-flops.
pub const ICE40_LOGIC_BITS_PER_BLOCK: u64 = 67;

/// Predicted block RAMs of the tile for `cfg` (plus the bridge's buffer when `board`), from the
/// memory map.
pub fn predicted_brams(cfg: &Config, family: Family, board: bool) -> u64 {
    let tile: u64 = memory_map(cfg)
        .iter()
        .filter(|m| m.kind != "register")
        .map(|m| m.banks as u64 * bram_blocks(family, m.width, m.entries / m.banks as u64))
        .sum();
    let bridge = if board {
        bram_blocks(family, BRIDGE_BUFFER.0, BRIDGE_BUFFER.1)
    } else {
        0
    };
    tile + bridge
}
