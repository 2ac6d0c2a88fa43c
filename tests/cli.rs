//! Integration tests of the `delaytile` binary: configuration errors, training and evaluation on
//! a tiny SHD-format file written here, data mismatches, damaged parameter files.

use golden::config::Config;
use golden::paramfile::{self, Stored};
use golden::params::Kind;
use golden::rng::SplitMix64;
use golden::shd::{self, ShdWrite};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_delaytile");

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn ok(&self) -> &Self {
        assert_eq!(
            self.code,
            Some(0),
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts a clean failure (exit code 1, no panic) whose message mentions every needle.
    fn fails_with(&self, needles: &[&str]) -> &Self {
        assert_eq!(
            self.code,
            Some(1),
            "expected exit code 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(
            !self.stderr.contains("panicked"),
            "the binary panicked:\n{}",
            self.stderr
        );
        assert!(self.stderr.starts_with("error: "), "{}", self.stderr);
        for n in needles {
            assert!(
                self.stderr.contains(n),
                "stderr does not mention {n:?}:\n{}",
                self.stderr
            );
        }
        self
    }
}

impl Run {
    /// Asserts that clap refused the command line (exit code 2, no panic), naming every needle.
    fn usage_error(&self, needles: &[&str]) -> &Self {
        assert_eq!(
            self.code,
            Some(2),
            "expected a usage error\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        for n in needles {
            assert!(
                self.stderr.contains(n),
                "stderr does not mention {n:?}:\n{}",
                self.stderr
            );
        }
        self
    }
}

fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Run {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// A small network; `network.inputs` is left at the reference value (140) on purpose and set
/// with `--set` to the 4 channels the binning gives (700 units pooled by 175).
const SMALL_CONFIG: &str = r#"
[network]
hidden = 12
outputs = 3
recurrent = false
delay_mode = "axonal"
max_delay = 8

[data]
dt_ms = 10.0
max_time_s = 0.3
pool = 175

[train]
shuffle_seed = 3
"#;

const INPUTS_SET: &str = "network.inputs=4";

/// `n` samples of 28 steps of 10 ms with labels `i % classes`: each step, the pooled channel
/// `label % 3` fires with probability 0.6 and every other channel (3 is never a class channel)
/// with probability 0.3. Separable by which channel fires most, but not at a glance: the
/// untrained tile is at chance and learning takes a few epochs.
fn separable(n: usize, classes: usize, seed: u64) -> Vec<shd::Sample> {
    let mut rng = SplitMix64::new(seed);
    (0..n)
        .map(|i| {
            let label = i % classes;
            let (mut times, mut units) = (Vec::new(), Vec::new());
            for step in 0..28 {
                // Mid-bin, and exact enough in float16 to stay in its 10 ms bin.
                let t = step as f32 * 0.01 + 0.005;
                for ch in 0..4 {
                    let p = if ch == label % 3 { 0.6 } else { 0.3 };
                    if rng.next_f64() < p {
                        times.push(t);
                        units.push((ch * 175 + rng.below(175) as usize) as u16);
                    }
                }
            }
            shd::Sample {
                times,
                units,
                label: label as u16,
                speaker: None,
            }
        })
        .collect()
}

fn write_shd(path: &Path, samples: &[shd::Sample], classes: usize) {
    let keys: Vec<String> = (0..classes).map(|c| format!("class{c}")).collect();
    shd::write(
        path,
        &ShdWrite {
            samples,
            keys: &keys,
        },
    )
    .unwrap();
}

struct Fixture {
    dir: TempDir,
    config: PathBuf,
    train: PathBuf,
    test: PathBuf,
}

fn fixture() -> Fixture {
    let dir = TempDir::new().unwrap();
    let config = dir.path().join("small.toml");
    std::fs::write(&config, SMALL_CONFIG).unwrap();
    let train = dir.path().join("train.h5");
    write_shd(&train, &separable(30, 3, 1), 3);
    let test = dir.path().join("test.h5");
    write_shd(&test, &separable(30, 3, 2), 3);
    Fixture {
        dir,
        config,
        train,
        test,
    }
}

/// The files a run left in `dir` (none if it does not exist).
fn files_in(dir: &Path) -> Vec<String> {
    match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn train_args(f: &Fixture, out: &Path, extra: &[&str]) -> Vec<String> {
    let mut a: Vec<String> = vec![
        "train".into(),
        "--config".into(),
        s(&f.config),
        "--train".into(),
        s(&f.train),
        "--set".into(),
        INPUTS_SET.into(),
        "--out".into(),
        s(out),
    ];
    a.extend(extra.iter().map(|x| x.to_string()));
    a
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

// ------------------------------------------------------------------ config

#[test]
fn config_prints_the_reference_configuration() {
    let r = run(&["config"]);
    r.ok();
    let cfg = Config::from_toml_str(&r.stdout, "stdout").unwrap();
    assert_eq!(cfg, Config::default());

    let dir = TempDir::new().unwrap();
    let out = dir.path().join("ref.toml");
    run(&["config", "--out", &s(&out)]).ok();
    assert_eq!(Config::load(&out).unwrap(), Config::default());
    assert_eq!(files_in(dir.path()), vec!["ref.toml".to_string()]);
}

#[test]
fn a_bad_config_field_names_the_field_and_value() {
    let f = fixture();
    let bad = f.dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        SMALL_CONFIG.replace("[train]", "[neuron]\nalpha = 1.5\n\n[train]"),
    )
    .unwrap();
    let out = f.dir.path().join("out");
    let mut args = train_args(&f, &out, &[]);
    args[2] = s(&bad);
    run(&args).fails_with(&["neuron.alpha", "1.5", "bad.toml"]);
    assert!(files_in(&out).is_empty());

    // The same through --set, and a value out of range for an integer field.
    run(&train_args(&f, &out, &["--set", "neuron.alpha=1.5"])).fails_with(&["neuron.alpha", "1.5"]);
    run(&train_args(&f, &out, &["--set", "network.hidden=0"])).fails_with(&["network.hidden", "0"]);
    run(&train_args(&f, &out, &["--epochs", "0"])).fails_with(&["train.epochs", "0"]);

    // An unknown field in the file is named too.
    std::fs::write(
        &bad,
        SMALL_CONFIG.replace("hidden = 12", "hidden = 12\nhiden = 3"),
    )
    .unwrap();
    run(&args).fails_with(&["hiden"]);
    // A missing config file is named.
    args[2] = s(&f.dir.path().join("nope.toml"));
    run(&args).fails_with(&["nope.toml"]);
}

#[test]
fn an_unknown_set_key_is_named() {
    let f = fixture();
    let out = f.dir.path().join("out");
    run(&train_args(&f, &out, &["--set", "network.bogus=3"])).fails_with(&["network.bogus"]);
    run(&train_args(&f, &out, &["--set", "nosuch.key=1"])).fails_with(&["nosuch"]);
    run(&train_args(&f, &out, &["--set", "network.hidden"])).fails_with(&["SECTION.KEY=VALUE"]);
    run(&train_args(&f, &out, &["--set", "network.hidden=many"]))
        .fails_with(&["network.hidden=many", "an integer"]);
    run(&train_args(
        &f,
        &out,
        &["--set", "network.delay_mode=sideways"],
    ))
    .fails_with(&["sideways"]);
    assert!(files_in(&out).is_empty());
}

// ------------------------------------------------------------------ train and eval

#[test]
fn train_then_eval_gives_the_same_accuracy() {
    let f = fixture();
    let out = f.dir.path().join("run");
    let r = run(&train_args(
        &f,
        &out,
        &["--test", &s(&f.test), "--epochs", "3"],
    ));
    r.ok();
    assert!(r.stdout.contains("final test accuracy"), "{}", r.stdout);
    let mut names = files_in(&out);
    names.sort();
    assert_eq!(
        names,
        vec!["params.dtp", "results.json"],
        "only the outputs"
    );

    let res = read_json(&out.join("results.json"));
    assert_eq!(res["command"], "train");
    assert_eq!(res["model"], "fixed");
    assert_eq!(res["config"]["network"]["inputs"], 4);
    assert_eq!(res["config"]["network"]["hidden"], 12);
    assert_eq!(res["config"]["train"]["epochs"], 3);
    assert_eq!(res["train_samples"], 30);
    assert_eq!(res["test_samples"], 30);
    assert_eq!(
        res["classes"],
        serde_json::json!(["class0", "class1", "class2"])
    );
    let epochs = res["epochs"].as_array().unwrap();
    assert_eq!(epochs.len(), 3);
    for (i, e) in epochs.iter().enumerate() {
        assert_eq!(e["epoch"], i + 1);
        let tr = e["train_accuracy"].as_f64().unwrap();
        let te = e["test_accuracy"].as_f64().unwrap();
        assert!(
            (0.0..=1.0).contains(&tr) && (0.0..=1.0).contains(&te),
            "{e}"
        );
        assert!(e["seconds"].as_f64().unwrap() >= 0.0);
    }
    let final_acc = epochs[2]["test_accuracy"].as_f64().unwrap();
    assert_eq!(res["final_test"]["accuracy"].as_f64().unwrap(), final_acc);
    let conf: Vec<Vec<u64>> =
        serde_json::from_value(res["final_test"]["confusion"].clone()).unwrap();
    assert_eq!(conf.len(), 3);
    assert!(conf.iter().all(|row| row.len() == 3));
    assert_eq!(conf.iter().flatten().sum::<u64>(), 30);
    assert_eq!(
        (0..3).map(|i| conf[i][i]).sum::<u64>() as f64 / 30.0,
        final_acc
    );
    // The tile learned: from chance (1/3) after the first epoch to well above it, but (with
    // this noise, after three epochs) not perfect, so that the comparison with eval below is
    // not a comparison of two 1.0s.
    let first_acc = epochs[0]["test_accuracy"].as_f64().unwrap();
    assert!(
        final_acc >= 0.6 && final_acc > first_acc,
        "test accuracy {first_acc} after epoch 1, {final_acc} after epoch 3"
    );
    assert!(final_acc < 1.0, "final test accuracy {final_acc}");

    // Parameter counts and bits, by memory.
    let mems = res["parameters"]["memories"].as_array().unwrap();
    let by_name = |n: &str| {
        mems.iter()
            .find(|m| m["kind"] == n)
            .unwrap_or_else(|| panic!("{n}"))
    };
    assert_eq!(by_name("weights")["count"], 12 * 4);
    assert_eq!(by_name("weights")["bits"], 12 * 4 * 8);
    assert_eq!(by_name("axonal_delays")["count"], 4);
    assert_eq!(by_name("axonal_delays")["bits"], 4 * (3 + 3)); // log2(8) + delay_frac 3
    assert_eq!(by_name("synaptic_delays")["count"], 0);
    assert_eq!(by_name("readout_weights")["count"], 3 * 12);
    assert_eq!(by_name("readout_biases")["count"], 3);
    assert_eq!(by_name("feedback_weights")["count"], 0);
    let total: u64 = mems.iter().map(|m| m["bits"].as_u64().unwrap()).sum();
    assert_eq!(res["parameters"]["total_bits"].as_u64().unwrap(), total);
    assert!(res["wall_time_s"].as_f64().unwrap() >= 0.0);

    // The parameter file loads, with the configuration it was trained with.
    let (cfg, stored) = paramfile::load(&out.join("params.dtp")).unwrap();
    assert_eq!(cfg.network.inputs, 4);
    assert_eq!(cfg.network.hidden, 12);
    assert_eq!(cfg.data.pool, 175);
    let Stored::Fixed(p) = &stored else {
        panic!("expected fixed-point parameters")
    };
    assert_eq!(p.w.len(), 48);
    assert_eq!(p.a.len(), 4);
    let sizes = p.sizes(&cfg);
    assert_eq!(sizes[0].0, Kind::Weight);
    assert_eq!(sizes[0].1, 48);

    // eval with those parameters on the test file: the same accuracy and confusion matrix.
    let eval_json = f.dir.path().join("eval.json");
    let r = run(&[
        "eval",
        "--params",
        &s(&out.join("params.dtp")),
        "--data",
        &s(&f.test),
        "--out",
        &s(&eval_json),
    ]);
    r.ok();
    assert!(
        r.stdout.contains(&format!("accuracy: {final_acc:.4}")),
        "{}",
        r.stdout
    );
    let ev = read_json(&eval_json);
    assert_eq!(ev["command"], "eval");
    assert_eq!(ev["model"], "fixed");
    assert_eq!(ev["accuracy"].as_f64().unwrap(), final_acc);
    assert_eq!(ev["confusion"], res["final_test"]["confusion"]);
    assert_eq!(ev["samples"], 30);
    assert_eq!(ev["config"], res["config"]);
}

#[test]
fn train_without_test_file_and_float_model() {
    let f = fixture();
    let out = f.dir.path().join("float");
    run(&train_args(
        &f,
        &out,
        &["--model", "float", "--epochs", "2"],
    ))
    .ok();
    let res = read_json(&out.join("results.json"));
    assert_eq!(res["model"], "float");
    assert!(res["final_test"].is_null());
    assert!(res["epochs"][1]["test_accuracy"].is_null());
    // Constant rates by default.
    let d = Config::default().learning;
    assert_eq!(res["epochs"][0]["lr_log2"]["w"], d.lr_w_log2);
    assert_eq!(res["epochs"][1]["lr_log2"]["w"], d.lr_w_log2);
    let (_, stored) = paramfile::load(&out.join("params.dtp")).unwrap();
    assert!(matches!(stored, Stored::Float(_)));

    // Float parameters evaluate with the float model; eval on the training file.
    let r = run(&[
        "eval",
        "--params",
        &s(&out.join("params.dtp")),
        "--data",
        &s(&f.train),
    ]);
    r.ok();
    assert!(r.stdout.contains("float model"), "{}", r.stdout);
}

#[test]
fn annealing_halves_the_rates_every_n_epochs() {
    let f = fixture();
    let out = f.dir.path().join("anneal");
    run(&train_args(
        &f,
        &out,
        &["--epochs", "3", "--set", "train.anneal_every=2"],
    ))
    .ok();
    let res = read_json(&out.join("results.json"));
    let d = Config::default().learning;
    let lr = |e: usize, k: &str| res["epochs"][e]["lr_log2"][k].as_i64().unwrap();
    assert_eq!(lr(0, "w"), d.lr_w_log2 as i64);
    assert_eq!(lr(1, "u"), d.lr_u_log2 as i64);
    assert_eq!(lr(2, "w"), d.lr_w_log2 as i64 - 1);
    assert_eq!(lr(2, "a"), d.lr_a_log2 as i64 - 1);
}

#[test]
fn the_same_run_twice_gives_the_same_parameters() {
    let f = fixture();
    let (a, b) = (f.dir.path().join("a"), f.dir.path().join("b"));
    run(&train_args(&f, &a, &["--epochs", "2"])).ok();
    run(&train_args(&f, &b, &["--epochs", "2"])).ok();
    assert_eq!(
        paramfile::load(&a.join("params.dtp")).unwrap(),
        paramfile::load(&b.join("params.dtp")).unwrap()
    );
    // A different shuffle seed gives a different order, hence (almost surely) other parameters.
    let c = f.dir.path().join("c");
    run(&train_args(
        &f,
        &c,
        &["--epochs", "2", "--set", "train.shuffle_seed=99"],
    ))
    .ok();
    assert_ne!(
        paramfile::load(&a.join("params.dtp")).unwrap().1,
        paramfile::load(&c.join("params.dtp")).unwrap().1
    );
}

// ------------------------------------------------------------------ data mismatches

#[test]
fn channel_count_mismatch_is_a_clear_error_and_writes_nothing() {
    let f = fixture();
    let out = f.dir.path().join("out");
    let mut args = train_args(&f, &out, &["--test", &s(&f.test)]);
    args[6] = "network.inputs=5".into();
    run(&args).fails_with(&[
        "train.h5",
        "network.inputs = 5",
        "4 input channels",
        "data.pool = 175",
    ]);
    assert!(!out.join("results.json").exists() && !out.join("params.dtp").exists());
    assert!(files_in(&out).is_empty(), "{:?}", files_in(&out));
}

#[test]
fn label_out_of_range_is_a_clear_error_and_writes_nothing() {
    let f = fixture();
    let four = f.dir.path().join("four.h5");
    write_shd(&four, &separable(12, 4, 5), 4);
    let out = f.dir.path().join("out");

    // In the training file.
    let mut args = train_args(&f, &out, &[]);
    args[4] = s(&four);
    run(&args).fails_with(&["four.h5", "sample 3", "label 3", "network.outputs = 3"]);
    assert!(files_in(&out).is_empty(), "{:?}", files_in(&out));

    // In the test file: caught before training, nothing written either.
    run(&train_args(&f, &out, &["--test", &s(&four)])).fails_with(&[
        "four.h5",
        "label 3",
        "network.outputs = 3",
    ]);
    assert!(!out.join("results.json").exists() && !out.join("params.dtp").exists());

    // And for eval, against the configuration stored in the parameter file.
    let good = f.dir.path().join("good");
    run(&train_args(&f, &good, &[])).ok();
    let eval_json = f.dir.path().join("e.json");
    run(&[
        "eval",
        "--params",
        &s(&good.join("params.dtp")),
        "--data",
        &s(&four),
        "--out",
        &s(&eval_json),
    ])
    .fails_with(&["four.h5", "label 3"]);
    assert!(!eval_json.exists());
}

#[test]
fn missing_or_broken_data_files_are_named() {
    let f = fixture();
    let out = f.dir.path().join("out");
    let mut args = train_args(&f, &out, &[]);
    args[4] = s(&f.dir.path().join("absent.h5"));
    run(&args).fails_with(&["absent.h5"]);
    let junk = f.dir.path().join("junk.h5");
    std::fs::write(&junk, b"not hdf5 at all").unwrap();
    args[4] = s(&junk);
    run(&args).fails_with(&["junk.h5"]);
    assert!(files_in(&out).is_empty());
}

// ------------------------------------------------------------------ damaged parameter files

#[test]
fn a_truncated_or_corrupted_params_file_is_a_clear_error() {
    let f = fixture();
    let out = f.dir.path().join("run");
    run(&train_args(&f, &out, &[])).ok();
    let bytes = std::fs::read(out.join("params.dtp")).unwrap();

    let cut = f.dir.path().join("cut.dtp");
    let eval_json = f.dir.path().join("e.json");
    for len in [0, 5, 12, 40, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&cut, &bytes[..len]).unwrap();
        run(&[
            "eval",
            "--params",
            &s(&cut),
            "--data",
            &s(&f.test),
            "--out",
            &s(&eval_json),
        ])
        .fails_with(&["cut.dtp", "truncated"]);
        assert!(!eval_json.exists());
    }

    let mut flipped = bytes.clone();
    let i = bytes.len() - 20; // inside the last memory's values
    flipped[i] ^= 0x04;
    let bad = f.dir.path().join("flipped.dtp");
    std::fs::write(&bad, &flipped).unwrap();
    run(&["eval", "--params", &s(&bad), "--data", &s(&f.test)])
        .fails_with(&["flipped.dtp", "checksum"]);

    std::fs::write(&bad, b"PK\x03\x04 a zip file").unwrap();
    run(&["eval", "--params", &s(&bad), "--data", &s(&f.test)])
        .fails_with(&["flipped.dtp", "DTPARAMS"]);

    run(&[
        "eval",
        "--params",
        &s(&f.dir.path().join("none.dtp")),
        "--data",
        &s(&f.test),
    ])
    .fails_with(&["none.dtp"]);
}

// ------------------------------------------------------------------ bench

#[test]
fn bench_prints_figures() {
    let r = run(&["bench", "--samples", "1"]);
    r.ok();
    for needle in [
        "inference",
        "training",
        "samples/s",
        "synaptic events/s",
        "140 inputs",
        "128",
    ] {
        assert!(
            r.stdout.contains(needle),
            "{needle:?} missing:\n{}",
            r.stdout
        );
    }
    run(&["bench", "--samples", "0"]).usage_error(&["--samples", "0"]);
    run(&["bench", "--samples", "100000000000"]).usage_error(&["--samples", "100000"]);
}

/// `synth --seeds N` takes 1..=16 (seed 1 is the run itself); anything else is refused before
/// any tool runs.
#[test]
fn synth_refuses_a_seed_count_out_of_range() {
    for bad in ["0", "17", "x"] {
        run(&["synth", "--target", "ecp5-25k", "--seeds", bad]).usage_error(&["--seeds", bad]);
    }
}

// ------------------------------------------------------------------ report

/// `report` of the fixture's configuration and test file at 50 MHz with `sets` applied; its
/// JSON (written to `name` in the fixture's directory).
fn report_json(f: &Fixture, name: &str, sets: &[&str]) -> Value {
    let out = f.dir.path().join(name);
    let mut args = vec!["report".to_string(), "--config".into(), s(&f.config)];
    for set in std::iter::once(&INPUTS_SET).chain(sets) {
        args.extend(["--set".to_string(), set.to_string()]);
    }
    args.extend([
        "--data".to_string(),
        s(&f.test),
        "--clock-mhz".into(),
        "50".into(),
        "--out".into(),
        s(&out),
    ]);
    run(&args).ok();
    read_json(&out)
}

/// With L synapse lanes the report divides the work bound by L for its ratio, SYN's cycles fall
/// by the model (`golden::cycles::step_cycles`), the memories keep their bits, and a lane count
/// that is not a power of two up to 16 is refused with the field named.
#[test]
fn report_divides_the_work_bound_by_the_lanes() {
    let f = fixture();
    let report = |lanes: u32| {
        let set = format!("hardware.lanes={lanes}");
        report_json(&f, &format!("report-{lanes}.json"), &[&set])
    };
    let (one, four) = (report(1), report(4));
    // The banks add padding rows only where the rows do not divide by 4.
    let bits = |r: &Value| r["inference_bits"].as_u64().unwrap();
    assert!(bits(&four) >= bits(&one));
    let rows = |r: &Value| r["latency"].as_array().unwrap().clone();
    for (a, b) in rows(&one).iter().zip(rows(&four).iter()) {
        assert_eq!(a["case"], b["case"]);
        let (ca, cb) = (
            a["cycles_per_step"].as_f64().unwrap(),
            b["cycles_per_step"].as_f64().unwrap(),
        );
        assert!(cb <= ca, "{a} {b}");
        assert_eq!(a["work_bound_per_step"], b["work_bound_per_step"]);
        let bound = b["work_bound_per_step"].as_f64().unwrap();
        assert!((b["ratio"].as_f64().unwrap() - cb / (bound / 4.0)).abs() < 1e-9);
        assert!(b["ratio"].as_f64().unwrap() >= 1.0, "{b}");
    }
    run(&[
        "report",
        "--config",
        &s(&f.config),
        "--set",
        "hardware.lanes=3",
    ])
    .fails_with(&["hardware.lanes", "3", "1, 2, 4, 8 or 16"]);
}

#[test]
fn report_gives_memory_and_cycles_with_and_without_learning() {
    let f = fixture();
    let r = report_json(&f, "report.json", &[]);
    let (inf, learn) = (
        r["inference_bits"].as_f64().unwrap(),
        r["learning_bits"].as_f64().unwrap(),
    );
    assert!(inf > 0.0 && learn > 0.0);
    let pct = r["learning_overhead_percent"].as_f64().unwrap();
    assert!((pct - 100.0 * learn / inf).abs() < 1e-9);
    let rows = r["latency"].as_array().unwrap();
    let cycles = |needle: &str, learning: bool| {
        rows.iter()
            .find(|l| {
                let case = l["case"].as_str().unwrap();
                case.contains(needle) && case.contains("learning on") == learning
            })
            .unwrap_or_else(|| panic!("no row {needle} (learning {learning}) in {rows:?}"))["cycles_per_step"]
            .as_f64()
            .unwrap()
    };
    assert!(cycles("busiest", true) > cycles("busiest", false));
    assert!(cycles("mean over 30 samples", true) > cycles("mean over 30 samples", false));
    assert!(cycles("silent", false) < cycles("mean over 30 samples", false));
    let steps = r["steps_per_sample"].as_f64().unwrap();
    let clear = r["clear_cycles"].as_f64().unwrap();
    for l in rows {
        let c = l["cycles_per_step"].as_f64().unwrap();
        // Means of integers, printed as decimals: equal up to the last bit of a float.
        let per_sample = l["cycles_per_sample"].as_f64().unwrap();
        assert!(
            (per_sample - (c * steps + clear)).abs() <= 1e-9 * per_sample,
            "{l}"
        );
        assert!((l["us_per_step"].as_f64().unwrap() - c / 50.0).abs() < 1e-9);
        assert!(l["ratio"].as_f64().unwrap() >= 1.0, "{l}");
    }

    // The same network without the learning unit: no learning memory, no learning rows, the
    // same inference cycles. Its CLEAR still walks the longest state memory: here the current
    // buffer (12 neurons x 8 slots, one lane), longer than the trace FIFOs (4 sources x 8
    // lags) that the learning tile also zeroes; without the event pass it is 12 neurons.
    let inf_out = f.dir.path().join("report-inference.json");
    let printed = run(&[
        "report",
        "--config",
        &s(&f.config),
        "--set",
        INPUTS_SET,
        "--set",
        "hardware.learning_unit=false",
        "--data",
        &s(&f.test),
        "--clock-mhz",
        "50",
        "--out",
        &s(&inf_out),
    ]);
    printed.ok();
    assert!(
        printed.stdout.contains("no learning unit"),
        "{}",
        printed.stdout
    );
    let ri = read_json(&inf_out);
    assert_eq!(ri["learning_bits"], 0);
    assert_eq!(ri["inference_bits"].as_f64().unwrap(), inf);
    assert_eq!(ri["clear_cycles"].as_f64().unwrap(), (12 * 8 + 1) as f64);
    assert_eq!(clear, (12 * 8 + 1) as f64);
    let tap_out = f.dir.path().join("report-tap.json");
    run(&[
        "report",
        "--config",
        &s(&f.config),
        "--set",
        INPUTS_SET,
        "--set",
        "hardware.learning_unit=false",
        "--set",
        "hardware.event_pass=false",
        "--out",
        &s(&tap_out),
    ])
    .ok();
    assert_eq!(read_json(&tap_out)["clear_cycles"].as_f64().unwrap(), 13.0);
    let inf_rows = ri["latency"].as_array().unwrap();
    assert!(
        inf_rows
            .iter()
            .all(|l| !l["case"].as_str().unwrap().contains("learning on")),
        "{inf_rows:?}"
    );
    let without: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|l| !l["case"].as_str().unwrap().contains("learning on"))
        .collect();
    assert_eq!(inf_rows.len(), without.len());
    for (a, b) in inf_rows.iter().zip(without) {
        assert_eq!(a["cycles_per_step"], b["cycles_per_step"]);
    }
}

#[test]
fn speech_table_refuses_bad_options_and_a_readme_without_markers_before_any_work() {
    let dir = TempDir::new().unwrap();
    run(&["speech-table", "--seeds", "0"]).fails_with(&["--seeds 0", "at least 1"]);
    run(&["speech-table", "--epochs", "0"]).fails_with(&["--epochs 0"]);
    let readme = dir.path().join("R.md");
    std::fs::write(&readme, "# no markers here\n").unwrap();
    let out = dir.path().join("out");
    run(&["speech-table", "--readme", &s(&readme), "--out", &s(&out)])
        .fails_with(&["R.md", "<!-- speech-table:begin -->"]);
    assert!(!out.exists(), "nothing may be written");
    assert_eq!(
        std::fs::read_to_string(&readme).unwrap(),
        "# no markers here\n"
    );
}

/// A tiny speech-format set in DIR (speech-table's --data): 3 words; training speakers 0, 1 and
/// 10 (the validation speaker), test speakers 4 and 5 (the held-out ones).
fn tiny_speech_set(dir: &Path) {
    let with = |samples: Vec<shd::Sample>, speakers: &[u16]| -> Vec<shd::Sample> {
        samples
            .into_iter()
            .enumerate()
            .map(|(i, mut s)| {
                // Labels cycle with i, so speakers change every `classes` clips: each speaker
                // says every word.
                s.speaker = Some(speakers[(i / 3) % speakers.len()]);
                s
            })
            .collect()
    };
    write_shd(
        &dir.join("shd_train.h5"),
        &with(separable(36, 3, 13), &[0, 1, 10]),
        3,
    );
    write_shd(
        &dir.join("shd_test.h5"),
        &with(separable(12, 3, 12), &[4, 5]),
        3,
    );
}

#[test]
fn speech_table_jobs_run_separately_and_merged_equal_the_local_run() {
    let dir = TempDir::new().unwrap();
    tiny_speech_set(dir.path());
    let opts = |out: &Path| -> Vec<String> {
        [
            "speech-table",
            "--data",
            &s(dir.path()),
            "--set",
            "network.inputs=4",
            "--set",
            "network.outputs=3",
            "--set",
            "data.pool=175",
            "--set",
            "data.max_time_s=0.3",
            "--hidden",
            "6",
            "--epochs",
            "2",
            "--patience",
            "0",
            "--seeds",
            "2",
            "--validation-speakers",
            "10",
            "--threads",
            "1",
            "--only",
            "recurrent, 6 hidden | weights + both delays | Fixed",
            "--out",
            &s(out),
        ]
        .iter()
        .map(|x| x.to_string())
        .collect()
    };
    let local = dir.path().join("local");
    run(&opts(&local)).ok();

    let dist = dir.path().join("dist");
    let list = dir.path().join("jobs.txt");
    let mut a = opts(&dist);
    a.extend(["--jobs".into(), s(&list)]);
    run(&a).ok();
    let lines: Vec<String> = std::fs::read_to_string(&list)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2, "one line per row x seed: {lines:?}");
    // Run the jobs as a scheduler would: each line on its own, last one first.
    for line in lines.iter().rev() {
        let out = Command::new("sh").arg("-c").arg(line).output().unwrap();
        assert!(
            out.status.success(),
            "{line}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A merge with a missing job result is refused by name.
    let jobs_dir = dist.join("jobs");
    let kept = std::fs::read(jobs_dir.join("job-1.json")).unwrap();
    std::fs::remove_file(jobs_dir.join("job-1.json")).unwrap();
    let mut m = opts(&dist);
    m.extend(["--merge".into(), s(&jobs_dir)]);
    let r = run(&m);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    for n in ["job-1.json", "missing", "job 1 of 2"] {
        assert!(
            r.stderr.contains(n),
            "stderr does not mention {n:?}:\n{}",
            r.stderr
        );
    }
    assert!(
        !dist.join("speech_table.json").exists(),
        "nothing may be written"
    );
    std::fs::write(jobs_dir.join("job-1.json"), kept).unwrap();
    run(&m).ok();

    let (l, d) = (
        read_json(&local.join("speech_table.json")),
        read_json(&dist.join("speech_table.json")),
    );
    assert_eq!(
        l["rows"], d["rows"],
        "merged rows differ from the local run's"
    );
    let strip = |v: &Value| -> Vec<Value> {
        v["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.as_object_mut().unwrap().remove("seconds");
                r
            })
            .collect()
    };
    assert_eq!(strip(&l), strip(&d));
    assert_eq!(
        std::fs::read_to_string(local.join("delays.svg")).unwrap(),
        std::fs::read_to_string(dist.join("delays.svg")).unwrap(),
        "the learned parameters (delay histograms) differ"
    );
}

#[test]
fn train_with_validation_speakers_keeps_the_best_validation_epoch() {
    let f = fixture();
    tiny_speech_set(f.dir.path());
    let (train, test) = (
        f.dir.path().join("shd_train.h5"),
        f.dir.path().join("shd_test.h5"),
    );
    // A speaker the file does not have: named, with the file's speakers, nothing written.
    let bad = f.dir.path().join("bad");
    let mut a = train_args(&f, &bad, &["--validation-speakers", "99"]);
    a[4] = s(&train);
    run(&a).fails_with(&["--validation-speakers", "speaker 99", "0, 1, 10"]);
    assert!(files_in(&bad).is_empty(), "{:?}", files_in(&bad));

    let out = f.dir.path().join("val");
    let mut a = train_args(
        &f,
        &out,
        &[
            "--validation-speakers",
            "10",
            "--epochs",
            "6",
            "--test",
            &s(&test),
            "--set",
            "train.patience=2",
        ],
    );
    a[4] = s(&train);
    run(&a).ok();
    let res = read_json(&out.join("results.json"));
    assert_eq!(
        res["validation_samples"], 12,
        "every third clip is speaker 10's"
    );
    assert_eq!(res["train_samples"], 24);
    let epochs = res["epochs"].as_array().unwrap();
    let va: Vec<f64> = epochs
        .iter()
        .map(|e| e["validation_accuracy"].as_f64().unwrap())
        .collect();
    // The first epoch of the best validation accuracy, found here independently.
    let best = va
        .iter()
        .enumerate()
        .fold(0, |b, (i, &x)| if x > va[b] { i } else { b });
    assert_eq!(res["selected_epoch"], best + 1, "validation curve {va:?}");
    // Patience 2: the run stops two epochs after its best one (or at the cap).
    assert_eq!(
        epochs.len(),
        (best + 1 + 2).min(6),
        "validation curve {va:?}"
    );
    // The stored parameters are that epoch's: eval on the test file gives its test accuracy.
    let selected_test = epochs[best]["test_accuracy"].as_f64().unwrap();
    let last_test = epochs.last().unwrap()["test_accuracy"].as_f64().unwrap();
    assert_ne!(
        selected_test, last_test,
        "this data must tell the selected epoch from the last (validation {va:?})"
    );
    assert_eq!(
        res["final_test"]["accuracy"].as_f64().unwrap(),
        selected_test
    );
    let eval_json = f.dir.path().join("val_eval.json");
    run(&[
        "eval",
        "--params",
        &s(&out.join("params.dtp")),
        "--data",
        &s(&test),
        "--out",
        &s(&eval_json),
    ])
    .ok();
    assert_eq!(
        read_json(&eval_json)["accuracy"].as_f64().unwrap(),
        selected_test
    );
}

// ------------------------------------------------------------------ issue 14: hostile input

/// An SHD file with float32 times (which the project's writer would refuse beyond float16).
fn write_f32_shd(
    path: &Path,
    times: &[Vec<f32>],
    units: &[Vec<u16>],
    labels: &[u16],
    keys: &[&str],
) {
    let h5 = rust_hdf5::H5File::create(path).unwrap();
    let spikes = h5.create_group("spikes").unwrap();
    let t: Vec<&[f32]> = times.iter().map(Vec::as_slice).collect();
    spikes.write_vlen_numeric("times", &t).unwrap();
    let u: Vec<&[u16]> = units.iter().map(Vec::as_slice).collect();
    spikes.write_vlen_numeric("units", &u).unwrap();
    h5.new_dataset::<u16>()
        .shape([labels.len()])
        .create("labels")
        .unwrap()
        .write_raw(labels)
        .unwrap();
    let extra = h5.create_group("extra").unwrap();
    extra.write_vlen_strings("keys", keys).unwrap();
    h5.close().unwrap();
}

#[test]
fn a_raster_of_a_far_spike_is_drawn_not_a_crash() {
    let dir = TempDir::new().unwrap();
    let far = dir.path().join("far.h5");
    write_f32_shd(&far, &[vec![0.01, 1e30]], &[vec![3, 4]], &[0], &["only"]);
    let png = dir.path().join("r.png");
    let r = run(&[
        "data",
        "inspect",
        &s(&far),
        "--sample",
        "0",
        "--raster",
        &s(&png),
    ]);
    r.ok();
    assert!(r.stdout.contains("4000 × 700 px"), "{}", r.stdout);
    assert_eq!(&std::fs::read(&png).unwrap()[1..4], b"PNG");
}

#[test]
fn pattern_sizes_have_an_upper_bound() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("p.h5");
    let o = s(&out);
    run(&[
        "data",
        "patterns",
        "--out",
        &o,
        "--samples",
        "1000000000000",
    ])
    .usage_error(&["--samples", "1000000000000", "1000000"]);
    run(&["data", "patterns", "--out", &o, "--classes", "100000"]).usage_error(&[
        "--classes",
        "100000",
        "65536",
    ]);
    run(&["data", "patterns", "--out", &o, "--samples", "0"]).usage_error(&["--samples"]);
    // Each within its own bound, but too much together.
    run(&[
        "data",
        "patterns",
        "--out",
        &o,
        "--samples",
        "1000000",
        "--duration",
        "60",
    ])
    .fails_with(&["--samples 1000000", "--duration 60", "100000 s"]);
    assert!(files_in(dir.path()).is_empty());
}

