//! Each leaf block of the tile, alone, against its golden twin: the block's generated Verilog (what
//! the FPGA gets; for most leaves a hand-written `Verilog::Custom` body) runs under Icarus
//! Verilog over random operands, the extremes of its widths and several widths and formats (the
//! reference, the speech contract, fpga-small and a narrow configuration), and every output is
//! compared bit for bit with the golden model's function on the same operands (`golden::format`,
//! `golden::fixed::lif`, `golden::rng`), or, where the golden model has no function of its own,
//! with the rule ALGORITHM.md states (two's-complement product, arithmetic shift, centring mean,
//! sign or zero extension), and the composite blocks (readout unit, readout trace, delay FIFO,
//! trace FIFO, synapse lane) against the golden model's step for one entry (a lane: one
//! neuron's current); the learning unit against the contract's per-element rules (weight-like and delay-like updates, the delay gradient, the
//! learning-signal MAC, L and m, p and pi). The tile-level co-simulation checks the blocks in place; this checks
//! each one over operands the tile may not reach in a test run. A fault put into one block's
//! Verilog is caught (`a_fault_in_the_decay_verilog_is_caught`).

use golden::config::{Config, Reset};
use golden::fixed::delay_fifo::DelayFifo as GoldenDelayFifo;
use golden::fixed::lif::{lif_update, psi as golden_psi};
use golden::fixed::readout::Readout as GoldenReadout;
use golden::fixed::tile::{half_step, tap_of};
use golden::format::{ERROR_BITS, Formats, MEAN_FRAC, clamp, decay, stochastic_shift};
use golden::rng::{Lfsr as GoldenLfsr, SplitMix64};
use hdl::count_ones::CountOnes;
use hdl::crc8::Crc8;
use hdl::decay::Decay;
use hdl::delay_fifo::DelayFifo as HdlDelayFifo;
use hdl::learning::Learning;
use hdl::lfsr::Lfsr;
use hdl::lif::{Lif, psi_rom};
use hdl::mean::Mean;
use hdl::mul::Mul;
use hdl::narrow::Narrow;
use hdl::readout::Readout;
use hdl::readout_trace::ReadoutTrace;
use hdl::rom::Rom;
use hdl::shift_decode::ShiftDecode;
use hdl::sra::Sra;
use hdl::stochastic_shift::StochasticShift;
use hdl::tile::{MemoryMap, RegisterBits, Shape};
use hdl::trace_fifo::TraceFifo;
use rust_hdl::prelude::*;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// Operands per block and configuration (plus the extremes).
const RANDOM: usize = 300;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The formats the blocks are built for: the shipped configurations and a narrow one.
fn configs() -> Vec<(String, Config)> {
    let mut out: Vec<(String, Config)> = ["reference", "speech", "fpga-small"]
        .iter()
        .map(|n| {
            let c = Config::load(&root().join(format!("configs/{n}.toml"))).unwrap();
            (n.to_string(), c)
        })
        .collect();
    let narrow = golden::settings::load_config(
        &root().join("configs/fpga-small.toml"),
        &[
            "widths.weight_bits=6".into(),
            "widths.weight_frac=4".into(),
            "widths.membrane_bits=10".into(),
            "widths.membrane_frac=6".into(),
            "network.reset=\"zero\"".into(),
        ],
    )
    .unwrap();
    out.push(("narrow".into(), narrow));
    // The most trace fraction bits, a fast leak and a narrow kernel: the readout trace reaches
    // its clamp in one step, so a wrong clamp there is caught. The trace FIFO's clamps are never
    // reached from stored traces in any valid configuration (`widths.trace_frac`'s bound keeps
    // eps's steady state in range, and the delay kernel's sums, under 0.5, keep eta's inside its).
    let saturating = golden::settings::load_config(
        &root().join("configs/fpga-small.toml"),
        &[
            "widths.trace_frac=10".into(),
            "neuron.alpha=0.75".into(),
            "surrogate.sigma_t=0.5".into(),
        ],
    )
    .unwrap();
    out.push(("saturating".into(), saturating));
    out
}

/// A port of the block under test: name and width in bits.
#[derive(Clone, Copy)]
struct Port(&'static str, u32);

/// Runs `verilog` (module `top`) under Icarus with each row of `vectors` on the `inputs` (in
/// order), and returns the `outputs` after each row settles. An output with an X or Z bit is an
/// error, or, with `x_allowed`, reads as `u128::MAX`.
fn icarus(
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    vectors: &[Vec<u128>],
) -> Vec<Vec<u128>> {
    icarus_with(verilog, inputs, outputs, vectors, false)
}

fn icarus_with(
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    vectors: &[Vec<u128>],
    x_allowed: bool,
) -> Vec<Vec<u128>> {
    let dir = tempfile::tempdir().unwrap();
    let mut tb = String::from("`timescale 1ns/1ps\nmodule tb;\n");
    for p in inputs {
        let _ = writeln!(tb, "  reg [{}:0] {};", p.1 - 1, p.0);
    }
    for p in outputs {
        let _ = writeln!(tb, "  wire [{}:0] {};", p.1 - 1, p.0);
    }
    let conns: Vec<String> = inputs
        .iter()
        .chain(outputs)
        .map(|p| format!(".{0}({0})", p.0))
        .collect();
    let _ = writeln!(tb, "  top uut({});", conns.join(", "));
    tb.push_str("  initial begin\n");
    for row in vectors {
        for (p, v) in inputs.iter().zip(row) {
            let _ = writeln!(tb, "    {} = {}'h{:x};", p.0, p.1, v);
        }
        let fmt: Vec<&str> = outputs.iter().map(|_| "%h").collect();
        let names: Vec<&str> = outputs.iter().map(|p| p.0).collect();
        let _ = writeln!(
            tb,
            "    #1 $display(\"{}\", {});",
            fmt.join(" "),
            names.join(", ")
        );
    }
    tb.push_str("    $finish;\n  end\nendmodule\n");
    std::fs::write(dir.path().join("uut.v"), verilog).unwrap();
    std::fs::write(dir.path().join("tb.v"), tb).unwrap();
    let c = Command::new("iverilog")
        .current_dir(dir.path())
        .args(["-g2012", "-o", "sim", "tb.v", "uut.v"])
        .output()
        .expect("iverilog runs (scripts/setup installs it)");
    assert!(
        c.status.success(),
        "iverilog:\n{}",
        String::from_utf8_lossy(&c.stderr)
    );
    let r = Command::new("vvp")
        .current_dir(dir.path())
        .args(["-n", "sim"])
        .output()
        .expect("vvp runs");
    let text = String::from_utf8_lossy(&r.stdout);
    let rows: Vec<Vec<u128>> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.contains("$finish"))
        .map(|l| {
            l.split_whitespace()
                .map(|h| match u128::from_str_radix(h, 16) {
                    Ok(x) => x,
                    Err(_) if x_allowed && h.chars().any(|c| "xXzZ".contains(c)) => u128::MAX,
                    Err(_) => panic!("output {h:?} is not a number (X or Z?)"),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), vectors.len(), "{text}");
    rows
}

/// The Verilog of `block` as a top-level module `top` (its inputs driven from outside).
fn verilog_of<B: Block>(mut block: B, connect: impl FnOnce(&mut B)) -> String {
    connect(&mut block);
    block.connect_all();
    generate_verilog(&block)
}

/// Runs `verilog` on `vectors` and compares every output row, bit for bit, with `twin` of the
/// row's inputs; returns the twin's rows.
fn judge(
    what: &str,
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    vectors: &[Vec<u128>],
    twin: impl Fn(&Vec<u128>) -> Vec<u128>,
) -> Vec<Vec<u128>> {
    let got = icarus(verilog, inputs, outputs, vectors);
    let want: Vec<Vec<u128>> = vectors.iter().map(twin).collect();
    same(what, vectors, &got, &want);
    want
}

/// Compares every row; names the block, the configuration and the first differing operands.
fn same(what: &str, vectors: &[Vec<u128>], got: &[Vec<u128>], want: &[Vec<u128>]) {
    for ((v, g), w) in vectors.iter().zip(got).zip(want) {
        assert_eq!(g, w, "{what}: inputs {v:x?}: Verilog {g:x?}, golden {w:x?}");
    }
}

/// `width`-bit two's-complement operands: random ones and the extremes (0, +-1, min, max).
fn signed_operands(width: u32, rng: &mut SplitMix64) -> Vec<i64> {
    let (lo, hi) = (-(1i64 << (width - 1)), (1i64 << (width - 1)) - 1);
    let mut v = vec![0, 1, -1, lo, hi, lo + 1, hi - 1];
    v.extend((0..RANDOM).map(|_| sign_extend(rng.next_u64(), width)));
    v.retain(|x| (lo..=hi).contains(x));
    v
}

/// The low `width` bits of `raw` as two's complement (the test's own, not the hdl crate's).
fn sign_extend(raw: u64, width: u32) -> i64 {
    ((raw << (64 - width)) as i64) >> (64 - width)
}

fn bits64(x: i64) -> u128 {
    u128::from(x as u64)
}

#[test]
fn decay_equals_golden_decay() {
    let mut rng = SplitMix64::new(1);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        // The learning unit's traces take the kept variant (`Decay::kept`, its own module), eta
        // with the kernel value as its addend (`with_addend`); a random addend width too.
        let kernel_bits = 1 + rng.below(24) as u32;
        for (width, q, kept, addend) in [
            (w.membrane_bits, f.alpha_q, false, 0),
            (w.readout_bits, f.kappa_q, false, 0),
            (w.trace_bits + 1, f.alpha_q, true, 0),
            (w.trace_bits + 1, f.kappa_q, true, 0),
            (w.trace_bits, f.alpha_q, true, 0),
            (w.trace_bits, f.alpha_q, true, kernel_bits),
            (w.trace_bits, f.alpha_q, false, kernel_bits),
            (w.trace_bits, f.alpha_q, true, w.trace_bits + 3),
        ] {
            let mut block = if kept {
                Decay::kept(width, q)
            } else {
                Decay::new(width, q)
            };
            if addend > 0 {
                block = block.with_addend(addend);
            }
            let v = verilog_of(block, |b| {
                b.x.connect();
                b.add.connect();
            });
            // Without an addend, add is ignored: random words there too.
            let adds = signed_operands(if addend > 0 { addend } else { 8 }, &mut rng);
            let vectors: Vec<Vec<u128>> = signed_operands(width, &mut rng)
                .into_iter()
                .zip(adds.into_iter().cycle())
                .map(|(x, a)| vec![bits64(x), bits64(a)])
                .collect();
            judge(
                &format!("{name}: decay({width} bits, q {q}, kept {kept}, addend {addend})"),
                &v,
                &[Port("x", 64), Port("add", 64)],
                &[Port("y", 64)],
                &vectors,
                |r| {
                    let k = if addend > 0 { r[1] as u64 as i64 } else { 0 };
                    vec![bits64(decay(r[0] as u64 as i64, q) + k)]
                },
            );
        }
    }
}

/// The decay in two stages (`decay_stages.rs`: the product, registered, then the rounding and
/// the addend) against golden `decay` on the same shapes, the product fed back as the tile's
/// register does; the factors 0 and 1 too (the bias from the product's sign).
#[test]
fn decay_in_two_stages_equals_golden_decay() {
    use hdl::decay_stages::DecayStages;
    let mut rng = SplitMix64::new(21);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        for (width, q, kept, addend) in [
            (w.trace_bits + 1, f.alpha_q, true, 2),
            (w.trace_bits, f.alpha_q, true, 1 + rng.below(24) as u32),
            (w.trace_bits, f.alpha_q, false, w.trace_bits + 3),
            (w.membrane_bits, 0, false, 4),
            (w.membrane_bits, 1 << 16, true, 4),
        ] {
            let base = if kept {
                Decay::kept(width, q)
            } else {
                Decay::new(width, q)
            };
            let v = verilog_of(DecayStages::new(base.with_addend(addend)), |b| {
                b.x.connect();
                b.add.connect();
                b.p_reg.connect();
            });
            let adds = signed_operands(addend, &mut rng);
            let vectors: Vec<Vec<u128>> = signed_operands(width, &mut rng)
                .into_iter()
                .zip(adds.into_iter().cycle())
                .map(|(x, a)| vec![bits64(x), bits64(a), 0])
                .collect();
            let ports = [Port("x", 64), Port("add", 64), Port("p_reg", 64)];
            judge_second_stage(
                &format!("{name}: decay in two stages ({width} bits, q {q}, addend {addend})"),
                &v,
                &ports,
                &[Port("y", 64)],
                &with_registered(&v, &ports, &[("p", "p_reg")], vectors),
                &["x"],
                |r| vec![bits64(decay(r[0] as u64 as i64, q) + r[1] as u64 as i64)],
            );
        }
    }
}

/// The judge can fail: a rounding error put into the decay's Verilog (negative values rounded
/// down instead of toward zero) is reported.
#[test]
fn a_fault_in_the_decay_verilog_is_caught() {
    let cfg = Config::default();
    let f = Formats::new(&cfg).unwrap();
    let width = cfg.widths.membrane_bits;
    let v = verilog_of(Decay::new(width, f.alpha_q), |b| {
        b.x.connect();
        b.add.connect();
    });
    let faulty = v.replacen("'d65535 :", "'d0 :", 1);
    assert_ne!(faulty, v, "the fault must be put in");
    let vectors: Vec<Vec<u128>> = [-5i64, -100, 7]
        .iter()
        .map(|&x| vec![bits64(x), 0])
        .collect();
    let got = icarus(
        &faulty,
        &[Port("x", 64), Port("add", 64)],
        &[Port("y", 64)],
        &vectors,
    );
    let want: Vec<Vec<u128>> = vectors
        .iter()
        .map(|r| vec![bits64(decay(r[0] as u64 as i64, f.alpha_q))])
        .collect();
    let caught = std::panic::catch_unwind(|| same("faulty decay", &vectors, &got, &want));
    assert!(caught.is_err(), "a wrong sign must be reported");
}

