//! NIR files written by the reference Python `nir` package: every supported shape imports (and
//! its tile computes what a float evaluation of the graph computes, within quantisation), every
//! refused case has its own error, `nir.read` reads what export writes, and import -> export ->
//! import is the identity.

#[path = "nir/support.rs"]
mod support;

use golden::config::{DelayMode, Reset};
use golden::fixed::Tile;
use golden::float::FloatTile;
use golden::format::Formats;
use golden::nir::{self, NirError, eval, export, hdf5};
use golden::params::Params;
use support::*;

fn mode(name: &str) -> DelayMode {
    serde_json::from_str(&format!("\"{name}\"")).unwrap()
}

fn import(name: &str) -> nir::Imported {
    nir::import_file(&fixture(name), &base_config(), None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_supported_shape_imports_with_its_delay_mode() {
    for (name, m, recurrent) in SUPPORTED {
        let imp = import(name);
        let n = &imp.cfg.network;
        assert_eq!((n.inputs, n.hidden, n.outputs), (6, 5, 3), "{name}");
        assert_eq!(n.delay_mode, mode(m), "{name}");
        assert_eq!(n.recurrent, recurrent, "{name}");
        assert_eq!(n.reset, Reset::Zero, "{name}");
        // Rounding to 6 fraction bits costs at most half an LSB; only saturation costs more.
        let half_lsb = 0.5 / 64.0 + 1e-12;
        for m in &imp.report.memories {
            assert!(m.saturated > 0 || m.max_error <= half_lsb, "{name}: {m:?}");
            assert!(m.rms_error <= m.max_error, "{name}: {m:?}");
        }
        // The fixtures' delays are whole steps: exact.
        for m in imp
            .report
            .memories
            .iter()
            .filter(|m| m.memory.ends_with("delays"))
        {
            assert_eq!(m.max_error, 0.0, "{name}: {m:?}");
            assert!(
                imp.params.d.iter().chain(&imp.params.a).any(|&d| d > 0),
                "{name}: no delay"
            );
        }
        assert!((imp.report.alpha.0 - imp.report.alpha.1).abs() <= 0.5 / 65536.0);
    }
}

#[test]
fn saturation_is_counted() {
    // ok_recurrent has one weight outside [-2, 2) threshold units (fixtures.py's seed).
    let imp = import("ok_recurrent");
    let w = &imp.report.memories[0];
    assert_eq!(w.memory, "weights");
    assert_eq!(w.saturated, 1);
    assert!((w.saturated_share - 1.0 / 55.0).abs() < 1e-12);
    assert!(w.max_error > 0.5 / 64.0);
}

/// Every refused fixture: (file, node, field, words of what the tile supports).
const REFUSED: [(&str, &str, &str, &str); 13] = [
    (
        "refused_cubalif",
        "'lif' (CubaLIF)",
        "type = CubaLIF",
        "Input, Linear, Affine, Delay, LIF, LI and Output",
    ),
    (
        "refused_v_leak",
        "'lif' (LIF)",
        "v_leak[2] = 0.1",
        "v_leak = 0",
    ),
    (
        "refused_v_reset",
        "'lif' (LIF)",
        "v_reset[0] = -0.2",
        "v_reset = 0",
    ),
    (
        "refused_tau_mixed",
        "'lif' (LIF)",
        "tau[3] = 0.02",
        "one value for all neurons",
    ),
    (
        "refused_short_tau",
        "'lif' (LIF)",
        "tau = 0.0005 s",
        "tau > dt = 0.001 s",
    ),
    (
        "refused_li_v_leak",
        "'li' (LI)",
        "v_leak[0] = 0.3",
        "v_leak = 0",
    ),
    (
        "refused_hidden_bias",
        "'w_in' (Affine)",
        "bias[0] = 0.2",
        "no bias",
    ),
    (
        "refused_two_hidden",
        "'lif2' (LIF)",
        "a second one besides 'lif'",
        "one hidden LIF population",
    ),
    (
        "refused_scale",
        "'scale' (Scale)",
        "type = Scale",
        "Input, Linear, Affine, Delay, LIF, LI and Output",
    ),
    (
        "refused_delay_too_long",
        "'d' (Delay)",
        "20 steps in total",
        "at most network.max_delay - 1 = 15 steps",
    ),
    (
        "refused_overlap",
        "'w_b' (Linear)",
        "also non-zero in 'w_a'",
        "one synapse per (neuron, source)",
    ),
    (
        "refused_readout_delay",
        "'readout' (Linear)",
        "input = 'rd' (Delay)",
        "the LIF 'lif' directly",
    ),
    (
        "refused_no_readout",
        "graph",
        "no LI node",
        "-> LI -> Output",
    ),
];

#[test]
fn every_refused_case_has_its_own_error() {
    let mut messages = std::collections::BTreeSet::new();
    for (name, node, field, expected) in REFUSED {
        let path = fixture(name);
        let err = nir::import_file(&path, &base_config(), None).expect_err(name);
        let msg = err.to_string();
        assert!(
            msg.starts_with(&path.display().to_string()),
            "{name}: {msg}"
        );
        for part in [node, field, expected] {
            assert!(msg.contains(part), "{name}: `{part}` not in: {msg}");
        }
        assert!(
            matches!(err, NirError::Unsupported { .. } | NirError::Shape { .. }),
            "{name}: {err:?}"
        );
        assert!(messages.insert(msg), "{name}: same message as another case");
    }
    // Every refused fixture fixtures.py writes is in the table.
    let written = std::fs::read_dir(fixtures())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("refused_")
        })
        .count();
    assert_eq!(written, REFUSED.len());
}

