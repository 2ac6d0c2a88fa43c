//! Behaviour of an instance: the command helpers, the getters, timeouts, independence, and the
//! trace calls of a model built without tracing (tests/trace.rs has the traced ones).

mod common;

use common::regfile;
use proptest::prelude::*;
use sim::verilator::{Error, Rtl, op};

#[test]
fn write_then_read_returns_the_value() {
    let mut rtl = regfile().rtl().unwrap();
    assert_eq!(rtl.cycles(), 0);
    // Idle fixture: accepted at the first edge.
    assert_eq!(
        rtl.command(op::WRITE, 5, 0xdead_beef_0123_4567, 10)
            .unwrap(),
        1
    );
    assert_eq!(rtl.read(5, 10).unwrap(), 0xdead_beef_0123_4567);
    assert_eq!(rtl.read(6, 10).unwrap(), 0, "unwritten registers read 0");
    // Only addr[3:0] decodes.
    assert_eq!(rtl.read(5 + 16, 10).unwrap(), 0xdead_beef_0123_4567);
    // 1 (write) + 1 (read accepted, rsp_valid right after that edge) * 3.
    assert_eq!(rtl.cycles(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn round_trip_of_random_values(values in prop::collection::vec(any::<u64>(), 16)) {
        let mut rtl = regfile().rtl().unwrap();
        for (addr, v) in values.iter().enumerate() {
            rtl.command(op::WRITE, addr as u32, *v, 10).unwrap();
        }
        let addrs: Vec<u32> = (0..16).rev().collect();
        let read = rtl.read_many(&addrs, 10).unwrap();
        let expected: Vec<u64> = values.iter().rev().copied().collect();
        prop_assert_eq!(read, expected);
        for (addr, v) in values.iter().enumerate() {
            prop_assert_eq!(rtl.read(addr as u32, 10).unwrap(), *v);
        }
    }
}

#[test]
fn step_is_busy_for_n_cycles_and_records_them() {
    let mut rtl = regfile().rtl().unwrap();
    assert_eq!(rtl.wait_idle(0).unwrap(), 0, "idle needs no cycle");
    rtl.command(op::STEP, 0, 37, 10).unwrap();
    assert!(rtl.busy());
    assert!(!rtl.cmd_ready());
    assert_eq!(rtl.wait_idle(1000).unwrap(), 37);
    assert!(!rtl.busy());
    assert_eq!(rtl.last_cycles(), 37);
    assert!(!rtl.deadline_missed());

    // A command offered while busy waits for cmd_ready: 20 busy cycles, then the accepting edge.
    rtl.command(op::STEP, 0, 20, 10).unwrap();
    assert_eq!(rtl.command(op::WRITE, 1, 9, 100).unwrap(), 21);
    assert_eq!(rtl.read(1, 10).unwrap(), 9);

    rtl.command(op::STEP, 0, 101, 10).unwrap();
    assert_eq!(rtl.wait_idle(1000).unwrap(), 101);
    assert!(rtl.deadline_missed());
}

#[test]
fn spike_clear_and_prediction() {
    let mut rtl = regfile().rtl().unwrap();
    for _ in 0..3 {
        rtl.command(op::SPIKE, 0, 0, 10).unwrap();
    }
    assert_eq!(rtl.prediction(), 3);
    rtl.command(op::WRITE, 7, 70, 10).unwrap();
    rtl.command(op::CLEAR, 0, 0, 10).unwrap();
    assert_eq!(rtl.prediction(), 0);
    assert_eq!(rtl.read_many(&[0, 7], 10).unwrap(), [0, 0]);
}

#[test]
fn set_cmd_and_tick_drive_the_ports_directly() {
    let mut rtl = regfile().rtl().unwrap();
    rtl.set_cmd(true, op::WRITE, 2, 77);
    rtl.tick(1);
    rtl.set_cmd(true, op::READ, 2, 0);
    assert!(!rtl.rsp_valid());
    rtl.tick(1);
    assert!(rtl.rsp_valid());
    assert_eq!(rtl.rsp_data(), 77);
    rtl.set_cmd(false, op::NOP, 0, 0);
    rtl.tick(1000);
    assert!(!rtl.rsp_valid(), "rsp_valid is a one-cycle pulse");
    assert_eq!(rtl.cycles(), 1002);
}

#[test]
fn timeouts_name_the_command_address_and_cycles() {
    let mut rtl = regfile().rtl().unwrap();
    rtl.command(op::STEP, 0, 1000, 10).unwrap();
    let before = rtl.cycles();
    let err = rtl.command(op::WRITE, 0x2a, 1, 50).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                addr: 0x2a,
                cycles: 50,
                ..
            }
        ),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("WRITE") && msg.contains("0x2a") && msg.contains("50 cycles"),
        "{msg}"
    );
    assert_eq!(rtl.cycles() - before, 50, "the budget is spent exactly");
    assert!(
        rtl.wait_idle(10)
            .unwrap_err()
            .to_string()
            .contains("wait_idle")
    );
    let err = rtl.read_many(&[1, 2], 5).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                addr: 1,
                cycles: 5,
                ..
            }
        ),
        "{err:?}"
    );
    // The rejected command was dropped: once idle, the register is untouched.
    rtl.wait_idle(10_000).unwrap();
    assert_eq!(rtl.read(0x2a, 10).unwrap(), 0);
}

#[test]
fn instances_in_two_threads_are_independent() {
    fn work(mut rtl: Rtl, seed: u64, ticks: u64) -> (Vec<u64>, u32, u64) {
        for addr in 0..16u32 {
            rtl.command(op::WRITE, addr, seed * 1000 + u64::from(addr), 10)
                .unwrap();
        }
        rtl.command(op::STEP, 0, ticks, 10).unwrap();
        rtl.wait_idle(u64::MAX).unwrap();
        let values = rtl.read_many(&(0..16).collect::<Vec<_>>(), 10).unwrap();
        (values, rtl.last_cycles(), rtl.cycles())
    }
    // One instance is made here and moved (Send), the other is made on its own thread.
    let moved = regfile().rtl().unwrap();
    let a = std::thread::spawn(move || work(moved, 1, 500_000));
    let model = regfile().clone();
    let b = std::thread::spawn(move || work(model.rtl().unwrap(), 2, 700_000));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    assert_eq!(a.0, (0..16).map(|i| 1000 + i).collect::<Vec<u64>>());
    assert_eq!(b.0, (0..16).map(|i| 2000 + i).collect::<Vec<u64>>());
    assert_eq!((a.1, b.1), (500_000, 700_000));
    assert_eq!((a.2, b.2), (16 + 1 + 500_000 + 16, 16 + 1 + 700_000 + 16));
}

#[test]
fn tracing_needs_a_traced_build() {
    let model = regfile();
    assert!(!model.traced());
    let mut rtl = model.rtl().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let err = rtl.trace_open(&dir.path().join("x.vcd")).unwrap_err();
    assert!(matches!(err, Error::Trace(_)), "{err:?}");
    assert!(err.to_string().contains("trace(true)"), "{err}");
    assert!(rtl.trace_close().is_err());
}