/// The judge can fail: the addend put one bit too high in the decay's carry chain (k 2^17
/// instead of k 2^16) is reported.
#[test]
fn a_misplaced_decay_addend_is_caught() {
    let cfg = Config::default();
    let f = Formats::new(&cfg).unwrap();
    let width = cfg.widths.trace_bits;
    let block = Decay::kept(width, f.alpha_q).with_addend(8);
    let v = verilog_of(block, |b| {
        b.x.connect();
        b.add.connect();
    });
    let faulty = v.replacen(":0], (x[", ":0], 1'b0, (x[", 1);
    assert_ne!(faulty, v, "the fault must be put in");
    let vectors: Vec<Vec<u128>> = [(-5i64, 3i64), (100, -7), (7, 1)]
        .iter()
        .map(|&(x, k)| vec![bits64(x), bits64(k)])
        .collect();
    let ports = [Port("x", 64), Port("add", 64)];
    let got = icarus(&faulty, &ports, &[Port("y", 64)], &vectors);
    let want: Vec<Vec<u128>> = vectors
        .iter()
        .map(|r| {
            vec![bits64(
                decay(r[0] as u64 as i64, f.alpha_q) + r[1] as u64 as i64,
            )]
        })
        .collect();
    let caught = std::panic::catch_unwind(|| same("misplaced addend", &vectors, &got, &want));
    assert!(
        caught.is_err(),
        "an addend at the wrong scale must be reported"
    );
}

#[test]
fn stochastic_shift_equals_golden_rounding() {
    let mut rng = SplitMix64::new(2);
    for (name, cfg) in configs() {
        let w = &cfg.widths;
        // The learning unit's operands: x * trace products and delay gradients.
        // Unclamped, and clamped to keep bits as the learning lanes take them (a weight's or a
        // delay's span, `pass_lane.rs`) or to a random width.
        let sum_bits = |width: u32| width.max(33) + 1;
        let mut cases = Vec::new();
        for width in [
            w.signal_bits + w.trace_bits + 1,
            Formats::delay_gradient_bits(&cfg) + 1,
        ] {
            cases.push((width, None));
            for keep in [
                w.weight_bits + 2,
                Formats::delay_bits(&cfg) + 2,
                2 + rng.below(u64::from(sum_bits(width) - 2)) as u32,
            ] {
                cases.push((width, Some(keep)));
            }
        }
        // Each flattened and kept (`StochasticShift::kept`, its own module), whole and split.
        let cases = cases.into_iter().flat_map(|c| {
            [(false, false), (true, false), (false, true), (true, true)].map(|k| (c, k))
        });
        for ((width, keep), (kept, split)) in cases {
            let block = match keep {
                None => StochasticShift::new(width),
                Some(k) => StochasticShift::saturating(width, k),
            };
            let block = if kept { block.kept() } else { block };
            let block = if split { block.split() } else { block };
            let bits = keep.unwrap_or(sum_bits(width));
            let decode = verilog_of(ShiftDecode::for_shifter(&block), |b| b.shift.connect());
            let v = verilog_of(block, |b| {
                b.x.connect();
                b.r.connect();
                b.shift.connect();
                b.dec.connect();
            });
            let vectors: Vec<Vec<u128>> = signed_operands(width, &mut rng)
                .into_iter()
                .map(|x| {
                    let shift = rng.below(40) as u32;
                    vec![
                        bits64(x),
                        u128::from(rng.next_u64() as u32),
                        u128::from(shift),
                        0,
                    ]
                })
                .collect();
            // The shifter with its shift's decode as the tile registers it.
            let vectors = with_decoded(&decode, vectors, 2, 3);
            let what = format!("{name}: stochastic shift ({width} bits, y in {bits}, kept {kept})");
            let inputs = [
                Port("x", 64),
                Port("r", 32),
                Port("shift", 8),
                Port("dec", 128),
            ];
            let golden =
                |r: &Vec<u128>| stochastic_shift(r[0] as u64 as i64, r[2] as u32, r[1] as u32);
            if !split {
                judge(&what, &v, &inputs, &[Port("y", 64)], &vectors, |r| {
                    let half = 1i64 << (bits - 1);
                    vec![bits64(golden(r).clamp(-half, half - 1))]
                });
                continue;
            }
            let got = icarus(&v, &inputs, &[Port("y", 64)], &vectors);
            split_shift_meets_its_contract(&what, &vectors, &got, bits, golden);
            // Without the fill above the shift, the low bits' carry does not reach the top.
            let faulty = v.replacen("sum | fill", "sum & ~fill", 1);
            assert_ne!(faulty, v, "the fault must be put in");
            let got = icarus(&faulty, &inputs, &[Port("y", 64)], &vectors);
            let caught = std::panic::catch_unwind(|| {
                split_shift_meets_its_contract(&what, &vectors, &got, bits, golden)
            });
            assert!(
                caught.is_err(),
                "{what}: a carry without the fill is reported"
            );
        }
    }
}

/// A split shifter's y (`StochasticShift::split`): bits 62..0 a value in the `bits`-bit range,
/// bit 63 the round-up `up`; their sum is the golden rounding wherever that lies strictly inside
/// the range, and the bound on its side (or one above it) where it lies at or beyond one.
fn split_shift_meets_its_contract(
    what: &str,
    vectors: &[Vec<u128>],
    got: &[Vec<u128>],
    bits: u32,
    golden: impl Fn(&Vec<u128>) -> i64,
) {
    let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
    for (r, g) in vectors.iter().zip(got) {
        let (low, up) = (sign_extend(g[0] as u64, 63), (g[0] >> 63) as i64);
        let y = golden(r);
        assert!(
            (lo..=hi).contains(&low),
            "{what}: inputs {r:x?}: y {low} out of range"
        );
        let ok = match y {
            y if y >= hi => low + up == hi || low + up == hi + 1,
            y if y <= lo => low + up == lo || low + up == lo + 1,
            y => low + up == y,
        };
        assert!(ok, "{what}: inputs {r:x?}: {low} + {up}, golden {y}");
    }
}

#[test]
fn lif_equals_golden_lif_update() {
    let mut rng = SplitMix64::new(3);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        // The tile's current accumulator width bounds the input; a few bits over the membrane's.
        let current_bits = w.membrane_bits + 4;
        let lif = Lif::new(&f, w.membrane_bits, cfg.network.reset, current_bits);
        let v = verilog_of(lif, |b| {
            b.leaked.connect();
            b.current.connect();
        });
        let mut vectors = Vec::new();
        // golden `lif_update` takes the membrane; it depends on it only through its leak, so
        // any membrane with the row's leak stands for the row.
        let mut membrane_of = std::collections::HashMap::new();
        for x in signed_operands(w.membrane_bits, &mut rng) {
            // Currents around the threshold's scale, and the extremes of their width.
            let c = match rng.below(4) {
                0 => sign_extend(rng.next_u64(), current_bits),
                1 => 0,
                _ => rng.below(64) as i64 - 32,
            };
            // The tile feeds the leaked membrane (its `Decay` leaf, tested on its own above).
            let leaked = decay(x, f.alpha_q);
            membrane_of.insert(leaked, x as i32);
            vectors.push(vec![bits64(leaked), bits64(c)]);
        }
        let outs = [Port("v_pre", 64), Port("v_next", 64), Port("spike", 1)];
        let want = judge(
            &format!("{name}: LIF ({:?} reset)", cfg.network.reset),
            &v,
            &[Port("leaked", 64), Port("current", 64)],
            &outs,
            &vectors,
            |r| {
                let x = membrane_of[&(r[0] as u64 as i64)];
                let o = lif_update(x, r[1] as u64 as i64, cfg.network.reset, &f);
                vec![
                    bits64(o.v_pre as i64),
                    bits64(o.v as i64),
                    u128::from(o.spike),
                ]
            },
        );
        assert!(
            want.iter().any(|r| r[2] == 1) && want.iter().any(|r| r[2] == 0),
            "{name}: the operands reach both sides of the threshold"
        );
    }
    // Both reset rules are among the configurations.
    let resets: Vec<Reset> = configs().iter().map(|(_, c)| c.network.reset).collect();
    assert!(resets.contains(&Reset::Zero) && resets.contains(&Reset::Subtract));
}

/// The psi ROM as the tile reads it (at the registered v_pre, sign-extended membrane bits)
/// against `golden::fixed::lif::psi` over the whole membrane range around the threshold.
#[test]
fn psi_rom_equals_golden_psi() {
    let mut rng = SplitMix64::new(15);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let v = verilog_of(psi_rom(&f), |b| b.x.connect());
        let mut vs = signed_operands(cfg.widths.membrane_bits, &mut rng);
        // Every bin of the ROM and its edges.
        let half = (f.psi_rom.len() / 2) as i64;
        for k in -half - 1..=half {
            let edge = f.theta as i64 + (k << f.psi_shift);
            vs.extend([edge - 1, edge, edge + 1]);
        }
        vs.retain(|&x| (f.v_min as i64..=f.v_max as i64).contains(&x));
        let vectors: Vec<Vec<u128>> = vs.iter().map(|&x| vec![bits64(x)]).collect();
        let want = judge(
            &format!("{name}: psi ROM"),
            &v,
            &[Port("x", 64)],
            &[Port("data", 64)],
            &vectors,
            |r| vec![bits64(golden_psi(r[0] as u64 as i32, &f) as i64)],
        );
        assert!(want.iter().any(|r| r[0] != 0), "{name}: psi is exercised");
    }
}

#[test]
fn multiplier_equals_the_twos_complement_product() {
    let mut rng = SplitMix64::new(4);
    let shapes = [(8, 8), (16, 17), (20, 12), (12, 24), (17, 18)];
    for ((wa, wb), kept) in shapes.into_iter().flat_map(|s| [(s, false), (s, true)]) {
        let mul = if kept {
            Mul::kept(wa, wb)
        } else {
            Mul::new(wa, wb)
        };
        let v = verilog_of(mul, |b| {
            b.a.connect();
            b.b.connect();
        });
        let (xs, ys) = (signed_operands(wa, &mut rng), signed_operands(wb, &mut rng));
        let vectors: Vec<Vec<u128>> = xs
            .iter()
            .zip(ys.iter().cycle())
            .map(|(&a, &b)| vec![bits64(a), bits64(b)])
            .collect();
        judge(
            &format!("multiplier {wa} x {wb} bits (kept module: {kept})"),
            &v,
            &[Port("a", 64), Port("b", 64)],
            &[Port("p", 64)],
            &vectors,
            |r| vec![bits64((r[0] as u64 as i64) * (r[1] as u64 as i64))],
        );
    }
}

#[test]
fn arithmetic_shift_rounds_toward_minus_infinity() {
    let mut rng = SplitMix64::new(5);
    for shift in [0, 1, 7, 16, 31] {
        let v = verilog_of(Sra::new(shift), |b| b.x.connect());
        let vectors: Vec<Vec<u128>> = signed_operands(64, &mut rng)
            .into_iter()
            .map(|x| vec![bits64(x)])
            .collect();
        judge(
            &format!("arithmetic shift by {shift}"),
            &v,
            &[Port("x", 64)],
            &[Port("y", 64)],
            &vectors,
            |r| vec![bits64((r[0] as u64 as i64).div_euclid(1i64 << shift))],
        );
    }
}

#[test]
fn centring_mean_is_the_floored_scaled_sum() {
    let mut rng = SplitMix64::new(6);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let total_bits = Formats::delay_gradient_bits(&cfg) + 10;
        let v = verilog_of(Mean::new(f.mean_recip, total_bits), |b| {
            b.total.connect();
            b.lo_reg.connect();
            b.hi_reg.connect();
        });
        let vectors: Vec<Vec<u128>> = (0..RANDOM)
            .map(|_| {
                let t = (((rng.next_u64() as i128) << 64) | rng.next_u64() as i128)
                    >> (128 - total_bits);
                vec![t as u128, 0, 0]
            })
            .chain([vec![0, 0, 0], vec![u128::MAX, 0, 0], vec![1, 0, 0]])
            .collect();
        // Two stages: a first evaluation's partial products feed the second's registers (the
        // tile's), while the total moves on.
        let ports = [Port("total", 128), Port("lo_reg", 128), Port("hi_reg", 128)];
        let staged = with_registered(&v, &ports, &[("lo", "lo_reg"), ("hi", "hi_reg")], vectors);
        judge_second_stage(
            &format!("{name}: centring mean"),
            &v,
            &ports,
            &[Port("mean", 64)],
            &staged,
            &["total"],
            |r| {
                // ALGORITHM.md §6: mean = floor(total * recip / 2^MEAN_FRAC).
                let keep = 128 - total_bits;
                let t = ((r[0] as i128) << keep) >> keep;
                let m = (t * f.mean_recip as i128).div_euclid(1i128 << MEAN_FRAC);
                vec![bits64(m as i64)]
            },
        );
    }
}

#[test]
fn rom_reads_its_contents_and_zero_outside() {
    let mut rng = SplitMix64::new(7);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        for (what, contents, signed) in
            [("exp", &f.exp_rom, false), ("kernel", &f.kernel_rom, true)]
        {
            let rom: Vec<i64> = contents.iter().map(|&x| x as i64).collect();
            let width = Rom::width_for(&rom, signed);
            let v = verilog_of(Rom::new(&rom, width, signed), |b| b.x.connect());
            let n = rom.len() as i64;
            let mut idx: Vec<i64> = (0..n).collect();
            idx.extend([n, n + 1, -1, -n]);
            idx.extend((0..50).map(|_| rng.below(3 * n as u64) as i64 - n));
            let vectors: Vec<Vec<u128>> = idx.iter().map(|&i| vec![bits64(i)]).collect();
            judge(
                &format!("{name}: {what} ROM"),
                &v,
                &[Port("x", 64)],
                &[Port("data", 64)],
                &vectors,
                |r| {
                    let i = r[0] as u64 as i64;
                    vec![bits64(if (0..n).contains(&i) {
                        rom[i as usize]
                    } else {
                        0
                    })]
                },
            );
        }
    }
}

/// SIG's count of the lanes with m_j != 0: every 16-bit word against `u16::count_ones`.
#[test]
fn count_ones_counts_every_word() {
    let v = verilog_of(CountOnes::default(), |b| b.x.connect());
    let vectors: Vec<Vec<u128>> = (0..=u16::MAX).map(|x| vec![u128::from(x)]).collect();
    judge(
        "count of set bits",
        &v,
        &[Port("x", 16)],
        &[Port("y", 16)],
        &vectors,
        |r| vec![u128::from((r[0] as u16).count_ones())],
    );
}

