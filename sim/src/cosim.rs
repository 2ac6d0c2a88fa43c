//! The scoreboard: the golden model and the RTL run the same samples in lockstep; after every
//! step every piece of state the contract defines is read from the RTL through the host
//! interface and compared with the golden model's, and the RTL's cycle count with the cycle
//! model's. The first difference stops the run.

use crate::host::{Host, Link, LinkError, RtlState, StepStatus};
use golden::cycles::{clear_cycles, learning_cycles, learning_work_bound, step_cycles, work_bound};
use golden::fixed::Tile;
use golden::memory::{MemoryId, reg};
use golden::rng::LFSR_STREAMS;
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
    let cycles = step_cycles(&tile.cfg, st.counts()) + learning_cycles(&tile.cfg, st.learn_counts);
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
        .or_else(|| first_diff("syn", "current_buffer", &st.buffer, &rtl.current_buffer))
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
        + st.buffer.len()
        + 2 * st.v.len()
        + st.spike_list.len()
        + 2 * st.readout.y.len()
        + 3) as u64
}

/// Count a CLEAR's busy cycles; a mismatch if they are not the cycle model's.
fn check_clear(tile: &Tile, sample: usize, busy: u64, sum: &mut Summary) -> Option<Mismatch> {
    sum.clear_cycles += busy;
    let expected = clear_cycles(&tile.cfg);
    (busy != expected).then(|| Mismatch {
        sample,
        step: None,
        unit: "tile",
        field: "CLEAR busy cycles".into(),
        expected: expected.to_string(),
        actual: busy.to_string(),
    })
}

/// Run `samples` for inference on both sides from cleared states. The RTL must already hold the
/// golden model's parameters (`Host::load_params`). `progress` is called after every sample.
pub fn run<L: Link>(
    host: &mut Host<L>,
    tile: &mut Tile,
    samples: &[Sample],
    progress: impl FnMut(usize),
) -> Result<Summary, LinkError> {
    lockstep(host, tile, samples, false, progress)
}

