//! Waveforms of the golden model, on the RTL's time base, so that both sides of a mismatch can be
//! viewed together: one VCD variable per state entry, changed at the cycle each step ends
//! (Verilator's trace runs 10 time units per clock cycle).

use golden::fixed::Tile;
use golden::memory::{self, MemoryId};
use std::io::Write;
use vcd::{IdCode, TimescaleUnit, Value, Writer};

/// Time units per clock cycle in the RTL trace (two edges of 5).
pub const UNITS_PER_CYCLE: u64 = 10;

fn bits(x: u64, width: u32) -> Vec<Value> {
    (0..width)
        .rev()
        .map(|b| Value::from((x >> b) & 1 == 1))
        .collect()
}

/// Variables of one memory: `name[i]`, `width` bits each.
struct Group {
    ids: Vec<IdCode>,
    width: u32,
}

fn group<W: Write>(
    w: &mut Writer<W>,
    cfg: &golden::config::Config,
    id: MemoryId,
) -> std::io::Result<Group> {
    let m = memory::find(cfg, id).expect("inference memory");
    let name = id.name();
    let mut ids = Vec::new();
    for i in 0..m.entries {
        ids.push(w.add_wire(m.width, &format!("{name}_{i}"))?);
    }
    Ok(Group {
        ids,
        width: m.width,
    })
}

/// Write the golden model's state after each step of a run: `states[n]` is the tile after step
/// `n`, `end_cycles[n]` the RTL cycle at which that step ended.
pub fn write_golden_vcd<W: Write>(
    out: W,
    states: &[Tile],
    end_cycles: &[u64],
) -> std::io::Result<()> {
    let Some(first) = states.first() else {
        return Ok(());
    };
    let cfg = &first.cfg;
    let mut w = Writer::new(out);
    w.timescale(1, TimescaleUnit::PS)?;
    w.add_module("golden")?;
    let step = w.add_wire(32, "step")?;
    let hist = group(&mut w, cfg, MemoryId::SpikeHistory)?;
    let v = group(&mut w, cfg, MemoryId::Membranes)?;
    let z = group(&mut w, cfg, MemoryId::Spikes)?;
    let y = group(&mut w, cfg, MemoryId::Readout)?;
    let acc = group(&mut w, cfg, MemoryId::DecisionSums)?;
    w.upscope()?;
    w.enddefinitions()?;
    for (tile, &cycle) in states.iter().zip(end_cycles) {
        let st = &tile.state;
        w.timestamp(cycle * UNITS_PER_CYCLE)?;
        w.change_vector(step, bits(st.t as u64, 32))?;
        for (id, &x) in hist.ids.iter().zip(&st.delay.hist) {
            w.change_vector(*id, bits(x, hist.width))?;
        }
        for (id, &x) in v.ids.iter().zip(&st.v) {
            w.change_vector(*id, bits(x as i64 as u64, v.width))?;
        }
        for (id, &x) in z.ids.iter().zip(&st.z) {
            w.change_vector(*id, bits(x as u64, z.width))?;
        }
        for (id, &x) in y.ids.iter().zip(&st.readout.y) {
            w.change_vector(*id, bits(x as i64 as u64, y.width))?;
        }
        for (id, &x) in acc.ids.iter().zip(&st.readout.acc) {
            w.change_vector(*id, bits(x as u64, acc.width))?;
        }
    }
    w.flush()
}