#[test]
fn a_delay_mode_that_cannot_hold_the_graph_is_refused() {
    let base = base_config();
    let err = nir::import_file(&fixture("ok_synaptic"), &base, Some(DelayMode::Axonal))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("one delay per source (network.delay_mode = axonal)"),
        "{err}"
    );
    let err = nir::import_file(&fixture("ok_axonal"), &base, Some(DelayMode::None))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no delays (network.delay_mode = none)"),
        "{err}"
    );
    // A shared source delay folds into every synapse's delay when there are no axonal delays.
    let both = import("ok_both");
    let syn = nir::import_file(&fixture("ok_both"), &base, Some(DelayMode::Synaptic)).unwrap();
    let s = both.cfg.sources();
    for (i, &w) in both.params.w.iter().enumerate() {
        if w != 0 {
            assert_eq!(
                syn.params.d[i],
                both.params.d[i] + both.params.a[i % s],
                "synapse {i}"
            );
        }
    }
}

#[test]
fn files_that_are_not_nir_or_are_damaged_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.nir");
    std::fs::write(&junk, b"not hdf5").unwrap();
    let err = hdf5::read(&junk).unwrap_err().to_string();
    assert!(
        err.contains("junk.nir") && err.contains("not a readable HDF5 file"),
        "{err}"
    );
    // A NIR file cut anywhere, or with a byte flipped, is an error (or still a graph), not a panic.
    let bytes = std::fs::read(fixture("ok_both")).unwrap();
    let cut = dir.path().join("cut.nir");
    for len in (0..bytes.len()).step_by(bytes.len() / 40) {
        std::fs::write(&cut, &bytes[..len]).unwrap();
        let err = hdf5::read(&cut).unwrap_err().to_string();
        assert!(err.contains("cut.nir"), "{err}");
    }
    for at in (0..bytes.len()).step_by(bytes.len() / 60) {
        let mut b = bytes.clone();
        b[at] ^= 0x5a;
        std::fs::write(&cut, &b).unwrap();
        if let Ok(g) = hdf5::read(&cut) {
            let _ = nir::import_graph(&cut, &g, &base_config(), None);
        }
    }
    let missing = dir.path().join("missing.nir");
    assert!(
        hdf5::read(&missing)
            .unwrap_err()
            .to_string()
            .contains("cannot read")
    );
}