/// The fixture's training file with every time multiplied by `scale` (1000: milliseconds).
fn rescaled(f: &Fixture, name: &str, scale: f32) -> PathBuf {
    let file = shd::load(&f.train).unwrap();
    let path = f.dir.path().join(name);
    let times: Vec<Vec<f32>> = file
        .samples
        .iter()
        .map(|s| s.times.iter().map(|t| t * scale).collect())
        .collect();
    let units: Vec<Vec<u16>> = file.samples.iter().map(|s| s.units.clone()).collect();
    let labels: Vec<u16> = file.samples.iter().map(|s| s.label).collect();
    let keys: Vec<&str> = file.keys.iter().map(String::as_str).collect();
    write_f32_shd(&path, &times, &units, &labels, &keys);
    path
}

#[test]
fn spikes_after_max_time_are_counted_and_mostly_outside_is_refused() {
    let f = fixture();
    let ms = rescaled(&f, "ms.h5", 1000.0);
    let out = f.dir.path().join("out");
    let mut args = train_args(&f, &out, &[]);
    args[4] = s(&ms);
    run(&args).fails_with(&[
        "ms.h5",
        "data.max_time_s = 0.3",
        "are the times in seconds?",
    ]);
    assert!(files_in(&out).is_empty());
    run(&train_args(&f, &out, &["--test", &s(&ms)])).fails_with(&["ms.h5", "data.max_time_s"]);
    run(&[
        "data",
        "baseline",
        "--train",
        &s(&f.train),
        "--test",
        &s(&ms),
    ])
    .fails_with(&["ms.h5", "MAX_TIME_S"]);
    // Stretched by 1.2 (0.3 s -> 0.34 s): some spikes fall outside; said, not refused.
    let long = rescaled(&f, "long.h5", 1.2);
    let mut args = train_args(&f, &out, &[]);
    args[4] = s(&long);
    let r = run(&args);
    r.ok();
    assert!(
        r.stderr.contains("warning: ")
            && r.stderr.contains("long.h5")
            && r.stderr.contains("spikes"),
        "{}",
        r.stderr
    );
    // eval refuses the millisecond file too.
    run(&[
        "eval",
        "--params",
        &s(&out.join("params.dtp")),
        "--data",
        &s(&ms),
    ])
    .fails_with(&["ms.h5", "data.max_time_s"]);
}

