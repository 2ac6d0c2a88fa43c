//! Experiments over the golden model, shared by the command-line tool and the tests: SHD-format
//! datasets checked against a configuration, the float and fixed-point models behind one type,
//! training runs that checkpoint every epoch, the cached speech set, the speech table and the
//! design space, and sweeps as independent jobs.

pub mod bench;
pub mod dataset;
pub mod demo;
pub mod design_space;
pub mod diagnose;
pub mod jobs;
pub mod model;
pub mod rtl;
pub mod speech_set;
pub mod speech_table;
pub mod timing_rtl;
pub mod train;

/// Worker threads by default: one per core (2 if the count is unknown).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
