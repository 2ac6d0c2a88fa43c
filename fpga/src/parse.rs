//! Reading the tools' logs: Yosys's `stat -json` (area by resource kind), nextpnr's report and
//! log (Fmax, critical path, resources over 100 %).

use crate::device::Family;
use anyhow::{Context, Result, anyhow, bail};
use serde::Serialize;

/// The resources nextpnr's log reports as over 100 % used ("ICESTORM_LC: 5792/ 5280 109%"):
/// (kind, used, available). Packing can need more logic cells than synthesis has LUT4s (a
/// flip-flop or carry without a LUT of its own takes a cell).
pub fn overfull(log: &str) -> Vec<(String, u64, u64)> {
    let mut out = Vec::new();
    for line in log.lines() {
        let l = line.trim_start_matches("Info:").trim();
        let Some((kind, rest)) = l.split_once(':') else {
            continue;
        };
        let Some((used, avail)) = rest.split_once('/') else {
            continue;
        };
        let number = |t: &str| t.split_whitespace().next()?.parse::<u64>().ok();
        if let (Some(u), Some(a)) = (number(used), number(avail))
            && rest.trim_end().ends_with('%')
            && u > a
            && !kind.contains(' ')
        {
            out.push((kind.to_string(), u, a));
        }
    }
    out
}

/// Cell counts after synthesis, by resource kind.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Area {
    pub luts: u64,
    pub ffs: u64,
    pub carry: u64,
    /// SB_RAM40_4K (iCE40) or DP16KD (ECP5).
    pub brams: u64,
    /// SB_SPRAM256KA (iCE40 UP5K).
    pub sprams: u64,
    /// Distributed RAM (ECP5 TRELLIS_DPR16X4), 16 x 4 bits each.
    pub lutrams: u64,
    pub dsps: u64,
    /// Every cell type and its count, as Yosys reports them.
    pub cells: std::collections::BTreeMap<String, u64>,
}

/// Parses `stat -json` (the top module's cells, flattened).
pub fn parse_stat(text: &str, family: Family) -> Result<Area> {
    let json_start = text
        .find('{')
        .ok_or_else(|| anyhow!("no JSON in Yosys's stat output"))?;
    let v: serde_json::Value = serde_json::from_str(&text[json_start..])
        .context("cannot parse Yosys's stat -json output")?;
    let cells = v
        .pointer("/design/num_cells_by_type")
        .or_else(|| v.pointer("/modules/\\top/num_cells_by_type"))
        .and_then(|c| c.as_object())
        .ok_or_else(|| anyhow!("Yosys's stat -json output has no design.num_cells_by_type"))?;
    let mut area = Area::default();
    for (name, n) in cells {
        let n = n.as_u64().unwrap_or(0);
        area.cells.insert(name.clone(), n);
        match family {
            Family::Ice40 => match name.as_str() {
                "SB_LUT4" => area.luts += n,
                "SB_CARRY" => area.carry += n,
                "SB_RAM40_4K" => area.brams += n,
                "SB_SPRAM256KA" => area.sprams += n,
                "SB_MAC16" => area.dsps += n,
                s if s.starts_with("SB_DFF") => area.ffs += n,
                _ => {}
            },
            Family::Ecp5 => match name.as_str() {
                "LUT4" => area.luts += n,
                "CCU2C" => area.carry += n,
                "DP16KD" | "PDPW16KD" => area.brams += n,
                "TRELLIS_DPR16X4" => area.lutrams += n,
                "MULT18X18D" => area.dsps += n,
                "TRELLIS_FF" => area.ffs += n,
                _ => {}
            },
        }
    }
    Ok(area)
}

/// Place-and-route results.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Pnr {
    /// Achieved Fmax of the clock, MHz.
    pub fmax_mhz: f64,
    /// The frequency nextpnr was asked for, MHz.
    pub target_mhz: f64,
    pub timing_met: bool,
    /// nextpnr's utilisation: (resource, used, available).
    pub utilization: Vec<(String, u64, u64)>,
    /// The critical path's first and last cells, as nextpnr names them.
    pub critical_from: String,
    pub critical_to: String,
    /// Logic levels (cells) on the critical path.
    pub critical_cells: usize,
}

/// Parses nextpnr's `--report` JSON and the critical-path report of its log.
pub fn parse_pnr(report: &str, log: &str, target_mhz: f64) -> Result<Pnr> {
    let v: serde_json::Value =
        serde_json::from_str(report).context("cannot parse nextpnr's --report JSON")?;
    let fmax = v
        .get("fmax")
        .and_then(|f| f.as_object())
        .ok_or_else(|| anyhow!("nextpnr's report has no fmax"))?;
    // The board clock is the only clock; take the slowest entry to be safe.
    let fmax_mhz = fmax
        .values()
        .filter_map(|c| c.get("achieved").and_then(|a| a.as_f64()))
        .fold(f64::INFINITY, f64::min);
    if !fmax_mhz.is_finite() {
        bail!("nextpnr's report has no achieved Fmax");
    }
    let mut utilization = Vec::new();
    if let Some(u) = v.get("utilization").and_then(|u| u.as_object()) {
        for (k, x) in u {
            let used = x.get("used").and_then(|n| n.as_u64()).unwrap_or(0);
            let avail = x.get("available").and_then(|n| n.as_u64()).unwrap_or(0);
            if used > 0 {
                utilization.push((k.clone(), used, avail));
            }
        }
    }
    // "Info: Critical path report for clock 'clock$SB_IO_IN_$glb_clk' (posedge -> posedge):"
    // followed by lines "Info: <delay> <total>  Source|Setup|Net ... <cell or net>".
    let mut from = String::new();
    let mut to = String::new();
    let mut cells = 0;
    let mut inside = false;
    for line in log.lines() {
        let l = line.trim_start_matches("Info:").trim();
        if l.starts_with("Critical path report for clock") {
            inside = true;
            from.clear();
            to.clear();
            cells = 0;
            continue;
        }
        if !inside {
            continue;
        }
        if l.is_empty() || l.starts_with("Max frequency") || l.starts_with("Critical path report") {
            inside = !l.is_empty() && inside && !l.starts_with("Max frequency");
            if l.is_empty() && cells > 0 {
                inside = false;
            }
            continue;
        }
        let words: Vec<&str> = l.split_whitespace().collect();
        if let Some(pos) = words.iter().position(|w| *w == "Source" || *w == "Setup")
            && let Some(name) = words.get(pos + 1)
        {
            let name = name.trim_end_matches(['.', ':']).to_string();
            if words[pos] == "Source" {
                if from.is_empty() {
                    from = name.clone();
                }
                cells += 1;
            }
            to = name;
        }
    }
    Ok(Pnr {
        fmax_mhz,
        target_mhz,
        timing_met: fmax_mhz >= target_mhz,
        utilization,
        critical_from: from,
        critical_to: to,
        critical_cells: cells,
    })
}