/// The host's memory map (`tile/memory_map.rs`) under Icarus: every memory's region, the
/// registers' region and indices, the opcodes and the ID word are golden::memory's.
#[test]
fn memory_map_is_golden_memory_map() {
    use golden::memory::{ID_MAGIC, MemoryId, REGISTERS, op, reg};
    let mut want: Vec<(String, u64)> = MemoryId::ALL
        .iter()
        .map(|m| (format!("r_{}", m.name()), u64::from(m.region())))
        .collect();
    let registers = [
        ("learn", reg::LEARN),
        ("label", reg::LABEL),
        ("sup_start", reg::SUPERVISION_START),
        ("flags", reg::LEARN_FLAGS),
        ("shifts", reg::SHIFTS),
        ("head", reg::TRACE_HEAD),
        ("modulated", reg::MODULATED),
        ("budget", reg::BUDGET),
        ("active", reg::ACTIVE_SOURCES),
        ("spikes", reg::SPIKES),
        ("step", reg::STEP),
        ("bad_spike", reg::BAD_SPIKE),
        ("id", reg::ID),
    ];
    want.extend(registers.map(|(n, v)| (format!("reg_{n}"), u64::from(v))));
    let ops = [
        ("write", op::WRITE),
        ("read", op::READ),
        ("spike", op::SPIKE),
        ("step", op::STEP),
        ("clear", op::CLEAR),
    ];
    want.extend(ops.map(|(n, v)| (format!("op_{n}"), u64::from(v))));
    want.push(("r_registers".into(), u64::from(REGISTERS)));
    want.push(("id_magic".into(), ID_MAGIC));
    let map = MemoryMap::values();
    let mut names: Vec<&str> = map.iter().map(|m| m.0).collect();
    let mut wanted: Vec<&str> = want.iter().map(|w| w.0.as_str()).collect();
    names.sort_unstable();
    wanted.sort_unstable();
    assert_eq!(
        names, wanted,
        "the map's outputs are golden's memories, registers, opcodes"
    );
    let v = verilog_of(MemoryMap::default(), |_| {});
    let outputs: Vec<Port> = map
        .iter()
        .map(|&(n, bits, _)| Port(n, bits as u32))
        .collect();
    let got = icarus(&v, &[], &outputs, &[vec![]]);
    for ((name, _, _), value) in map.iter().zip(&got[0]) {
        let expected = want.iter().find(|w| w.0 == *name).unwrap().1;
        assert_eq!(*value, u128::from(expected), "{name}");
    }
}

/// The tile's configuration block (`tile/shape.rs`): every output under Icarus against the
/// configuration it was built from, the counts worked out here (ceil(S / L), ceil(H / L), ...),
/// every shipped configuration and L = 1, 2, 8.
#[test]
fn shape_outputs_the_configuration() {
    use golden::config::Feedback;
    use golden::format::PROB_FRAC;
    for (name, cfg) in configs() {
        for lanes in [1u64, 2, 8] {
            let mut cfg = cfg.clone();
            cfg.hardware.lanes = lanes as u32;
            let f = Formats::new(&cfg).unwrap();
            let n = &cfg.network;
            let (i, s, h, d) = (
                n.inputs as u64,
                cfg.sources() as u64,
                n.hidden as u64,
                n.max_delay as u64,
            );
            let channels = (1u64 << golden::memory::index_bits(i)) - 1;
            let want: Vec<(&str, u64)> = vec![
                ("n_in", i),
                ("channel_high", !channels),
                ("channel_low", channels),
                ("n_src", s),
                ("n_groups", s.div_ceil(lanes)),
                ("hid_groups", h.div_ceil(lanes)),
                ("n_hid", h),
                ("lane_mask", lanes - 1),
                ("lane_bits", u64::from(lanes.ilog2())),
                ("n_out", n.outputs as u64),
                ("depth", d),
                ("depth_mask", d - 1),
                ("depth_bits", u64::from(d.ilog2())),
                ("radius", cfg.surrogate.kernel_radius as u64),
                ("n_clear_mem", golden::cycles::clear_cycles(&cfg) - 1),
                ("n_fifo", s.div_ceil(lanes) * d),
                ("n_buf", h.div_ceil(lanes) * d),
                ("delay_max", f.delay_max as u64),
                ("prob_one", 1 << PROB_FRAC),
                ("msb", 1 << 63),
                ("has_axonal", u64::from(n.delay_mode.has_axonal())),
                ("has_synaptic", u64::from(n.delay_mode.has_synaptic())),
                ("has_learning", u64::from(cfg.hardware.learning_unit)),
                ("has_event_pass", u64::from(cfg.hardware.event_pass)),
                (
                    "random_fb",
                    u64::from(cfg.learning.feedback == Feedback::Random),
                ),
            ];
            let shape = Shape::new(&cfg, &f);
            let values = shape.values();
            let names: Vec<&str> = values.iter().map(|v| v.0).collect();
            let wanted: Vec<&str> = want.iter().map(|w| w.0).collect();
            assert_eq!(names, wanted, "{name}: the block's outputs");
            let outputs: Vec<Port> = values.iter().map(|v| Port(v.0, v.1 as u32)).collect();
            let got = icarus(&verilog_of(shape, |_| {}), &[], &outputs, &[vec![]]);
            for ((out, want), got) in values.iter().zip(&want).zip(&got[0]) {
                assert_eq!(*got, u128::from(want.1), "{name}, L = {lanes}: {}", out.0);
            }
        }
    }
}

#[test]
fn lfsr_step_equals_golden_xorshift32() {
    let mut rng = SplitMix64::new(8);
    let v = verilog_of(Lfsr::default(), |b| b.x.connect());
    let mut states: Vec<u32> = vec![1, u32::MAX, 0x8000_0000];
    states.extend((0..RANDOM).map(|_| rng.next_u64() as u32 | 1));
    let vectors: Vec<Vec<u128>> = states.iter().map(|&s| vec![u128::from(s)]).collect();
    judge(
        "LFSR step",
        &v,
        &[Port("x", 32)],
        &[Port("drawn", 32)],
        &vectors,
        |r| vec![u128::from(GoldenLfsr(r[0] as u32).draw())],
    );
}

#[test]
fn narrowing_keeps_the_low_bits_and_extends_them() {
    let mut rng = SplitMix64::new(9);
    for keep in [1, 8, 17, 33, 63] {
        for signed in [true, false] {
            let block: Narrow<64> = if signed {
                Narrow::signed(keep)
            } else {
                Narrow::unsigned(keep)
            };
            let v = verilog_of(block, |b| b.x.connect());
            let vectors: Vec<Vec<u128>> = (0..RANDOM / 3)
                .map(|_| vec![u128::from(rng.next_u64())])
                .chain([vec![0], vec![u128::from(u64::MAX)]])
                .collect();
            judge(
                &format!("narrow to {keep} bits, signed {signed}"),
                &v,
                &[Port("x", 64)],
                &[Port("y", 64)],
                &vectors,
                |r| {
                    let x = r[0] as u64;
                    let y = if signed {
                        sign_extend(x, keep) as u64
                    } else {
                        x & ((1u64 << keep) - 1)
                    };
                    vec![u128::from(y)]
                },
            );
        }
    }
}

/// A golden readout of one unit and one hidden neuron holding `y` and `zeta`.
fn golden_readout(y: i32, zeta: i32) -> GoldenReadout {
    let mut r = GoldenReadout::new(1, 1);
    (r.y[0], r.zeta[0]) = (y, zeta);
    r
}

#[test]
fn readout_unit_equals_golden_readout_step() {
    let mut rng = SplitMix64::new(10);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        let sum_bits = w.weight_bits + 8;
        let v = verilog_of(Readout::new(&f, w.readout_bits, sum_bits), |b| {
            b.leaked.connect();
            b.sum.connect();
        });
        let sums = signed_operands(sum_bits, &mut rng);
        // The golden step takes y; it depends on it only through its leak, so any y with the
        // row's leak stands for the row.
        let mut y_of = std::collections::HashMap::new();
        let vectors: Vec<Vec<u128>> = signed_operands(w.readout_bits, &mut rng)
            .into_iter()
            .zip(sums.into_iter().cycle())
            .map(|(y, sum)| {
                // The tile feeds the leaked y (its `Decay` leaf, tested on its own above).
                let leaked = decay(y, f.kappa_q);
                y_of.insert(leaked, y as i32);
                vec![bits64(leaked), bits64(sum)]
            })
            .collect();
        judge(
            &format!("{name}: readout unit"),
            &v,
            &[Port("leaked", 64), Port("sum", 64)],
            &[Port("y_next", 64)],
            &vectors,
            |r| {
                let y = y_of[&(r[0] as u64 as i64)];
                let mut g = golden_readout(y, 0);
                // One unit, no spike: the sum is the bias.
                g.step(&[0], &[r[1] as u64 as i64 as i32], &[], &f);
                vec![bits64(g.y[0] as i64)]
            },
        );
    }
}

#[test]
fn readout_trace_equals_golden_zeta() {
    let mut rng = SplitMix64::new(11);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let v = verilog_of(ReadoutTrace::new(&cfg, &f), |b| {
            b.zeta.connect();
            b.spike.connect();
            b.decayed_reg.connect();
        });
        let mut zetas: Vec<i64> = vec![0, 1, f.eps_max as i64, f.eps_max as i64 - 1];
        zetas.extend((0..RANDOM).map(|_| rng.below(f.eps_max as u64 + 1) as i64));
        let vectors: Vec<Vec<u128>> = zetas
            .iter()
            .map(|&z| vec![bits64(z), u128::from(rng.below(2)), 0])
            .collect();
        // The decay and the rest are two stages (the tile registers the decayed trace): a
        // first evaluation's `decayed` feeds the second's `decayed_reg`.
        let inputs = [Port("zeta", 64), Port("spike", 1), Port("decayed_reg", 64)];
        let vectors = with_registered(&v, &inputs, &[("decayed", "decayed_reg")], vectors);
        judge(
            &format!("{name}: readout trace"),
            &v,
            &inputs,
            &[Port("zeta_next", 64)],
            &vectors,
            |r| {
                let mut g = golden_readout(0, r[0] as i32);
                let spikes: &[u32] = if r[1] == 1 { &[0] } else { &[] };
                g.step(&[0], &[0], spikes, &f);
                vec![bits64(g.zeta[0] as i64)]
            },
        );
    }
}

#[test]
fn delay_fifo_equals_golden_history_and_taps() {
    let mut rng = SplitMix64::new(12);
    for (name, cfg) in configs() {
        let (d, frac) = (cfg.network.max_delay, cfg.widths.delay_frac);
        let limit = Formats::delay_limit(&cfg) as u64;
        let v = verilog_of(HdlDelayFifo::new(d, frac), |b| {
            b.word.connect();
            b.spike.connect();
            b.axonal.connect();
            b.synaptic.connect();
        });
        let mask = if d == 64 { u64::MAX } else { (1u64 << d) - 1 };
        let vectors: Vec<Vec<u128>> = (0..RANDOM)
            .map(|i| {
                // Delays anywhere in their range, the extremes included.
                let (a, s) = match i {
                    0 => (0, 0),
                    1 => (limit, limit),
                    _ => (rng.below(limit + 1), rng.below(limit + 1)),
                };
                vec![
                    u128::from(rng.next_u64() & mask),
                    u128::from(rng.below(2)),
                    u128::from(a),
                    u128::from(s),
                ]
            })
            .collect();
        let outs = [
            Port("pushed", 64),
            Port("tap", 8),
            Port("tap_bit", 1),
            Port("pushed_bit", 1),
            Port("tap_index", 32),
        ];
        judge(
            &format!("{name}: delay FIFO (D = {d})"),
            &v,
            &[
                Port("word", 64),
                Port("spike", 1),
                Port("axonal", 64),
                Port("synaptic", 64),
            ],
            &outs,
            &vectors,
            |r| {
                let mut h = GoldenDelayFifo::new(1, d);
                h.hist[0] = r[0] as u64;
                let path = (r[2] + r[3]) as i32;
                let tap = tap_of(path, half_step(frac), frac, d as i32 - 1) as usize;
                let tap_bit = h.bit(0, tap);
                h.push(0, r[1] == 1);
                vec![
                    u128::from(h.hist[0]),
                    tap as u128,
                    u128::from(tap_bit),
                    u128::from(h.bit(0, tap)),
                    tap as u128,
                ]
            },
        );
    }
}

#[test]
fn trace_fifo_entry_equals_golden_traces() {
    let mut rng = SplitMix64::new(13);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let (tb, d) = (cfg.widths.trace_bits, cfg.network.max_delay);
        let radius = cfg.surrogate.kernel_radius;
        let v = verilog_of(TraceFifo::new(&cfg, &f), |b| {
            b.word.connect();
            b.ahead.connect();
            b.eta_older.connect();
            b.eps_prev.connect();
            b.eta_p_reg.connect();
            b.eps_p_reg.connect();
            b.k_reg.connect();
            b.spike_reg.connect();
        });
        let mask = if d == 64 { u64::MAX } else { (1u64 << d) - 1 };
        let etas = signed_operands(tb, &mut rng);
        let vectors: Vec<Vec<u128>> = etas
            .iter()
            .map(|&eta| {
                vec![
                    u128::from(rng.next_u64() & mask),
                    // ahead = R - m for the lags m = 0..=R TRACE recomputes.
                    u128::from(rng.below(radius as u64 + 1)),
                    // Stored traces: their low trace_bits bits.
                    u128::from(eta as u64 & ((1u64 << tb) - 1)),
                    u128::from(rng.below(f.eps_max as u64 + 1)),
                    0,
                    0,
                    0,
                    0,
                ]
            })
            .collect();
        // Two stages: a first evaluation's products, kernel value and spike feed the second's
        // registered inputs, as the tile's registers do.
        let ports = [
            Port("word", 64),
            Port("ahead", 8),
            Port("eta_older", 64),
            Port("eps_prev", 64),
            Port("eta_p_reg", 64),
            Port("eps_p_reg", 64),
            Port("k_reg", 64),
            Port("spike_reg", 1),
        ];
        let staged = with_registered(
            &v,
            &ports,
            &[
                ("eta_p", "eta_p_reg"),
                ("eps_p", "eps_p_reg"),
                ("k", "k_reg"),
                ("spike", "spike_reg"),
            ],
            vectors,
        );
        judge_second_stage(
            &format!("{name}: trace FIFO entry"),
            &v,
            &ports,
            &[Port("eta_next", 64), Port("eps_next", 64)],
            &staged,
            &["word", "ahead", "eta_older", "eps_prev"],
            |r| {
                // golden::fixed::trace_fifo::TraceFifo::step, one entry.
                let mut h = GoldenDelayFifo::new(1, d);
                h.hist[0] = r[0] as u64;
                let lag = radius - r[1] as usize;
                let g = f.kernel_rom[h.window(0, lag, radius)] as i64;
                let older = sign_extend(r[2] as u64, tb);
                let eta = clamp(decay(older, f.alpha_q) + g, f.eta_min, f.eta_max);
                let spike = if h.bit(0, 0) { f.trace_one as i64 } else { 0 };
                let eps = clamp(decay(r[3] as i64, f.alpha_q) + spike, 0, f.eps_max);
                vec![bits64(eta as i64), bits64(eps as i64)]
            },
        );
    }
}

