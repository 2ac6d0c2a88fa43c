//! Which delays of a graph are axonal and which synaptic, for the delay mode given or inferred.

use std::collections::BTreeSet;

use super::NirError;
use super::check::Cx;
use super::import::Branch;
use crate::config::DelayMode;

/// Axonal delays per source group and the synaptic delay vector of each branch, in steps.
pub(super) struct Delays {
    pub mode: DelayMode,
    pub axonal: Vec<(usize, Vec<f64>)>,
    pub synaptic: Vec<Vec<f64>>,
}

pub(super) fn split_delays(
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
