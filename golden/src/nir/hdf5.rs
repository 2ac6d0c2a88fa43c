//! NIR files in HDF5, as the Python `nir` package lays them out (`nir/serialization.py`):
//! a string dataset `version`, and a group `node` holding the graph: `type` = "NIRGraph", a
//! group `nodes` with one group per node (`type` and one dataset per parameter) and `edges`, an
//! `[n, 2]` array of strings. No attributes. `nir.write` stores strings as variable-length UTF-8
//! and gzips every array; reading uses the pure-Rust `hdf5-reader` (which decodes both). Writing
//! uses `rust-hdf5`: strings as fixed-length UTF-8, large arrays gzip-compressed, which `nir.read`
//! (h5py) reads the same (a fixed-length string comes back as `bytes` and is decoded).

use std::path::Path;

use hdf5_reader::error::Error as H5Error;
use hdf5_reader::group::Group;
use hdf5_reader::{Dataset, Datatype, Hdf5File, VarLenKind};
use rust_hdf5::dataset::DatasetBuilder;
use rust_hdf5::{DatatypeMessage, H5File};

use super::NirError;
use super::graph::{Array, Graph, Li, Lif, Node};

/// The NIR version written to `version` (that of the reference package the tests run).
pub const NIR_VERSION: &str = "1.0.8";

/// Arrays of at least this many values are written gzip-compressed.
const COMPRESS_FROM: usize = 1024;

/// Reads the graph of a NIR file.
pub fn read(path: &Path) -> Result<Graph, NirError> {
    let bytes = std::fs::read(path).map_err(|source| NirError::Io {
        path: path.to_path_buf(),
        op: "read",
        source,
    })?;
    let cx = Cx { path };
    let file = Hdf5File::from_vec(bytes)
        .map_err(|e| cx.err("/", format!("not a readable HDF5 file ({e})")))?;
    let root = file.group("node").map_err(|e| {
        cx.err(
            "/node",
            format!("missing ({e}); a NIR file keeps its graph there"),
        )
    })?;
    let kind = cx.string(&root, "/node", "type")?;
    if kind != "NIRGraph" {
        return Err(cx.err(
            "/node/type",
            format!("is \"{kind}\", expected \"NIRGraph\""),
        ));
    }
    let nodes = root
        .group("nodes")
        .map_err(|e| cx.err("/node/nodes", format!("missing ({e})")))?;
    let (names, stray) = nodes
        .member_names()
        .map_err(|e| cx.err("/node/nodes", e.to_string()))?;
    if let Some(s) = stray.first() {
        return Err(cx.err(
            &format!("/node/nodes/{s}"),
            "is a dataset, expected a node group".into(),
        ));
    }
    let mut graph = Graph::default();
    for name in names {
        let at = format!("/node/nodes/{name}");
        let g = nodes.group(&name).map_err(|e| cx.err(&at, e.to_string()))?;
        let node = cx.node(&g, &at)?;
        graph.nodes.insert(name, node);
    }
    graph.edges = cx.edges(&root)?;
    Ok(graph)
}

/// The file being read, for messages.
struct Cx<'a> {
    path: &'a Path,
}

