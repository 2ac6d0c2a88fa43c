//! The NIR graph as delaytile sees it: named nodes of the primitives the tile can map (and a
//! placeholder for every other primitive, so that import can name it when refusing it), and
//! edges between them. Parameters are kept as `f64` arrays with their shape, as the file has
//! them; the NIR specification (neuromorphs/NIR, `nir/ir/`) defines the fields.

use std::collections::BTreeMap;

/// An n-dimensional array, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Array {
    pub shape: Vec<usize>,
    pub data: Vec<f64>,
}

impl Array {
    pub fn vector(data: Vec<f64>) -> Array {
        Array {
            shape: vec![data.len()],
            data,
        }
    }

    /// A `rows x cols` matrix from row-major data.
    pub fn matrix(rows: usize, cols: usize, data: Vec<f64>) -> Array {
        debug_assert_eq!(data.len(), rows * cols);
        Array {
            shape: vec![rows, cols],
            data,
        }
    }

    pub fn filled(n: usize, value: f64) -> Array {
        Array::vector(vec![value; n])
    }

    /// Length of a one-dimensional array, `None` otherwise.
    pub fn len_1d(&self) -> Option<usize> {
        (self.shape.len() == 1).then(|| self.shape[0])
    }
}

/// A leaky integrate-and-fire population: `tau dv/dt = (v_leak - v) + r I`, a spike when
/// `v > v_threshold`, then `v = v_reset`.
#[derive(Clone, Debug, PartialEq)]
pub struct Lif {
    pub tau: Array,
    pub r: Array,
    pub v_leak: Array,
    pub v_threshold: Array,
    pub v_reset: Array,
}

/// A leaky integrator: `tau dv/dt = (v_leak - v) + r I`.
#[derive(Clone, Debug, PartialEq)]
pub struct Li {
    pub tau: Array,
    pub r: Array,
    pub v_leak: Array,
}

/// One NIR node.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Input {
        shape: Vec<i64>,
    },
    Output {
        shape: Vec<i64>,
    },
    /// `y = W x`, `weight` of shape `[out, in]`.
    Linear {
        weight: Array,
    },
    /// `y = W x + b`.
    Affine {
        weight: Array,
        bias: Array,
    },
    Lif(Lif),
    Li(Li),
    /// `y(t) = x(t - delay)`, one delay per channel (in the graph's time unit, seconds).
    Delay {
        delay: Array,
    },
    /// Any other NIR primitive (`CubaLIF`, `Conv2d`, a nested `NIRGraph`, ...): read so that
    /// import can name it, never mapped.
    Other {
        kind: String,
    },
}

impl Node {
    /// The NIR type name (`"LIF"`, `"Linear"`, ...).
    pub fn kind(&self) -> &str {
        match self {
            Node::Input { .. } => "Input",
            Node::Output { .. } => "Output",
            Node::Linear { .. } => "Linear",
            Node::Affine { .. } => "Affine",
            Node::Lif(_) => "LIF",
            Node::Li(_) => "LI",
            Node::Delay { .. } => "Delay",
            Node::Other { kind } => kind,
        }
    }
}

/// A NIR graph: nodes by name and directed edges `(from, to)`. Several edges into one node add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub nodes: BTreeMap<String, Node>,
    pub edges: Vec<(String, String)>,
}

impl Graph {
    /// Names of the nodes with an edge into `name`, in edge order.
    pub fn predecessors(&self, name: &str) -> Vec<&str> {
        self.edges
            .iter()
            .filter(|(_, to)| to == name)
            .map(|(from, _)| from.as_str())
            .collect()
    }

    /// Names of the nodes `name` has an edge to, in edge order.
    pub fn successors(&self, name: &str) -> Vec<&str> {
        self.edges
            .iter()
            .filter(|(from, _)| from == name)
            .map(|(_, to)| to.as_str())
            .collect()
    }
}