/// The bridge's CRC-8 step against the protocol's (`golden::protocol::crc8_update`, which the
/// host driver uses): every data byte from a spread of CRC states, and random pairs.
#[test]
fn crc8_step_equals_the_protocol_crc() {
    let mut rng = SplitMix64::new(16);
    let v = verilog_of(Crc8::new(), |b| {
        b.crc_in.connect();
        b.data_in.connect();
    });
    let mut pairs: Vec<(u8, u8)> = (0..=255u8).map(|d| (d.wrapping_mul(37), d)).collect();
    pairs.extend((0..RANDOM).map(|_| (rng.next_u64() as u8, rng.next_u64() as u8)));
    let vectors: Vec<Vec<u128>> = pairs
        .iter()
        .map(|&(c, d)| vec![u128::from(c), u128::from(d)])
        .collect();
    judge(
        "CRC-8 step",
        &v,
        &[Port("crc_in", 8), Port("data_in", 8)],
        &[Port("crc_out", 8)],
        &vectors,
        |r| {
            vec![u128::from(golden::protocol::crc8_update(
                r[0] as u8, r[1] as u8,
            ))]
        },
    );
}

/// The learning unit's operands as the tile feeds them (raw memory words where the tile passes
/// a memory word, sign-extended where it passes a register), one row per vector.
struct LearnOperands {
    x: i64,
    trace: i64,
    w: i64,
    r_w: u32,
    sh_w: u32,
    b: i64,
    e: i64,
    acc: i64,
    psi: i64,
    y_gap: i64,
    recip: i64,
}

const LEARN_INPUTS: [Port; 15] = [
    Port("x", 64),
    Port("trace", 64),
    Port("w", 64),
    Port("r_w", 32),
    Port("sh_w", 8),
    Port("b", 64),
    Port("e", 64),
    Port("acc", 64),
    Port("psi", 64),
    Port("y_gap", 64),
    Port("recip", 64),
    // The product x * trace as the tile registers it from the unit's `xt` a stage earlier.
    Port("xt_reg", 64),
    // The shifted update as the tile registers it from the unit's `y` a stage earlier (filled
    // in from a first evaluation, `with_registered`).
    Port("y_reg", 64),
    // p as the tile registers it a stage before the product pi (`with_registered` too).
    Port("p_reg", 64),
    // sh_w's decode as the tile registers it with sh_w (`with_decoded`).
    Port("dec_w", 128),
];

impl LearnOperands {
    fn row(&self) -> Vec<u128> {
        let raw = |x: i64| bits64(x);
        vec![
            raw(self.x),
            raw(self.trace),
            raw(self.w),
            u128::from(self.r_w),
            u128::from(self.sh_w),
            raw(self.b),
            raw(self.e),
            raw(self.acc),
            raw(self.psi),
            raw(self.y_gap),
            raw(self.recip),
            raw(self.x * self.trace),
            0,
            0,
            0,
        ]
    }

    fn of(r: &[u128]) -> LearnOperands {
        let s = |k: usize| r[k] as u64 as i64;
        LearnOperands {
            x: s(0),
            trace: s(1),
            w: s(2),
            r_w: r[3] as u32,
            sh_w: r[4] as u32,
            b: s(5),
            e: s(6),
            acc: s(7),
            psi: s(8),
            y_gap: s(9),
            recip: s(10),
        }
    }
}

/// ALGORITHM.md's per-element rules of the learning unit, written here from `golden::format`'s
/// primitives (the golden model applies them inside whole-step loops, `learn_step` and
/// `Readout::error`, with no per-element function to call).
fn golden_learning(o: &LearnOperands, cfg: &Config, f: &Formats) -> [i64; 4] {
    let w = &cfg.widths;
    let weight = sign_extend(o.w as u64, w.weight_bits);
    let w_next = clamp(
        weight - stochastic_shift(o.x * o.trace, o.sh_w, o.r_w),
        f.w_min,
        f.w_max,
    ) as i64;
    let p = f
        .exp_rom
        .get((o.y_gap >> f.exp_shift) as usize)
        .map_or(0, |&p| p as i64);
    let pi = (p * o.recip) >> 16;
    [w_next, p, pi, o.x * o.trace]
}

/// The rows with each `(output, input)` pair's input set to the output a first evaluation of the
/// rows gives: a block whose stage ends in a register the tile holds (`y` -> `y_reg`), its two
/// stages as the tile chains them. Each output is read at its input's width.
fn with_registered(
    verilog: &str,
    inputs: &[Port],
    pairs: &[(&'static str, &'static str)],
    mut rows: Vec<Vec<u128>>,
) -> Vec<Vec<u128>> {
    let width = |name: &str| inputs.iter().find(|p| p.0 == name).unwrap().1;
    let outs: Vec<Port> = pairs.iter().map(|&(o, i)| Port(o, width(i))).collect();
    let first = icarus(verilog, inputs, &outs, &rows);
    for (row, got) in rows.iter_mut().zip(&first) {
        for (k, &(_, input)) in pairs.iter().enumerate() {
            let col = inputs.iter().position(|p| p.0 == input).unwrap();
            row[col] = got[k];
        }
    }
    rows
}

/// A two-stage block's second stage judged alone: each row's first-stage operands (`first`,
/// input names) are replaced by the next row's, as the tile's next token holds them meanwhile,
/// so that the outputs must come from the registered inputs; `twin` answers from the rows as
/// given.
fn judge_second_stage(
    what: &str,
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    rows: &[Vec<u128>],
    first: &[&str],
    twin: impl Fn(&Vec<u128>) -> Vec<u128>,
) {
    let cols: Vec<usize> = first
        .iter()
        .map(|name| inputs.iter().position(|p| p.0 == *name).unwrap())
        .collect();
    let n = rows.len();
    let scrambled: Vec<Vec<u128>> = (0..n)
        .map(|k| {
            let mut row = rows[k].clone();
            for &c in &cols {
                row[c] = rows[(k + 1) % n][c];
            }
            row
        })
        .collect();
    let got = icarus(verilog, inputs, outputs, &scrambled);
    let want: Vec<Vec<u128>> = rows.iter().map(twin).collect();
    same(what, &scrambled, &got, &want);
}

/// The rows with column `dec` set to the decode (`decode`, a `ShiftDecode`'s Verilog) of column
/// `shift`: a shifter's inputs as the tile gives them, its shift and the shift's registered
/// decode.
fn with_decoded(
    decode: &str,
    mut rows: Vec<Vec<u128>>,
    shift: usize,
    dec: usize,
) -> Vec<Vec<u128>> {
    let shifts: Vec<Vec<u128>> = rows.iter().map(|r| vec![r[shift]]).collect();
    let got = icarus(decode, &[Port("shift", 8)], &[Port("dec", 128)], &shifts);
    for (row, d) in rows.iter_mut().zip(&got) {
        row[dec] = d[0];
    }
    rows
}

/// A value drawn uniformly from `lo..=hi` or one of its ends.
fn within(lo: i64, hi: i64, rng: &mut SplitMix64) -> i64 {
    match rng.below(8) {
        0 => lo,
        1 => hi,
        _ => lo + (rng.next_u64() % ((hi - lo) as u64 + 1)) as i64,
    }
}

/// The learning unit (bias updates, softmax terms) and the learning-signal lane
/// (`sig_lane.rs`: B_jk e_k, L_j, m_j) against the contract's rules, on the same operands.
#[test]
fn learning_unit_equals_the_contracts_update_rules() {
    let mut rng = SplitMix64::new(15);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        let nb = RegisterBits::new(&cfg, &f);
        let block = Learning::new(&cfg, &f);
        let decode = verilog_of(block.decoder(), |b| b.shift.connect());
        let v = verilog_of(block, |b| {
            for p in [
                &mut b.x,
                &mut b.trace,
                &mut b.w,
                &mut b.y_gap,
                &mut b.recip,
                &mut b.xt_reg,
                &mut b.y_reg,
                &mut b.p_reg,
            ] {
                p.connect();
            }
            b.r_w.connect();
            b.sh_w.connect();
            b.dec_w.connect();
        });
        let signed = |bits: u32| (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        let raw = |x: i64, bits: u32| x & ((1i64 << bits) - 1);
        let (w_lo, w_hi) = signed(w.weight_bits);
        let (e_lo, e_hi) = signed(ERROR_BITS);
        let (s_lo, s_hi) = (f.l_min as i64, f.l_max as i64);
        let (a_lo, a_hi) = signed(nb.acc);
        let shifts = [f.sr_w, f.sr_u, f.sr_b];
        let p_max = f.exp_rom.iter().copied().max().unwrap() as i64;
        let psi_max = f.psi_rom.iter().copied().max().unwrap() as i64;
        let outputs = cfg.network.outputs as i64;
        // Two kinds of rows: x in the signal range (trace = eps; the learning lanes take the
        // synapses, `pass_lane`, but the port is the same) and a readout
        // weight's or bias's (x = e_k in the error range, trace = zeta or 1).
        let vectors: Vec<Vec<u128>> = (0..2 * RANDOM)
            .map(|k| {
                let readout_row = k % 2 == 1;
                let x = if readout_row {
                    within(e_lo, e_hi, &mut rng)
                } else {
                    within(s_lo, s_hi, &mut rng)
                };
                let mut pick_shift = || {
                    if rng.below(2) == 0 {
                        shifts[rng.below(shifts.len() as u64) as usize]
                    } else {
                        rng.below(33) as u32
                    }
                };
                let sh_w = pick_shift();
                let psum = within(p_max, outputs * p_max, &mut rng);
                LearnOperands {
                    x,
                    trace: within(0, f.eps_max as i64, &mut rng),
                    w: raw(within(w_lo, w_hi, &mut rng), w.weight_bits),
                    r_w: rng.next_u64() as u32,
                    sh_w,
                    b: raw(within(w_lo, w_hi, &mut rng), w.weight_bits),
                    e: raw(within(e_lo, e_hi, &mut rng), ERROR_BITS),
                    acc: within(a_lo, a_hi, &mut rng),
                    psi: within(0, psi_max, &mut rng),
                    y_gap: within(0, (1 << w.readout_bits) - 1, &mut rng),
                    recip: (1i64 << 31) / psum,
                }
                .row()
            })
            .collect();
        let all = [
            Port("w_next", 64),
            Port("p", 64),
            Port("pi", 64),
            Port("xt", 64),
        ];
        // The operands' columns: the learning unit's ports, and the learning-signal lane's
        // (`sig_lane.rs`: the products, sums and psi SIG's lanes take).
        let sig_ports = ["b", "e", "acc", "psi"];
        let columns = |keep: bool| -> Vec<usize> {
            (0..LEARN_INPUTS.len())
                .filter(|&k| sig_ports.contains(&LEARN_INPUTS[k].0) == keep)
                .collect()
        };
        let cut = |rows: &[Vec<u128>], cols: &[usize]| -> Vec<Vec<u128>> {
            rows.iter()
                .map(|r| cols.iter().map(|&k| r[k]).collect())
                .collect()
        };
        let unit = columns(false);
        let unit_ports: Vec<Port> = unit.iter().map(|&k| LEARN_INPUTS[k]).collect();
        let column = |name: &str| unit_ports.iter().position(|p| p.0 == name).unwrap();
        for (rows, kind) in [(0usize, "signal-range rows"), (1, "readout rows")] {
            let picked: Vec<Vec<u128>> = vectors.iter().skip(rows).step_by(2).cloned().collect();
            let staged = with_registered(
                &v,
                &unit_ports,
                &[("y", "y_reg"), ("p", "p_reg")],
                with_decoded(
                    &decode,
                    cut(&picked, &unit),
                    column("sh_w"),
                    column("dec_w"),
                ),
            );
            let got = icarus(&v, &unit_ports, &all, &staged);
            let want: Vec<Vec<u128>> = picked
                .iter()
                .map(|r| {
                    let out = golden_learning(&LearnOperands::of(r), &cfg, &f);
                    out.iter().map(|&x| bits64(x)).collect()
                })
                .collect();
            same(
                &format!("{name}: learning unit, {kind}"),
                &picked,
                &got,
                &want,
            );
        }
        // SIG's lane against the golden rules (`learning_signal`, `modulated_signal`).
        use golden::fixed::learning::{learning_signal, modulated_signal};
        // Two stages: a first evaluation's `lp` (L psi), `sat` (L's clamp) and `blp` (the
        // bound's product) feed the second's registers, as the tile's do.
        let sig = columns(true);
        let mut sig_in: Vec<Port> = sig.iter().map(|&k| LEARN_INPUTS[k]).collect();
        sig_in.extend([Port("lp_reg", 64), Port("sat_reg", 1), Port("blp_reg", 64)]);
        let sv = verilog_of(hdl::sig_lane::SigLane::new(&cfg, &f), |b| {
            for p in [
                &mut b.b,
                &mut b.e,
                &mut b.acc,
                &mut b.psi,
                &mut b.lp_reg,
                &mut b.blp_reg,
            ] {
                p.connect();
            }
            b.sat_reg.connect();
        });
        let sig_rows: Vec<Vec<u128>> = cut(&vectors, &sig)
            .into_iter()
            .map(|mut r| {
                r.extend([0, 0, 0]);
                r
            })
            .collect();
        let staged = with_registered(
            &sv,
            &sig_in,
            &[("lp", "lp_reg"), ("sat", "sat_reg"), ("blp", "blp_reg")],
            sig_rows,
        );
        let twin_m = |r: &Vec<u128>| {
            let l = learning_signal(&f, r[2] as u64 as i64);
            modulated_signal(&cfg, l, r[3] as u64 as i64 as i32)
        };
        // Coverage by the contract, not by the lane's own `sat`: L differs from the shifted sum.
        let saturated = staged
            .iter()
            .filter(|r| {
                let acc = r[2] as u64 as i64;
                learning_signal(&f, acc) as i64 != acc >> f.signal_shift
            })
            .count();
        assert!(
            saturated > 0 && saturated < staged.len(),
            "{name}: the rows must draw saturated and unsaturated L ({saturated} saturated)"
        );
        let sig_out = [Port("prod", 64), Port("l", 64), Port("m", 64)];
        judge(
            &format!("{name}: learning-signal lane"),
            &sv,
            &sig_in,
            &sig_out,
            &staged,
            |r| {
                let prod =
                    sign_extend(r[0] as u64, w.weight_bits) * sign_extend(r[1] as u64, ERROR_BITS);
                let l = learning_signal(&f, r[2] as u64 as i64);
                vec![bits64(prod), bits64(l as i64), bits64(twin_m(r) as i64)]
            },
        );
        // m from the registers alone: the next token's sum and psi stand at the inputs.
        judge_second_stage(
            &format!("{name}: learning-signal lane, m from its registers"),
            &sv,
            &sig_in,
            &[Port("m", 64)],
            &staged,
            &["b", "e", "acc", "psi"],
            |r| vec![bits64(twin_m(r) as i64)],
        );
    }
}

