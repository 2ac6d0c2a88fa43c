//! `delaytile nir import | export` end to end on files of the Python `nir` package: a refused
//! graph exits non-zero with the node named and writes nothing; an imported graph gives a
//! configuration, a parameter file and the quantisation report, and its export is read by
//! `nir.read`; a tile NIR cannot express is refused before any file is written.

#[path = "../golden/tests/nir/support.rs"]
mod support;

use std::path::Path;
use std::process::{Command, Output};
use support::*;

fn delaytile(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_delaytile"))
        .args(args)
        .output()
        .unwrap()
}

fn base_file(dir: &Path) -> String {
    let p = dir.join("base.toml");
    std::fs::write(&p, base_config().to_toml()).unwrap();
    p.display().to_string()
}

/// `nir import FILE --config BASE --out OUT` (the fixtures' base configuration).
fn import(file: &Path, dir: &Path, out: &Path) -> Output {
    let base = base_file(dir);
    delaytile(&[
        "nir",
        "import",
        file.to_str().unwrap(),
        "--config",
        &base,
        "--out",
        out.to_str().unwrap(),
    ])
}

#[test]
fn a_refused_graph_exits_nonzero_naming_the_node_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let file = fixture("refused_v_reset");
    let o = import(&file, dir.path(), &out);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("node 'lif' (LIF): v_reset[0] = -0.2"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        !out.exists(),
        "output directory created for a refused graph"
    );
}

#[test]
fn import_then_export_is_read_by_python_nir() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imported");
    let file = fixture("ok_both");
    let o = import(&file, dir.path(), &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("delay mode Both")
            && stdout.contains("max ")
            && stdout.contains("saturated"),
        "{stdout}"
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("import.json")).unwrap()).unwrap();
    assert_eq!(report["memories"][0]["memory"], "weights");
    assert!(report["memories"][0]["rms_error"].as_f64().unwrap() > 0.0);
    let cfg = golden::config::Config::load(&out.join("config.toml")).unwrap();
    let (pcfg, _) = golden::paramfile::load(&out.join("params.dtp")).unwrap();
    assert_eq!(cfg, pcfg);

    let nir_out = dir.path().join("exported.nir");
    let o = delaytile(&[
        "nir",
        "export",
        "--params",
        out.join("params.dtp").to_str().unwrap(),
        "--out",
        nir_out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let py = python_read(&nir_out);
    assert_eq!(py["nodes"]["lif"]["type"], "LIF");
    assert_eq!(py["nodes"]["input_axon"]["type"], "Delay");
    assert_eq!(
        py["nodes"]["readout"]["weight"]["shape"],
        serde_json::json!([3, 5])
    );
}

#[test]
fn exporting_a_reset_by_subtraction_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let o = delaytile(&[
        "config",
        "--out",
        dir.path().join("ref.toml").to_str().unwrap(),
    ]);
    assert!(o.status.success());
    // A parameter file of the reference configuration (reset by subtraction).
    let cfg = golden::config::Config::default();
    let p = golden::params::Params::init(&cfg, &golden::format::Formats::new(&cfg).unwrap());
    let params = dir.path().join("p.dtp");
    golden::paramfile::save(&params, &cfg, &golden::paramfile::Stored::Fixed(p)).unwrap();
    let nir_out = dir.path().join("x.nir");
    let o = delaytile(&[
        "nir",
        "export",
        "--params",
        params.to_str().unwrap(),
        "--out",
        nir_out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("network.reset = subtract"), "{err}");
    assert!(!nir_out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "a temporary file was left"
    );
}

#[test]
fn train_init_fine_tunes_an_imported_network_and_refuses_a_foreign_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).display().to_string();
    // 3 classes of SHD-format patterns on 700 units pooled by 117 into the fixtures' 6 inputs.
    let mut base = base_config();
    base.data.pool = 117;
    base.data.max_time_s = 0.1;
    std::fs::write(d("base.toml"), base.to_toml()).unwrap();
    let o = delaytile(&[
        "data",
        "patterns",
        "--out",
        &d("pat.h5"),
        "--samples",
        "12",
        "--classes",
        "3",
        "--duration",
        "0.1",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = fixture("ok_feedforward");
    let o = delaytile(&[
        "nir",
        "import",
        file.to_str().unwrap(),
        "--config",
        &d("base.toml"),
        "--out",
        &d("imp"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cfg_file = d("imp/config.toml");
    let init = d("imp/params.dtp");
    let o = delaytile(&[
        "train",
        "--config",
        &cfg_file,
        "--init",
        &init,
        "--train",
        &d("pat.h5"),
        "--epochs",
        "1",
        "--out",
        &d("ft"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, before) = golden::paramfile::load(Path::new(&init)).unwrap();
    let (_, after) = golden::paramfile::load(&dir.path().join("ft/params.dtp")).unwrap();
    assert_ne!(before, after, "one epoch from --init changed nothing");
    // The same parameters on a tile of another size are refused, naming the section.
    let o = delaytile(&[
        "train",
        "--config",
        &cfg_file,
        "--set",
        "network.hidden=7",
        "--init",
        &init,
        "--train",
        &d("pat.h5"),
        "--epochs",
        "1",
        "--out",
        &d("bad"),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--init") && err.contains("[network] differs"),
        "{err}"
    );
}
