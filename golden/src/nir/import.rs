//! The supported NIR shape, found in a graph and turned into real-valued tile parameters
//! (threshold units, delays in steps). [`super::quantise`] then makes them fixed point.
//!
//! Shape: `Input -> [Delay]* -> Linear|Affine -> LIF`, optionally `LIF -> [Delay]* -> Linear|Affine
//! -> LIF` (recurrence), and `LIF -> Linear|Affine -> LI -> Output`. Several weight branches may
//! feed the LIF from one source; a synapse's delay is the sum of the Delay nodes on its branch:
//! a Delay node right after the source shared by all of that source's branches is its axonal
//! delay, the rest of a branch's delays are the synaptic delays of the synapses whose weight is
//! non-zero in that branch (one branch per synapse). Time constants use forward Euler with the
//! step `dt`: `alpha = 1 - dt/tau`, input gain `dt r / tau` (what snnTorch and Norse export), and
//! the LIF's threshold is folded into its weights (the tile's threshold is 1).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::graph::{Array, Graph, Node};
use super::{NirError, Refusal};
use crate::config::DelayMode;

/// The node types import maps.
pub const SUPPORTED_NODES: &str = "Input, Linear, Affine, Delay, LIF, LI and Output nodes";
/// The graph shape import maps.
pub const SHAPE: &str = "Input -> [Delay] -> Linear/Affine -> LIF (-> [Delay] -> Linear/Affine \
                         -> LIF) -> Linear/Affine -> LI -> Output";

/// The network in tile terms, before quantisation.
#[derive(Clone, Debug, PartialEq)]
pub struct RealNetwork {
    pub inputs: usize,
    pub hidden: usize,
    pub outputs: usize,
    pub recurrent: bool,
    pub delay_mode: DelayMode,
    /// `1 - dt / tau` of the LIF and the LI.
    pub alpha: f64,
    pub kappa: f64,
    /// `[hidden][sources]`, threshold units.
    pub w: Vec<f64>,
    /// Synaptic delays `[hidden][sources]`, steps (all zero without synaptic delays).
    pub d: Vec<f64>,
    /// Axonal delays `[sources]`, steps (all zero without axonal delays).
    pub a: Vec<f64>,
    /// `[outputs][hidden]` and `[outputs]`.
    pub u: Vec<f64>,
    pub b: Vec<f64>,
}

/// One weight branch into the LIF.
struct Branch {
    weight_node: String,
    /// `[hidden][n]`, as in the file.
    weight: Array,
    /// Delay nodes from the source to the weight node, in that order.
    delays: Vec<(String, Vec<f64>)>,
    /// Source offset: 0 for the input, `inputs` for the LIF's own spikes.
    offset: usize,
}

/// The graph being mapped, for messages.
struct Cx<'a> {
    path: &'a Path,
    g: &'a Graph,
    edges: BTreeSet<(String, String)>,
}

impl<'a> Cx<'a> {
    fn unsupported(
        &self,
        node: &str,
        field: &str,
        value: impl ToString,
        expected: impl ToString,
    ) -> NirError {
        NirError::Unsupported {
            path: self.path.to_path_buf(),
            r: Box::new(Refusal {
                node: node.to_string(),
                kind: self.g.nodes.get(node).map_or("?", |n| n.kind()).to_string(),
                field: field.to_string(),
                value: value.to_string(),
                expected: expected.to_string(),
            }),
        }
    }

    fn shape(&self, found: impl ToString) -> NirError {
        NirError::Shape {
            path: self.path.to_path_buf(),
            found: found.to_string(),
            expected: SHAPE.to_string(),
        }
    }