/// How closely the golden model of an imported graph follows the float evaluation of the graph.
#[derive(Debug)]
struct Agreement {
    /// Share of (step, hidden neuron) spike decisions that are equal.
    spikes: f64,
    /// sqrt(sum (y_golden - y_float)^2 / sum y_float^2) over every step and output.
    readout_rms: f64,
    /// Share of samples with the same decision (argmax of the readout summed over the sample).
    decisions: f64,
    spike_count: usize,
}

impl Agreement {
    /// The bound the test states: the golden model computes the graph within quantisation.
    fn within_quantisation(&self) -> bool {
        self.spikes >= 0.97 && self.readout_rms <= 0.25 && self.decisions >= 0.85
    }
}

/// Golden (fixed point) and float evaluation of the graph on the same random inputs
/// (40 samples x 60 steps, each input spiking with p = 0.3).
fn agreement(name: &str, tamper: impl Fn(&mut Params)) -> Agreement {
    let path = fixture(name);
    let base = base_config();
    let graph = hdf5::read(&path).unwrap();
    let mut imp = nir::import_graph(&path, &graph, &base, None).unwrap();
    tamper(&mut imp.params);
    let f = Formats::new(&imp.cfg).unwrap();
    let mut tile = Tile::with_params(imp.cfg.clone(), f, imp.params.clone());
    let (mut same, mut total, mut spike_count, mut err2, mut y2, mut decisions) =
        (0usize, 0usize, 0usize, 0.0f64, 0.0f64, 0usize);
    let y_scale = 1.0 / (1u64 << imp.cfg.widths.readout_frac) as f64;
    let samples = 40;
    for sample in 0..samples {
        let steps = random_steps(6, 60, 0.3, 100 + sample);
        let run = eval::evaluate(&graph, base.data.dt_ms / 1000.0, &steps).unwrap();
        tile.reset_state();
        let mut acc = [0.0; 3];
        for (t, x) in steps.iter().enumerate() {
            tile.step(x, None);
            for (j, &z) in tile.state.z.iter().enumerate() {
                same += (z == run.spikes[t][j]) as usize;
                total += 1;
                spike_count += z as usize;
            }
            for (k, &y) in tile.state.readout.y.iter().enumerate() {
                err2 += (y as f64 * y_scale - run.outputs[t][k]).powi(2);
                y2 += run.outputs[t][k].powi(2);
                acc[k] += run.outputs[t][k];
            }
        }
        let float_choice = (0..3).fold(0, |best, k| if acc[k] > acc[best] { k } else { best });
        let acc_fixed = &tile.state.readout.acc;
        let fixed_choice = (0..3).fold(0, |best, k| {
            if acc_fixed[k] > acc_fixed[best] {
                k
            } else {
                best
            }
        });
        decisions += (float_choice == fixed_choice) as usize;
    }
    Agreement {
        spikes: same as f64 / total as f64,
        readout_rms: (err2 / y2).sqrt(),
        decisions: decisions as f64 / samples as f64,
        spike_count,
    }
}

#[test]
fn imported_tile_computes_the_graph_within_quantisation() {
    // The metric (Agreement::within_quantisation): over 40 samples x 60 steps of random input,
    // >= 97 % of the hidden spike decisions equal those of the float evaluation of the NIR graph
    // (golden::nir::eval, forward Euler), the readout's relative RMS error is <= 0.25, and >= 85 %
    // of the sample decisions agree. Weights are rounded to 1/64 of the threshold, the decays
    // to 2^-16, the membrane decays round toward zero; a spike that flips shifts later steps.
    for (name, ..) in SUPPORTED {
        let a = agreement(name, |_| {});
        println!("{name}: {a:?}");
        assert!(
            a.spike_count > 100,
            "{name}: only {} spikes; the comparison would say little",
            a.spike_count
        );
        assert!(a.within_quantisation(), "{name}: {a:?}");
    }
}

