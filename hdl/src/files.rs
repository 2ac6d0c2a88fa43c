//! The files `delaytile gen` (and the demo) write for a configuration: the tile's Verilog, its
//! memory map as JSON and as Markdown (memories, registers and host commands, all from
//! `golden::memory`), and the configuration itself.

use crate::generate::{GenError, MapEntry, memory_map, registers, tile_verilog};
use golden::config::Config;
use golden::memory::op;
use golden::output::json_bytes;
use std::fmt::Write;

/// The host commands the Markdown lists: opcode (`golden::memory::op`), name, operands.
const COMMANDS: [(u8, &str, &str); 5] = [
    (op::WRITE, "WRITE", "`cmd_addr`, `cmd_data`"),
    (
        op::READ,
        "READ",
        "`cmd_addr`; `rsp_valid` with `rsp_data` one cycle later",
    ),
    (
        op::SPIKE,
        "SPIKE",
        "`cmd_data` = input channel of the coming step",
    ),
    (
        op::STEP,
        "STEP",
        "runs one time step; `busy` until done, then `last_cycles`, `prediction`, `deadline_missed`",
    ),
    (
        op::CLEAR,
        "CLEAR",
        "zeroes the state for a new sample (parameters stay)",
    ),
];

/// The generated files, by name.
pub struct Generated {
    pub files: Vec<(&'static str, Vec<u8>)>,
    pub map: Vec<MapEntry>,
}

/// The files `delaytile gen` writes: the Verilog, the memory map as JSON and Markdown, and the
/// configuration.
pub fn generate(cfg: &Config) -> Result<Generated, GenError> {
    let map = memory_map(cfg);
    let files = vec![
        ("tile.v", tile_verilog(cfg)?.into_bytes()),
        (
            "memory_map.json",
            json_bytes(&map).expect("the memory map serialises"),
        ),
        ("memory_map.md", map_markdown(cfg, &map).into_bytes()),
        ("config.toml", cfg.to_toml().into_bytes()),
    ];
    Ok(Generated { files, map })
}

fn map_markdown(cfg: &Config, map: &[MapEntry]) -> String {
    let mut s = String::new();
    let n = &cfg.network;
    let _ = writeln!(
        s,
        "# Memory map of the tile ({} inputs, {} hidden{}, {} outputs, delays: {:?}, D = {})\n",
        n.inputs,
        n.hidden,
        if n.recurrent { " recurrent" } else { "" },
        n.outputs,
        n.delay_mode,
        n.max_delay
    );
    let _ = writeln!(
        s,
        "Host address = region << {} | index. Reads return the low `width` bits, zero-extended; \
         signed memories (weights, biases, membranes, readout, decision sums) are two's \
         complement in that width. Delays are unsigned with `delay_frac` fraction bits.\n",
        golden::memory::REGION_SHIFT
    );
    let _ = writeln!(
        s,
        "Memories start with whatever the power-up left (block RAM contents, X in simulation); \
         the last column says what writes each before the tile reads it (ALGORITHM.md §11). \
         Registers start at 0 (their initial values).\n"
    );
    let _ = writeln!(
        s,
        "| memory | kind | region | addresses | entries | width | bits | written before its first read by |\n|---|---|---|---|---|---|---|---|"
    );
    for m in map {
        let _ = writeln!(
            s,
            "| {} | {} | {} | 0x{:08x}..0x{:08x} | {} | {} | {} | {} |",
            m.name,
            m.kind,
            m.region,
            m.first_address,
            m.last_address,
            m.entries,
            m.width,
            m.bits,
            m.first_write
        );
    }
    let total: u64 = map.iter().map(|m| m.bits).sum();
    let _ = writeln!(s, "\nTotal: {total} bits ({} bytes).\n", total.div_ceil(8));
    if cfg.hardware.lanes > 1 {
        let _ = writeln!(
            s,
            "With {} lanes (`hardware.lanes`) the weights and synaptic delays are split into {0} \
             skewed banks: entry (neuron j, source s) is at index `((j div {0}) S + s) {0} + (j + \
             s) mod {0}` (`golden::memory::host_index`; S = {}); the readout weights likewise: \
             (output k, neuron j) at `((k div {0}) H + j) {0} + (k + j) mod {0}` (H = {}). The spike \
             history, input spikes, hidden spikes, axonal delays, trace FIFOs and delay and axonal \
             gradients are split by source (index unchanged: source s in bank s mod {0}), the \
             readout traces by neuron; the active sources are one list per lane: lane b's e-th entry at index \
             `e {0} + b`, its length at index 0x{:x} + b.\n",
            cfg.hardware.lanes,
            cfg.sources(),
            cfg.network.hidden,
            golden::memory::ACTIVE_COUNT
        );
    }
    let _ = writeln!(
        s,
        "## Registers (region {})\n\n| register | index | access | meaning |\n|---|---|---|---|",
        golden::memory::REGISTERS
    );
    for r in registers(cfg) {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            r.name, r.index, r.access, r.meaning
        );
    }
    if !cfg.hardware.learning_unit {
        let _ = writeln!(
            s,
            "\nBuilt without the learning unit (`hardware.learning_unit = false`): the learning \
             registers (6-12) are not listed; LEARN and LEARN_FLAGS read 0, so the tile never learns."
        );
    }
    let _ = writeln!(
        s,
        "\n## Commands (`cmd_op`, accepted when `cmd_ready`)\n\n| op | command | operands |\n|---|---|---|"
    );
    for (code, name, operands) in COMMANDS {
        let _ = writeln!(s, "| {code} | {name} | {operands} |");
    }
    s
}
