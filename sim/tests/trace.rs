//! VCD tracing: dumps at both edges of every cycle, parseable by the `vcd` crate.

mod common;

use common::{REGFILE, shared_cache};
use sim::verilator::{Build, op};
use std::path::Path;
use vcd::{Command, Value};

/// (time, clock value) of every clock change, and the last value `rsp_data` took.
fn read_vcd(path: &Path) -> (Vec<(u64, Value)>, Option<u64>) {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut parser = vcd::Parser::new(file);
    let header = parser.parse_header().unwrap();
    let clock = header
        .find_var(&["TOP", "clock"])
        .expect("TOP.clock in the VCD")
        .code;
    let rsp = header
        .find_var(&["TOP", "rsp_data"])
        .expect("TOP.rsp_data in the VCD")
        .code;
    let (mut time, mut edges, mut rsp_data) = (0, Vec::new(), None);
    for command in parser {
        match command.unwrap() {
            Command::Timestamp(t) => time = t,
            Command::ChangeScalar(id, v) if id == clock => edges.push((time, v)),
            Command::ChangeVector(id, bits) if id == rsp => {
                let value = bits
                    .iter()
                    .fold(0u64, |acc, b| (acc << 1) | u64::from(b == Value::V1));
                rsp_data = Some(value);
            }
            _ => {}
        }
    }
    (edges, rsp_data)
}

fn expected_edges(first_cycle: u64, cycles: u64) -> Vec<(u64, Value)> {
    (first_cycle..first_cycle + cycles)
        .flat_map(|c| [(c * 10, Value::V1), (c * 10 + 5, Value::V0)])
        .collect()
}

#[test]
fn vcd_has_both_edges_of_every_cycle_and_the_data() {
    let model = Build::new()
        .trace(true)
        .cache_dir(shared_cache())
        .load(REGFILE)
        .unwrap();
    assert!(model.traced());
    let dir = tempfile::tempdir().unwrap();
    let mut rtl = model.rtl().unwrap();
    rtl.tick(3); // untraced prefix: times in the file continue from here
    let first = dir.path().join("first.vcd");
    rtl.trace_open(&first).unwrap();
    rtl.command(op::WRITE, 4, 0x1234_5678_9abc, 10).unwrap();
    assert_eq!(rtl.read(4, 10).unwrap(), 0x1234_5678_9abc);
    rtl.tick(10);
    rtl.trace_close().unwrap();
    let (edges, rsp_data) = read_vcd(&first);
    assert_eq!(edges, expected_edges(3, 12));
    assert_eq!(rsp_data, Some(0x1234_5678_9abc));

    // Closed: nothing more is written; a second file can be opened on the same instance.
    rtl.tick(5);
    let second = dir.path().join("second.vcd");
    rtl.trace_open(&second).unwrap();
    rtl.tick(4);
    drop(rtl); // closes the open trace
    assert_eq!(read_vcd(&first).0.len(), 24);
    assert_eq!(read_vcd(&second).0, expected_edges(20, 4));
}

#[test]
fn unwritable_trace_path_is_an_error() {
    let model = Build::new()
        .trace(true)
        .cache_dir(shared_cache())
        .load(REGFILE)
        .unwrap();
    let mut rtl = model.rtl().unwrap();
    let err = rtl
        .trace_open(Path::new("/nonexistent-dir/x.vcd"))
        .unwrap_err();
    assert!(err.to_string().contains("could not open"), "{err}");
    rtl.tick(2); // and the instance still runs
}
