//! The scoreboard: the golden model and the RTL run the same samples in lockstep; after every
//! step every piece of state the contract defines is read from the RTL through the host
//! interface and compared with the golden model's, and the RTL's cycle count with the cycle
//! model's. The first difference stops the run.

use crate::host::{Host, Link, LinkError, RtlState, StepStatus};
use golden::cycles::{clear_cycles, step_cycles, work_bound};
use golden::fixed::Tile;
use golden::task::Sample;
use serde::Serialize;

/// Where and how the RTL first differed from the golden model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    pub sample: usize,
    /// Step within the sample (0-based); `None` for the CLEAR before it.
    pub step: Option<usize>,
    /// The hardware block that owns the value (`hdl/src/<unit>.rs`).
    pub unit: &'static str,
    /// Memory or register, with the entry index.
    pub field: String,
    pub expected: String,
    pub actual: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let step = self
            .step
            .map_or("the CLEAR before step 0".to_string(), |s| {
                format!("step {s}")
            });
        write!(
            f,
            "sample {}, {step}: {} {}: expected {}, RTL has {}",
            self.sample, self.unit, self.field, self.expected, self.actual
        )
    }
}

/// What a co-simulation run did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub samples: usize,
    pub steps: u64,
    /// Busy cycles of all steps (equal to the cycle model's when there is no mismatch).
    pub step_cycles: u64,
    pub clear_cycles: u64,
    /// The one-lane work bound summed over all steps.
    pub work_bound: u64,
    pub max_step_cycles: u64,
    /// Values compared (state entries, cycle counts, predictions).
    pub compared: u64,
    pub mismatch: Option<Mismatch>,
}

fn first_diff<T: PartialEq + std::fmt::Debug>(
    unit: &'static str,
    name: &str,
    expected: &[T],
    actual: &[T],
) -> Option<(&'static str, String, String, String)> {
    if expected.len() != actual.len() {
        return Some((
            unit,
            format!("{name} (length)"),
            expected.len().to_string(),
            actual.len().to_string(),
        ));
    }
    let i = expected.iter().zip(actual).position(|(e, a)| e != a)?;
    Some((
        unit,
        format!("{name}[{i}]"),
        format!("{:?}", expected[i]),
        format!("{:?}", actual[i]),
    ))
}

/// Compare the golden model after a step with the RTL's state and status, in data-path order
/// (history, LIF, readout), so the first difference reported is the earliest cause.
pub fn compare(
    tile: &Tile,
    rtl: &RtlState,
    status: &StepStatus,
) -> Option<(&'static str, String, String, String)> {
    let st = &tile.state;
    let cycles = step_cycles(&tile.cfg, st.counts());
    let hist: Vec<u64> = st.delay.hist.clone();
    let v: Vec<i64> = st.v.iter().map(|&x| x as i64).collect();
    let y: Vec<i64> = st.readout.y.iter().map(|&x| x as i64).collect();
    let pred = st.readout.prediction();
    first_diff("delay_fifo", "spike_history", &hist, &rtl.spike_history)
        .or_else(|| {
            first_diff(
                "delay_fifo",
                "active_sources",
                &st.active_sources,
                &rtl.active_sources,
            )
        })
        .or_else(|| first_diff("lif", "membranes", &v, &rtl.membranes))
        .or_else(|| first_diff("lif", "spikes", &st.z, &rtl.spikes))
        .or_else(|| first_diff("lif", "spike_list", &st.spike_list, &rtl.spike_list))
        .or_else(|| first_diff("readout", "readout", &y, &rtl.readout))
        .or_else(|| {
            first_diff(
                "readout",
                "decision_sums",
                &st.readout.acc,
                &rtl.decision_sums,
            )
        })
        .or_else(|| first_diff("readout", "prediction", &[pred], &[status.prediction]))
        .or_else(|| first_diff("tile", "last_cycles", &[cycles], &[status.cycles]))
        .or_else(|| first_diff("tile", "step register", &[st.t as u64], &[rtl.step]))
}

/// Values one `compare` looks at.
fn compared_per_step(tile: &Tile) -> u64 {
    let st = &tile.state;
    (st.delay.hist.len()
        + st.active_sources.len()
        + 2 * st.v.len()
        + st.spike_list.len()
        + 2 * st.readout.y.len()
        + 3) as u64
}

/// Run `samples` for inference on both sides from cleared states. The RTL must already hold the
/// golden model's parameters (`Host::load_params`). `progress` is called after every sample.
pub fn run<L: Link>(
    host: &mut Host<L>,
    tile: &mut Tile,
    samples: &[Sample],
    mut progress: impl FnMut(usize),
) -> Result<Summary, LinkError> {
    let mut sum = Summary::default();
    for (n, sample) in samples.iter().enumerate() {
        sum.samples += 1;
        tile.reset_state();
        let busy = host.link.clear()?;
        let expected = clear_cycles(&tile.cfg);
        sum.clear_cycles += busy;
        if busy != expected {
            sum.mismatch = Some(Mismatch {
                sample: n,
                step: None,
                unit: "tile",
                field: "CLEAR busy cycles".into(),
                expected: expected.to_string(),
                actual: busy.to_string(),
            });
            return Ok(sum);
        }
        for (t, inputs) in sample.steps.iter().enumerate() {
            tile.step(inputs, None);
            let status = host.run_step(inputs)?;
            let state = host.read_state()?;
            sum.steps += 1;
            sum.step_cycles += status.cycles;
            sum.max_step_cycles = sum.max_step_cycles.max(status.cycles);
            sum.work_bound += work_bound(&tile.cfg, tile.state.counts());
            sum.compared += compared_per_step(tile);
            if let Some((unit, field, expected, actual)) = compare(tile, &state, &status) {
                sum.mismatch = Some(Mismatch {
                    sample: n,
                    step: Some(t),
                    unit,
                    field,
                    expected,
                    actual,
                });
                return Ok(sum);
            }
        }
        progress(n + 1);
    }
    Ok(sum)
}
