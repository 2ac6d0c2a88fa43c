//! Event-driven simulators settle on the generated Verilog: in every combinational block
//! (`always @(*)`), each output port and each input of a combinational child is assigned at most
//! once on every path through the block. A default followed by an override (`y = a; if (c) y =
//! b;`) makes a transient value that wakes the blocks reading it; two such blocks reading each
//! other's transients wake each other forever under Icarus (issue 13: the top's `learn$hi` and
//! the learning unit's `d_next`). Locals and the inputs of clocked children (registers, memories:
//! they only look at the clock edge) may be assigned several times, and so may a child's inputs
//! that only its clocked blocks read (a memory whose read is combinational behind a registered
//! address still samples its write port at the edge). ARCHITECTURE.md states the rule for new
//! blocks.

use golden::config::Config;
use hdl::generate::{board_verilog, tile_verilog};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One module of the generated text.
struct Module {
    name: String,
    outputs: BTreeSet<String>,
    inputs: BTreeSet<String>,
    /// Holds combinational logic (an `always @(*)` or a continuous assignment).
    combinational: bool,
    /// Its inputs named on a line outside its clocked blocks and its declarations.
    comb_inputs: BTreeSet<String>,
    /// (module, instance) of each child.
    children: Vec<(String, String)>,
    /// The lines of its multi-line `always @(*) begin ... end` block, if any.
    comb_block: Vec<String>,
}

/// The last identifier of a port declaration (`output reg  [63:0] y;` -> `y`).
fn declared(line: &str) -> String {
    let l = line.trim().trim_end_matches(';');
    l.rsplit(' ').next().unwrap().to_string()
}

fn modules(verilog: &str) -> Vec<Module> {
    let mut out = Vec::new();
    let mut lines = verilog.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("module ") else {
            continue;
        };
        let mut m = Module {
            name: rest.split('(').next().unwrap().to_string(),
            outputs: BTreeSet::new(),
            inputs: BTreeSet::new(),
            combinational: false,
            comb_inputs: BTreeSet::new(),
            children: Vec::new(),
            comb_block: Vec::new(),
        };
        let mut mentioned = Vec::new();
        while let Some(line) = lines.next() {
            let t = line.trim();
            if t.starts_with("endmodule") {
                break;
            }
            if t.starts_with("always @(posedge") {
                // A clocked block: its reads wait for the edge.
                if t.ends_with("begin") {
                    let end = format!("{}end", &line[..line.len() - t.len()]);
                    for body in lines.by_ref() {
                        if body == end {
                            break;
                        }
                    }
                }
                continue;
            }
            if !(t.starts_with("input ") || t.starts_with("output ")) {
                mentioned.push(t.to_string());
            }
            if t.starts_with("output ") {
                m.outputs.insert(declared(t));
            } else if t.starts_with("input ") {
                m.inputs.insert(declared(t));
            } else if t.starts_with("assign ") || t.starts_with("always @(*)") {
                m.combinational = true;
            }
            if t.starts_with("top") && t.ends_with('(') {
                let mut words = t.trim_end_matches('(').split(' ');
                let module = words.next().unwrap().to_string();
                m.children.push((module, words.next().unwrap().to_string()));
            }
            if t == "always @(*) begin" {
                let end = format!("{}end", &line[..line.len() - t.len()]);
                for body in lines.by_ref() {
                    if body == end {
                        break;
                    }
                    m.comb_block.push(body.trim().to_string());
                    mentioned.push(body.trim().to_string());
                }
            }
        }
        m.comb_inputs = m
            .inputs
            .iter()
            .filter(|p| mentioned.iter().any(|l| names(l, p)))
            .cloned()
            .collect();
        out.push(m);
    }
    out
}

