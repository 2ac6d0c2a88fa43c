//! A float evaluation of a NIR graph as NIR defines its nodes, discretised with forward Euler
//! at step `dt`, written from the graph alone (it shares nothing with the import's mapping), so
//! that an imported tile can be checked against it.
//!
//! Per step: Input nodes emit the step's spikes; Linear `W x`, Affine `W x + b`; Delay emits
//! its input of `round(delay / dt)` steps ago; LIF `v += dt/tau (v_leak - v + r I)`, spike where
//! `v > v_threshold`, then `v = v_reset` there; LI `v += dt/tau (v_leak - v + r I)`; several
//! edges into a node add. Nodes run in dependency order; an edge that closes a cycle carries
//! the previous step's output of the LIF it leaves (the recurrent step delay of snnTorch's and
//! Norse's recurrent layers and of the tile).

use std::collections::BTreeMap;

use super::graph::{Graph, Node};

/// What one sample produced, per step: the spikes of every LIF node (concatenated in name
/// order) and the values reaching every Output node (concatenated in name order).
#[derive(Clone, Debug, Default)]
pub struct Run {
    pub spikes: Vec<Vec<bool>>,
    /// Every LIF neuron's membrane before the threshold test, divided by its threshold.
    pub membranes: Vec<Vec<f64>>,
    pub outputs: Vec<Vec<f64>>,
}

/// Runs `graph` on one sample: `steps[t]` lists the input channels spiking at step `t`.
pub fn evaluate(graph: &Graph, dt: f64, steps: &[Vec<u16>]) -> Result<Run, String> {
    if let Some((a, b)) = graph
        .edges
        .iter()
        .find(|(a, b)| !graph.nodes.contains_key(a) || !graph.nodes.contains_key(b))
    {
        return Err(format!("edge '{a}' -> '{b}' names a missing node"));
    }
    let order = schedule(graph)?;
    let names: Vec<&String> = graph.nodes.keys().collect();
    let index: BTreeMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let preds: Vec<Vec<usize>> = names
        .iter()
        .map(|n| graph.predecessors(n).iter().map(|p| index[p]).collect())
        .collect();
    let mut out: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    let mut state: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    let mut history: Vec<Vec<Vec<f64>>> = vec![Vec::new(); names.len()];
    let mut run = Run::default();
    let mut membranes: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    for (t, spikes) in steps.iter().enumerate() {
        for &i in &order {
            let node = &graph.nodes[names[i]];
            let input = |len: usize, out: &[Vec<f64>]| {
                let mut x = vec![0.0; len];
                for &p in &preds[i] {
                    for (a, b) in x.iter_mut().zip(&out[p]) {
                        *a += b;
                    }
                }
                x
            };
            let y = match node {
                Node::Input { shape } => {
                    let mut x = vec![0.0; shape.iter().product::<i64>() as usize];
                    for &c in spikes {
                        *x.get_mut(c as usize)
                            .ok_or(format!("input channel {c} outside the Input's shape"))? = 1.0;
                    }
                    x
                }
                Node::Output { shape } => input(shape.iter().product::<i64>() as usize, &out),
                Node::Linear { weight } | Node::Affine { weight, .. } => {
                    let (rows, cols) = (weight.shape[0], weight.shape[1]);
                    let x = input(cols, &out);
                    let mut y: Vec<f64> = (0..rows)
                        .map(|r| (0..cols).map(|c| weight.data[r * cols + c] * x[c]).sum())
                        .collect();
                    if let Node::Affine { bias, .. } = node {
                        y.iter_mut().zip(&bias.data).for_each(|(a, b)| *a += b);
                    }
                    y
                }
                Node::Delay { delay } => {
                    let x = input(delay.data.len(), &out);
                    history[i].push(x);
                    delay
                        .data
                        .iter()
                        .enumerate()
                        .map(|(c, &d)| {
                            let lag = (d / dt).round() as usize;
                            t.checked_sub(lag).map_or(0.0, |u| history[i][u][c])
                        })
                        .collect()
                }
                Node::Lif(l) => {
                    let n = l.tau.data.len();
                    let x = input(n, &out);
                    let v = state[i].get_or_insert_zeros(n);
                    let pre = &mut membranes[i];
                    pre.clear();
                    (0..n)
                        .map(|j| {
                            v[j] +=
                                dt / l.tau.data[j] * (l.v_leak.data[j] - v[j] + l.r.data[j] * x[j]);
                            pre.push(v[j] / l.v_threshold.data[j]);
                            let z = v[j] > l.v_threshold.data[j];
                            if z {
                                v[j] = l.v_reset.data[j];
                            }
                            z as u8 as f64
                        })
                        .collect()
                }
                Node::Li(l) => {
                    let n = l.tau.data.len();
                    let x = input(n, &out);
                    let v = state[i].get_or_insert_zeros(n);
                    for j in 0..n {
                        v[j] += dt / l.tau.data[j] * (l.v_leak.data[j] - v[j] + l.r.data[j] * x[j]);
                    }
                    v.clone()
                }
                Node::Other { kind } => {
                    return Err(format!(
                        "node '{}': cannot evaluate a {kind} node",
                        names[i]
                    ));
                }
            };
            out[i] = y;
        }
        let cat = |f: &dyn Fn(&Node) -> bool| -> Vec<f64> {
            names
                .iter()
                .enumerate()
                .filter(|(_, n)| f(&graph.nodes[n.as_str()]))
                .flat_map(|(i, _)| out[i].clone())
                .collect()
        };
        let lif = |n: &Node| matches!(n, Node::Lif(_));
        run.membranes.push(
            names
                .iter()
                .enumerate()
                .filter(|(_, n)| lif(&graph.nodes[n.as_str()]))
                .flat_map(|(i, _)| membranes[i].clone())
                .collect(),
        );
        run.spikes.push(
            cat(&|n| matches!(n, Node::Lif(_)))
                .iter()
                .map(|&z| z != 0.0)
                .collect(),
        );
        run.outputs.push(cat(&|n| matches!(n, Node::Output { .. })));
    }
    Ok(run)
}

