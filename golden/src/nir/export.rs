//! A tile's network as a NIR graph (the inverse of import for the graphs import produces).
//!
//! Nodes: `input` (Input) -> [`input_axon` (Delay, axonal delays)] -> one branch per distinct
//! synaptic delay value `v` (in delay LSBs): [`input_d{v}` (Delay, uniform)] -> `input_w_d{v}`
//! (Linear, the weights of the synapses with that delay) -> `lif` (LIF); the same from `lif`
//! with the prefix `rec` when recurrent; `lif` -> `readout` (Affine: readout weights and biases)
//! -> `li` (LI) -> `output`. Without synaptic delays each source has one Linear, `{prefix}_w`.
//! Parameters: `tau = dt / (1 - alpha)`, `r = tau / dt` (input gain 1), threshold 1, `v_leak`
//! and `v_reset` 0; delays in seconds. Weights that are 0 carry no delay.

use std::collections::BTreeSet;
use std::path::Path;

use super::NirError;
use super::graph::{Array, Graph, Li, Lif, Node};
use crate::config::{Config, Reset};
use crate::params::Params;

/// The graph of `cfg` with parameters `p` (`path` only names the output in messages).
pub fn export(path: &Path, cfg: &Config, p: &Params) -> Result<Graph, NirError> {
    let n = &cfg.network;
    if n.reset == Reset::Subtract {
        return Err(NirError::Inexpressible {
            path: path.to_path_buf(),
            field: "network.reset",
            value: "subtract".into(),
            expected: "\"zero\": a NIR LIF resets to v_reset, it cannot subtract the threshold"
                .into(),
        });
    }
    let dt = cfg.data.dt_ms / 1000.0;
    let ws = 1.0 / (1u64 << cfg.widths.weight_frac) as f64;
    let ds = dt / (1u64 << cfg.widths.delay_frac) as f64;
    let (h, o, s) = (n.hidden, n.outputs, cfg.sources());
    let mut g = Graph::default();
    let mut node = |name: &str, nd: Node| {
        g.nodes.insert(name.to_string(), nd);
    };
    let tau = dt / (1.0 - cfg.neuron.alpha);
    node(
        "input",
        Node::Input {
            shape: vec![n.inputs as i64],
        },
    );
    node(
        "lif",
        Node::Lif(Lif {
            tau: Array::filled(h, tau),
            r: Array::filled(h, tau / dt),
            v_leak: Array::filled(h, 0.0),
            v_threshold: Array::filled(h, 1.0),
            v_reset: Array::filled(h, 0.0),
        }),
    );
    let tau_o = dt / (1.0 - cfg.neuron.kappa);
    node(
        "readout",
        Node::Affine {
            weight: Array::matrix(o, h, p.u.iter().map(|&x| x as f64 * ws).collect()),
            bias: Array::vector(p.b.iter().map(|&x| x as f64 * ws).collect()),
        },
    );
    node(
        "li",
        Node::Li(Li {
            tau: Array::filled(o, tau_o),
            r: Array::filled(o, tau_o / dt),
            v_leak: Array::filled(o, 0.0),
        }),
    );
    node(
        "output",
        Node::Output {
            shape: vec![o as i64],
        },
    );
    let mut edges = vec![
        ("lif".to_string(), "readout".to_string()),
        ("readout".into(), "li".into()),
        ("li".into(), "output".into()),
    ];

    let mut groups = vec![("input", "input", 0, n.inputs)];
    if n.recurrent {
        groups.push(("rec", "lif", n.inputs, h));
    }
    let mode = n.delay_mode;
    for (prefix, src, off, len) in groups {
        let mut base = src.to_string();
        if mode.has_axonal() {
            let name = format!("{prefix}_axon");
            let delay = p.a[off..off + len].iter().map(|&x| x as f64 * ds).collect();
            node(
                &name,
                Node::Delay {
                    delay: Array::vector(delay),
                },
            );
            edges.push((base, name.clone()));
            base = name;
        }
        let delay_of = |j: usize, k: usize| {
            if mode.has_synaptic() {
                p.d[j * s + off + k]
            } else {
                0
            }
        };
        let mut values: BTreeSet<i32> = (0..h)
            .flat_map(|j| (0..len).map(move |k| (j, k)))
            .filter(|&(j, k)| p.w[j * s + off + k] != 0)
            .map(|(j, k)| delay_of(j, k))
            .collect();
        if values.is_empty() {
            values.insert(0); // keep the source's (all-zero) weights in the graph
        }
        for v in values {
            let weights = (0..h)
                .flat_map(|j| (0..len).map(move |k| (j, k)))
                .map(|(j, k)| {
                    if delay_of(j, k) == v {
                        p.w[j * s + off + k] as f64 * ws
                    } else {
                        0.0
                    }
                })
                .collect();
            let linear = if mode.has_synaptic() {
                format!("{prefix}_w_d{v}")
            } else {
                format!("{prefix}_w")
            };
            let mut from = base.clone();
            if v != 0 {
                let name = format!("{prefix}_d{v}");
                node(
                    &name,
                    Node::Delay {
                        delay: Array::filled(len, v as f64 * ds),
                    },
                );
                edges.push((from, name.clone()));
                from = name;
            }
            node(
                &linear,
                Node::Linear {
                    weight: Array::matrix(h, len, weights),
                },
            );
            edges.push((from, linear.clone()));
            edges.push((linear, "lif".into()));
        }
    }
    g.edges = edges;
    Ok(g)
}
