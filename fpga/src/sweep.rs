//! Sweeps for `delaytile estimate`: area, memory and latency of one configuration or a sweep, per FPGA
//! target: LUT/FF/carry/BRAM from Yosys (the board top: tile + UART bridge), Fmax from nextpnr
//! (with `--pnr`), the exact memory bits from the generator's memory map, the block RAMs the
//! memory map predicts, and the cycles per step from the cycle model. Writes `estimate.csv` and
//! `estimate.svg` (area and latency against memory).
//!
//! A sweep file (TOML):
//! ```toml
//! base = "reference.toml"          # relative to the sweep file
//! targets = ["ice40-up5k", "ecp5-85k"]
//! pnr = false                      # --pnr overrides
//! [[point]]
//! name = "small"
//! set = ["network.inputs=70", "data.pool=10", "network.hidden=32"]
//! targets = ["ecp5-25k"]           # optional: this point's targets instead of the file's
//! [grid]                           # optional: every point x every combination
//! "network.max_delay" = [8, 16, 32]
//! ```

use crate::{Family, Summary, Target};
use anyhow::{Context, Result, anyhow, bail};
use clap::ValueEnum;
use golden::config::Config;
use golden::cycles::{StepCounts, clear_cycles, step_cycles};
use golden::settings::load_config;
use golden::svg::{Doc, Panel};
use std::fmt::Write as _;
use std::path::Path;

/// One configuration of the sweep.
#[derive(Debug)]
pub struct Point {
    pub name: String,
    pub cfg: Config,
    /// Its own targets (empty: the sweep's).
    pub targets: Vec<Target>,
}

/// One row of estimate.csv.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub name: String,
    pub target: String,
    pub learning_unit: bool,
    /// Synapse lanes (`hardware.lanes`).
    pub lanes: u32,
    pub inputs: usize,
    pub hidden: usize,
    pub outputs: usize,
    pub recurrent: bool,
    pub delay_mode: String,
    pub max_delay: usize,
    pub weight_bits: u32,
    pub memory_bits: u64,
    pub predicted_brams: u64,
    pub brams: Option<u64>,
    pub luts: Option<u64>,
    pub ffs: Option<u64>,
    pub carry: Option<u64>,
    pub lutrams: Option<u64>,
    pub fmax_mhz: Option<f64>,
    pub fits: bool,
    pub clear_cycles: u64,
    /// Cycles of a step without activity and with every source active and every neuron spiking.
    pub step_cycles_min: u64,
    pub step_cycles_max: u64,
    /// µs per step at Fmax (or at the board clock without place and route).
    pub clock_mhz: f64,
    pub step_us_min: f64,
    pub step_us_max: f64,
    /// Mean busy cycles per step on a data file's samples (`estimate --data`), without and with
    /// online learning (the latter only with the learning unit), and the steps per sample.
    pub data_cycles: Option<f64>,
    pub data_cycles_learning: Option<f64>,
    pub steps_per_sample: usize,
    pub note: String,
}

pub const HEADER: &str = "name,target,learning_unit,lanes,inputs,hidden,outputs,recurrent,delay_mode,\
max_delay,weight_bits,memory_bits,predicted_brams,brams,luts,ffs,carry,lutrams,fmax_mhz,fits,\
clear_cycles,step_cycles_min,step_cycles_max,clock_mhz,step_us_min,step_us_max,data_cycles,\
data_cycles_learning,samples_per_s,samples_per_s_learning,note";

pub fn opt<T: std::fmt::Display>(x: &Option<T>) -> String {
    x.as_ref().map_or(String::new(), |v| v.to_string())
}

impl Row {
    /// Samples per second at the measured Fmax from the mean cycles per step on the data file
    /// (each sample: its steps and a CLEAR). None without place and route: the table's column
    /// is "at Fmax", and the board clock is no property of the design.
    pub fn samples_per_s(&self, learning: bool) -> Option<f64> {
        let c = if learning {
            self.data_cycles_learning
        } else {
            self.data_cycles
        }?;
        let per_sample = c * self.steps_per_sample as f64 + self.clear_cycles as f64;
        Some(self.fmax_mhz? * 1e6 / per_sample)
    }