#[test]
fn the_comparison_catches_a_wrong_mapping() {
    // Transposing the input weights (a plausible mapping bug), dropping the delays or losing the
    // threshold scaling (weights x 0.5) fails the same bound.
    let transposed = agreement("ok_both", |p| {
        let (h, src) = (5, 11);
        let w = p.w.clone();
        for j in 0..h {
            for k in 0..5 {
                p.w[j * src + k] = w[k * src + j];
            }
        }
    });
    assert!(
        !transposed.within_quantisation(),
        "transposed weights passed: {transposed:?}"
    );
    let no_delays = agreement("ok_synaptic", |p| p.d.fill(0));
    assert!(
        !no_delays.within_quantisation(),
        "dropped delays passed: {no_delays:?}"
    );
    let halved = agreement("ok_recurrent", |p| p.w.iter_mut().for_each(|w| *w /= 2));
    assert!(
        !halved.within_quantisation(),
        "halved weights passed: {halved:?}"
    );
}

#[test]
fn float_tile_equals_the_graph_evaluation_when_parameters_are_on_the_grid() {
    // Exported parameters are exact multiples of the fixed-point LSBs and the decays are on the
    // Q0.16 grid, so the project's float reference (golden::float) and the NIR evaluation must
    // agree to rounding: same spikes, readouts within 1e-9.
    for (name, m, _) in SUPPORTED {
        let imp = import(name);
        let path = std::path::Path::new("exported.nir");
        let graph = export::export(path, &imp.cfg, &imp.params).unwrap();
        let mut ft = FloatTile::new(&imp.cfg, imp.params.to_float(&imp.cfg), false);
        let dt = imp.cfg.data.dt_ms / 1000.0;
        let (mut compared, mut tie_samples) = (0, 0);
        for sample in 0..10 {
            let steps = random_steps(6, 60, 0.3, 500 + sample);
            let run = eval::evaluate(&graph, dt, &steps).unwrap();
            ft.reset_state();
            for (t, x) in steps.iter().enumerate() {
                ft.step(x, None);
                for j in 0..ft.z.len() {
                    if ft.z[j] != run.spikes[t][j] {
                        // NIR spikes when v > threshold, the tile when v >= threshold: only a
                        // membrane exactly at the threshold (possible on the grid) may differ.
                        let v = run.membranes[t][j];
                        assert!(
                            (v - 1.0).abs() < 1e-9,
                            "{name} ({m}) sample {sample} step {t} neuron {j}: v/thr = {v}"
                        );
                    }
                }
                if ft.z != run.spikes[t] {
                    tie_samples += 1;
                    break; // the rest of this sample follows a different spike
                }
                for (a, b) in ft.y.iter().zip(&run.outputs[t]) {
                    assert!(
                        (a - b).abs() < 1e-9,
                        "{name} ({m}) sample {sample} step {t}: {a} vs {b}"
                    );
                }
                compared += 1;
            }
        }
        assert!(compared >= 400, "{name}: only {compared} steps compared");
        println!("{name}: {compared} steps equal, {tie_samples} samples cut at a threshold tie");
    }
}