trait Zeros {
    fn get_or_insert_zeros(&mut self, n: usize) -> &mut Vec<f64>;
}

impl Zeros for Vec<f64> {
    fn get_or_insert_zeros(&mut self, n: usize) -> &mut Vec<f64> {
        if self.len() != n {
            *self = vec![0.0; n];
        }
        self
    }
}

/// Dependency order of the nodes; when only a cycle remains, a node on it whose unfinished
/// inputs all come from LIF nodes of that cycle runs first and reads their previous step.
fn schedule(graph: &Graph) -> Result<Vec<usize>, String> {
    let names: Vec<&String> = graph.nodes.keys().collect();
    let mut done = vec![false; names.len()];
    let mut order = Vec::new();
    while order.len() < names.len() {
        let pending = |i: usize, done: &[bool]| -> Vec<usize> {
            graph
                .predecessors(names[i])
                .iter()
                .filter_map(|p| names.iter().position(|n| n == p))
                .filter(|&p| !done[p])
                .collect()
        };
        let ready = (0..names.len())
            .find(|&i| !done[i] && pending(i, &done).is_empty())
            .or_else(|| {
                (0..names.len()).find(|&i| {
                    let p = pending(i, &done);
                    !done[i]
                        && p.iter().all(|&p| {
                            matches!(graph.nodes[names[p].as_str()], Node::Lif(_))
                                && reaches(graph, names[i], names[p])
                        })
                })
            });
        let Some(i) = ready else {
            return Err("a cycle that does not pass through a LIF node".into());
        };
        done[i] = true;
        order.push(i);
    }
    Ok(order)
}

/// Whether a path of edges leads from `from` to `to`.
fn reaches(graph: &Graph, from: &str, to: &str) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = vec![from];
    while let Some(n) = stack.pop() {
        if n == to {
            return true;
        }
        if seen.insert(n) {
            stack.extend(graph.successors(n));
        }
    }
    false
}