#[test]
fn test_classes_must_match_the_training_classes() {
    let f = fixture();
    let other = f.dir.path().join("other.h5");
    let keys: Vec<String> = ["null", "eins", "zwei"]
        .iter()
        .map(|k| k.to_string())
        .collect();
    shd::write(
        &other,
        &ShdWrite {
            samples: &separable(9, 3, 4),
            keys: &keys,
        },
    )
    .unwrap();
    let out = f.dir.path().join("out");
    run(&train_args(&f, &out, &["--test", &s(&other)])).fails_with(&[
        "other.h5",
        "extra/keys",
        "\"null\"",
        "train.h5",
        "same classes",
    ]);
    assert!(files_in(&out).is_empty());
}

#[test]
fn zero_samples_and_bad_clocks_are_refused_by_the_argument_types() {
    let f = fixture();
    let c = s(&f.config);
    let d = s(&f.test);
    let base = ["--config", c.as_str(), "--set", INPUTS_SET];
    let with = |cmd: &str, extra: &[&str]| {
        let mut a = vec![cmd];
        a.extend(base);
        a.extend(extra);
        run(&a)
    };
    with("cosim", &["--data", &d, "--samples", "0"]).usage_error(&["--samples", "0"]);
    with("run", &["--cosim", "--data", &d, "--samples", "0"]).usage_error(&["--samples"]);
    // The simulator's options belong to --cosim.
    for extra in [["--random-start", "3"], ["--simulator", "icarus"]] {
        let mut a = vec!["--port", "/dev/no-such-port", "--data", &d];
        a.extend(extra);
        with("run", &a).usage_error(&["--cosim"]);
    }
    with("report", &["--data", &d, "--samples", "0"]).usage_error(&["--samples", "0"]);
    for clock in ["0", "-5", "nan", "inf"] {
        let arg = format!("--clock-mhz={clock}");
        with("report", &[&arg]).usage_error(&["--clock-mhz", clock, "MHz"]);
    }
    // --params (and --samples) only mean something with --data.
    with("report", &["--params", "nonexistent.dtp"]).usage_error(&["--data"]);
}