type Diff = (&'static str, String, String, String);

fn diff_i64(unit: &'static str, name: &str, idx: &[usize], e: &[i64], a: &[i64]) -> Option<Diff> {
    let i = e.iter().zip(a).position(|(x, y)| x != y)?;
    Some((
        unit,
        format!("{name}[{}]", idx[i]),
        e[i].to_string(),
        a[i].to_string(),
    ))
}

fn widen(v: &[i32]) -> Vec<i64> {
    v.iter().map(|&x| x as i64).collect()
}

/// Compare the learning state after a step: the trace entries this step wrote, psi and zeta,
/// the errors and modulated signals, the LFSR, and every parameter that could have changed.
pub fn compare_learning<L: Link>(
    host: &mut Host<L>,
    tile: &Tile,
) -> Result<Option<Diff>, LinkError> {
    let st = &tile.state;
    let cfg = &tile.cfg;
    let (h, s_n) = (cfg.network.hidden, cfg.sources());
    let all_h: Vec<usize> = (0..h).collect();
    let psi = host.read_entries(MemoryId::Psi, &all_h, false)?;
    if let Some(d) = diff_i64("lif", "psi", &all_h, &widen(&st.psi), &psi) {
        return Ok(Some(d));
    }
    let zeta = host.read_entries(MemoryId::ReadoutTraces, &all_h, false)?;
    if let Some(d) = diff_i64(
        "readout",
        "readout_traces",
        &all_h,
        &widen(&st.readout.zeta),
        &zeta,
    ) {
        return Ok(Some(d));
    }
    let lc = st.learn_counts;
    if !lc.traces {
        return Ok(None);
    }
    let head = host.read_register(reg::TRACE_HEAD)?;
    if head != st.traces.head() as u64 {
        return Ok(Some((
            "trace_fifo",
            "trace_head register".into(),
            st.traces.head().to_string(),
            head.to_string(),
        )));
    }
    let r = cfg.surrogate.kernel_radius;
    let eps_idx: Vec<usize> = (0..s_n).map(|s| st.traces.index(s, 0)).collect();
    let eps = host.read_entries(MemoryId::EpsTraceFifo, &eps_idx, false)?;
    let eps_gold: Vec<i64> = eps_idx.iter().map(|&i| st.traces.eps[i] as i64).collect();
    if let Some(d) = diff_i64("trace_fifo", "eps_trace_fifo", &eps_idx, &eps_gold, &eps) {
        return Ok(Some(d));
    }
    let eta_idx: Vec<usize> = (0..s_n)
        .flat_map(|s| (0..=r).map(move |m| (s, m)))
        .map(|(s, m)| st.traces.index(s, m))
        .collect();
    let eta = host.read_entries(MemoryId::EtaTraceFifo, &eta_idx, true)?;
    let eta_gold: Vec<i64> = eta_idx.iter().map(|&i| st.traces.eta[i] as i64).collect();
    if let Some(d) = diff_i64("trace_fifo", "eta_trace_fifo", &eta_idx, &eta_gold, &eta) {
        return Ok(Some(d));
    }
    if !lc.supervised {
        return Ok(None);
    }
    let o = cfg.network.outputs;
    let all_o: Vec<usize> = (0..o).collect();
    let e = host.read_entries(MemoryId::OutputErrors, &all_o, true)?;
    if let Some(d) = diff_i64(
        "learning",
        "output_errors",
        &all_o,
        &widen(&st.signals.e),
        &e,
    ) {
        return Ok(Some(d));
    }
    let m = host.read_entries(MemoryId::ModulatedSignals, &all_h, true)?;
    if let Some(d) = diff_i64(
        "learning",
        "modulated_signals",
        &all_h,
        &widen(&st.signals.m),
        &m,
    ) {
        return Ok(Some(d));
    }
    let n_m = host.read_register(reg::MODULATED)?;
    if n_m != lc.modulated as u64 {
        return Ok(Some((
            "learning",
            "modulated register".into(),
            lc.modulated.to_string(),
            n_m.to_string(),
        )));
    }
    let lfsr = host.read_lfsr()?;
    if let Some(i) = (0..LFSR_STREAMS).find(|&i| lfsr.0[i] != st.lfsr.0[i]) {
        return Ok(Some((
            "learning",
            format!("lfsr[{i}]"),
            format!("{:#010x}", st.lfsr.0[i]),
            format!("{:#010x}", lfsr.0[i]),
        )));
    }
    // Parameters: the rows of the neurons that updated, and the axonal and readout memories.
    let p = &tile.params;
    let rows: Vec<usize> = (0..h)
        .filter(|&j| st.signals.m[j] != 0)
        .flat_map(|j| j * s_n..(j + 1) * s_n)
        .collect();
    for (id, signed, gold) in [
        (MemoryId::Weights, true, &p.w),
        (MemoryId::SynapticDelays, false, &p.d),
    ] {
        if gold.is_empty() {
            continue;
        }
        let got = host.read_entries(id, &rows, signed)?;
        let want: Vec<i64> = rows.iter().map(|&i| gold[i] as i64).collect();
        if let Some(d) = diff_i64("learning", id.name(), &rows, &want, &got) {
            return Ok(Some(d));
        }
    }
    for (id, signed, gold) in [
        (MemoryId::AxonalDelays, false, &p.a),
        (MemoryId::ReadoutWeights, true, &p.u),
        (MemoryId::ReadoutBiases, true, &p.b),
    ] {
        let got = host.read_all(id, signed)?;
        let idx: Vec<usize> = (0..gold.len()).collect();
        if let Some(d) = diff_i64("learning", id.name(), &idx, &widen(gold), &got) {
            return Ok(Some(d));
        }
    }
    Ok(None)
}

/// Train online on `samples` on both sides (learning at every step of every sample, towards its
/// label) and compare after every step: the inference state, the learning state
/// (`compare_learning`) and the cycles; and every parameter at the end of each sample. The RTL
/// must hold the golden model's parameters, LFSR state and learning registers.
pub fn run_learning<L: Link>(
    host: &mut Host<L>,
    tile: &mut Tile,
    samples: &[Sample],
    progress: impl FnMut(usize),
) -> Result<Summary, LinkError> {
    lockstep(host, tile, samples, true, progress)
}

/// The lockstep loop of `run` (`learn` false) and `run_learning`.
fn lockstep<L: Link>(
    host: &mut Host<L>,
    tile: &mut Tile,
    samples: &[Sample],
    learn: bool,
    mut progress: impl FnMut(usize),
) -> Result<Summary, LinkError> {
    let mut sum = Summary::default();
    for (n, sample) in samples.iter().enumerate() {
        let label = learn.then_some(sample.label);
        sum.samples += 1;
        tile.reset_state();
        let busy = host.begin_sample(label)?;
        if let Some(m) = check_clear(tile, n, busy, &mut sum) {
            sum.mismatch = Some(m);
            return Ok(sum);
        }
        for (t, inputs) in sample.steps.iter().enumerate() {
            tile.step(inputs, label);
            let status = host.run_step(inputs)?;
            let state = host.read_state()?;
            sum.steps += 1;
            sum.step_cycles += status.cycles;
            sum.max_step_cycles = sum.max_step_cycles.max(status.cycles);
            sum.work_bound += work_bound(&tile.cfg, tile.state.counts())
                + learning_work_bound(&tile.cfg, tile.state.learn_counts);
            sum.compared += compared_per_step(tile);
            let diff = match compare(tile, &state, &status) {
                None if learn => compare_learning(host, tile)?,
                d => d,
            };
            if let Some((unit, field, expected, actual)) = diff {
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
        if learn && let Some(m) = compare_params(host, tile, n, sample.steps.len())? {
            sum.mismatch = Some(m);
            return Ok(sum);
        }
        progress(n + 1);
    }
    Ok(sum)
}

/// Every parameter read back from the RTL against the golden model's, after the last of the
/// `steps` steps of sample `n`.
fn compare_params<L: Link>(
    host: &mut Host<L>,
    tile: &Tile,
    n: usize,
    steps: usize,
) -> Result<Option<Mismatch>, LinkError> {
    let back = host.read_params()?;
    let want = tile.params.stored(&tile.cfg);
    if back == want {
        return Ok(None);
    }
    let field = [
        ("weights", &back.w, &want.w),
        ("synaptic_delays", &back.d, &want.d),
        ("axonal_delays", &back.a, &want.a),
        ("readout_weights", &back.u, &want.u),
        ("readout_biases", &back.b, &want.b),
        ("feedback_weights", &back.fb, &want.fb),
    ]
    .into_iter()
    .find_map(|(name, got, want)| {
        let i = got.iter().zip(want.iter()).position(|(a, b)| a != b)?;
        Some((
            format!("{name}[{i}]"),
            want[i].to_string(),
            got[i].to_string(),
        ))
    })
    .unwrap_or(("parameters (length)".into(), String::new(), String::new()));
    Ok(Some(Mismatch {
        sample: n,
        step: steps.checked_sub(1),
        unit: "learning",
        field: format!("{} (full read-back after the sample)", field.0),
        expected: field.1,
        actual: field.2,
    }))
}
