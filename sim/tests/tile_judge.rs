//! The judge can fail: one parameter changed in the RTL only (through the host interface) is
//! reported at the first step where it matters, in the right unit and field. Where that is comes
//! from an independent run: the golden model with and without the change, compared state by
//! state in data-path order (the current buffer between the active list and the membranes, as
//! `cosim::compare` reads them).

mod tile_support;

use golden::config::Config;
use golden::fixed::Tile;
use golden::memory::{self, MemoryId};
use golden::task::Sample;
use sim::cosim::{self, Mismatch};
use sim::host::{Link, entry_address};
use tile_support::*;

/// First (sample, step, unit, field) at which two golden tiles differ, in data-path order.
fn first_divergence(
    a: &mut Tile,
    b: &mut Tile,
    data: &[Sample],
) -> Option<(usize, usize, &'static str, String)> {
    for (n, s) in data.iter().enumerate() {
        a.reset_state();
        b.reset_state();
        for (t, x) in s.steps.iter().enumerate() {
            a.step(x, None);
            b.step(x, None);
            let (p, q) = (&a.state, &b.state);
            let idx = |u: &[i64], v: &[i64]| u.iter().zip(v).position(|(x, y)| x != y);
            let widen = |v: &[i32]| v.iter().map(|&x| x as i64).collect::<Vec<_>>();
            let found: Option<(&'static str, String)> = if p.delay.hist != q.delay.hist {
                let i = p
                    .delay
                    .hist
                    .iter()
                    .zip(&q.delay.hist)
                    .position(|(x, y)| x != y)
                    .unwrap();
                Some(("delay_fifo", format!("spike_history[{i}]")))
            } else if p.active_sources != q.active_sources {
                let i = p
                    .active_sources
                    .iter()
                    .zip(&q.active_sources)
                    .position(|(x, y)| x != y)
                    .unwrap_or(p.active_sources.len().min(q.active_sources.len()));
                Some((
                    "delay_fifo",
                    if p.active_sources.len() != q.active_sources.len() {
                        "active_sources (length)".to_string()
                    } else {
                        format!("active_sources[{i}]")
                    },
                ))
            } else if let Some(i) = idx(&p.buffer, &q.buffer) {
                Some(("syn", format!("current_buffer[{i}]")))
            } else if let Some(i) = idx(&widen(&p.v), &widen(&q.v)) {
                Some(("lif", format!("membranes[{i}]")))
            } else if p.z != q.z {
                let i = p.z.iter().zip(&q.z).position(|(x, y)| x != y).unwrap();
                Some(("lif", format!("spikes[{i}]")))
            } else if let Some(i) = idx(&widen(&p.readout.y), &widen(&q.readout.y)) {
                Some(("readout", format!("readout[{i}]")))
            } else if let Some(i) = idx(&p.readout.acc, &q.readout.acc) {
                Some(("readout", format!("decision_sums[{i}]")))
            } else {
                None
            };
            if let Some((unit, field)) = found {
                return Some((n, t, unit, field));
            }
        }
    }
    None
}

/// Change `id[index]` to `value` in the RTL only and check where the co-simulation stops.
fn caught(cfg: &Config, id: MemoryId, index: usize, value: i32) -> Mismatch {
    let dir = tempfile::tempdir().unwrap();
    let train = shd_samples(cfg, 20, 1, dir.path());
    let data = shd_samples(cfg, 10, 3, dir.path());
    let tile = trained_tile(cfg, &train);
    let mut host = host_for(cfg, &tile, false);
    let m = memory::find(cfg, id).unwrap();
    host.link
        .write(entry_address(cfg, &m, index as u64), value as i64 as u64)
        .unwrap();

    let mut changed = tile.clone();
    let mut p = changed.params.clone();
    let field = match id {
        MemoryId::Weights => &mut p.w,
        MemoryId::AxonalDelays => &mut p.a,
        MemoryId::ReadoutBiases => &mut p.b,
        _ => unreachable!(),
    };
    assert_ne!(field[index], value, "the change must change something");
    field[index] = value;
    changed.set_params(p).unwrap();
    let (sample, step, unit, fieldname) =
        first_divergence(&mut tile.clone(), &mut changed, &data).expect("the change matters");

    let sum = cosim::run(&mut host, &mut tile.clone(), &data, |_| {}).unwrap();
    let m = sum
        .mismatch
        .expect("the co-simulation must catch the change");
    assert_eq!(
        (m.sample, m.step, m.unit, m.field.as_str()),
        (sample, Some(step), unit, fieldname.as_str()),
        "{m}"
    );
    m
}