#[test]
fn an_injected_value_must_fit_its_memory() {
    let f = fixture();
    run(&[
        "cosim",
        "--config",
        &s(&f.config),
        "--set",
        INPUTS_SET,
        "--data",
        &s(&f.test),
        "--inject",
        "weights[1]=99999",
    ])
    .fails_with(&["weights[1]=99999", "8 bits", "-128 ..= 127"]);
}

#[test]
fn baseline_refuses_an_empty_test_file() {
    let f = fixture();
    // Written by h5py (golden/tests/fixtures/make_h5py_fixtures.py): no samples, 3 classes.
    let empty = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden/tests/fixtures/empty.h5");
    run(&[
        "data",
        "baseline",
        "--train",
        &s(&f.train),
        "--test",
        &s(&empty),
    ])
    .fails_with(&["empty.h5", "no samples"]);
}

#[test]
fn outputs_never_replace_a_symlink_or_a_fifo() {
    let f = fixture();
    let good = f.dir.path().join("good");
    run(&train_args(&f, &good, &[])).ok();
    let params = s(&good.join("params.dtp"));
    let target = f.dir.path().join("target.json");
    std::fs::write(&target, "old").unwrap();
    let link = f.dir.path().join("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    run(&[
        "eval",
        "--params",
        &params,
        "--data",
        &s(&f.test),
        "--out",
        &s(&link),
    ])
    .fails_with(&["link.json", "symbolic link"]);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");

    let fifo = f.dir.path().join("fifo.h5");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    run(&["data", "patterns", "--out", &s(&fifo), "--samples", "2"])
        .fails_with(&["fifo.h5", "FIFO"]);
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn misleading_messages_now_name_the_real_cause() {
    let f = fixture();
    let out = f.dir.path().join("out");
    // --epochs 0 is an --epochs error, not an "--set overrides" one.
    let r = run(&train_args(&f, &out, &["--epochs", "0"]));
    r.fails_with(&["--epochs 0", "train.epochs"]);
    assert!(!r.stderr.contains("--set overrides"), "{}", r.stderr);
    // A [data] error names the field, not the whole struct.
    let r = run(&train_args(&f, &out, &["--set", "data.dt_ms=0"]));
    r.fails_with(&["data.dt_ms = 0", "a finite number > 0"]);
    assert!(!r.stderr.contains("Binning {"), "{}", r.stderr);
    // A number too large for TOML is out of range, not "a string".
    let r = run(&train_args(
        &f,
        &out,
        &["--set", "network.hidden=99999999999999999999999"],
    ));
    r.fails_with(&["network.hidden", "out of range"]);
    assert!(!r.stderr.contains("found a string"), "{}", r.stderr);
}