impl Cx<'_> {
    fn err(&self, object: &str, detail: String) -> NirError {
        NirError::Hdf5 {
            path: self.path.to_path_buf(),
            object: object.to_string(),
            detail,
        }
    }

    fn dataset(&self, g: &Group, at: &str, name: &str) -> Result<Dataset, NirError> {
        g.dataset(name)
            .map_err(|e| self.err(&format!("{at}/{name}"), format!("missing ({e})")))
    }

    fn string(&self, g: &Group, at: &str, name: &str) -> Result<String, NirError> {
        let ds = self.dataset(g, at, name)?;
        let is_string = matches!(
            ds.dtype(),
            Datatype::String { .. }
                | Datatype::VarLen {
                    kind: VarLenKind::String,
                    ..
                }
        );
        if !is_string || ds.ndim() != 0 {
            return Err(self.err(
                &format!("{at}/{name}"),
                format!(
                    "{:?} of shape {:?}, expected a scalar string",
                    ds.dtype(),
                    ds.shape()
                ),
            ));
        }
        ds.read_string()
            .map_err(|e| self.err(&format!("{at}/{name}"), e.to_string()))
    }

    fn array(&self, g: &Group, at: &str, name: &str) -> Result<Array, NirError> {
        let ds = self.dataset(g, at, name)?;
        let at = format!("{at}/{name}");
        let shape = ds.shape().iter().map(|&d| d as usize).collect();
        let e = |e: H5Error| self.err(&at, e.to_string());
        let data: Vec<f64> = match ds.dtype() {
            Datatype::FloatingPoint { size: 8, .. } => {
                ds.read_array::<f64>().map_err(e)?.into_iter().collect()
            }
            Datatype::FloatingPoint { size: 4, .. } => ds
                .read_array::<f32>()
                .map_err(e)?
                .into_iter()
                .map(f64::from)
                .collect(),
            Datatype::FixedPoint {
                size: 8,
                signed: true,
                ..
            } => ds
                .read_array::<i64>()
                .map_err(e)?
                .into_iter()
                .map(|v| v as f64)
                .collect(),
            Datatype::FixedPoint {
                size: 4,
                signed: true,
                ..
            } => ds
                .read_array::<i32>()
                .map_err(e)?
                .into_iter()
                .map(f64::from)
                .collect(),
            other => {
                return Err(self.err(
                    &at,
                    format!("{other:?}, expected float32/64 or int32/64 numbers"),
                ));
            }
        };
        Ok(Array { shape, data })
    }

    fn node(&self, g: &Group, at: &str) -> Result<Node, NirError> {
        let kind = self.string(g, at, "type")?;
        let a = |name: &str| self.array(g, at, name);
        Ok(match kind.as_str() {
            "Input" => Node::Input {
                shape: shape_of(a("shape")?),
            },
            "Output" => Node::Output {
                shape: shape_of(a("shape")?),
            },
            "Linear" => Node::Linear {
                weight: a("weight")?,
            },
            "Affine" => Node::Affine {
                weight: a("weight")?,
                bias: a("bias")?,
            },
            "LIF" => {
                let v_threshold = a("v_threshold")?;
                // `v_reset` is optional in NIR (older files): zeros, as `nir.read` does.
                let has_reset = g
                    .member_names()
                    .map(|(_, ds)| ds.iter().any(|d| d == "v_reset"))
                    .unwrap_or(false);
                let v_reset = if has_reset {
                    a("v_reset")?
                } else {
                    Array {
                        shape: v_threshold.shape.clone(),
                        data: vec![0.0; v_threshold.data.len()],
                    }
                };
                Node::Lif(Lif {
                    tau: a("tau")?,
                    r: a("r")?,
                    v_leak: a("v_leak")?,
                    v_threshold,
                    v_reset,
                })
            }
            "LI" => Node::Li(Li {
                tau: a("tau")?,
                r: a("r")?,
                v_leak: a("v_leak")?,
            }),
            "Delay" => Node::Delay { delay: a("delay")? },
            _ => Node::Other { kind },
        })
    }

    fn edges(&self, root: &Group) -> Result<Vec<(String, String)>, NirError> {
        let ds = self.dataset(root, "/node", "edges")?;
        // An empty edge list is written by h5py as an empty float array.
        if ds.num_elements().unwrap_or(1) == 0 {
            return Ok(Vec::new());
        }
        let shape = ds.shape().to_vec();
        let strings = ds.read_strings().map_err(|e| {
            self.err(
                "/node/edges",
                format!("{e}; expected an [n, 2] array of strings"),
            )
        })?;
        if shape.len() != 2 || shape[1] != 2 {
            return Err(self.err("/node/edges", format!("shape {shape:?}, expected [n, 2]")));
        }
        Ok(strings
            .chunks_exact(2)
            .map(|p| (p[0].clone(), p[1].clone()))
            .collect())
    }
}