/// One learning lane (`pass_lane.rs`) against the golden per-synapse rules
/// (`golden::fixed::learning::{delay_gradient, weight_update, delay_update}`, which `learn_step`
/// applies; m in the signal or, for RUPD's rows, the error range): random operands over their
/// ranges and the extremes, every configuration, the
/// shifts the host may set (the formats' and any of 0..=32); AXON's rows (hi = D - 1, the draw
/// given rotated) against `axonal_update`; a lane whose delay update uses the draw unrotated is
/// caught. The shifts and the updates are two stages (the tile registers the shifted updates
/// between them): a first evaluation's `yw`, `yd` feed the second's `yw_reg`, `yd_reg`. The
/// totals' addend `q_wide` sign-extends stage 4's registered q (`q_reg`), drawn on its own.
#[test]
fn learning_lane_equals_the_golden_synapse_rules() {
    use golden::fixed::learning::{axonal_update, delay_gradient, delay_update, weight_update};
    use hdl::pass_lane::PassLane;
    let mut rng = SplitMix64::new(17);
    let inputs = [
        Port("m", 64),
        Port("w_q", 64),
        Port("eta", 64),
        Port("eps", 64),
        Port("xt_reg", 64),
        Port("w", 64),
        Port("r", 32),
        Port("sh_w", 8),
        Port("g", 64),
        Port("mean", 64),
        Port("d", 64),
        Port("hi", 64),
        Port("sh_d", 8),
        Port("mw_reg", 64),
        Port("gm_reg", 64),
        Port("yw_reg", 64),
        Port("yd_reg", 64),
        Port("w_reg", 64),
        // sh_w's and sh_d's decodes as the tile registers them with the shifts (`with_decoded`).
        Port("dec_w", 128),
        Port("dec_d", 128),
        // Stage 4's registered q, which the totals add (another value than this row's q, so
        // that a total from the unregistered product is caught).
        Port("q_reg", 64),
        // The clip's margin d - hi - 1, as the tile registers it with d and hi.
        Port("dh", 64),
    ];
    let outputs = [
        Port("q", 64),
        Port("q_wide", 128),
        Port("xt", 64),
        Port("w_next", 64),
        Port("d_next", 64),
        Port("mw", 64),
        Port("w_word", 64),
        Port("gm", 64),
    ];
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        let g_bits = RegisterBits::new(&cfg, &f).g_minus_mean();
        let lane = PassLane::new(&cfg, &f, g_bits);
        let (decode_w, decode_d) = lane.decoders();
        let (decode_w, decode_d) = (
            verilog_of(decode_w, |b| b.shift.connect()),
            verilog_of(decode_d, |b| b.shift.connect()),
        );
        let v = verilog_of(lane, |b| {
            for p in [
                &mut b.m,
                &mut b.w_q,
                &mut b.w_reg,
                &mut b.mw_reg,
                &mut b.eta,
                &mut b.q_reg,
                &mut b.eps,
                &mut b.xt_reg,
                &mut b.w,
                &mut b.g,
                &mut b.mean,
                &mut b.gm_reg,
                &mut b.yw_reg,
                &mut b.yd_reg,
                &mut b.d,
                &mut b.hi,
                &mut b.dh,
            ] {
                p.connect();
            }
            b.r.connect();
            b.sh_w.connect();
            b.sh_d.connect();
            b.dec_w.connect();
            b.dec_d.connect();
        });
        let signed = |bits: u32| (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        let raw = |x: i64, bits: u32| x & ((1i64 << bits) - 1);
        let (w_lo, w_hi) = signed(w.weight_bits);
        let (g_lo, g_hi) = signed(g_bits - 1);
        let shifts = [f.sr_w, f.sr_d];
        let vectors: Vec<Vec<u128>> = (0..RANDOM)
            .map(|_| {
                // m_j (PASS1, PASS2) or e_k (RUPD: the same product and weight update; q is
                // PASS1's only, so these rows take W = 0 for it).
                let rupd_row = rng.below(2) == 1;
                let m = if !rupd_row {
                    within(f.l_min as i64, f.l_max as i64, &mut rng)
                } else {
                    within(
                        -(1 << (ERROR_BITS - 1)),
                        (1 << (ERROR_BITS - 1)) - 1,
                        &mut rng,
                    )
                };
                let eps = within(0, f.eps_max as i64, &mut rng);
                let mut shift = || {
                    if rng.below(2) == 0 {
                        shifts[rng.below(2) as usize] as u128
                    } else {
                        rng.below(33) as u128
                    }
                };
                let (sh_w, sh_d) = (shift(), shift());
                // g and the mean anywhere in range, or (half the rows) close to each other, so
                // that the rounding, not the clip, decides the delay update.
                let g = within(g_lo, g_hi, &mut rng);
                let mean = if rng.below(2) == 0 {
                    within(g_lo, g_hi, &mut rng)
                } else {
                    (g - within(-(1 << 20), 1 << 20, &mut rng)).clamp(g_lo, g_hi)
                };
                let w_q = if rupd_row {
                    0
                } else {
                    raw(within(w_lo, w_hi, &mut rng), w.weight_bits)
                };
                vec![
                    bits64(m),
                    bits64(w_q),
                    bits64(raw(
                        within(f.eta_min as i64, f.eta_max as i64, &mut rng),
                        w.trace_bits,
                    )),
                    bits64(eps),
                    // m eps as the tile registers it a stage earlier (the lane's `xt`).
                    bits64(m * eps),
                    bits64(raw(within(w_lo, w_hi, &mut rng), w.weight_bits)),
                    u128::from(rng.next_u64() as u32),
                    sh_w,
                    bits64(g),
                    bits64(mean),
                    bits64(within(0, f.delay_max as i64, &mut rng)),
                    // hi: a synapse's path bound, or (a quarter of the rows) AXON's D - 1.
                    bits64(if rng.below(4) == 0 {
                        f.delay_max as i64
                    } else {
                        within(0, f.delay_max as i64, &mut rng)
                    }),
                    sh_d,
                    // m W as the tile registers it a stage earlier (the lane's `mw`).
                    bits64(m * sign_extend(w_q as u64, w.weight_bits)),
                    // g - mean as the tile registers it a stage earlier (the lane's `gm`).
                    bits64(g - mean),
                    // The shifted updates, from the lane's `yw` and `yd` (`with_registered`).
                    0,
                    0,
                    // PASS1 stage 1's W, which stage 2's m W takes (another weight than w_q,
                    // so that m W from the wrong one is caught; 0 in RUPD's rows, as w_q, since
                    // their m is an output error, wider than the product takes).
                    if rupd_row {
                        0
                    } else {
                        raw(within(w_lo, w_hi, &mut rng), w.weight_bits) as u128
                    },
                    0,
                    0,
                    bits64(rng.next_u64() as i64),
                    0,
                ]
            })
            .map(|mut row| {
                row[21] = bits64(row[10] as i64 - row[11] as i64 - 1);
                row
            })
            .collect();
        let vectors = with_decoded(&decode_w, vectors, 7, 18);
        let vectors = with_decoded(&decode_d, vectors, 12, 19);
        let shifted = [("yw", "yw_reg"), ("yd", "yd_reg")];
        let vectors = with_registered(&v, &inputs, &shifted, vectors);
        let twin = |r: &Vec<u128>| {
            let s = |k: usize| r[k] as u64 as i64;
            let mut fr = f.clone();
            fr.sr_w = r[7] as u32;
            fr.sr_d = r[12] as u32;
            let weight = |k: usize| sign_extend(r[k] as u64, w.weight_bits) as i32;
            let eta = sign_extend(r[2] as u64, w.trace_bits) as i32;
            let q = delay_gradient(s(0), weight(1), eta);
            let w_next = weight_update(&fr, fr.sr_w, s(0), s(3) as i32, r[6] as u32, weight(5));
            let d_next = if s(11) == f.delay_max as i64 {
                // AXON's rows (hi = D - 1; a synapse with A_s = 0 has that bound too, and there
                // `delay_update` and `axonal_update` agree). AXON feeds the draw rotated by 16
                // bits (`learn_lanes.rs`).
                let mut fa = f.clone();
                fa.sr_a = r[12] as u32;
                let draw = (r[6] as u32).rotate_left(16);
                axonal_update(&fa, s(8), s(9), draw, s(10) as i32)
            } else {
                delay_update(&fr, s(8), s(9), r[6] as u32, s(10) as i32, s(11))
            };
            vec![
                bits64(q),
                (s(20) as i128) as u128,
                bits64(s(0) * s(3)),
                bits64(w_next as i64),
                bits64(d_next as i64),
                bits64(s(0) * weight(17) as i64),
                r[1],
                bits64(s(8) - s(9)),
            ]
        };
        judge(
            &format!("{name}: learning lane"),
            &v,
            &inputs,
            &outputs,
            &vectors,
            twin,
        );
        // An unrotated draw in the delay update is reported.
        let faulty = v.replacen("sr_d$r = (r << 32'h10) | (r >> 32'h10);", "sr_d$r = r;", 1);
        assert_ne!(faulty, v, "the fault must be put in");
        let staged = with_registered(&faulty, &inputs, &shifted, vectors.clone());
        let got = icarus(&faulty, &inputs, &outputs, &staged);
        let want: Vec<Vec<u128>> = staged.iter().map(twin).collect();
        let caught =
            std::panic::catch_unwind(|| same("faulty learning lane", &vectors, &got, &want));
        assert!(
            caught.is_err(),
            "{name}: an unrotated draw must be reported"
        );
    }
}

/// Compares the outputs a clocked test expects (`u128::MAX`: not checked) with Icarus' rows;
/// returns how many it checked.
fn expected_outputs<W: AsRef<[u128]>>(
    what: &str,
    vectors: &[Vec<u128>],
    got: &[Vec<u128>],
    want: &[W],
) -> usize {
    let mut checked = 0;
    for ((r, g), w) in vectors.iter().zip(got).zip(want) {
        for (k, &x) in w.as_ref().iter().enumerate() {
            if x != u128::MAX {
                assert_eq!(g[k], x, "{what} output {k}, inputs {r:x?}");
                checked += 1;
            }
        }
    }
    checked
}

/// One bank of a banked memory (`bank.rs`): it takes only the writes addressed to it (writes
/// to other banks interleaved, at the same addresses), hands every read's word to the tile a
/// cycle later, and passes the chain on (OR-ed with its word when it was the bank selected with
/// the read, unchanged otherwise), against a model of the bank as an array.
#[test]
fn bank_takes_its_writes_and_answers_through_the_chain() {
    use hdl::bank::Bank;
    let mut rng = SplitMix64::new(16);
    for (bits, entries, lanes, index) in [(8u32, 40u64, 4u64, 2u64), (13, 17, 16, 15), (5, 9, 2, 0)]
    {
        let v = verilog_of(Bank::new(index as u32, bits, entries), |b| {
            b.clock.connect();
            b.read_address.connect();
            b.write_address.connect();
            b.write_bank.connect();
            b.write_data.connect();
            b.write.connect();
            b.lane_write.connect();
            b.read_bank.connect();
            b.chain_in.connect();
        });
        let inputs = [
            Port("clock", 1),
            Port("read_address", 32),
            Port("write_address", 32),
            Port("write_bank", 8),
            Port("write_data", 64),
            Port("write", 1),
            Port("lane_write", 1),
            Port("read_bank", 8),
            Port("chain_in", 64),
        ];
        let outputs = [Port("word", 64), Port("chain_out", 64)];
        let mask = (1u64 << bits) - 1;
        let mut model = vec![None::<u64>; entries as usize];
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut cycle = |row: &[u128], before: [u128; 2]| {
            let mut r = row.to_vec();
            r[0] = 0;
            vectors.push(r.clone());
            want.push(before);
            r[0] = 1;
            vectors.push(r);
            want.push([u128::MAX; 2]);
        };
        // Writes: to this bank or to another one, at random addresses and data; or the lane's
        // own write (`lane_write`, whatever bank the port names).
        for _ in 0..3 * entries {
            let mut row = vec![0u128; inputs.len()];
            let a = rng.below(entries);
            let (mine, lane) = match rng.below(3) {
                0 => (true, false),
                1 => (false, false),
                _ => (true, true),
            };
            let bank = if mine && !lane {
                index
            } else {
                (index + 1 + rng.below(lanes - 1)) % lanes
            };
            let data = rng.next_u64();
            row[2] = a as u128;
            row[3] = bank as u128;
            row[4] = data as u128;
            row[5] = u128::from(!lane);
            row[6] = u128::from(lane);
            cycle(&row, [u128::MAX; 2]);
            if mine {
                model[a as usize] = Some(data & mask);
            }
        }
        // Reads of every written entry, this bank selected or not; the word and the chain a
        // cycle later.
        let written: Vec<u64> = (0..entries)
            .filter(|&a| model[a as usize].is_some())
            .collect();
        assert!(written.len() > 2);
        for &a in &written {
            let selected = rng.below(2) == 0;
            let mut row = vec![0u128; inputs.len()];
            row[1] = a as u128;
            row[7] = if selected { index } else { (index + 1) % lanes } as u128;
            cycle(&row, [u128::MAX; 2]);
            let chain = u128::from(rng.next_u64());
            let mut row = vec![0u128; inputs.len()];
            row[8] = chain;
            let word = u128::from(model[a as usize].unwrap());
            let out = if selected { chain | word } else { chain };
            cycle(&row, [word, out]);
        }
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("bank {index} of {lanes}"), &vectors, &got, &want);
        assert_eq!(checked, 2 * written.len(), "bank {index} of {lanes}");
    }
}