// ------------------------------------------------------------------ issue 19: annealing

/// Issue 19's command on a tiny network: rates -14, halved every epoch, for 5 epochs.
fn issue_19_args(f: &Fixture, out: &Path, model: &str) -> Vec<String> {
    train_args(
        f,
        out,
        &[
            "--test",
            &s(&f.test),
            "--model",
            model,
            "--epochs",
            "5",
            "--set",
            "network.hidden=8",
            "--set",
            "network.max_delay=8",
            "--set",
            "network.delay_mode=none",
            "--set",
            "learning.synaptic_delays=false",
            "--set",
            "learning.axonal_delays=false",
            "--set",
            "learning.lr_w_log2=-14",
            "--set",
            "learning.lr_u_log2=-14",
            "--set",
            "train.anneal_every=1",
        ],
    )
}

#[test]
fn annealing_below_the_widths_stops_at_the_lowest_rate_for_fixed_and_float() {
    let f = fixture();
    let mut floors = Vec::new();
    for model in ["fixed", "float"] {
        let out = f.dir.path().join(model);
        let r = run(&issue_19_args(&f, &out, model));
        r.ok();
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let res = read_json(&out.join("results.json"));
        assert_eq!(res["completed_epochs"], 5);
        let u: Vec<i64> = (0..5)
            .map(|e| res["epochs"][e]["lr_log2"]["u"].as_i64().unwrap())
            .collect();
        // Halving while the widths allow it, then constant at the floor.
        let floor = *u.iter().min().unwrap();
        assert!(floor > -14 - 4, "{u:?}: the schedule never reached a floor");
        for e in 0..5 {
            assert_eq!(u[e], (-14 - e as i64).max(floor), "{u:?}");
        }
        // The floor is the lowest rate the fixed-point formats accept.
        let mut cfg = paramfile::load(&out.join("params.dtp")).unwrap().0;
        cfg.learning.lr_u_log2 = floor as i32;
        assert!(golden::format::Formats::new(&cfg).is_ok());
        cfg.learning.lr_u_log2 = floor as i32 - 1;
        let e = golden::format::Formats::new(&cfg).unwrap_err().to_string();
        assert!(e.contains("learning.lr_u_log2"), "{e}");
        // Said in the output and recorded per epoch.
        let first = u.iter().position(|&v| v == floor).unwrap() + 1;
        assert!(
            r.stderr.contains(&format!(
                "note: epoch {}: annealing would take learning.lr_u_log2 to {}",
                first + 1,
                floor - 1
            )),
            "{}",
            r.stderr
        );
        let fl = &res["epochs"][4]["floored"];
        assert!(
            fl.as_array()
                .unwrap()
                .iter()
                .any(|x| x["field"] == "learning.lr_u_log2" && x["used"] == floor),
            "{fl}"
        );
        floors.push(u);
    }
    assert_eq!(
        floors[0], floors[1],
        "the float model follows the same rates"
    );
}

