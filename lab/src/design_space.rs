//! `speech-table --design-space`: held-out accuracy × memory × latency of the reference network
//! (weights + both delay kinds, fixed point) over precision points and hidden sizes, with the
//! Pareto front marked (golden::stats::pareto_front). The runs, the validation-selected epochs,
//! memory bits and cycles per step are speech-table's; this module picks the points and writes
//! design_space.md / design_space.svg.

use anyhow::{Context, Result};
use golden::config::Config;
use golden::svg::{self, Doc, Panel};

/// One precision point: the widths it sets (every other field stays as in configs/speech.toml).
pub struct Point {
    pub name: &'static str,
    /// weight bits/frac, membrane bits/frac (the readout gets the membrane's), trace bits/frac.
    pub weight: (u32, u32),
    pub membrane: (u32, u32),
    pub trace: (u32, u32),
}

/// The precision points: the weight width is what issue 15's one-at-a-time measurements found
/// to matter (results/speech/fixed_vs_float.md); the last point narrows the traces of the
/// speech contract to see whether they can give memory back.
pub const POINTS: [Point; 4] = [
    Point {
        name: "8-bit weights",
        weight: (8, 6),
        membrane: (16, 10),
        trace: (12, 7),
    },
    Point {
        name: "12-bit weights",
        weight: (12, 10),
        membrane: (16, 10),
        trace: (12, 7),
    },
    Point {
        name: "16-bit weights (speech contract)",
        weight: (16, 14),
        membrane: (20, 14),
        trace: (12, 7),
    },
    Point {
        name: "16-bit weights, 10-bit traces",
        weight: (16, 14),
        membrane: (20, 14),
        trace: (10, 5),
    },
];

/// The configurations of the design space: every point at every hidden size, named
/// "POINT, H hidden".
pub fn configs(base: &Config, sizes: &[usize]) -> Result<Vec<(String, Config)>> {
    let mut out = Vec::new();
    for &h in sizes {
        for p in &POINTS {
            let mut c = base.clone();
            c.network.hidden = h;
            (c.widths.weight_bits, c.widths.weight_frac) = p.weight;
            (c.widths.membrane_bits, c.widths.membrane_frac) = p.membrane;
            (c.widths.readout_bits, c.widths.readout_frac) = p.membrane;
            (c.widths.trace_bits, c.widths.trace_frac) = p.trace;
            let name = format!("{}, {h} hidden", p.name);
            c.validate()
                .with_context(|| format!("design point {name}: invalid configuration"))?;
            out.push((name, c));
        }
    }
    Ok(out)
}

/// One measured point.
pub struct Measured<'a> {
    pub name: &'a str,
    pub mean: f64,
    pub std: f64,
    pub seeds: usize,
    pub inference_bits: u64,
    pub learning_bits: u64,
    pub cycles_per_step: f64,
}

impl Measured<'_> {
    fn memory_bits(&self) -> u64 {
        self.inference_bits + self.learning_bits
    }
}

/// Which points are Pareto-optimal in (memory bits, cycles per step) against accuracy.
pub fn front(points: &[Measured]) -> Vec<bool> {
    let costs: Vec<Vec<f64>> = points
        .iter()
        .map(|p| vec![p.memory_bits() as f64, p.cycles_per_step])
        .collect();
    let values: Vec<f64> = points.iter().map(|p| p.mean).collect();
    golden::stats::pareto_front(&costs, &values)
}

pub fn markdown(points: &[Measured], command: &str, wall_s: f64) -> String {
    let on = front(points);
    let mut s = format!(
        "Accuracy × memory × latency of the tile (140 in, recurrent hidden, 20 out, weights + both \
         delay kinds learned on chip, fixed point) on the synthetic speech set's held-out speakers \
         4 and 5; each run's epoch is chosen on validation speakers 10 and 11 (plateau stop). \
         Mean ± sd over {} seeds. Memory: every bit of the tile (inference + learning, \
         golden::memory); cycles: mean busy cycles per 10 ms step on the held-out clips \
         (golden::cycles, one lane). ★: on the Pareto front (no other point has at most its memory \
         and cycles and at least its accuracy). Regenerate: `cargo run --release -- {} --readme docs/results.md` ({:.0} min \
         here). Plot: design_space.svg.\n\n\
         | design point | held-out accuracy | memory bits (inference + learning) | cycles / step | Pareto |\n\
         |---|---|---|---|---|\n",
        points.first().map_or(0, |p| p.seeds),
        command.trim_start_matches("delaytile "),
        wall_s / 60.0
    );
    for (p, on) in points.iter().zip(&on) {
        s.push_str(&format!(
            "| {} | {:.1} ± {:.1} % | {} ({} + {}) | {:.0} | {} |\n",
            p.name,
            100.0 * p.mean,
            100.0 * p.std,
            p.memory_bits(),
            p.inference_bits,
            p.learning_bits,
            p.cycles_per_step,
            if *on { "★" } else { "" }
        ));
    }
    s
}

/// Accuracy against memory (kbit), one colour per hidden size, the front as a line through its
/// points in order of memory; cycles per step in each label.
pub fn plot(points: &[Measured], sizes: &[usize]) -> String {
    let on = front(points);
    let (w, h) = (820.0, 440.0 + 16.0 * sizes.len() as f64);
    let mut doc = Doc::new(w, h);
    let kbit = |p: &Measured| p.memory_bits() as f64 / 1000.0;
    let xmax = points.iter().map(kbit).fold(1.0, f64::max) * 1.15;
    let p = Panel {
        x0: 80.0,
        width: 660.0,
        top: 40.0,
        bottom: 360.0,
        xmin: 0.0,
        xmax,
        ymax: 100.0,
    };
    p.axes(
        &mut doc,
        "Held-out accuracy vs memory (labels: cycles per step); ★ Pareto front",
        "memory (kbit, inference + learning)",
        "accuracy (%)",
        10,
    );
    let mut front_pts: Vec<(f64, f64)> = points
        .iter()
        .zip(&on)
        .filter(|(_, on)| **on)
        .map(|(m, _)| (kbit(m), 100.0 * m.mean))
        .collect();
    front_pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    p.line(&mut doc, &front_pts, "#999999", true);
    for (m, on) in points.iter().zip(&on) {
        let size = sizes
            .iter()
            .position(|&s| m.name.ends_with(&format!(" {s} hidden")));
        let colour = svg::colour(size.unwrap_or(0));
        let (x, y) = (p.x(kbit(m)), p.y(100.0 * m.mean));
        let (lo, hi) = (
            p.y(100.0 * (m.mean - m.std).max(0.0)),
            p.y(100.0 * (m.mean + m.std).min(1.0)),
        );
        doc.s.push_str(&format!(
            "<line x1=\"{x:.1}\" y1=\"{lo:.1}\" x2=\"{x:.1}\" y2=\"{hi:.1}\" stroke=\"{colour}\"/>\n\
             <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{colour}\"/>\n"
        ));
        let label = format!(
            "{}{} ({:.0} cyc)",
            if *on { "★ " } else { "" },
            m.name.split(',').next().unwrap_or(m.name),
            m.cycles_per_step
        );
        doc.text(x + 8.0, y - 6.0, "start", &label);
    }
    for (i, s) in sizes.iter().enumerate() {
        doc.legend(
            80.0,
            420.0 + 16.0 * i as f64,
            svg::colour(i),
            &format!("{s} hidden"),
        );
    }
    doc.finish()
}