/// A memory (`ram.rs`) returns its stored word a cycle after a read, the old one when the
/// write in the same cycle is to another address; a read and a write of one address in one
/// cycle (a collision, undefined on the FPGA, whose read the tile never uses) returns the old
/// word inverted in simulation, so a tile that used one would fail its co-simulation; and
/// Yosys (which defines `SYNTHESIS`) is told not to emulate collisions. Against a model of the
/// memory as an array. The same for a memory whose read address is registered
/// (`Memory::address_registered`), whose collision marks the new word inverted.
#[test]
fn memory_reads_its_words_and_marks_a_collision() {
    use hdl::ram::Memory;
    let mut rng = SplitMix64::new(17);
    let shapes = [(8u32, 24u64), (36, 5), (64, 16)];
    for (registered, (width, depth)) in [false, true]
        .into_iter()
        .flat_map(|r| shapes.map(|s| (r, s)))
    {
        let memory = if registered {
            Memory::address_registered(width, depth)
        } else {
            Memory::new(width, depth)
        };
        let v = verilog_of(memory, |m| {
            m.clock.connect();
            m.read_address.connect();
            m.write_address.connect();
            m.write_data.connect();
            m.write_enable.connect();
        });
        assert!(
            v.contains("(* no_rw_check *)"),
            "width {width}: no_rw_check"
        );
        let guarded = v
            .split("`ifndef SYNTHESIS")
            .nth(1)
            .and_then(|t| t.split("`endif").next());
        assert!(
            guarded.is_some_and(|t| t.contains("write_address") && t.contains("read_address")),
            "width {width}: the collision check must be hidden from synthesis"
        );
        let inputs = [
            Port("clock", 1),
            Port("read_address", 32),
            Port("write_address", 32),
            Port("write_data", 64),
            Port("write_enable", 1),
        ];
        let outputs = [Port("read_data", 64)];
        let mask = if width == 64 {
            u64::MAX
        } else {
            (1u64 << width) - 1
        };
        let mut model = vec![0u64; depth as usize];
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut cycle = |row: Vec<u128>, before: u128| {
            let mut r = row.clone();
            r[0] = 0;
            vectors.push(r);
            want.push([before]);
            let mut r = row;
            r[0] = 1;
            vectors.push(r);
            want.push([u128::MAX]);
        };
        // Fill every entry (reads of entry 0 meanwhile, not compared).
        for a in 0..depth {
            let data = rng.next_u64();
            cycle(vec![0, 0, a as u128, data as u128, 1], u128::MAX);
            model[a as usize] = data & mask;
        }
        let mut read = None::<u64>;
        let (mut collisions, mut clean) = (0, 0);
        for _ in 0..8 * depth {
            let r = rng.below(depth);
            let w = if rng.below(3) == 0 {
                r
            } else {
                rng.below(depth)
            };
            let write = rng.below(2) == 0;
            let data = rng.next_u64();
            let expect = read.map_or(u128::MAX, u128::from);
            cycle(
                vec![0, r as u128, w as u128, data as u128, u128::from(write)],
                expect,
            );
            let old = model[r as usize];
            read = Some(if write && r == w {
                collisions += 1;
                if registered {
                    (data & mask) ^ mask
                } else {
                    old ^ mask
                }
            } else {
                clean += 1;
                old
            });
            if write {
                model[w as usize] = data & mask;
            }
        }
        cycle(vec![0; 5], read.map_or(u128::MAX, u128::from));
        assert!(
            collisions > 2 && clean > 2,
            "width {width}: both kinds drawn"
        );
        // The fill's reads (not compared) see the array's power-up X.
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("memory {width} x {depth}"), &vectors, &got, &want);
        assert_eq!(checked as u64, 8 * depth, "memory {width} x {depth}");
    }
}

/// One synapse lane's Verilog (lane `index` of 4, H = 9) with every input a port.
fn syn_lane_verilog(cfg: &Config, acc_bits: u32, index: u32) -> String {
    use hdl::syn_lane::{LaneShape, SynLane};
    let lane = SynLane::new(LaneShape {
        index,
        weight_bits: cfg.widths.weight_bits,
        acc_bits,
        max_delay: cfg.network.max_delay,
        delay_frac: cfg.widths.delay_frac,
        hidden: 9,
        lanes: 4,
        current_bits: Formats::current_bits(cfg),
    });
    verilog_of(lane, |b| {
        b.clock.connect();
        b.wd.connect();
        b.axonal.connect();
        b.s2_valid.connect();
        b.first.connect();
        b.s3_word.connect();
        b.clear.connect();
        b.events.connect();
        b.s2_close.connect();
        b.t_slot.connect();
        b.buf_word.connect();
    })
}

/// One synapse lane (`syn_lane.rs`) against its golden twin (`golden::fixed::syn_lane`): after
/// a clear, a group's source tokens (stage 2: its synapse's weight and delay as the tile's
/// rotation hands them over, registered; stage 3: the tap and the sum) and its close token
/// (stage 3 takes the sum, stage 4 loads the hold, which the lane's LIF reads) give the twin's
/// current over a random active list, for a live lane and then, with no clear between, a lane
/// past the last neuron (which sums nothing: the close zeroed the sum); the hold keeps its
/// current until the next close; the tap pass never writes the current buffer.
#[test]
fn syn_lane_sums_its_neurons_current_like_golden() {
    use golden::fixed::syn_lane::lane_current;
    let mut rng = SplitMix64::new(17);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let nb = RegisterBits::new(&cfg, &f);
        let (s_n, d) = (cfg.sources(), cfg.network.max_delay);
        let index = 2u64;
        let wb = cfg.widths.weight_bits;
        let v = syn_lane_verilog(&cfg, nb.acc, index as u32);
        let inputs = [
            Port("clock", 1),
            Port("wd", 64),
            Port("axonal", 64),
            Port("s2_valid", 1),
            Port("first", 32),
            Port("s3_word", 64),
            Port("clear", 1),
            // The event pass's (off here: the tap pass).
            Port("events", 1),
            Port("s2_close", 1),
            Port("t_slot", 32),
            Port("buf_word", 64),
        ];
        let outputs = [Port("acc", 64), Port("buf_write", 1)];
        // The row's parameters (the golden side) and the history and axonal delays of a step.
        let wmask = (1u64 << wb) - 1;
        let limit = Formats::delay_limit(&cfg) as u64;
        let w: Vec<i32> = (0..s_n)
            .map(|_| sign_extend(rng.next_u64(), wb) as i32)
            .collect();
        let dl: Vec<u64> = (0..s_n).map(|_| rng.below(limit + 1)).collect();
        let a: Vec<u64> = (0..s_n).map(|_| rng.below(limit + 1)).collect();
        let hmask = if d == 64 { u64::MAX } else { (1u64 << d) - 1 };
        let hist: Vec<u64> = (0..s_n).map(|_| rng.next_u64() & hmask).collect();
        let taps: Vec<u8> = (0..s_n)
            .map(|s| {
                let path = (a[s] + dl[s]) as i32;
                tap_of(
                    path,
                    half_step(cfg.widths.delay_frac),
                    cfg.widths.delay_frac,
                    d as i32 - 1,
                ) as u8
            })
            .collect();
        let mut active: Vec<u32> = (0..s_n as u32).filter(|_| rng.below(3) == 0).collect();
        active.truncate(60);
        // The last token adds its weight (a spike at its tap) in the cycle before the close
        // token takes the sum: a lane that lost that add, or (adding a cycle late) carried it
        // into the next group, fails here.
        let mut hist = hist;
        if let Some(&last) = active.last() {
            hist[last as usize] |= 1 << taps[last as usize];
        }
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut cycle = |row: &[u128], after: u128| {
            let mut r = row.to_vec();
            r[0] = 0;
            vectors.push(r.clone());
            want.push([u128::MAX, 0]);
            r[0] = 1;
            vectors.push(r);
            want.push([after, 0]);
        };
        let zero = vec![0u128; inputs.len()];
        let mut row = zero.clone();
        row[6] = 1;
        cycle(&row, u128::MAX);
        // Neurons 7 (live: H = 9) and 10 (past the last).
        let hidden = 9u128;
        for first in [5u128, 8] {
            // One token a cycle, as the tile issues them: stage 2 of a token (the synapse's
            // weight and delay, high word; the axonal delay: the lane registers them) beside
            // stage 3 of the one before (the history word the tile registered; the tap must
            // come from the lane's registers), then the close token's stage 2 beside the last
            // token's stage 3.
            let mut previous: Option<usize> = None;
            for &s in &active {
                let s = s as usize;
                let mut row = zero.clone();
                row[1] = u128::from((dl[s] << 32) | (w[s] as u64 & wmask));
                row[2] = u128::from(a[s]);
                row[3] = 1;
                row[4] = first;
                if let Some(p) = previous {
                    row[5] = u128::from(hist[p]);
                }
                cycle(&row, u128::MAX);
                previous = Some(s);
            }
            let live = first + u128::from(index) < hidden;
            let current = if live {
                lane_current(&active, &w, &taps, &hist)
            } else {
                0
            };
            // The close token: stage 2, stage 3, then stage 4 loads the hold, which keeps it
            // while the next group's tokens run (stage 5 reads it).
            let mut row = zero.clone();
            row[8] = 1;
            row[4] = first;
            if let Some(p) = previous {
                row[5] = u128::from(hist[p]);
            }
            cycle(&row, u128::MAX);
            cycle(&zero, u128::MAX);
            cycle(&zero, bits64(current));
            cycle(&zero, bits64(current));
        }
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("{name}: syn lane"), &vectors, &got, &want);
        // The sums (two groups, each held a cycle) and the buffer's write enable at every half
        // cycle.
        assert_eq!(checked, 4 + vectors.len(), "{name}: {checked} checks");
    }
}