    /// The one node of `kind`; a second one is refused by name.
    fn only(&self, kind: &str, role: &str) -> Result<&'a str, NirError> {
        let names: Vec<&str> = self
            .g
            .nodes
            .iter()
            .filter(|(_, n)| n.kind() == kind)
            .map(|(k, _)| k.as_str())
            .collect();
        match names.as_slice() {
            [one] => Ok(one),
            [] => Err(self.shape(format!("no {kind} node ({role})"))),
            [first, second, ..] => Err(self.unsupported(
                second,
                "type",
                format!("{kind}, a second one besides '{first}'"),
                format!("one {role}"),
            )),
        }
    }

    /// The one predecessor of `node`; the edge is recorded as used.
    fn single_pred(&mut self, node: &str) -> Result<&'a str, NirError> {
        match self.g.predecessors(node).as_slice() {
            [p] => {
                self.edges.insert((p.to_string(), node.to_string()));
                Ok(p)
            }
            ps => Err(self.unsupported(
                node,
                "inputs",
                format!("{} edges in ({})", ps.len(), ps.join(", ")),
                "exactly one edge into this node",
            )),
        }
    }

    /// A one-dimensional parameter of `len` entries.
    fn vector(&self, node: &str, field: &str, a: &Array, len: usize) -> Result<Vec<f64>, NirError> {
        if a.len_1d() != Some(len) {
            return Err(self.unsupported(
                node,
                field,
                format!("shape {:?}", a.shape),
                format!("shape [{len}]"),
            ));
        }
        if let Some(i) = a.data.iter().position(|v| !v.is_finite()) {
            return Err(self.unsupported(
                node,
                &format!("{field}[{i}]"),
                a.data[i],
                "finite values",
            ));
        }
        Ok(a.data.clone())
    }

    /// The size of a one-dimensional population, from its `tau`.
    fn population(&self, node: &str, tau: &Array) -> Result<usize, NirError> {
        tau.len_1d().ok_or_else(|| {
            self.unsupported(
                node,
                "tau",
                format!("shape {:?}", tau.shape),
                "a one-dimensional population [n]",
            )
        })
    }

    /// One value shared by all entries (the tile has one decay per population).
    fn uniform(&self, node: &str, field: &str, v: &[f64]) -> Result<f64, NirError> {
        let first = v[0];
        if let Some(i) = v
            .iter()
            .position(|&x| (x - first).abs() > 1e-9 * first.abs().max(1e-300))
        {
            return Err(self.unsupported(
                node,
                &format!("{field}[{i}]"),
                format!("{} while {field}[0] = {first}", v[i]),
                "one value for all neurons (one decay per population)",
            ));
        }
        Ok(first)
    }

    fn zeros(&self, node: &str, field: &str, v: &[f64], why: &str) -> Result<(), NirError> {
        match v.iter().position(|&x| x != 0.0) {
            Some(i) => Err(self.unsupported(node, &format!("{field}[{i}]"), v[i], why)),
            None => Ok(()),
        }
    }

    /// The decay `1 - dt/tau` of a population, checked to be in `[lo, 1)`.
    fn decay(&self, node: &str, tau: f64, dt: f64, allow_zero: bool) -> Result<f64, NirError> {
        let x = 1.0 - dt / tau;
        let ok = x < 1.0 && (x > 0.0 || (allow_zero && x == 0.0));
        if !ok || !tau.is_finite() {
            let cmp = if allow_zero { ">=" } else { ">" };
            return Err(self.unsupported(
                node,
                "tau",
                format!("{tau} s (1 - dt/tau = {x})"),
                format!(
                    "tau {cmp} dt = {dt} s (data.dt_ms), so that 1 - dt/tau lies in {}0, 1)",
                    if allow_zero { "[" } else { "(" }
                ),
            ));
        }
        Ok(x)
    }

    /// `(weight [rows][cols], bias)` of a Linear or Affine node feeding something of `rows`.
    fn weights(&self, node: &str, rows: usize, role: &str) -> Result<(Array, Vec<f64>), NirError> {
        let (w, b) = match &self.g.nodes[node] {
            Node::Linear { weight } => (weight.clone(), vec![0.0; rows]),
            Node::Affine { weight, bias } => {
                (weight.clone(), self.vector(node, "bias", bias, rows)?)
            }
            other => {
                return Err(self.unsupported(
                    node,
                    "type",
                    other.kind(),
                    format!("a Linear or Affine node ({role})"),
                ));
            }
        };
        if w.shape.len() != 2 || w.shape[0] != rows {
            return Err(self.unsupported(
                node,
                "weight",
                format!("shape {:?}", w.shape),
                format!("shape [{rows}, n] ({role})"),
            ));
        }
        if let Some(i) = w.data.iter().position(|v| !v.is_finite()) {
            return Err(self.unsupported(
                node,
                &format!("weight (element {i})"),
                w.data[i],
                "finite values",
            ));
        }
        Ok((w, b))
    }
}