#[test]
fn export_is_read_by_python_nir_with_the_values_written() {
    let dir = tempfile::tempdir().unwrap();
    // The fixtures, and the worked example's network (arrays large enough to be compressed).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let speech = golden::config::Config::load(&root.join("configs/speech.toml")).unwrap();
    let example = root.join("examples/nir/speech_bptt.nir");
    let mut cases: Vec<(&str, nir::Imported)> = SUPPORTED
        .iter()
        .map(|(name, ..)| (*name, import(name)))
        .collect();
    cases.push((
        "worked example",
        nir::import_file(&example, &speech, None).unwrap(),
    ));
    for (name, imp) in cases {
        let out = dir.path().join(format!("{name}.nir"));
        let graph = export::export(&out, &imp.cfg, &imp.params).unwrap();
        hdf5::write(&out, &graph).unwrap();
        let py = python_read(&out);
        let edges: Vec<(String, String)> = serde_json::from_value(py["edges"].clone()).unwrap();
        assert_eq!(edges, graph.edges, "{name}");
        let nodes = py["nodes"].as_object().unwrap();
        assert_eq!(nodes.len(), graph.nodes.len(), "{name}");
        for (node_name, node) in &graph.nodes {
            let p = &nodes[node_name];
            assert_eq!(p["type"], node.kind(), "{name}/{node_name}");
            let fields: Vec<(&str, &nir::Array)> = match node {
                nir::Node::Linear { weight } => vec![("weight", weight)],
                nir::Node::Affine { weight, bias } => vec![("weight", weight), ("bias", bias)],
                nir::Node::Delay { delay } => vec![("delay", delay)],
                nir::Node::Lif(l) => vec![
                    ("tau", &l.tau),
                    ("r", &l.r),
                    ("v_leak", &l.v_leak),
                    ("v_threshold", &l.v_threshold),
                    ("v_reset", &l.v_reset),
                ],
                nir::Node::Li(l) => vec![("tau", &l.tau), ("r", &l.r), ("v_leak", &l.v_leak)],
                _ => vec![],
            };
            for (field, a) in fields {
                let shape: Vec<usize> = serde_json::from_value(p[field]["shape"].clone()).unwrap();
                let bits: Vec<u64> = serde_json::from_value(p[field]["bits"].clone()).unwrap();
                let data: Vec<f64> = bits.into_iter().map(f64::from_bits).collect();
                assert_eq!(shape, a.shape, "{name}/{node_name}.{field}");
                assert_eq!(data, a.data, "{name}/{node_name}.{field}");
            }
        }
    }
}

#[test]
fn import_export_import_is_the_identity() {
    let dir = tempfile::tempdir().unwrap();
    for (name, m, _) in SUPPORTED {
        let first = import(name);
        let out = dir.path().join(format!("{name}.nir"));
        hdf5::write(
            &out,
            &export::export(&out, &first.cfg, &first.params).unwrap(),
        )
        .unwrap();
        // NIR does not carry the tile's delay mode; the second import is told the first's.
        let again = nir::import_file(&out, &base_config(), Some(mode(m))).unwrap();
        assert_eq!(again.cfg, first.cfg, "{name}");
        assert_eq!(again.params, first.params, "{name}");
        for mem in &again.report.memories {
            assert_eq!((mem.max_error, mem.saturated), (0.0, 0), "{name}: {mem:?}");
        }
    }
}

#[test]
fn a_reset_by_subtraction_cannot_be_exported() {
    let cfg = base_config();
    assert_eq!(cfg.network.reset, Reset::Subtract);
    let p = Params::init(&cfg, &Formats::new(&cfg).unwrap());
    let err = export::export(std::path::Path::new("x.nir"), &cfg, &p)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("network.reset = subtract") && err.contains("resets to v_reset"),
        "{err}"
    );
}

mod robustness {
    use super::*;
    use golden::nir::{Array, Graph, Node};
    use proptest::prelude::*;