/// The tap pass (`hardware.event_pass = false`): a weight's first effect is a membrane.
#[test]
fn a_changed_input_weight_is_caught_in_the_lif_at_its_first_effect() {
    let mut cfg = reference_with(&[("recurrent", "false")]);
    cfg.hardware.event_pass = false;
    let tile = Tile::new(&cfg).unwrap();
    // A weight of neuron 3 from input 40, pushed to the other end of its range.
    let i = 3 * cfg.sources() + 40;
    let v = if tile.params.w[i] > 0 { -100 } else { 100 };
    let m = caught(&cfg, MemoryId::Weights, i, v);
    assert_eq!(m.unit, "lif");
}

/// The same with 4 lanes: the weight lies in bank 3 (neuron 3), written at its interleaved host
/// index; the lane that sums neuron 3 is the one that must carry it.
#[test]
fn a_changed_weight_in_a_lanes_bank_is_caught_in_the_lif() {
    let mut cfg = reference_with(&[("recurrent", "false")]);
    cfg.hardware.lanes = 4;
    cfg.hardware.event_pass = false;
    let tile = Tile::new(&cfg).unwrap();
    let i = 3 * cfg.sources() + 40;
    let v = if tile.params.w[i] > 0 { -100 } else { 100 };
    let m = caught(&cfg, MemoryId::Weights, i, v);
    assert_eq!(m.unit, "lif");
}

/// The tap pass lists a source by the spike at its axonal tap, so the list shows the change.
#[test]
fn a_changed_axonal_delay_is_caught_in_the_delay_fifo() {
    let mut cfg = reference_with(&[("delay_mode", "\"axonal\"")]);
    cfg.hardware.event_pass = false;
    let tile = Tile::new(&cfg).unwrap();
    let i = 25;
    let dmax = (cfg.network.max_delay as i32 - 1) << cfg.widths.delay_frac;
    let v = if tile.params.a[i] > dmax / 2 { 0 } else { dmax };
    let m = caught(&cfg, MemoryId::AxonalDelays, i, v);
    assert_eq!(m.unit, "delay_fifo");
}

/// The event pass lists the sources spiking now, whatever their delays: a changed weight or
/// axonal delay first shows in the current buffer, the slot a spike was added to.
#[test]
fn with_the_event_pass_a_changed_weight_or_delay_is_caught_in_the_current_buffer() {
    let cfg = reference_with(&[("recurrent", "false")]);
    let tile = Tile::new(&cfg).unwrap();
    let i = 3 * cfg.sources() + 40;
    let v = if tile.params.w[i] > 0 { -100 } else { 100 };
    let m = caught(&cfg, MemoryId::Weights, i, v);
    assert_eq!(m.unit, "syn", "{m}");
    let cfg = reference_with(&[("delay_mode", "\"axonal\"")]);
    let tile = Tile::new(&cfg).unwrap();
    let dmax = (cfg.network.max_delay as i32 - 1) << cfg.widths.delay_frac;
    let v = if tile.params.a[25] > dmax / 2 {
        0
    } else {
        dmax
    };
    let m = caught(&cfg, MemoryId::AxonalDelays, 25, v);
    assert_eq!(m.unit, "syn", "{m}");
}

#[test]
fn a_changed_readout_bias_is_caught_in_the_readout_at_step_0() {
    let cfg = reference();
    let m = caught(&cfg, MemoryId::ReadoutBiases, 7, 90);
    assert_eq!(
        (m.sample, m.step, m.unit, m.field.as_str()),
        (0, Some(0), "readout", "readout[7]")
    );
}