/// Maps `g` onto the tile: `dt` is the step in seconds, `max_delay` the history depth D,
/// `mode` the delay mode to use (inferred from the Delay nodes when `None`).
pub fn analyse(
    path: &Path,
    g: &Graph,
    dt: f64,
    max_delay: usize,
    mode: Option<DelayMode>,
) -> Result<RealNetwork, NirError> {
    let mut cx = Cx {
        path,
        g,
        edges: BTreeSet::new(),
    };
    if let Some((name, node)) = g
        .nodes
        .iter()
        .find(|(_, n)| matches!(n, Node::Other { .. }))
    {
        return Err(cx.unsupported(name, "type", node.kind(), SUPPORTED_NODES));
    }
    let input = cx.only("Input", "Input node")?;
    let output = cx.only("Output", "Output node")?;
    let lif_name = cx.only("LIF", "hidden LIF population")?;
    let li_name = cx.only("LI", "LI readout")?;
    let Node::Input { shape } = &g.nodes[input] else {
        unreachable!()
    };
    let inputs = one_dim(shape).ok_or_else(|| {
        cx.unsupported(
            input,
            "shape",
            format!("{shape:?}"),
            "a one-dimensional input [n]",
        )
    })?;

    // The hidden LIF population.
    let Node::Lif(lif) = &g.nodes[lif_name] else {
        unreachable!()
    };
    let hidden = cx.population(lif_name, &lif.tau)?;
    let tau = cx.vector(lif_name, "tau", &lif.tau, hidden)?;
    let r = cx.vector(lif_name, "r", &lif.r, hidden)?;
    let thr = cx.vector(lif_name, "v_threshold", &lif.v_threshold, hidden)?;
    cx.zeros(
        lif_name,
        "v_leak",
        &cx.vector(lif_name, "v_leak", &lif.v_leak, hidden)?,
        "v_leak = 0",
    )?;
    cx.zeros(
        lif_name,
        "v_reset",
        &cx.vector(lif_name, "v_reset", &lif.v_reset, hidden)?,
        "v_reset = 0 (reset to zero; the threshold is folded into the weights)",
    )?;
    if let Some(i) = thr.iter().position(|&t| t <= 0.0) {
        return Err(cx.unsupported(
            lif_name,
            &format!("v_threshold[{i}]"),
            thr[i],
            "thresholds > 0",
        ));
    }
    let alpha = cx.decay(lif_name, cx.uniform(lif_name, "tau", &tau)?, dt, false)?;
    let gain: Vec<f64> = (0..hidden).map(|j| dt * r[j] / (tau[j] * thr[j])).collect();

    // The LI readout and its weights, straight from the LIF's spikes.
    let Node::Li(li) = &g.nodes[li_name] else {
        unreachable!()
    };
    let outputs = cx.population(li_name, &li.tau)?;
    let tau_o = cx.vector(li_name, "tau", &li.tau, outputs)?;
    let r_o = cx.vector(li_name, "r", &li.r, outputs)?;
    cx.zeros(
        li_name,
        "v_leak",
        &cx.vector(li_name, "v_leak", &li.v_leak, outputs)?,
        "v_leak = 0",
    )?;
    let kappa = cx.decay(li_name, cx.uniform(li_name, "tau", &tau_o)?, dt, true)?;
    let readout = cx.single_pred(li_name)?;
    let (uw, ub) = cx.weights(readout, outputs, "the readout, from the LIF to the LI")?;
    let from = cx.single_pred(readout)?;
    if from != lif_name {
        return Err(cx.unsupported(
            readout,
            "input",
            format!("'{from}' ({})", g.nodes[from].kind()),
            format!(
                "the LIF '{lif_name}' directly (the readout sees this step's spikes; no Delay)"
            ),
        ));
    }
    if uw.shape[1] != hidden {
        return Err(cx.unsupported(
            readout,
            "weight",
            format!("shape {:?}", uw.shape),
            format!("shape [{outputs}, {hidden}]"),
        ));
    }
    let out_from = cx.single_pred(output)?;
    let Node::Output { shape } = &g.nodes[output] else {
        unreachable!()
    };
    if out_from != li_name || one_dim(shape) != Some(outputs) {
        return Err(cx.unsupported(
            output,
            "input",
            format!("'{out_from}' with shape {shape:?}"),
            format!("the LI '{li_name}' of shape [{outputs}]"),
        ));
    }
    let gain_o: Vec<f64> = (0..outputs).map(|k| dt * r_o[k] / tau_o[k]).collect();
    let u: Vec<f64> = (0..outputs * hidden)
        .map(|i| gain_o[i / hidden] * uw.data[i])
        .collect();
    let b: Vec<f64> = (0..outputs).map(|k| gain_o[k] * ub[k]).collect();

    // The weight branches into the LIF.
    let mut branches = Vec::new();
    for p in g.predecessors(lif_name) {
        cx.edges.insert((p.to_string(), lif_name.to_string()));
        let (w, bias) = cx.weights(p, hidden, "in front of the LIF")?;
        cx.zeros(
            p,
            "bias",
            &bias,
            "bias = 0 (the hidden neurons have no bias)",
        )?;
        let n = w.shape[1];
        let mut delays = Vec::new();
        let mut cur = cx.single_pred(p)?;
        while let Node::Delay { delay } = &g.nodes[cur] {
            let v = cx.vector(cur, "delay", delay, n)?;
            if let Some(i) = v.iter().position(|&x| x < 0.0) {
                return Err(cx.unsupported(cur, &format!("delay[{i}]"), v[i], "delays >= 0"));
            }
            delays.push((cur.to_string(), v));
            cur = cx.single_pred(cur)?;
        }
        delays.reverse();
        let (offset, want) = if cur == input {
            (0, inputs)
        } else if cur == lif_name {
            (inputs, hidden)
        } else {
            return Err(cx.unsupported(cur, "output", format!("feeds the LIF through '{p}'"), format!("only the Input '{input}' or the LIF '{lif_name}' (through Delay nodes) feed the LIF's weights")));
        };
        if n != want {
            return Err(cx.unsupported(
                p,
                "weight",
                format!("shape {:?}", w.shape),
                format!("shape [{hidden}, {want}] (from '{cur}')"),
            ));
        }
        branches.push(Branch {
            weight_node: p.to_string(),
            weight: w,
            delays,
            offset,
        });
    }
    if !branches.iter().any(|b| b.offset == 0) {
        return Err(cx.shape(format!(
            "no path from the Input '{input}' to the LIF '{lif_name}'"
        )));
    }
    let recurrent = branches.iter().any(|b| b.offset > 0);
    if let Some((from, to)) = g.edges.iter().find(|e| !cx.edges.contains(*e)) {
        return Err(cx.shape(format!(
            "edge '{from}' -> '{to}' ({} -> {}) is not part of it",
            g.nodes.get(from).map_or("missing node", |n| n.kind()),
            g.nodes.get(to).map_or("missing node", |n| n.kind())
        )));
    }
    let used: BTreeSet<&str> = cx
        .edges
        .iter()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    if let Some(stray) = g.nodes.keys().find(|k| !used.contains(k.as_str())) {
        return Err(cx.unsupported(stray, "edges", "not connected to the network", SHAPE));
    }

    let sources = inputs + if recurrent { hidden } else { 0 };
    let delays = split_delays(&cx, &branches, dt, mode)?;
    let mut net = RealNetwork {
        inputs,
        hidden,
        outputs,
        recurrent,
        delay_mode: delays.mode,
        alpha,
        kappa,
        w: vec![0.0; hidden * sources],
        d: vec![0.0; hidden * sources],
        a: vec![0.0; sources],
        u,
        b,
    };
    for (off, a) in &delays.axonal {
        net.a[*off..*off + a.len()].copy_from_slice(a);
    }
    let mut owner: BTreeMap<usize, &str> = BTreeMap::new();
    for (br, rest) in branches.iter().zip(&delays.synaptic) {
        let n = br.weight.shape[1];
        for (j, row) in br.weight.data.chunks_exact(n).enumerate() {
            for (s, &w) in row.iter().enumerate() {
                if w == 0.0 {
                    continue;
                }
                let idx = j * sources + br.offset + s;
                if let Some(other) = owner.insert(idx, &br.weight_node) {
                    return Err(cx.unsupported(
                        &br.weight_node,
                        &format!("weight[{j}][{s}]"),
                        format!("{w}, also non-zero in '{other}'"),
                        "one synapse per (neuron, source): each pair non-zero in one branch",
                    ));
                }
                net.w[idx] = gain[j] * w;
                net.d[idx] = rest[s];
                let total = net.a[br.offset + s] + rest[s];
                if total > (max_delay - 1) as f64 {
                    let last = br.delays.last().map_or(br.weight_node.as_str(), |(n, _)| n);
                    return Err(cx.unsupported(
                        last,
                        &format!("delay (channel {s}, path to neuron {j})"),
                        format!("{} s = {total} steps in total", total * dt),
                        format!(
                            "paths of at most network.max_delay - 1 = {} steps ({} s)",
                            max_delay - 1,
                            (max_delay - 1) as f64 * dt
                        ),
                    ));
                }
            }
        }
    }
    Ok(net)
}

