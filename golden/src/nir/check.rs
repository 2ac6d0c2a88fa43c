//! The checks import makes on one node at a time, each refusing with the node, its NIR type,
//! the field, the value and what the tile supports.

use std::collections::BTreeSet;
use std::path::Path;

use super::graph::{Array, Graph, Node};
use super::import::SHAPE;
use super::{NirError, Refusal};

/// The graph being mapped, for messages.
pub(super) struct Cx<'a> {
    pub path: &'a Path,
    pub g: &'a Graph,
    /// The edges of the supported shape found so far.
    pub edges: BTreeSet<(String, String)>,
}

impl<'a> Cx<'a> {
    pub(super) fn unsupported(
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

    pub(super) fn shape(&self, found: impl ToString) -> NirError {
        NirError::Shape {
            path: self.path.to_path_buf(),
            found: found.to_string(),
            expected: SHAPE.to_string(),
        }
    }

    /// The one node of `kind`; a second one is refused by name.
    pub(super) fn only(&self, kind: &str, role: &str) -> Result<&'a str, NirError> {
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
    pub(super) fn single_pred(&mut self, node: &str) -> Result<&'a str, NirError> {
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
    pub(super) fn vector(
        &self,
        node: &str,
        field: &str,
        a: &Array,
        len: usize,
    ) -> Result<Vec<f64>, NirError> {
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
    pub(super) fn population(&self, node: &str, tau: &Array) -> Result<usize, NirError> {
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
    pub(super) fn uniform(&self, node: &str, field: &str, v: &[f64]) -> Result<f64, NirError> {
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

    pub(super) fn zeros(
        &self,
        node: &str,
        field: &str,
        v: &[f64],
        why: &str,
    ) -> Result<(), NirError> {
        match v.iter().position(|&x| x != 0.0) {
            Some(i) => Err(self.unsupported(node, &format!("{field}[{i}]"), v[i], why)),
            None => Ok(()),
        }
    }

    /// The decay `1 - dt/tau` of a population, checked to be in `[lo, 1)`.
    pub(super) fn decay(
        &self,
        node: &str,
        tau: f64,
        dt: f64,
        allow_zero: bool,
    ) -> Result<f64, NirError> {
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
    pub(super) fn weights(
        &self,
        node: &str,
        rows: usize,
        role: &str,
    ) -> Result<(Array, Vec<f64>), NirError> {
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