    pub fn csv(&self) -> String {
        [
            self.name.clone(),
            self.target.clone(),
            self.learning_unit.to_string(),
            self.lanes.to_string(),
            self.inputs.to_string(),
            self.hidden.to_string(),
            self.outputs.to_string(),
            self.recurrent.to_string(),
            self.delay_mode.clone(),
            self.max_delay.to_string(),
            self.weight_bits.to_string(),
            self.memory_bits.to_string(),
            self.predicted_brams.to_string(),
            opt(&self.brams),
            opt(&self.luts),
            opt(&self.ffs),
            opt(&self.carry),
            opt(&self.lutrams),
            self.fmax_mhz.map_or(String::new(), |f| format!("{f:.2}")),
            self.fits.to_string(),
            self.clear_cycles.to_string(),
            self.step_cycles_min.to_string(),
            self.step_cycles_max.to_string(),
            format!("{:.2}", self.clock_mhz),
            format!("{:.2}", self.step_us_min),
            format!("{:.2}", self.step_us_max),
            self.data_cycles
                .map_or(String::new(), |c| format!("{c:.1}")),
            self.data_cycles_learning
                .map_or(String::new(), |c| format!("{c:.1}")),
            self.samples_per_s(false)
                .map_or(String::new(), |x| format!("{x:.1}")),
            self.samples_per_s(true)
                .map_or(String::new(), |x| format!("{x:.1}")),
            format!("\"{}\"", self.note.replace('"', "'")),
        ]
        .join(",")
    }
}

/// The row of one flow summary.
pub fn row(name: &str, cfg: &Config, s: &Summary) -> Row {
    let n = &cfg.network;
    let lo = step_cycles(cfg, StepCounts::default());
    let hi = step_cycles(
        cfg,
        StepCounts {
            active_sources: cfg.sources(),
            spikes: n.hidden,
        },
    );
    let fmax = s.pnr.as_ref().map(|p| p.fmax_mhz);
    let clock_mhz = fmax.unwrap_or(s.clock_hz as f64 / 1e6);
    Row {
        name: name.to_string(),
        target: s.target.name().to_string(),
        learning_unit: cfg.hardware.learning_unit,
        lanes: cfg.hardware.lanes,
        inputs: n.inputs,
        hidden: n.hidden,
        outputs: n.outputs,
        recurrent: n.recurrent,
        delay_mode: format!("{:?}", n.delay_mode).to_lowercase(),
        max_delay: n.max_delay,
        weight_bits: cfg.widths.weight_bits,
        memory_bits: s.memory_bits,
        predicted_brams: s.predicted_brams,
        brams: s.area.as_ref().map(|a| a.brams),
        luts: s.area.as_ref().map(|a| a.luts),
        ffs: s.area.as_ref().map(|a| a.ffs),
        carry: s.area.as_ref().map(|a| a.carry),
        lutrams: s.area.as_ref().map(|a| a.lutrams),
        fmax_mhz: fmax,
        fits: s.fits,
        clear_cycles: clear_cycles(cfg),
        step_cycles_min: lo,
        step_cycles_max: hi,
        clock_mhz,
        step_us_min: lo as f64 / clock_mhz,
        step_us_max: hi as f64 / clock_mhz,
        data_cycles: None,
        data_cycles_learning: None,
        steps_per_sample: cfg.data.steps(),
        note: s.fit_problems.join("; "),
    }
}