    /// One change to a supported graph: an edge dropped, added (maybe to a node that does not
    /// exist), redirected, a node removed or replaced, a parameter reshaped or made non-finite.
    #[derive(Debug, Clone)]
    enum Mutation {
        DropEdge(usize),
        AddEdge(usize, usize),
        Ghost(usize),
        RemoveNode(usize),
        Reshape(usize, usize),
        NonFinite(usize, u8),
        Retype(usize, u8),
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            any::<usize>().prop_map(Mutation::DropEdge),
            (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::AddEdge(a, b)),
            any::<usize>().prop_map(Mutation::Ghost),
            any::<usize>().prop_map(Mutation::RemoveNode),
            (any::<usize>(), 0usize..4).prop_map(|(a, b)| Mutation::Reshape(a, b)),
            (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::NonFinite(a, b)),
            (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Retype(a, b)),
        ]
    }

    fn arrays(n: &mut Node) -> Vec<&mut Array> {
        match n {
            Node::Linear { weight } => vec![weight],
            Node::Affine { weight, bias } => vec![weight, bias],
            Node::Delay { delay } => vec![delay],
            Node::Lif(l) => vec![
                &mut l.tau,
                &mut l.r,
                &mut l.v_leak,
                &mut l.v_threshold,
                &mut l.v_reset,
            ],
            Node::Li(l) => vec![&mut l.tau, &mut l.r, &mut l.v_leak],
            _ => vec![],
        }
    }

    fn apply(g: &mut Graph, m: &Mutation) {
        let names: Vec<String> = g.nodes.keys().cloned().collect();
        let pick = |i: usize| names[i % names.len()].clone();
        match *m {
            Mutation::DropEdge(i) if !g.edges.is_empty() => {
                let i = i % g.edges.len();
                g.edges.remove(i);
            }
            Mutation::AddEdge(a, b) => g.edges.push((pick(a), pick(b))),
            Mutation::Ghost(a) => g.edges.push((pick(a), "ghost".into())),
            Mutation::RemoveNode(i) => {
                g.nodes.remove(&pick(i));
            }
            Mutation::Reshape(i, k) => {
                if let Some(a) = arrays(g.nodes.get_mut(&pick(i)).unwrap())
                    .into_iter()
                    .next()
                {
                    a.shape = match k {
                        0 => vec![],
                        1 => vec![a.data.len()],
                        2 => vec![1, a.data.len()],
                        _ => vec![a.data.len(), 1],
                    };
                }
            }
            Mutation::NonFinite(i, v) => {
                for a in arrays(g.nodes.get_mut(&pick(i)).unwrap()) {
                    if let Some(x) = a.data.first_mut() {
                        *x = [f64::NAN, f64::INFINITY, -1.0, 0.0][v as usize % 4];
                    }
                }
            }
            Mutation::Retype(i, t) => {
                let n = g.nodes.get_mut(&pick(i)).unwrap();
                *n = match t % 3 {
                    0 => Node::Other {
                        kind: "CubaLIF".into(),
                    },
                    1 => Node::Input { shape: vec![6] },
                    _ => Node::Output { shape: vec![3, 1] },
                };
            }
            _ => {}
        }
    }

    /// A Delay node fed by itself (its edge from the Input or the LIF redirected to it, as the
    /// property below once drew: `PROPTEST_RNG_SEED=530` ran out of memory walking the loop) is
    /// refused by name, for every supported graph that has a Delay node.
    #[test]
    fn a_cycle_of_delay_nodes_is_refused_by_name() {
        let mut checked = 0;
        for (name, ..) in SUPPORTED {
            let path = fixture(name);
            let mut g = hdf5::read(&path).unwrap();
            let Some(d) = g
                .nodes
                .iter()
                .find(|(_, n)| matches!(n, Node::Delay { .. }))
                .map(|(k, _)| k.clone())
            else {
                continue;
            };
            for e in g.edges.iter_mut().filter(|(_, b)| *b == d) {
                e.0 = d.clone();
            }
            let err = nir::import_graph(&path, &g, &base_config(), None)
                .expect_err(name)
                .to_string();
            assert!(
                err.contains(&format!("a cycle of Delay nodes through '{d}'")),
                "{name}: {err}"
            );
            checked += 1;
        }
        assert!(checked >= 2, "{checked} graphs with a Delay node");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Import answers every mutated graph with a mapping or an error, never a panic; an
        /// accepted graph is still one the tile (and the float evaluation) can run.
        #[test]
        fn import_never_panics(which in 0usize..5, ms in proptest::collection::vec(mutation(), 1..4)) {
            let (name, ..) = SUPPORTED[which];
            let path = fixture(name);
            let mut g = hdf5::read(&path).unwrap();
            for m in &ms {
                apply(&mut g, m);
            }
            if let Ok(imp) = nir::import_graph(&path, &g, &base_config(), None) {
                prop_assert!(imp.cfg.validate().is_ok());
                let steps = random_steps(imp.cfg.network.inputs, 10, 0.3, 1);
                prop_assert!(eval::evaluate(&g, 0.001, &steps).is_ok());
            }
        }
    }
}