/// Whether `line` names the identifier `name` (not as part of a longer one).
fn names(line: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    line.match_indices(name).any(|(k, _)| {
        let before = line[..k].chars().next_back();
        let after = line[k + name.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Per signal, the most assignments on any one path through `lines[*i..]` up to a line in
/// `stop` (left at `*i`).
fn most_per_path(lines: &[String], i: &mut usize, stop: &[&str]) -> BTreeMap<String, usize> {
    let mut count = BTreeMap::new();
    let add = |count: &mut BTreeMap<String, usize>, c: BTreeMap<String, usize>| {
        for (k, v) in c {
            *count.entry(k).or_insert(0) += v;
        }
    };
    let max_of = |branches: Vec<BTreeMap<String, usize>>| {
        let mut m = BTreeMap::new();
        for b in branches {
            for (k, v) in b {
                let e = m.entry(k).or_insert(0);
                *e = (*e).max(v);
            }
        }
        m
    };
    while *i < lines.len() {
        let l = lines[*i].as_str();
        if stop.contains(&l) {
            return count;
        }
        if l.starts_with("if (") && l.ends_with("begin") {
            // An if / else if / else chain: one branch runs.
            let mut branches = Vec::new();
            loop {
                *i += 1;
                branches.push(most_per_path(lines, i, &["end"]));
                *i += 1;
                let next = lines.get(*i).map_or("", String::as_str);
                if next.starts_with("else if (") || next == "else begin" {
                    continue;
                }
                break;
            }
            add(&mut count, max_of(branches));
        } else if l.starts_with("case (") {
            *i += 1;
            let mut branches = Vec::new();
            while lines[*i] != "endcase" {
                assert!(
                    lines[*i].ends_with(':'),
                    "unexpected `{}` in a case",
                    lines[*i]
                );
                assert_eq!(lines[*i + 1], "begin", "a case arm without begin");
                *i += 2;
                branches.push(most_per_path(lines, i, &["end"]));
                *i += 1;
            }
            *i += 1;
            add(&mut count, max_of(branches));
        } else if let Some((lhs, _)) = l.split_once(" = ") {
            let target = lhs.split('[').next().unwrap().to_string();
            assert!(
                target
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '$'),
                "not an assignment: `{l}`"
            );
            add(&mut count, BTreeMap::from([(target, 1)]));
            *i += 1;
        } else {
            assert!(l.is_empty() || l.starts_with("//"), "unexpected line `{l}`");
            *i += 1;
        }
    }
    count
}

/// Every signal assigned more than once on some path of a combinational block although
/// another combinational block reads it: `module: signal (n times)`.
fn violations(verilog: &str) -> Vec<String> {
    let mods = modules(verilog);
    let by_name: BTreeMap<&str, &Module> = mods.iter().map(|m| (m.name.as_str(), m)).collect();
    let mut out = Vec::new();
    for m in &mods {
        if m.comb_block.is_empty() {
            continue;
        }
        let mut watched = m.outputs.clone();
        for (module, instance) in &m.children {
            let child = by_name[module.as_str()];
            if child.combinational {
                watched.extend(child.comb_inputs.iter().map(|p| format!("{instance}${p}")));
            }
        }
        let counts = most_per_path(&m.comb_block, &mut 0, &[]);
        for (signal, n) in counts {
            if n > 1 && watched.contains(&signal) {
                out.push(format!("{}: {signal} ({n} times)", m.name));
            }
        }
    }
    out
}

fn config(text: &str) -> Config {
    Config::from_toml_str(text, "test").unwrap()
}

/// The reference tile, a small tile of every delay mode (recurrent), one without the learning
/// unit, and the board top (tile + UART bridge).
#[test]
fn every_combinational_output_is_assigned_once_per_evaluation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let reference = Config::load(&root.join("configs/reference.toml")).unwrap();
    let mut texts = vec![("reference".to_string(), tile_verilog(&reference).unwrap())];
    for mode in ["none", "axonal", "synaptic", "both"] {
        let cfg = config(&format!(
            "[network]\ninputs = 5\nhidden = 4\noutputs = 3\ndelay_mode = \"{mode}\"\n\
             max_delay = 8\n[data]\ndt_ms = 10.0\nmax_time_s = 1.4\npool = 140\n"
        ));
        texts.push((mode.to_string(), tile_verilog(&cfg).unwrap()));
    }
    // Four synapse lanes: the lanes' inputs and chains.
    let mut lanes = reference.clone();
    lanes.hardware.lanes = 4;
    texts.push(("4 lanes".into(), tile_verilog(&lanes).unwrap()));
    let mut inference_only = reference.clone();
    inference_only.hardware.learning_unit = false;
    texts.push((
        "inference-only".into(),
        tile_verilog(&inference_only).unwrap(),
    ));
    texts.push((
        "board top".into(),
        board_verilog(&inference_only, 12_000_000, 115_200).unwrap(),
    ));
    for (name, v) in &texts {
        let found = violations(v);
        assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
        // The check saw the blocks it is about.
        assert!(v.contains("always @(*) begin"), "{name}");
    }
}

/// The check fails on the pattern it exists for (issue 13's two blocks, reduced), and accepts
/// the same logic written with one assignment per path.
#[test]
fn a_default_then_override_of_a_read_signal_is_caught() {
    let child = "\
module top$learn(hi,d_next);
    input wire  [63:0] hi;
    output reg  [63:0] d_next;
    always @(*) begin
        d_next = 64'h0;
        if (hi > 64'h3) begin
            d_next = hi;
        end
    end
endmodule // top$learn
";
    let parent = |body: &str| {
        format!(
            "\
module top(a,y);
    input wire  [63:0] a;
    output reg  [63:0] y;
    reg  [63:0] t;
    top$learn learn(
        .hi(learn$hi),
        .d_next(learn$d_next)
    );
    always @(*) begin
{body}
    end
endmodule // top
{child}"
        )
    };
    let bad = parent(
        "        learn$hi = 64'h1;\n        if (a[0]) begin\n            learn$hi = a;\n        end\n        y = learn$d_next;",
    );
    assert_eq!(
        violations(&bad),
        vec!["top: learn$hi (2 times)", "top$learn: d_next (2 times)"]
    );
    let good = parent(
        "        t = 64'h1;\n        if (a[0]) begin\n            t = a;\n        end\n        if (a[1]) begin\n            learn$hi = a;\n        end\n        else begin\n            learn$hi = t;\n        end\n        y = learn$d_next;",
    )
    .replace(
        "        d_next = 64'h0;\n        if (hi > 64'h3) begin\n            d_next = hi;\n        end",
        "        if (hi > 64'h3) begin\n            d_next = hi;\n        end\n        else begin\n            d_next = 64'h0;\n        end",
    );
    assert_eq!(violations(&good), Vec::<String>::new());
    // A child's input that only its clocked block reads may take a default and an override
    // (a memory's write port behind a combinational read); read by a combinational line too,
    // it is caught.
    let clocked = "\
module top$learn(clock,hi,d_next);
    input wire  clock;
    input wire  [63:0] hi;
    output reg  [63:0] d_next;
    reg  [63:0] held;
    always @(posedge clock) begin
        held <= hi;
    end
    always @(*) d_next = held;
endmodule // top$learn
";
    let with_clocked = bad.replace(child, clocked);
    assert_eq!(violations(&with_clocked), Vec::<String>::new());
    let read_too = with_clocked.replace("d_next = held;", "d_next = held ^ hi;");
    assert_eq!(violations(&read_too), vec!["top: learn$hi (2 times)"]);
}