pub fn load_sweep(path: &Path, sets: &[String]) -> Result<(Vec<Point>, Vec<Target>, bool)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let t: toml::Table = toml::from_str(&text).map_err(|e| {
        anyhow!(
            "sweep file {}: {}",
            path.display(),
            e.to_string().trim_end()
        )
    })?;
    let here = path.parent().unwrap_or(Path::new("."));
    for k in t.keys() {
        if !["base", "targets", "pnr", "point", "grid"].contains(&k.as_str()) {
            bail!(
                "sweep file {}: unknown key `{k}`, expected base, targets, pnr, [[point]], [grid]",
                path.display()
            );
        }
    }
    let base = match t.get("base") {
        Some(toml::Value::String(b)) => here.join(b),
        Some(v) => bail!(
            "sweep file {}: `base` = {v}: expected a string (a configuration file)",
            path.display()
        ),
        None => bail!(
            "sweep file {}: missing `base` (the configuration the points change)",
            path.display()
        ),
    };
    let targets = match t.get("targets") {
        Some(v) => parse_targets(v, path, "")?,
        None => Vec::new(),
    };
    let pnr = match t.get("pnr") {
        None => false,
        Some(toml::Value::Boolean(b)) => *b,
        Some(v) => bail!(
            "sweep file {}: `pnr` = {v}: expected true or false",
            path.display()
        ),
    };
    let mut points: Vec<(String, Vec<String>, Vec<Target>)> = Vec::new();
    if let Some(v) = t.get("point") {
        let arr = v.as_array().ok_or_else(|| {
            anyhow!(
                "sweep file {}: `point` must be an array of tables ([[point]])",
                path.display()
            )
        })?;
        for (i, p) in arr.iter().enumerate() {
            let name = p
                .get("name")
                .and_then(|n| n.as_str())
                .ok_or_else(|| anyhow!("sweep file {}: point {i} has no `name`", path.display()))?
                .to_string();
            let mut set = Vec::new();
            if let Some(s) = p.get("set") {
                for x in s.as_array().into_iter().flatten() {
                    set.push(
                        x.as_str()
                            .ok_or_else(|| {
                                anyhow!(
                                    "sweep file {}: point {name}: `set` entries must be strings \
                                     like \"network.hidden=32\"",
                                    path.display()
                                )
                            })?
                            .to_string(),
                    );
                }
            }
            for k in p.as_table().into_iter().flat_map(|t| t.keys()) {
                if !["name", "set", "targets"].contains(&k.as_str()) {
                    bail!(
                        "sweep file {}: point {name}: unknown key `{k}`, expected name, set, \
                         targets",
                        path.display()
                    );
                }
            }
            let own = match p.get("targets") {
                Some(v) => parse_targets(v, path, &format!("point {name}: "))?,
                None => Vec::new(),
            };
            points.push((name, set, own));
        }
    }
    if points.is_empty() {
        points.push(("base".into(), Vec::new(), Vec::new()));
    }
    if let Some(g) = t.get("grid") {
        let g = g
            .as_table()
            .ok_or_else(|| anyhow!("sweep file {}: `grid` must be a table", path.display()))?;
        for (key, values) in g {
            let values = values.as_array().ok_or_else(|| {
                anyhow!(
                    "sweep file {}: grid `{key}` must be an array of values",
                    path.display()
                )
            })?;
            let mut next = Vec::new();
            for (name, set, own) in &points {
                for v in values {
                    let v = match v {
                        toml::Value::String(s) => format!("\"{s}\""),
                        other => other.to_string(),
                    };
                    let mut s = set.clone();
                    s.push(format!("{key}={v}"));
                    let short = key.rsplit('.').next().unwrap_or(key);
                    next.push((
                        format!("{name}-{short}{}", v.trim_matches('"')),
                        s,
                        own.clone(),
                    ));
                }
            }
            points = next;
        }
    }
    let mut out = Vec::new();
    for (name, mut set, targets) in points {
        set.extend(sets.iter().cloned());
        let cfg = load_config(&base, &set)
            .with_context(|| format!("sweep file {}: point {name}", path.display()))?;
        out.push(Point { name, cfg, targets });
    }
    Ok((out, targets, pnr))
}

/// A sweep file's list of targets (`where_` says whose, for the message).
fn parse_targets(v: &toml::Value, path: &Path, where_: &str) -> Result<Vec<Target>> {
    let arr = v.as_array().ok_or_else(|| {
        anyhow!(
            "sweep file {}: {where_}`targets` must be an array of strings",
            path.display()
        )
    })?;
    arr.iter()
        .map(|x| {
            Target::from_str(x.as_str().unwrap_or_default(), false).map_err(|_| {
                anyhow!(
                    "sweep file {}: {where_}target {x}: expected one of ice40-up5k, ice40-hx8k, \
                     ecp5-25k, ecp5-85k",
                    path.display()
                )
            })
        })
        .collect()
}

