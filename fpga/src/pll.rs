//! The board's PLL: the tile runs at a clock of its own (up to its Fmax) made from the board's
//! oscillator, instead of at the oscillator's frequency.
//!
//! ```text
//!              +--------------------------------------------------------------+
//!   clock ---->| pll (EHXPLLL | SB_PLL40_CORE) --clock_out--> [DCCA, ECP5] --+ |
//!              |        locked ------------------------------> CE          | |
//!   uart_rx -->|------------------------------------------> board (tile + UART bridge)
//!   uart_tx <--|<------------------------------------------   clocked by the PLL output
//!              +--------------------------------------------------------------+
//! ```
//!
//! The PLL's parameters come from the family's own calculator (icepll of IceStorm, ecppll of
//! Project Trellis), which also writes its module; the UART divisor is computed for the frequency
//! the PLL reaches, not the one asked for. On the ECP5 the tile's clock is gated off (DCCA,
//! glitch-free) until the PLL has locked, so no register sees a clock edge out of specification;
//! the iCE40 has no clock gate, and its tile sees the PLL output from power-up.

use crate::device::Family;
use anyhow::{Context, Result, anyhow, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A PLL module for the board and what it reaches.
pub struct Pll {
    /// `module pll(input clock_in, output clock_out, output locked)`.
    pub verilog: String,
    /// The output frequency the PLL reaches (Hz).
    pub out_hz: u64,
}

/// The family's PLL calculator: Debian's icepll, or YoWASP's ecppll beside the other ECP5 tools.
fn calculator(family: Family) -> PathBuf {
    match family {
        Family::Ice40 => "icepll".into(),
        Family::Ecp5 => crate::tools::venv().join("bin").join("yowasp-ecppll"),
    }
}

/// Runs the family's calculator in `dir` for `in_mhz` -> `out_mhz`; fails naming the request if
/// the PLL cannot reach it.
pub fn generate(family: Family, dir: &Path, in_mhz: f64, out_mhz: f64) -> Result<Pll> {
    if !(out_mhz.is_finite() && out_mhz > 0.0) {
        bail!("--pll-mhz {out_mhz}: expected a positive frequency");
    }
    let program = calculator(family);
    let (i, o) = (format!("{in_mhz}"), format!("{out_mhz}"));
    // YoWASP's tools see only the working directory: the module is written there, by name.
    let args: Vec<&str> = match family {
        Family::Ice40 => vec!["-i", &i, "-o", &o, "-m", "-n", "pll", "-f", "pll.v"],
        // --highres: the secondary output, with its own divider, reaches frequencies the
        // primary output alone rounds away (27 MHz from 25: 27.0 instead of 28.125).
        Family::Ecp5 => vec![
            "--highres",
            "-i",
            &i,
            "-o",
            &o,
            "-n",
            "pll",
            "--clkin_name",
            "clock_in",
            "--clkout0_name",
            "clock_out",
            "-f",
            "pll.v",
        ],
    };
    let out = Command::new(&program)
        .args(&args)
        .current_dir(dir)
        .output()
        .map_err(|e| crate::tools::spawn_error(&program, e))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(dir.join("pll.log"), &text)
        .with_context(|| format!("cannot write {}", dir.join("pll.log").display()))?;
    let verilog = std::fs::read_to_string(dir.join("pll.v")).ok();
    let (Some(verilog), true) = (verilog, out.status.success()) else {
        bail!(
            "the PLL cannot make {out_mhz} MHz from the board's {in_mhz} MHz (`{} {}`):\n{}",
            program.display(),
            args.join(" "),
            text.trim()
        );
    };
    let achieved = match family {
        Family::Ice40 => achieved_ice40(&verilog),
        Family::Ecp5 => achieved_ecp5(&text),
    }
    .ok_or_else(|| {
        anyhow!(
            "{} did not say which frequency the PLL reaches (see {})",
            program.display(),
            dir.join("pll.log").display()
        )
    })?;
    Ok(Pll {
        verilog,
        out_hz: (achieved * 1e6).round() as u64,
    })
}

/// icepll's module header: " * Achieved output frequency:    15.938 MHz" (MHz, 3 decimals); the
/// exact value follows from the dividers in the module.
fn achieved_ice40(verilog: &str) -> Option<f64> {
    let field = |name: &str| -> Option<u32> {
        let line = verilog.lines().find(|l| l.contains(&format!(".{name}(")))?;
        let bits = line.split("'b").nth(1)?;
        let bits: String = bits
            .chars()
            .take_while(|c| *c == '0' || *c == '1')
            .collect();
        u32::from_str_radix(&bits, 2).ok()
    };
    let input: f64 = verilog
        .lines()
        .find(|l| l.contains("Given input frequency:"))?
        .split(':')
        .nth(1)?
        .trim()
        .trim_end_matches("MHz")
        .trim()
        .parse()
        .ok()?;
    let (divr, divf, divq) = (field("DIVR")?, field("DIVF")?, field("DIVQ")?);
    // SIMPLE feedback: f_out = f_in (DIVF + 1) / ((DIVR + 1) 2^DIVQ).
    Some(input * f64::from(divf + 1) / (f64::from(divr + 1) * f64::from(1u32 << divq)))
}

/// ecppll's report: "clkout0 frequency: 30 MHz".
fn achieved_ecp5(report: &str) -> Option<f64> {
    report
        .lines()
        .find_map(|l| l.trim().strip_prefix("clkout0 frequency:"))?
        .trim()
        .trim_end_matches("MHz")
        .trim()
        .parse()
        .ok()
}

/// The synthesis top: the PLL, the clock gate where the family has one, and the board top
/// (whose module, `top` in board.v, is renamed `board` before this is read).
pub fn top_verilog(family: Family) -> String {
    let clock = match family {
        Family::Ecp5 => {
            "  wire tile_clock;\n  \
             // The tile's clock starts once the PLL has locked (glitch-free gate).\n  \
             DCCA gate (.CLKI(pll_clock), .CE(locked), .CLKO(tile_clock));\n"
        }
        Family::Ice40 => "  wire tile_clock = pll_clock;\n",
    };
    format!(
        "// delaytile board top with the PLL (fpga::pll): generated, do not edit.\n\
         module top (input clock, input uart_rx, output uart_tx);\n  \
         wire pll_clock, locked;\n  \
         pll pll_i (.clock_in(clock), .clock_out(pll_clock), .locked(locked));\n\
         {clock}  \
         board board_i (.clock(tile_clock), .uart_rx(uart_rx), .uart_tx(uart_tx));\n\
         endmodule\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ice40_frequency_follows_from_the_dividers() {
        // The module icepll 0.0 writes for -i 12 -o 16 (abridged).
        let v = " * Given input frequency:        12.000 MHz\n\
                  * Achieved output frequency:    15.938 MHz\n\
                  .DIVR(4'b0000),\t\t// DIVR =  0\n\
                  .DIVF(7'b1010100),\t// DIVF = 84\n\
                  .DIVQ(3'b110),\t\t// DIVQ =  6\n";
        let f = achieved_ice40(v).unwrap();
        assert!((f - 12.0 * 85.0 / 64.0).abs() < 1e-12, "{f}");
        assert!(
            (f - 15.938).abs() <= 5e-4 + 1e-12,
            "{f} vs icepll's rounded 15.938"
        );
        assert_eq!(achieved_ice40("no module"), None);
    }

    #[test]
    fn the_ecp5_frequency_is_read_from_the_report() {
        let r = "Pll parameters:\nRefclk divisor: 5\nFeedback divisor: 6\nclkout0 divisor: 20\n\
                 clkout0 frequency: 30 MHz\nVCO frequency: 600";
        assert_eq!(achieved_ecp5(r), Some(30.0));
        assert_eq!(achieved_ecp5("nothing"), None);
    }

    #[test]
    fn the_top_gates_the_clock_on_the_ecp5_only() {
        assert!(top_verilog(Family::Ecp5).contains("DCCA"));
        assert!(!top_verilog(Family::Ice40).contains("DCCA"));
        for f in [Family::Ecp5, Family::Ice40] {
            let v = top_verilog(f);
            assert!(v.contains("board board_i (.clock(tile_clock)"), "{v}");
        }
    }
}