/// The synapse lane's event pass (`syn_lane.rs`) against its golden twin
/// (`golden::fixed::syn_lane::lane_events`): a step's events, one per cycle, each read its
/// neuron's buffer slot `t + tap` (mod D) in stage 3 and write it plus the weight back in stage
/// 5; a collect token then takes slot t into the sum (stage 4) and writes 0. The test plays the
/// lane's block RAM: each read returns what the slot holds, which lacks the write of the token
/// before (it lands after the read), and where the token two before writes the slot at the
/// read's edge, the inverted old word (as the simulators do; the lane must take their sums).
/// Taps from a narrow range make such pairs common. Every address, write and the collected sum
/// are checked; a lane past the last neuron writes nothing.
#[test]
fn syn_lane_event_pass_matches_golden() {
    use golden::fixed::syn_lane::lane_events;
    let mut rng = SplitMix64::new(23);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let nb = RegisterBits::new(&cfg, &f);
        let (s_n, d) = (cfg.sources(), cfg.network.max_delay);
        let (index, lanes) = (2u64, 4u64);
        let (wb, cb) = (cfg.widths.weight_bits, Formats::current_bits(&cfg));
        let frac = cfg.widths.delay_frac;
        let v = syn_lane_verilog(&cfg, nb.acc, index as u32);
        let names = [
            "clock", "wd", "axonal", "s2_valid", "first", "s3_word", "clear", "events", "s2_close",
            "t_slot", "buf_word",
        ];
        let widths = [1, 64, 64, 1, 32, 64, 1, 1, 1, 32, 64];
        let inputs: Vec<Port> = names.iter().zip(widths).map(|(n, w)| Port(n, w)).collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let outputs = [
            Port("acc", 64),
            Port("buf_read_address", 32),
            Port("buf_write", 1),
            Port("buf_write_address", 32),
            Port("buf_write_data", 64),
        ];
        let wmask = (1u64 << wb) - 1;
        let one = 1u64 << frac;
        // Taps 0..3 (delays of whole steps plus a fraction below a half): slots repeat often.
        let w: Vec<i32> = (0..s_n)
            .map(|_| sign_extend(rng.next_u64(), wb) as i32)
            .collect();
        let dl: Vec<u64> = (0..s_n).map(|_| rng.below(3) * one).collect();
        let a: Vec<u64> = (0..s_n).map(|_| rng.below(2) * one).collect();
        let taps: Vec<u8> = (0..s_n)
            .map(|s| {
                let path = (a[s] + dl[s]) as i32;
                tap_of(path, half_step(frac), frac, d as i32 - 1) as u8
            })
            .collect();
        let events: Vec<u32> = (0..s_n as u32)
            .filter(|_| rng.below(3) == 0)
            .take(s_n / 2)
            .collect();
        let t = rng.below(1000) as usize;
        let cmask = (1u128 << cb) - 1;
        let word = |x: i64| (x as i128 as u128) & cmask;
        for first in [5u64, 8] {
            let live = first + index < 9;
            let row = ((first / lanes) * d as u64) as usize;
            // The lane's bank: its neuron's slots (random, as left by earlier steps).
            let mem: Vec<i64> = (0..(row + d))
                .map(|_| sign_extend(rng.next_u64(), cb - 3))
                .collect();
            let mut slots = mem[row..row + d].to_vec();
            let current = lane_events(&mut slots, &events, &w, &taps, t);
            let (mut vectors, mut want) = (Vec::new(), Vec::new());
            let none = [u128::MAX; 5];
            // Each cycle's outputs before its edge (stage 4's block RAM word is an input then)
            // and after it.
            let mut cycle = |r: &[u128], before: [u128; 5], after: [u128; 5]| {
                let mut r = r.to_vec();
                r[0] = 0;
                vectors.push(r.clone());
                want.push(before);
                r[0] = 1;
                vectors.push(r);
                want.push(after);
            };
            let mut zero = vec![0u128; inputs.len()];
            zero[at("events")] = 1;
            zero[at("t_slot")] = (t % d) as u128;
            let mut r = zero.clone();
            r[at("clear")] = 1;
            cycle(&r, none, none);
            // Token k: stage 2's inputs before edge k; stage 3 (its read address) after edge k,
            // the bank latching the read at edge k + 1; stage 4 (the bank's word in) before edge
            // k + 2; stage 5 (its write out) before edge k + 3, which writes it. The collect
            // token after the events.
            let addr = |k: usize| match events.get(k) {
                Some(&s) => row + (t + taps[s as usize] as usize) % d,
                None => row + t % d,
            };
            let n = events.len() + 1;
            // Each token's write as the contract orders them (`truth`: every earlier token's
            // write seen), and what the bank holds when token j's read is latched: the writes
            // of tokens up to j - 3; token j - 2's lands at that edge (a collision).
            let mut truth = mem.clone();
            let writes: Vec<(usize, i64)> = (0..n)
                .map(|i| {
                    let j = addr(i);
                    let new = match events.get(i) {
                        Some(&s) => truth[j] + w[s as usize] as i64,
                        None => 0,
                    };
                    truth[j] = new;
                    (j, new)
                })
                .collect();
            let bank_word = |j: usize| {
                let mut bank = mem.clone();
                for &(a, x) in writes.iter().take(j.saturating_sub(2)) {
                    bank[a] = x;
                }
                let collided = j >= 2 && writes[j - 2].0 == addr(j);
                if collided {
                    !word(bank[addr(j)]) & cmask
                } else {
                    word(bank[addr(j)])
                }
            };
            for k in 0..n + 3 {
                let mut r = zero.clone();
                let (mut before, mut after) = (none, none);
                if k < events.len() {
                    let s = events[k] as usize;
                    r[at("wd")] = u128::from((dl[s] << 32) | (w[s] as u64 & wmask));
                    r[at("axonal")] = u128::from(a[s]);
                    r[at("s2_valid")] = 1;
                    r[at("first")] = u128::from(first);
                } else if k == events.len() {
                    r[at("s2_close")] = 1;
                    r[at("first")] = u128::from(first);
                }
                if k < n && live {
                    after[1] = addr(k) as u128;
                }
                if (2..n + 2).contains(&k) {
                    r[at("buf_word")] = bank_word(k - 2);
                }
                if k >= 3 {
                    let (j, new) = writes[k - 3];
                    before[2] = u128::from(live);
                    if live {
                        before[3] = j as u128;
                        before[4] = bits64(new);
                    }
                }
                if k == n + 1 {
                    // The collected sum (the slot of step t, every event added) is the lane's.
                    after[0] = if live { bits64(current) } else { 0 };
                }
                cycle(&r, before, after);
            }
            if live {
                assert_eq!(
                    &truth[row..row + d],
                    &slots[..],
                    "{name}: the slots are golden's"
                );
            }
            let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
            let label = format!("{name}: syn lane events, first {first}");
            let checked = expected_outputs(&label, &vectors, &got, &want);
            let least = if live { 3 * events.len() } else { events.len() };
            assert!(checked > least, "{label}: {checked} checks");
        }
    }
}

/// One output lane (`out_lane.rs`) against its golden twin (`golden::fixed::out_lane`, the sum
/// the golden readout integrates): after a clear, a group's spiking-neuron tokens (stage 2: its
/// output's readout weight as the tile's rotation hands it over, the sum) and its close token
/// (the sum into the hold) for a live lane and then, with no clear between, a lane past the last
/// output (which sums nothing: the close zeroed the sum; its close, at the edge of a shift, wins
/// over it); a shift loads the next lane's hold.
#[test]
fn out_lane_sums_its_outputs_input_like_golden() {
    use golden::fixed::out_lane::lane_input;
    use hdl::out_lane::OutLane;
    let mut rng = SplitMix64::new(18);
    for (name, cfg) in configs() {
        let f = Formats::new(&cfg).unwrap();
        let nb = RegisterBits::new(&cfg, &f);
        let (h, wb) = (cfg.network.hidden, cfg.widths.weight_bits);
        let index = 5u64;
        let v = verilog_of(OutLane::new(index as u32, 8, wb, nb.acc), |b| {
            b.clock.connect();
            b.weight.connect();
            b.s2_valid.connect();
            b.first.connect();
            b.shift.connect();
            b.close.connect();
            b.clear.connect();
            b.acc_in.connect();
        });
        let inputs = [
            Port("clock", 1),
            Port("weight", 64),
            Port("s2_valid", 1),
            Port("first", 32),
            Port("shift", 1),
            Port("close", 1),
            Port("clear", 1),
            Port("acc_in", 64),
        ];
        let outputs = [Port("acc", 64)];
        let wmask = (1u64 << wb) - 1;
        let u: Vec<i32> = (0..h)
            .map(|_| sign_extend(rng.next_u64(), wb) as i32)
            .collect();
        let spikes: Vec<u32> = (0..h as u32).filter(|_| rng.below(2) == 0).collect();
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut cycle = |row: &[u128], after: [u128; 1]| {
            let mut r = row.to_vec();
            r[0] = 0;
            vectors.push(r.clone());
            want.push([u128::MAX; 1]);
            r[0] = 1;
            vectors.push(r);
            want.push(after);
        };
        let none = [u128::MAX; 1];
        let zero = vec![0u128; inputs.len()];
        let mut row = zero.clone();
        row[6] = 1;
        cycle(&row, none);
        // Outputs 5 (live: O = 8) and 8 (past the last).
        let count = 8u128;
        for first in [0u128, 3] {
            for &j in &spikes {
                let mut row = zero.clone();
                row[1] = u128::from(u[j as usize] as u64 & wmask);
                row[2] = 1;
                row[3] = first;
                cycle(&row, none);
            }
            let live = first + u128::from(index) < count;
            let sum = if live { lane_input(&spikes, &u) } else { 0 };
            // The close token (the second one at the edge of a shift, which loses).
            let mut row = zero.clone();
            row[5] = 1;
            row[4] = u128::from(first != 0);
            row[7] = 0x777;
            cycle(&row, [bits64(sum)]);
            cycle(&zero, [bits64(sum)]);
        }
        let mut row = zero.clone();
        row[4] = 1;
        row[7] = 0x777;
        cycle(&row, [0x777]);
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("{name}: out lane"), &vectors, &got, &want);
        assert_eq!(checked, 5, "{name}: {checked} checks");
    }
}

/// One history lane (`hist_lane.rs`) against its golden twin (`golden::fixed::hist_lane`, the
/// delay FIFO's push): the lane of sources `s mod 4 = 1` takes its sources' history words,
/// input and hidden spikes (every other group's as SYN's LIF lanes write them) and axonal delays
/// (writes to other banks interleaved), runs HIST's
/// groups, and then holds the pushed words, the consumed input spikes and its list of the
/// sources that can deliver a spike (ascending; its length read as the host reads it, its
/// entries by the host's index and by SYN's running index past the latched start).
#[test]
fn hist_lane_pushes_and_lists_its_sources_like_golden() {
    use golden::fixed::hist_lane::{delivers, lane_list};
    use hdl::hist_lane::{HistLane, HistShape};
    let mut rng = SplitMix64::new(19);
    // Each configuration with the tap pass's list and with the event pass's (`events`).
    let runs = configs()
        .into_iter()
        .flat_map(|c| [(c.clone(), false), (c, true)]);
    for ((name, cfg), events) in runs {
        let (lanes, index) = (4u64, 1u64);
        let (s_n, n_in, d) = (
            cfg.sources() as u64,
            cfg.network.inputs as u64,
            cfg.network.max_delay,
        );
        let frac = cfg.widths.delay_frac;
        let groups = s_n.div_ceil(lanes);
        let synaptic = cfg.network.delay_mode.has_synaptic();
        let spike_rows = (n_in + cfg.network.hidden as u64).div_ceil(lanes) - n_in / lanes;
        let v = verilog_of(
            HistLane::new(HistShape {
                index: index as u32,
                lanes: lanes as u32,
                inputs: n_in as u32,
                sources: s_n as u32,
                max_delay: d,
                delay_frac: frac,
                delay_bits: Formats::delay_bits(&cfg),
                source_entries: groups,
                input_entries: n_in.div_ceil(lanes),
                spike_entries: spike_rows,
                axonal_entries: groups,
                index_bits: golden::memory::index_bits(s_n),
                synaptic,
                // Both read forms (`ram.rs`): the same contract.
                registered: [events; 4],
            }),
            |b| {
                b.clock.connect();
                b.read_source.connect();
                b.write_source.connect();
                b.write_data.connect();
                b.h_write.connect();
                b.a_write.connect();
                b.a_lane.connect();
                b.a_data.connect();
                b.in_write.connect();
                b.sp_write.connect();
                b.h_chain_in.connect();
                b.a_chain_in.connect();
                b.in_chain_in.connect();
                b.sp_chain_in.connect();
                b.hist_wb.connect();
                b.group.connect();
                b.hist_clear.connect();
                b.clear_all.connect();
                b.clear_address.connect();
                b.syn.connect();
                b.act_idx.connect();
                b.act_count.connect();
                b.act_chain_in.connect();
                b.latch.connect();
                b.events.connect();
                b.sp_lanes.connect();
                b.sp_bit.connect();
                b.sp_live.connect();
                b.sp_group.connect();
                b.start_in.connect();
                b.span1_in.connect();
                b.span2_in.connect();
                b.span3_in.connect();
                b.span4_in.connect();
            },
        );
        let names = [
            "clock",
            "read_source",
            "write_source",
            "write_data",
            "h_write",
            "a_write",
            "in_write",
            "sp_write",
            "h_chain_in",
            "a_chain_in",
            "in_chain_in",
            "sp_chain_in",
            "hist_wb",
            "group",
            "hist_clear",
            "clear_all",
            "clear_address",
            "syn",
            "act_idx",
            "act_count",
            "act_chain_in",
            "latch",
            "start_in",
            "span1_in",
            "span2_in",
            "span3_in",
            "span4_in",
            "a_lane",
            "a_data",
            "events",
            "sp_lanes",
            "sp_bit",
            "sp_live",
            "sp_group",
        ];
        let widths = [
            1, 32, 32, 64, 1, 1, 1, 1, 64, 64, 64, 64, 1, 32, 1, 1, 32, 1, 32, 1, 64, 1, 32, 32,
            32, 32, 32, 1, 64, 1, 1, 1, 1, 32,
        ];
        let inputs: Vec<Port> = names.iter().zip(widths).map(|(n, w)| Port(n, w)).collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let outputs = [
            Port("h_chain_out", 64),
            Port("a_chain_out", 64),
            Port("in_chain_out", 64),
            Port("act_chain_out", 64),
            Port("start_out", 32),
            Port("span0_out", 32),
            Port("span1_out", 32),
            Port("span2_out", 32),
            Port("span3_out", 32),
            Port("a_word", 64),
            Port("h_word", 64),
        ];
        // The golden sources of this lane and their state.
        let hmask = if d == 64 { u64::MAX } else { (1u64 << d) - 1 };
        let limit = Formats::delay_limit(&cfg) as u64;
        let mine: Vec<u64> = (0..s_n).filter(|s| s % lanes == index).collect();
        let word: Vec<u64> = (0..s_n)
            .map(|_| rng.next_u64() & hmask & rng.next_u64())
            .collect();
        let spike: Vec<bool> = (0..s_n).map(|_| rng.below(3) == 0).collect();
        let axonal: Vec<u64> = (0..s_n).map(|_| rng.below(limit + 1)).collect();
        let mut fifo = GoldenDelayFifo::new(s_n as usize, d);
        fifo.hist.copy_from_slice(&word);
        let mut active = Vec::new();
        for s in 0..s_n as usize {
            fifo.push(s, spike[s]);
            let tap = tap_of(axonal[s] as i32, half_step(frac), frac, d as i32 - 1) as usize;
            let listed = if events {
                fifo.hist[s] & 1 == 1
            } else {
                delivers(fifo.hist[s], tap, synaptic)
            };
            if listed {
                active.push(s as u32);
            }
        }
        let list = lane_list(&active, index as u32, lanes as u32);
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let none = [u128::MAX; 11];
        let mut cycle = |row: &[u128], before: [u128; 11]| {
            let mut r = row.to_vec();
            r[0] = 0;
            vectors.push(r.clone());
            want.push(before);
            r[0] = 1;
            vectors.push(r);
            want.push(none);
        };
        let mut zero = vec![0u128; inputs.len()];
        zero[at("events")] = u128::from(events);
        // The host's writes: this lane's sources, each after a write into another bank; the
        // hidden spikes of every other group g = j div L instead as SYN's LIF lanes write them
        // (after a write of the opposite bit by a lane past the last neuron, which is none).
        for &s in &mine {
            let (is_in, j) = (s < n_in, s.saturating_sub(n_in));
            if !is_in && (j / lanes) % 2 == 0 {
                let mut row = zero.clone();
                row[at("sp_lanes")] = 1;
                row[at("sp_group")] = u128::from(j / lanes);
                row[at("sp_bit")] = u128::from(!spike[s as usize]);
                cycle(&row, none);
                row[at("sp_bit")] = u128::from(spike[s as usize]);
                row[at("sp_live")] = 1;
                cycle(&row, none);
            }
            for (en, value) in [
                ("h_write", u128::from(word[s as usize])),
                ("a_write", u128::from(axonal[s as usize])),
                (
                    if is_in { "in_write" } else { "sp_write" },
                    u128::from(spike[s as usize]),
                ),
            ] {
                if en == "sp_write" && (j / lanes) % 2 == 0 {
                    continue;
                }
                let target = if en == "sp_write" { n_in + j } else { s };
                let mut row = zero.clone();
                row[at(en)] = 1;
                row[at("write_source")] = u128::from(target + 1 + rng.below(lanes - 1));
                row[at("write_data")] = u128::from(rng.next_u64());
                cycle(&row, none);
                row[at("write_source")] = u128::from(target);
                row[at("write_data")] = value;
                cycle(&row, none);
            }
        }
        // HIST: the list emptied, then every group as the tile issues them: the read two cycles
        // before its write-back (the lane registers the words between), beside the previous
        // group's write-back.
        // Group 0's read beside the list's clear (read_source 0), as in the STEP command's cycle.
        let mut row = zero.clone();
        row[at("hist_clear")] = 1;
        cycle(&row, none);
        for t in 0..=groups {
            let mut row = zero.clone();
            if t + 1 < groups {
                row[at("read_source")] = u128::from((t + 1) * lanes);
            }
            if t > 0 {
                row[at("hist_wb")] = 1;
                row[at("group")] = u128::from(t - 1);
            }
            cycle(&row, none);
        }
        // The start latched (7 entries in the lanes below); the length; the prefix tree's
        // spans, each its own plus the one it is given (1, 2, 4, 8 entries: one bit each).
        let mut row = zero.clone();
        row[at("latch")] = 1;
        row[at("start_in")] = 7;
        cycle(&row, none);
        let mut row = zero.clone();
        row[at("act_idx")] = u128::from(golden::memory::ACTIVE_COUNT | index);
        row[at("act_count")] = 1;
        for (k, port) in ["span1_in", "span2_in", "span3_in", "span4_in"]
            .iter()
            .enumerate()
        {
            row[at(port)] = 1 << k;
        }
        let len = list.len() as u128;
        let mut spans = [u128::MAX; 11];
        spans[4] = len + 15;
        spans[5] = len;
        spans[6] = len + 1;
        spans[7] = len + 3;
        spans[8] = len + 7;
        cycle(&row, spans);
        let mut length = none;
        length[3] = len;
        cycle(&zero, length);
        // The entries: by the host's index, then by SYN's (one below the start and one past the
        // end: not this lane's).
        for (e, &s) in list.iter().enumerate() {
            let mut row = zero.clone();
            row[at("act_idx")] = (e as u128) * u128::from(lanes) + u128::from(index);
            cycle(&row, none);
            let mut entry = none;
            entry[3] = u128::from(s);
            cycle(&zero, entry);
        }
        for n in 6..8 + list.len() as u128 {
            let mut row = zero.clone();
            row[at("syn")] = 1;
            row[at("act_idx")] = n;
            cycle(&row, none);
            let chain = u128::from(rng.next_u64() & 0xFFFF_0000_0000);
            let mut row = zero.clone();
            row[at("act_chain_in")] = chain;
            let entry = match (n as usize).checked_sub(7).and_then(|e| list.get(e)) {
                Some(&s) => u128::from(s),
                None => 0,
            };
            let mut read = none;
            read[3] = chain | entry;
            cycle(&row, read);
        }
        // AXON's write-back: each group's row takes this lane's new delay (a_lane), whatever
        // the façade's source.
        let mut axonal = axonal.clone();
        for &s in &mine {
            axonal[s as usize] = rng.below(limit + 1);
            let mut row = zero.clone();
            row[at("a_lane")] = 1;
            row[at("group")] = u128::from(s / lanes);
            row[at("a_data")] = u128::from(axonal[s as usize]);
            row[at("write_source")] = u128::from(rng.below(s_n));
            cycle(&row, none);
        }
        // The pushed words, the delays (AXON's), the input spikes consumed.
        for &s in &mine {
            let mut row = zero.clone();
            row[at("read_source")] = u128::from(s);
            cycle(&row, none);
            let consumed = if s < n_in { 0 } else { u128::MAX };
            let mut kept = none;
            kept[..3].copy_from_slice(&[
                u128::from(fifo.hist[s as usize]),
                u128::from(axonal[s as usize]),
                consumed,
            ]);
            // The lane's own words: the delay and the history of the row read.
            kept[9] = u128::from(axonal[s as usize]);
            kept[10] = u128::from(fifo.hist[s as usize]);
            cycle(&zero, kept);
            // The same row read by its group's first source (TRACE, PASS): still this lane's.
            let mut row = zero.clone();
            row[at("read_source")] = u128::from(s - index);
            cycle(&row, none);
            let mut own = none;
            own[9] = u128::from(axonal[s as usize]);
            own[10] = u128::from(fifo.hist[s as usize]);
            cycle(&zero, own);
        }
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(
            &format!("{name} (events {events}): hist lane"),
            &vectors,
            &got,
            &want,
        );
        assert!(
            checked >= 2 * mine.len() + list.len(),
            "{name}: {checked} checks"
        );
        assert!(!list.is_empty(), "{name}: the lane listed nothing");
    }
}