/// The rows as a Markdown table (the README's): µs per step at the measured Fmax (at the board
/// clock without place and route), idle .. every source active and every neuron spiking.
/// With data (`estimate --data`), two more columns: mean cycles per step on the data, and
/// samples per second at Fmax, inference / online learning.
pub fn markdown(rows: &[Row]) -> String {
    let data = rows.iter().any(|r| r.data_cycles.is_some());
    let mut s = String::from(
        "| configuration | learning unit | lanes | target | memory (kbit) | block RAM (predicted) | LUT4 | FF | carry | Fmax (MHz) | cycles / step | µs / step |",
    );
    if data {
        s.push_str(" cycles / step on the data (inference / learning) | samples / s at Fmax (inference / learning) |");
    }
    s.push_str(" fits |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    if data {
        s.push_str("---|---|");
    }
    s.push('\n');
    for r in rows {
        let dash = |x: &Option<u64>| x.map_or("-".into(), |v| v.to_string());
        let one = |x: Option<f64>| x.map_or("-".into(), |v| format!("{v:.0}"));
        let extra = if data {
            format!(
                " {} / {} | {} / {} |",
                one(r.data_cycles),
                one(r.data_cycles_learning),
                if r.fits {
                    one(r.samples_per_s(false))
                } else {
                    "-".into()
                },
                if r.fits {
                    one(r.samples_per_s(true))
                } else {
                    "-".into()
                },
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {:.1} | {} ({}) | {} | {} | {} | {} | {} .. {} | {} |{extra} {} |",
            r.name,
            if r.learning_unit { "yes" } else { "no" },
            r.lanes,
            r.target,
            r.memory_bits as f64 / 1000.0,
            dash(&r.brams),
            r.predicted_brams,
            dash(&r.luts),
            dash(&r.ffs),
            dash(&r.carry),
            r.fmax_mhz.map_or("-".into(), |f| format!("{f:.1}")),
            r.step_cycles_min,
            r.step_cycles_max,
            if r.fits {
                format!("{:.1} .. {:.1}", r.step_us_min, r.step_us_max)
            } else {
                "-".into()
            },
            if r.fits {
                "yes".to_string()
            } else {
                format!("no: {}", r.note)
            }
        );
    }
    s
}

fn family_of(target: &str) -> Family {
    if target.starts_with("ice40") {
        Family::Ice40
    } else {
        Family::Ecp5
    }
}

/// Two panels: LUT4 against memory, and µs per step (idle .. all active, a bar) against memory;
/// one colour per target, a label per point.
pub fn svg(rows: &[Row]) -> String {
    let (w, h) = (1060.0, 440.0 + 16.0 * rows.len().min(8) as f64);
    let mut targets: Vec<&str> = rows.iter().map(|r| r.target.as_str()).collect();
    targets.sort();
    targets.dedup();
    let colour = |t: &str| golden::svg::colour(targets.iter().position(|x| *x == t).unwrap_or(0));
    let xmax = rows
        .iter()
        .map(|r| r.memory_bits as f64 / 1000.0)
        .fold(1.0, f64::max)
        * 1.1;
    let lmax = rows
        .iter()
        .filter_map(|r| r.luts)
        .map(|x| x as f64)
        .fold(1.0, f64::max)
        * 1.1;
    let umax = rows
        .iter()
        .filter(|r| r.fits)
        .map(|r| r.step_us_max)
        .fold(1.0, f64::max)
        * 1.1;
    let mut doc = Doc::new(w, h);
    for (panel, (title, ymax, ylabel)) in [
        ("Area: LUT4 vs memory", lmax, "LUT4"),
        ("Latency: µs per step vs memory", umax, "µs / step"),
    ]
    .into_iter()
    .enumerate()
    {
        let p = Panel::in_row(panel, xmax, ymax);
        p.axes(&mut doc, title, "memory (kbit, memory map)", ylabel, 4);
        let mut labels = Labels::default();
        for r in rows {
            let k = targets.iter().position(|t| *t == r.target).unwrap_or(0) as f64;
            let x = p.x(r.memory_bits as f64 / 1000.0);
            let c = colour(&r.target);
            if panel == 0 {
                let Some(l) = r.luts else { continue };
                let y = p.y(l as f64);
                let _ = writeln!(
                    doc.s,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{c}\" fill-opacity=\"{}\"/>",
                    if r.fits { 0.9 } else { 0.3 },
                );
                labels.place(&mut doc, x + 7.0, y - 4.0, &r.name);
            } else {
                // Latency only where it fits; bars of one memory size side by side per target.
                if !r.fits {
                    continue;
                }
                let x = x + 5.0 * k;
                let (y1, y2) = (p.y(r.step_us_min), p.y(r.step_us_max));
                let _ = writeln!(
                    doc.s,
                    "<line x1=\"{x:.1}\" y1=\"{y1:.1}\" x2=\"{x:.1}\" y2=\"{y2:.1}\" stroke=\"{c}\" \
                     stroke-width=\"3\"/><circle cx=\"{x:.1}\" cy=\"{y1:.1}\" r=\"3\" fill=\"{c}\"/>",
                );
                labels.place(&mut doc, x + 6.0, y2 + 4.0, &r.name);
            }
        }
    }
    for (i, t) in targets.iter().enumerate() {
        let fam = match family_of(t) {
            Family::Ice40 => "iCE40",
            Family::Ecp5 => "ECP5",
        };
        doc.legend(
            70.0,
            418.0 + i as f64 * 16.0,
            colour(t),
            &format!("{t} ({fam})"),
        );
    }
    doc.text(
        560.0,
        418.0,
        "start",
        "Bar: one step, idle (dot) to all sources active and all neurons spiking;",
    );
    doc.text(
        560.0,
        434.0,
        "start",
        "µs at Fmax (place and route), else at the board clock; only where it fits.",
    );
    doc.text(
        560.0,
        450.0,
        "start",
        "Area: faded where it does not fit (LUT4 from synthesis).",
    );
    doc.finish()
}

/// Point labels that move down until they overlap none placed before.
#[derive(Default)]
struct Labels(Vec<(f64, f64, f64)>);

impl Labels {
    fn place(&mut self, doc: &mut Doc, x: f64, y: f64, text: &str) {
        // About 6.5 px per character at the document's font size.
        let w = 6.5 * text.chars().count() as f64;
        let mut y = y;
        while self
            .0
            .iter()
            .any(|&(x0, y0, w0)| (y - y0).abs() < 13.0 && x < x0 + w0 && x0 < x + w)
        {
            y += 13.0;
        }
        self.0.push((x, y, w));
        doc.text(x, y, "start", text);
    }
}

/// The lane sweep's plot (rows of one configuration differing in `lanes`): samples per second
/// at Fmax against log2 L (inference solid, online learning dashed) and LUT4 against log2 L;
/// one colour per configuration and target. None when no configuration has two lane counts.
pub fn lanes_svg(rows: &[Row]) -> Option<String> {
    let key = |r: &Row| {
        let base = r.name.split("-lanes").next().unwrap_or(&r.name).to_string();
        format!("{base} on {}", r.target)
    };
    let mut series: Vec<(String, Vec<&Row>)> = Vec::new();
    for r in rows {
        let k = key(r);
        match series.iter_mut().find(|(n, _)| *n == k) {
            Some((_, v)) => v.push(r),
            None => series.push((k, vec![r])),
        }
    }
    series.retain(|(_, v)| {
        v.iter()
            .map(|r| r.lanes)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1
    });
    if series.is_empty() {
        return None;
    }
    let x = |r: &Row| (r.lanes as f64).log2();
    let xmax = rows.iter().map(x).fold(1.0, f64::max);
    let smax = rows
        .iter()
        .filter(|r| r.fits)
        .flat_map(|r| [r.samples_per_s(false), r.samples_per_s(true)])
        .flatten()
        .fold(1.0, f64::max)
        * 1.1;
    let lmax = rows
        .iter()
        .filter_map(|r| r.luts)
        .map(|l| l as f64)
        .fold(1.0, f64::max)
        * 1.1;
    let (w, h) = (1060.0, 440.0 + 16.0 * series.len() as f64);
    let mut doc = Doc::new(w, h);
    for (panel, (title, ymax, ylabel)) in [
        (
            "Samples/s at Fmax (solid: inference, dashed: learning)",
            smax,
            "samples / s",
        ),
        ("Area: LUT4", lmax, "LUT4"),
    ]
    .into_iter()
    .enumerate()
    {
        let p = Panel::in_row(panel, xmax, ymax);
        p.axes(&mut doc, title, "log2 lanes", ylabel, xmax as usize);
        for (i, (_, v)) in series.iter().enumerate() {
            let c = golden::svg::colour(i);
            if panel == 0 {
                for learning in [false, true] {
                    let pts: Vec<(f64, f64)> = v
                        .iter()
                        .filter(|r| r.fits)
                        .filter_map(|r| r.samples_per_s(learning).map(|y| (x(r), y)))
                        .collect();
                    if !pts.is_empty() {
                        p.line(&mut doc, &pts, c, learning);
                    }
                }
            } else {
                let pts: Vec<(f64, f64)> = v
                    .iter()
                    .filter_map(|r| r.luts.map(|l| (x(r), l as f64)))
                    .collect();
                p.line(&mut doc, &pts, c, false);
            }
            for r in v {
                let y = if panel == 0 {
                    r.samples_per_s(false)
                } else {
                    r.luts.map(|l| l as f64)
                };
                if let Some(y) = y.filter(|_| panel == 1 || r.fits) {
                    let _ = writeln!(
                        doc.s,
                        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{c}\" fill-opacity=\"{}\"/>",
                        p.x(x(r)),
                        p.y(y),
                        if r.fits { 0.9 } else { 0.3 }
                    );
                }
            }
        }
    }
    for (i, (name, _)) in series.iter().enumerate() {
        doc.legend(70.0, 420.0 + 16.0 * i as f64, golden::svg::colour(i), name);
    }
    Some(doc.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str, target: &str, luts: Option<u64>, fits: bool) -> Row {
        Row {
            name: name.into(),
            target: target.into(),
            learning_unit: true,
            lanes: 1,
            inputs: 70,
            hidden: 32,
            outputs: 10,
            recurrent: true,
            delay_mode: "both".into(),
            max_delay: 16,
            weight_bits: 8,
            memory_bits: 106_752,
            predicted_brams: 14,
            brams: Some(14),
            luts,
            ffs: Some(2457),
            carry: Some(1612),
            lutrams: Some(92),
            fmax_mhz: Some(27.32),
            fits,
            clear_cycles: 177,
            step_cycles_min: 153,
            step_cycles_max: 3737,
            clock_mhz: 27.32,
            step_us_min: 5.6,
            step_us_max: 136.8,
            data_cycles: Some(2000.0),
            data_cycles_learning: None,
            steps_per_sample: 140,
            note: if fits {
                String::new()
            } else {
                "logic: \"too\" big".into()
            },
        }
    }

    #[test]
    fn the_shipped_sweeps_load_and_every_point_is_valid() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../configs");
        // The lane sweep: three configurations x L = 1, 2, 4, 8, 16, each on its own target.
        let (lanes, _, pnr) = load_sweep(&root.join("fpga-lanes.toml"), &[]).unwrap();
        assert!(pnr);
        assert_eq!(lanes.len(), 15);
        let ls: Vec<u32> = lanes.iter().map(|p| p.cfg.hardware.lanes).collect();
        assert_eq!(ls[..5], [1, 2, 4, 8, 16]);
        assert_eq!(lanes[4].name, "reference-lanes16");
        assert!(lanes.iter().all(|p| p.targets.len() == 1));
        let (points, targets, pnr) = load_sweep(&root.join("fpga-shipped.toml"), &[]).unwrap();
        assert_eq!(points.len(), 4);
        assert_eq!(targets.len(), 2);
        assert!(pnr);
        assert_eq!(points[0].cfg.network.inputs, 70);
        // fpga-small.toml is the first point, with and without the learning unit.
        let small = Config::load(&root.join("fpga-small.toml")).unwrap();
        assert_eq!(points[0].cfg, small);
        assert!(!points[1].cfg.hardware.learning_unit);
        assert_eq!(points[1].cfg.network, small.network);
        assert_eq!(
            points[2].cfg,
            Config::load(&root.join("reference.toml")).unwrap()
        );
        // Each point names its own targets: both iCE40s for the small tile only.
        assert!(points[0].targets.contains(&Target::Ice40Hx8k));
        assert!(!points[2].targets.contains(&Target::Ice40Hx8k));
        let (points, _, pnr) = load_sweep(&root.join("fpga-sweep.toml"), &[]).unwrap();
        assert!(points.len() >= 5 && !pnr);
        assert!(points.iter().any(|p| p.cfg.widths.weight_bits == 4));
    }

    #[test]
    fn samples_per_second_only_at_a_measured_fmax() {
        let mut r = sample("p", "ecp5-25k", Some(5000), true);
        // 2,000 cycles per step, 140 steps and a CLEAR of 177 cycles at 27.32 MHz.
        let want = 27.32e6 / (2000.0 * 140.0 + 177.0);
        assert!((r.samples_per_s(false).unwrap() - want).abs() < 1e-9);
        assert_eq!(r.samples_per_s(true), None, "no learning cycles measured");
        // Synthesis only: the board clock stays in clock_mhz (µs per step) but gives no rate.
        r.fmax_mhz = None;
        r.clock_mhz = 25.0;
        assert_eq!(r.samples_per_s(false), None);
        let table = markdown(&[r]);
        assert!(table.contains("| - / - |"), "{table}");
    }

    #[test]
    fn bad_sweep_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let write = |text: &str| {
            let p = dir.path().join("s.toml");
            std::fs::write(&p, text).unwrap();
            p
        };
        std::fs::write(dir.path().join("b.toml"), Config::default().to_toml()).unwrap();
        let e = load_sweep(&write("base = \"b.toml\"\nbogus = 1\n"), &[]).unwrap_err();
        assert!(e.to_string().contains("unknown key `bogus`"), "{e}");
        let e = load_sweep(&write("base = \"b.toml\"\ntargets = [\"ice41\"]\n"), &[]).unwrap_err();
        assert!(e.to_string().contains("ice41"), "{e}");
        let e = load_sweep(
            &write("base = \"b.toml\"\n[[point]]\nname = \"p\"\nset = [\"network.hidden=0\"]\n"),
            &[],
        )
        .unwrap_err();
        assert!(format!("{e:#}").contains("point p"), "{e:#}");
        let (points, _, _) = load_sweep(
            &write("base = \"b.toml\"\n[grid]\n\"network.max_delay\" = [8, 16]\n"),
            &[],
        )
        .unwrap();
        assert_eq!(points.len(), 2);
        assert_eq!(points[1].cfg.network.max_delay, 16);
        assert_eq!(points[1].name, "base-max_delay16");
        let (points, _, _) = load_sweep(
            &write("base = \"b.toml\"\n[[point]]\nname = \"p\"\ntargets = [\"ecp5-25k\"]\n"),
            &[],
        )
        .unwrap();
        assert_eq!(points[0].targets, vec![Target::Ecp5_25k]);
        let e = load_sweep(
            &write("base = \"b.toml\"\n[[point]]\nname = \"p\"\ntargets = [\"x\"]\n"),
            &[],
        )
        .unwrap_err();
        assert!(e.to_string().contains("point p: target \"x\""), "{e}");
        let e = load_sweep(
            &write("base = \"b.toml\"\n[[point]]\nname = \"p\"\nsets = []\n"),
            &[],
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown key `sets`"), "{e}");
    }

    #[test]
    fn csv_rows_have_the_header_columns() {
        let r = sample("a", "ecp5-85k", Some(6842), false);
        let header_cols = HEADER.split(',').count();
        // The note is quoted and holds no comma here.
        assert_eq!(r.csv().split(',').count(), header_cols);
        assert!(r.csv().ends_with("\"logic: 'too' big\""));
    }

    /// The lane plot: a series per configuration with two or more lane counts, a point per
    /// row in each panel (samples/s only where it fits), none without a lane sweep.
    #[test]
    fn the_lane_plot_has_a_series_per_configuration() {
        let mut rows = Vec::new();
        for (l, fits) in [(1, true), (2, true), (4, false)] {
            let mut r = sample(
                &format!("ref-lanes{l}"),
                "ecp5-85k",
                Some(6000 + 300 * l),
                fits,
            );
            r.lanes = l as u32;
            rows.push(r);
        }
        let s = lanes_svg(&rows).unwrap();
        assert_eq!(s.matches("<circle").count(), 2 + 3);
        assert_eq!(s.matches("<polyline").count(), 1 + 1);
        assert!(s.contains(">ref on ecp5-85k<"));
        assert!(lanes_svg(&rows[..1]).is_none());
    }

    #[test]
    fn the_plot_has_a_point_per_synthesised_row_and_a_legend_per_target() {
        let rows = vec![
            sample("small", "ecp5-85k", Some(6842), true),
            sample("ref", "ecp5-85k", Some(7618), true),
            sample("tiny", "ice40-hx8k", None, false),
        ];
        let s = svg(&rows);
        assert!(s.starts_with("<svg") && s.trim_end().ends_with("</svg>"));
        // Area panel: one circle per row with LUTs; latency panel: one per row that fits.
        assert_eq!(s.matches("<circle").count(), 2 + 2);
        assert!(s.contains(">ecp5-85k (ECP5)<") && s.contains(">ice40-hx8k (iCE40)<"));
        let md = markdown(&rows);
        assert_eq!(md.lines().count(), 2 + 3);
        assert!(
            md.contains("| tiny | yes | 1 | ice40-hx8k |")
                && md.contains("| no: logic: \"too\" big |")
                && md.contains("| 2000 / - | 98 / - |"),
            "{md}"
        );
    }
}