fn shape_of(a: Array) -> Vec<i64> {
    a.data.iter().map(|&v| v as i64).collect()
}

/// Writes `graph` as a NIR file, atomically (temporary file + rename).
pub fn write(path: &Path, graph: &Graph) -> Result<(), NirError> {
    let io = |op, source| NirError::Io {
        path: path.to_path_buf(),
        op,
        source,
    };
    crate::atomic::write_with(path, io, |tmp| {
        write_hdf5(tmp, graph).map_err(|e| NirError::Write {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })
    })
}

fn write_hdf5(tmp: &Path, graph: &Graph) -> rust_hdf5::Result<()> {
    let h5 = H5File::create(tmp)?;
    put_strings(h5.new_dataset::<u8>(), "version", &[], &[NIR_VERSION])?;
    let root = h5.create_group("node")?;
    put_strings(root.new_dataset::<u8>(), "type", &[], &["NIRGraph"])?;
    let nodes = root.create_group("nodes")?;
    for (name, node) in &graph.nodes {
        let g = nodes.create_group(name)?;
        put_strings(g.new_dataset::<u8>(), "type", &[], &[node.kind()])?;
        let mut arrays: Vec<(&str, &Array)> = Vec::new();
        match node {
            Node::Input { shape } | Node::Output { shape } => {
                g.new_dataset::<i64>()
                    .shape([shape.len()])
                    .create("shape")?
                    .write_raw(shape)?;
            }
            Node::Linear { weight } => arrays.push(("weight", weight)),
            Node::Affine { weight, bias } => arrays.extend([("weight", weight), ("bias", bias)]),
            Node::Lif(l) => arrays.extend([
                ("tau", &l.tau),
                ("r", &l.r),
                ("v_leak", &l.v_leak),
                ("v_threshold", &l.v_threshold),
                ("v_reset", &l.v_reset),
            ]),
            Node::Li(l) => arrays.extend([("tau", &l.tau), ("r", &l.r), ("v_leak", &l.v_leak)]),
            Node::Delay { delay } => arrays.push(("delay", delay)),
            Node::Other { kind } => {
                return Err(rust_hdf5::Hdf5Error::InvalidState(format!(
                    "node '{name}': cannot write a {kind} node"
                )));
            }
        }
        for (field, a) in arrays {
            let b = g.new_dataset::<f64>().shape(&a.shape);
            // Weight branches of per-synapse delays are mostly zeros: gzip them, as nir.write
            // does every array (one chunk per array; small arrays stay contiguous).
            let b = if a.data.len() >= COMPRESS_FROM && !a.shape.is_empty() {
                b.chunk(&a.shape).shuffle().deflate(6)
            } else {
                b
            };
            b.create(field)?.write_raw(&a.data)?;
        }
    }
    let flat: Vec<&str> = graph
        .edges
        .iter()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    put_strings(
        root.new_dataset::<u8>(),
        "edges",
        &[graph.edges.len(), 2],
        &flat,
    )?;
    h5.close()
}

/// A fixed-length, null-terminated UTF-8 string dataset of `shape` (`[]` = scalar).
fn put_strings(
    b: DatasetBuilder<u8>,
    name: &str,
    shape: &[usize],
    strings: &[&str],
) -> rust_hdf5::Result<()> {
    let size = strings.iter().map(|s| s.len()).max().unwrap_or(0) + 1;
    let mut bytes = vec![0u8; size * strings.len()];
    for (slot, s) in bytes.chunks_exact_mut(size).zip(strings) {
        slot[..s.len()].copy_from_slice(s.as_bytes());
    }
    b.datatype(DatatypeMessage::fixed_string_utf8(size as u32))
        .shape(shape)
        .create(name)?
        .write_raw_bytes(&bytes)
}