/// One LIF lane (`lif_lane.rs`) against its golden twin (`golden::fixed::lif_lane`): close
/// tokens back to back (one per cycle, as in a step where no source is active), each of a
/// random group, live or past the last neuron, with a random membrane, readout trace and
/// current: the bank row it reads in stage 3; in stage 5 the new membrane and zeta (written
/// only for a live lane, at the row); in stage 6 psi and the spike (none past the last
/// neuron). The operands come in the stages the tile gives them (the banks' words in stage 4,
/// the synapse lane's hold in stage 5), so a stage out of step is caught.
#[test]
fn lif_lane_updates_its_neuron_like_golden() {
    use golden::fixed::lif_lane::lane_update;
    use hdl::lif_lane::LifLane;
    let mut rng = SplitMix64::new(29);
    for (name, mut cfg) in configs() {
        cfg.hardware.lanes = 4;
        let f = Formats::new(&cfg).unwrap();
        let w = &cfg.widths;
        let (index, hidden) = (2u32, cfg.network.hidden as u64);
        let current_bits = w.membrane_bits + 4;
        let v = verilog_of(LifLane::new(&cfg, &f, index, current_bits, 16), |b| {
            b.clock.connect();
            b.s2_close.connect();
            b.first.connect();
            b.v_word.connect();
            b.z_word.connect();
            b.current.connect();
        });
        let names = ["clock", "s2_close", "first", "v_word", "z_word", "current"];
        let inputs: Vec<Port> = names
            .iter()
            .zip([1, 1, 32, 64, 64, 64])
            .map(|(n, w)| Port(n, w))
            .collect();
        let outs = [
            "row3", "v_next", "z_next", "row5", "write5", "psi6", "spike6", "row6", "write6",
        ];
        let outputs: Vec<Port> = outs
            .iter()
            .zip([32, 64, 64, 32, 1, 64, 1, 32, 1])
            .map(|(n, w)| Port(n, w))
            .collect();
        // Tokens: group (its first neuron a multiple of 4, the last groups' lane 2 past H),
        // membrane, zeta, current; some cycles without a token.
        let vmask = (1u64 << w.membrane_bits) - 1;
        let tokens: Vec<Option<(u64, i64, i64, i64)>> = (0..RANDOM)
            .map(|_| {
                (rng.below(5) != 0).then(|| {
                    let first = 4 * rng.below(hidden.div_ceil(4) + 1);
                    let v = sign_extend(rng.next_u64(), w.membrane_bits);
                    let z = rng.below(f.eps_max as u64 + 1) as i64;
                    let c = match rng.below(3) {
                        0 => sign_extend(rng.next_u64(), current_bits),
                        _ => rng.below(64) as i64 - 32,
                    };
                    (first, v, z, c)
                })
            })
            .collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let out = |n: &str| outs.iter().position(|x| *x == n).unwrap();
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut spikes = 0;
        for n in 0..tokens.len() + 5 {
            let token = |k: usize| {
                n.checked_sub(k)
                    .and_then(|i| tokens.get(i).copied().flatten())
            };
            let mut row = vec![0u128; names.len()];
            if let Some((first, ..)) = token(0) {
                row[at("s2_close")] = 1;
                row[at("first")] = u128::from(first);
            }
            if let Some((_, v, z, _)) = token(2) {
                row[at("v_word")] = u128::from(v as u64 & vmask);
                row[at("z_word")] = z as u128;
            }
            if let Some((.., c)) = token(3) {
                row[at("current")] = bits64(c);
            }
            // Before the edge: stage 3's row, stage 5's update, stage 6's psi and spike.
            let mut before = [u128::MAX; 9];
            if let Some((first, ..)) = token(1) {
                before[out("row3")] = u128::from(first / 4);
            }
            let live = |first: u64| first + u64::from(index) < hidden;
            if let Some((first, v, z, c)) = token(3) {
                before[out("row5")] = u128::from(first / 4);
                before[out("write5")] = u128::from(live(first));
                if live(first) {
                    let (o, zeta) = lane_update(v as i32, z as i32, c, cfg.network.reset, &f);
                    before[out("v_next")] = bits64(o.v as i64);
                    before[out("z_next")] = zeta as u128;
                }
            } else if n >= 3 {
                // (Once the stage's registers have been written since power-up.)
                before[out("write5")] = 0;
            }
            if let Some((first, v, z, c)) = token(4) {
                let (o, _) = lane_update(v as i32, z as i32, c, cfg.network.reset, &f);
                before[out("row6")] = u128::from(first / 4);
                before[out("write6")] = u128::from(live(first));
                before[out("spike6")] = u128::from(live(first) && o.spike);
                spikes += usize::from(live(first) && o.spike);
                if live(first) {
                    before[out("psi6")] = o.psi as u128;
                }
            } else if n >= 4 {
                before[out("write6")] = 0;
                before[out("spike6")] = 0;
            }
            row[at("clock")] = 0;
            vectors.push(row.clone());
            want.push(before);
            row[at("clock")] = 1;
            vectors.push(row);
            want.push([u128::MAX; 9]);
        }
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("{name}: LIF lane"), &vectors, &got, &want);
        assert!(checked > 6 * RANDOM, "{name}: {checked} checks");
        assert!(spikes > 0, "{name}: some live tokens spike");
    }
}

/// The spike list (`spike_list.rs`) against its golden twin (`golden::fixed::spike_list`):
/// at L = 1, 4 and 8, a step's groups append their spikes (random masks, back to back, the
/// count as the tile's register holds it), the new count checked each time; then every entry
/// is read back through the banks' chain (a cycle after its address), ascending; and the host
/// writes an entry and reads it back.
#[test]
fn spike_list_appends_groups_like_golden() {
    use golden::fixed::spike_list::append;
    use hdl::spike_list::SpikeList;
    let mut rng = SplitMix64::new(31);
    for lanes in [1u64, 4, 8] {
        let (hidden, bits) = (100u64, 7u32);
        let groups = hidden.div_ceil(lanes);
        let v = verilog_of(SpikeList::new(lanes as u32, bits, groups), |b| {
            b.clock.connect();
            b.append.connect();
            b.spikes.connect();
            b.first.connect();
            b.count.connect();
            b.read_address.connect();
            b.write_address.connect();
            b.write_data.connect();
            b.write.connect();
        });
        let names = [
            "clock",
            "append",
            "spikes",
            "first",
            "count",
            "read_address",
            "write_address",
            "write_data",
            "write",
        ];
        let inputs: Vec<Port> = names
            .iter()
            .zip([1, 1, 64, 64, 32, 32, 32, 64, 1])
            .map(|(n, w)| Port(n, w))
            .collect();
        let outputs = [Port("count_next", 32), Port("read_data", 64)];
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let (mut vectors, mut want) = (Vec::new(), Vec::new());
        let mut cycle = |row: &[u128], before: [u128; 2]| {
            let mut r = row.to_vec();
            r[0] = 0;
            vectors.push(r.clone());
            want.push(before);
            r[0] = 1;
            vectors.push(r);
            want.push([u128::MAX; 2]);
        };
        let zero = vec![0u128; names.len()];
        let mut list = Vec::new();
        for g in 0..groups {
            let live = (hidden - g * lanes).min(lanes);
            // Sparse and dense groups, and the empty one.
            let density = rng.below(4);
            let mask = (0..live)
                .filter(|_| rng.below(4) < density)
                .fold(0u64, |m, k| m | 1 << k);
            let mut row = zero.clone();
            row[at("append")] = 1;
            row[at("spikes")] = u128::from(mask);
            row[at("first")] = u128::from(g * lanes);
            row[at("count")] = list.len() as u128;
            append(&mut list, (g * lanes) as u32, mask);
            cycle(&row, [list.len() as u128, u128::MAX]);
        }
        assert!(list.len() > 10, "L = {lanes}: {} spikes", list.len());
        for p in 0..=list.len() {
            let mut row = zero.clone();
            row[at("read_address")] = p as u128;
            // Entry p - 1, read a cycle ago.
            let before = match p.checked_sub(1) {
                Some(q) => [u128::MAX, u128::from(list[q])],
                None => [u128::MAX; 2],
            };
            cycle(&row, before);
        }
        // The host's write, between two others into the neighbouring entries' banks.
        let p = rng.below(list.len() as u64 / 2) as u128;
        for (q, x) in [(p + 1, 0x55), (p, 0x2a), (p + lanes as u128 - 1, 0x11)] {
            let mut row = zero.clone();
            row[at("write")] = 1;
            row[at("write_address")] = q;
            row[at("write_data")] = x;
            cycle(&row, [u128::MAX; 2]);
        }
        let mut row = zero.clone();
        row[at("read_address")] = p;
        cycle(&row, [u128::MAX; 2]);
        let expect = if lanes == 1 { 0x11 } else { 0x2a };
        cycle(&zero, [u128::MAX, expect]);
        let got = icarus_with(&v, &inputs, &outputs, &vectors, true);
        let checked = expected_outputs(&format!("L = {lanes}: spike list"), &vectors, &got, &want);
        assert_eq!(checked, groups as usize + list.len() + 1, "L = {lanes}");
    }
}