fn one_dim(shape: &[i64]) -> Option<usize> {
    match shape {
        [n] if *n > 0 => Some(*n as usize),
        _ => None,
    }
}

/// Axonal delays per source group and the synaptic delay vector of each branch, in steps.
struct Delays {
    mode: DelayMode,
    axonal: Vec<(usize, Vec<f64>)>,
    synaptic: Vec<Vec<f64>>,
}

fn split_delays(
    cx: &Cx,
    branches: &[Branch],
    dt: f64,
    mode: Option<DelayMode>,
) -> Result<Delays, NirError> {
    let steps = |v: &[f64]| v.iter().map(|x| x / dt).collect::<Vec<f64>>();
    let mut axonal = Vec::new();
    let mut shared_nodes = BTreeSet::new();
    for off in branches.iter().map(|b| b.offset).collect::<BTreeSet<_>>() {
        let group: Vec<&Branch> = branches.iter().filter(|b| b.offset == off).collect();
        let first = group[0].delays.first().map(|(n, _)| n.as_str());
        let shared = group
            .iter()
            .all(|b| b.delays.first().map(|(n, _)| n.as_str()) == first);
        if let (Some(first), true) = (first, shared) {
            shared_nodes.insert(first.to_string());
            axonal.push((off, steps(&group[0].delays[0].1)));
        }
    }
    let rests: Vec<Vec<(String, Vec<f64>)>> = branches
        .iter()
        .map(|b| {
            b.delays
                .iter()
                .filter(|(n, _)| !shared_nodes.contains(n))
                .cloned()
                .collect()
        })
        .collect();
    let has_rest = rests.iter().any(|r| !r.is_empty());
    let inferred = match (!axonal.is_empty(), has_rest) {
        (false, false) => DelayMode::None,
        (true, false) => DelayMode::Axonal,
        (false, true) => DelayMode::Synaptic,
        (true, true) => DelayMode::Both,
    };
    let mode = mode.unwrap_or(inferred);
    let sum = |r: &[(String, Vec<f64>)], n: usize| {
        let mut v = vec![0.0; n];
        for (_, d) in r {
            for (x, y) in v.iter_mut().zip(steps(d)) {
                *x += y;
            }
        }
        v
    };
    let mut synaptic: Vec<Vec<f64>> = branches
        .iter()
        .zip(&rests)
        .map(|(b, r)| sum(r, b.weight.shape[1]))
        .collect();
    let nonzero = |name: &str, v: &[f64]| {
        v.iter()
            .position(|&x| x != 0.0)
            .map(|i| (name.to_string(), i, v[i] * dt))
    };
    match mode {
        DelayMode::Both => {}
        DelayMode::Synaptic => {
            // No axonal memory: a shared source delay becomes part of every synapse's delay.
            for (b, syn) in branches.iter().zip(synaptic.iter_mut()) {
                if let Some((_, a)) = axonal.iter().find(|(o, _)| *o == b.offset) {
                    for (x, y) in syn.iter_mut().zip(a) {
                        *x += y;
                    }
                }
            }
            axonal.clear();
        }
        DelayMode::Axonal | DelayMode::None => {
            let found = rests
                .iter()
                .flatten()
                .find_map(|(n, v)| nonzero(n, v))
                .or_else(|| {
                    if mode == DelayMode::None {
                        branches
                            .iter()
                            .flat_map(|b| &b.delays)
                            .find_map(|(n, v)| nonzero(n, v))
                    } else {
                        None
                    }
                });
            if let Some((node, i, v)) = found {
                let expected = if mode == DelayMode::None {
                    "no delays (network.delay_mode = none)".to_string()
                } else {
                    "one delay per source (network.delay_mode = axonal): a Delay node right after the source, shared by all its branches".to_string()
                };
                return Err(cx.unsupported(&node, &format!("delay[{i}]"), v, expected));
            }
            if mode == DelayMode::None {
                axonal.clear();
            }
            synaptic.iter_mut().for_each(|v| v.fill(0.0));
        }
    }
    Ok(Delays {
        mode,
        axonal,
        synaptic,
    })
}