#[test]
fn a_killed_run_leaves_a_consistent_pair_of_its_last_completed_epoch() {
    let f = fixture();
    let out = f.dir.path().join("killed");
    let mut child = Command::new(BIN)
        .args(train_args(&f, &out, &["--epochs", "10000"]))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let results = out.join("results.json");
    let t0 = std::time::Instant::now();
    while !results.exists() {
        assert!(
            t0.elapsed().as_secs() < 120,
            "no epoch completed in 2 minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Let a few more epochs start, then kill it at an arbitrary point.
    std::thread::sleep(std::time::Duration::from_millis(150));
    child.kill().unwrap();
    child.wait().unwrap();
    let params = std::fs::read(out.join("params.dtp")).unwrap();
    // Whichever moment the kill hit, results.json (if present) describes params.dtp.
    if let Ok(text) = std::fs::read_to_string(&results) {
        let res: Value = serde_json::from_str(&text).unwrap();
        let k = res["completed_epochs"].as_u64().unwrap();
        assert!((1..10000).contains(&k), "{k}");
        assert_eq!(res["epochs"].as_array().unwrap().len() as u64, k);
        assert_eq!(
            res["params_fnv1a64"].as_str().unwrap(),
            format!("{:#018x}", paramfile::stored_checksum(&params))
        );
    }
    paramfile::load(&out.join("params.dtp")).unwrap();
    // A second run into the same directory removes temporary files the kill left.
    run(&train_args(&f, &out, &["--epochs", "1"])).ok();
    let mut names = files_in(&out);
    names.sort();
    assert_eq!(names, ["params.dtp", "results.json"]);
}

#[test]
fn cosim_refuses_random_start_values_under_icarus_before_any_work() {
    let f = fixture();
    let out = f.dir.path().join("cosim");
    run(&[
        "cosim",
        "--config",
        &s(&f.config),
        "--set",
        INPUTS_SET,
        "--data",
        &s(&f.test),
        "--simulator",
        "icarus",
        "--random-start",
        "3",
        "--out",
        &s(&out),
    ])
    .fails_with(&["--random-start", "Icarus", "X"]);
    assert!(!out.exists(), "nothing is written");
}

/// `run --cosim`: trained parameters loaded over the UART of the verilated board top, read back,
/// and every sample classified as the golden model classifies it (the session of `sim::session`,
/// end to end through the binary); the JSON records it. The same from random start-up values and
/// under Icarus.
#[test]
fn run_on_the_verilated_board_classifies_like_the_golden_model() {
    let f = fixture();
    let trained = f.dir.path().join("trained");
    run(&train_args(&f, &trained, &["--epochs", "2"])).ok();
    let board_run = |extra: &[&str]| {
        let mut a = vec![
            "run",
            "--cosim",
            "--config",
            &s(&f.config),
            "--set",
            INPUTS_SET,
            "--data",
            &s(&f.test),
            "--params",
            &s(&trained.join("params.dtp")),
            "--clock-mhz",
            "1",
        ]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
        a.extend(extra.iter().map(|x| x.to_string()));
        run(&a)
    };
    let json = f.dir.path().join("run.json");
    let r = board_run(&["--samples", "4", "--baud", "125000", "--out", &s(&json)]);
    r.ok();
    assert!(
        r.stdout
            .contains("predictions equal to the golden model's: 100.0 %"),
        "{}",
        r.stdout
    );
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["samples"].as_array().unwrap().len(), 4);
    assert_eq!(v["agreement_with_golden"], 1.0);
    assert!(v["board_cycles"].as_u64().unwrap() > 0);
    // The same from random start-up values of every memory (Verilator), and under Icarus, where
    // every memory starts at X (one sample, no read-back: Icarus runs a few thousand cycles/s).
    for extra in [
        &["--samples", "2", "--baud", "125000", "--random-start", "7"][..],
        &[
            "--samples",
            "1",
            "--baud",
            "250000",
            "--simulator",
            "icarus",
            "--skip-readback",
        ],
    ] {
        let r = board_run(extra);
        r.ok();
        assert!(
            r.stdout
                .contains("predictions equal to the golden model's: 100.0 %"),
            "{extra:?}: {}",
            r.stdout
        );
    }
    board_run(&["--simulator", "icarus", "--random-start", "7"])
        .fails_with(&["--random-start is for Verilator"]);
    // A serial port that does not exist is a clear error naming it.
    run(&[
        "run",
        "--port",
        "/dev/no-such-port",
        "--config",
        &s(&f.config),
        "--set",
        INPUTS_SET,
        "--data",
        &s(&f.test),
    ])
    .fails_with(&["/dev/no-such-port"]);
}
