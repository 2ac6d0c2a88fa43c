//! A minimal SVG plot writer shared by the plots of `estimate` and `speech-table`: a document,
//! panels with axes and ticks, and a colour palette. Callers add their marks in data units
//! through [`Panel::x`] and [`Panel::y`].

use std::fmt::Write;

/// Colours of series, in order.
pub const COLOURS: [&str; 12] = [
    "#1b6ca8", "#d1495b", "#2e933c", "#e09f3e", "#7b4b94", "#3a3a3a", "#00a6a6", "#a35d3a",
    "#8fb339", "#e377c2", "#17becf", "#bcbd22",
];

/// The colour of series `i`.
pub fn colour(i: usize) -> &'static str {
    COLOURS[i % COLOURS.len()]
}

/// An SVG document being written.
pub struct Doc {
    pub s: String,
}

impl Doc {
    /// A white `w` × `h` document.
    pub fn new(w: f64, h: f64) -> Doc {
        Doc {
            s: format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
                 font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" \
                 height=\"100%\" fill=\"white\"/>\n"
            ),
        }
    }

    /// Text at (x, y), anchored `start`, `middle` or `end`.
    pub fn text(&mut self, x: f64, y: f64, anchor: &str, text: &str) {
        let _ = writeln!(
            self.s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\">{}</text>",
            escape(text)
        );
    }

    /// A legend entry: a colour square and its label.
    pub fn legend(&mut self, x: f64, y: f64, colour: &str, label: &str) {
        let _ = writeln!(
            self.s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>",
            y - 9.0
        );
        self.text(x + 16.0, y, "start", label);
    }

    pub fn finish(mut self) -> String {
        self.s.push_str("</svg>\n");
        self.s
    }
}

/// Escapes text for SVG.
pub fn escape(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One plot area: data ranges `0..=xmax` (or `xmin..=xmax`) and `0..=ymax` mapped onto
/// `x0..x0 + width` and `bottom..top` pixels.
pub struct Panel {
    pub x0: f64,
    pub width: f64,
    pub top: f64,
    pub bottom: f64,
    pub xmin: f64,
    pub xmax: f64,
    pub ymax: f64,
}

impl Panel {
    /// Panel `index` of a row of side-by-side panels (400 px wide, 490 px apart), x from 0.
    pub fn in_row(index: usize, xmax: f64, ymax: f64) -> Panel {
        Panel {
            x0: 70.0 + index as f64 * 490.0,
            width: 400.0,
            top: 40.0,
            bottom: 360.0,
            xmin: 0.0,
            xmax,
            ymax,
        }
    }

    pub fn x(&self, v: f64) -> f64 {
        self.x0 + (v - self.xmin) / (self.xmax - self.xmin) * self.width
    }

    pub fn y(&self, v: f64) -> f64 {
        self.bottom - v / self.ymax * (self.bottom - self.top)
    }

    /// Title, both axes with `ticks` + 1 labelled ticks each, and the axis labels.
    pub fn axes(&self, doc: &mut Doc, title: &str, xlabel: &str, ylabel: &str, ticks: usize) {
        let (x0, top, bottom, w) = (self.x0, self.top, self.bottom, self.width);
        let _ = writeln!(
            doc.s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"middle\">{}</text>",
            x0 + w / 2.0,
            top - 16.0,
            escape(title)
        );
        let _ = writeln!(
            doc.s,
            "<line x1=\"{x0}\" y1=\"{bottom}\" x2=\"{}\" y2=\"{bottom}\" stroke=\"black\"/>\
             <line x1=\"{x0}\" y1=\"{top}\" x2=\"{x0}\" y2=\"{bottom}\" stroke=\"black\"/>",
            x0 + w
        );
        for i in 0..=ticks {
            let f = i as f64 / ticks as f64;
            let xv = self.xmin + f * (self.xmax - self.xmin);
            doc.text(self.x(xv), bottom + 16.0, "middle", &format!("{xv:.0}"));
            doc.text(
                x0 - 6.0,
                self.y(f * self.ymax) + 4.0,
                "end",
                &format!("{:.0}", f * self.ymax),
            );
        }
        doc.text(x0 + w / 2.0, bottom + 34.0, "middle", xlabel);
        let (lx, ly) = (x0 - 48.0, (top + bottom) / 2.0);
        let _ = writeln!(
            doc.s,
            "<text x=\"{lx}\" y=\"{ly}\" text-anchor=\"middle\" transform=\"rotate(-90 {lx} {ly})\">{}</text>",
            escape(ylabel)
        );
    }

    /// A polyline through `points` (data units).
    pub fn line(&self, doc: &mut Doc, points: &[(f64, f64)], colour: &str, dashed: bool) {
        let pts: Vec<String> = points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", self.x(x), self.y(y)))
            .collect();
        let _ = writeln!(
            doc.s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{}/>",
            pts.join(" "),
            if dashed {
                " stroke-dasharray=\"5 3\""
            } else {
                ""
            }
        );
    }

    /// A bar from `x` to `x + width` (data units) of height `v`.
    pub fn bar(&self, doc: &mut Doc, x: f64, width: f64, v: f64, colour: &str, opacity: f64) {
        let (l, r) = (self.x(x), self.x(x + width));
        let (t, b) = (self.y(v), self.y(0.0));
        let _ = writeln!(
            doc.s,
            "<rect x=\"{l:.1}\" y=\"{t:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\" \
             fill-opacity=\"{opacity}\"/>",
            (r - l).max(0.5),
            (b - t).max(0.0)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_map_the_data_range_onto_their_pixels() {
        let p = Panel {
            x0: 50.0,
            width: 200.0,
            top: 10.0,
            bottom: 110.0,
            xmin: 1.0,
            xmax: 5.0,
            ymax: 50.0,
        };
        assert_eq!(p.x(1.0), 50.0);
        assert_eq!(p.x(5.0), 250.0);
        assert_eq!(p.y(0.0), 110.0);
        assert_eq!(p.y(50.0), 10.0);
        assert_eq!(p.y(25.0), 60.0);
    }

    #[test]
    fn text_is_escaped_and_the_document_is_closed() {
        let mut d = Doc::new(10.0, 10.0);
        d.text(0.0, 0.0, "start", "a < b & c");
        let s = d.finish();
        assert!(s.contains("a &lt; b &amp; c"), "{s}");
        assert!(s.starts_with("<svg") && s.trim_end().ends_with("</svg>"));
    }
}
