//! `delaytile gen`: the tile's Verilog for one configuration, its memory map and the
//! configuration it came from. Everything is produced in memory first, then written atomically,
//! so a failure leaves no partial file.

use crate::args::ConfigArgs;
use anyhow::{Context, Result};
use golden::config::Config;
use golden::output::{json_bytes, write_atomic};
use hdl::generate::{MapEntry, memory_map, registers, tile_verilog};
use std::fmt::Write;
use std::path::PathBuf;

/// The generated files, by name.
pub struct Generated {
    pub files: Vec<(&'static str, Vec<u8>)>,
    pub map: Vec<MapEntry>,
}

pub fn generate(cfg: &Config) -> Result<Generated> {
    let map = memory_map(cfg);
    let files = vec![
        (
            "tile.v",
            tile_verilog(cfg)
                .context("cannot generate the tile")?
                .into_bytes(),
        ),
        ("memory_map.json", json_bytes(&map)?),
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
        "\n## Commands (`cmd_op`, accepted when `cmd_ready`)\n\n\
         | op | command | operands |\n|---|---|---|\n\
         | 1 | WRITE | `cmd_addr`, `cmd_data` |\n\
         | 2 | READ | `cmd_addr`; `rsp_valid` with `rsp_data` one cycle later |\n\
         | 3 | SPIKE | `cmd_data` = input channel of the coming step |\n\
         | 4 | STEP | runs one time step; `busy` until done, then `last_cycles`, `prediction`, `deadline_missed` |\n\
         | 5 | CLEAR | zeroes the state for a new sample (parameters stay) |"
    );
    s
}

#[derive(clap::Args, Debug)]
pub struct GenArgs {
    #[command(flatten)]
    pub cfg: ConfigArgs,
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: GenArgs) -> Result<()> {
    let cfg = args.cfg.load()?;
    let out = &args.out;
    let g = generate(&cfg)?;
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the output directory {}", out.display()))?;
    for (name, bytes) in &g.files {
        write_atomic(&out.join(name), bytes)?;
    }
    let total: u64 = g.map.iter().map(|m| m.bits).sum();
    println!(
        "wrote {} (tile.v, memory_map.json, memory_map.md, config.toml): {} memories, {} bits ({:.1} KiB)",
        out.display(),
        g.map.len(),
        total,
        total as f64 / 8192.0
    );
    Ok(())
}
