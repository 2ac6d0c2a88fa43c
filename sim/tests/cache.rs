//! The build cache and the build errors: hits cost no compile, keys separate designs, the runtime
//! is compiled once and shared, concurrent builders agree, failures are errors with a cause.

mod common;

use common::REGFILE;
use sim::verilator::{Build, Error, op};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Every file under `dir` with its modification time, sorted.
fn files(dir: &Path) -> Vec<(PathBuf, SystemTime)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push((
                path.clone(),
                fs::metadata(&path).unwrap().modified().unwrap(),
            ));
        }
    }
    out.sort();
    out
}

/// The fixture with register reads answering `data + 1`: same ports, different text.
fn variant() -> String {
    let text = REGFILE.replace("rsp_data <= at_a;", "rsp_data <= at_a + 64'd1;");
    assert_ne!(text, REGFILE);
    text
}

#[test]
fn cache_hits_recompile_nothing_and_designs_share_the_runtime() {
    let cache = tempfile::tempdir().unwrap();
    let build = Build::new().cache_dir(cache.path());

    let first = build.load(REGFILE).unwrap();
    assert!(first.built());
    assert!(first.path().starts_with(cache.path().join("models")));
    assert!(first.path().ends_with("libtile.so"));
    let runtime = files(&cache.path().join("runtime"));
    let objects: Vec<_> = runtime
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "o"))
        .collect();
    assert!(
        objects.iter().any(|(p, _)| p.ends_with("verilated.o")),
        "{runtime:?}"
    );
    let models = files(&cache.path().join("models"));

    // Same text: loaded from the cache, not a file touched.
    let again = build.load(REGFILE).unwrap();
    assert!(!again.built());
    assert_eq!(again.path(), first.path());
    assert_eq!(files(&cache.path().join("models")), models);

    // Another text: another library, same runtime objects (not rebuilt).
    let other = build.load(&variant()).unwrap();
    assert!(other.built());
    assert_ne!(other.path(), first.path());
    assert_eq!(files(&cache.path().join("runtime")), runtime);
    // And both are really different models, loaded side by side.
    let (mut a, mut b) = (first.rtl().unwrap(), other.rtl().unwrap());
    for rtl in [&mut a, &mut b] {
        rtl.command(op::WRITE, 3, 41, 10).unwrap();
    }
    assert_eq!((a.read(3, 10).unwrap(), b.read(3, 10).unwrap()), (41, 42));

    // Threads building one new key at once: one compiles (under the lock), all load its result.
    let text = variant().replace("at_a + 64'd1;", "at_a + 64'd2;");
    let builders: Vec<_> = (0..3)
        .map(|_| {
            let (build, text) = (build.clone(), text.clone());
            std::thread::spawn(move || build.load(&text))
        })
        .collect();
    let models: Vec<_> = builders
        .into_iter()
        .map(|b| b.join().unwrap().unwrap())
        .collect();
    assert!(models.iter().all(|m| m.path() == models[0].path()));
    assert_eq!(models.iter().filter(|m| m.built()).count(), 1);
    let mut rtl = models[2].rtl().unwrap();
    rtl.command(op::WRITE, 0, 1, 10).unwrap();
    assert_eq!(rtl.read(0, 10).unwrap(), 3);

    // Nothing is left in the scratch area.
    assert_eq!(fs::read_dir(cache.path().join("tmp")).unwrap().count(), 0);
}

#[test]
fn verilog_errors_carry_verilators_file_and_line() {
    let cache = tempfile::tempdir().unwrap();
    let mut lines: Vec<&str> = REGFILE.lines().collect();
    let line = lines
        .iter()
        .position(|l| l.contains("assign busy"))
        .unwrap();
    lines[line] = "  assign busy = remaining != ;";
    let err = Build::new()
        .cache_dir(cache.path())
        .load(&lines.join("\n"))
        .unwrap_err();
    assert!(matches!(err, Error::Command { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("verilator"), "{msg}");
    assert!(msg.contains("exit status: 1"), "{msg}");
    assert!(msg.contains(&format!("top.v:{}:", line + 1)), "{msg}");
    assert!(msg.contains("syntax error"), "{msg}");
    // No half-built model is left behind.
    assert_eq!(fs::read_dir(cache.path().join("tmp")).unwrap().count(), 0);
    assert!(fs::read_dir(cache.path().join("models")).map_or(true, |d| {
        d.filter_map(Result::ok).all(|e| !e.path().is_dir())
    }));
}

#[test]
fn a_missing_verilator_says_how_to_install_it() {
    let cache = tempfile::tempdir().unwrap();
    let err = Build::new()
        .cache_dir(cache.path())
        .verilator("/nonexistent/verilator")
        .load(REGFILE)
        .unwrap_err();
    assert!(matches!(err, Error::MissingTool { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("install it with `apt-get install verilator`"),
        "{err}"
    );
}

#[test]
fn a_wrong_top_fails_to_verilate_not_to_panic() {
    let cache = tempfile::tempdir().unwrap();
    let err = Build::new()
        .cache_dir(cache.path())
        .load("module other(input a); endmodule\n")
        .unwrap_err();
    assert!(err.to_string().contains("top"), "{err}");
}

#[test]
fn a_top_with_other_ports_is_named_port_by_port() {
    let cache = tempfile::tempdir().unwrap();
    let text = REGFILE.replace("input [3:0] cmd_op", "input [2:0] cmd_op");
    let err = Build::new()
        .cache_dir(cache.path())
        .load(&text)
        .unwrap_err();
    assert!(matches!(err, Error::Ports(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("`cmd_op` is an input of 3 bits, expected an input of 4 bits"),
        "{err}"
    );
}
