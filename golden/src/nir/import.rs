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

use super::NirError;
use super::check::Cx;
use super::delays::split_delays;
use super::graph::{Array, Graph, Node};
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
pub(super) struct Branch {
    pub weight_node: String,
    /// `[hidden][n]`, as in the file.
    pub weight: Array,
    /// Delay nodes from the source to the weight node, in that order.
    pub delays: Vec<(String, Vec<f64>)>,
    /// Source offset: 0 for the input, `inputs` for the LIF's own spikes.
    pub offset: usize,
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
    if let Some((from, to)) = g
        .edges
        .iter()
        .find(|(a, b)| !g.nodes.contains_key(a) || !g.nodes.contains_key(b))
    {
        let missing = if g.nodes.contains_key(from) { to } else { from };
        return Err(cx.shape(format!("edge '{from}' -> '{to}' names no node '{missing}'")));
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
            // A chain of Delay nodes that comes back to itself never reaches an Input or a LIF
            // (without this check the walk would go round it until memory ran out).
            if delays.iter().any(|(name, _)| name == cur) {
                return Err(cx.unsupported(
                    cur,
                    "inputs",
                    format!("a cycle of Delay nodes through '{cur}'"),
                    format!(
                        "a chain of Delay nodes from the Input '{input}' or the LIF '{lif_name}'"
                    ),
                ));
            }
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
