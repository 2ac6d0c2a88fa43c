//! [`BoardSim`]: one running instance of a verilated board top (tile + UART bridge), driven at
//! its pins by a host UART simulated inside the shim (`board_shim.cpp`).

use super::error::Error;
use super::ffi::{Board, LoadedBoard};
use std::path::Path;
use std::sync::Arc;

/// Most bytes one [`BoardSim::run`] with `want` == 0 collects before it returns.
pub const RECEIVE_CAP: usize = 4096;

/// What one [`BoardSim::run`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UartRun {
    /// Bytes of the input that were begun on `uart_rx` (drop them from the send queue).
    pub sent: usize,
    /// Bytes decoded from `uart_tx`.
    pub received: Vec<u8>,
    /// Clock cycles run.
    pub cycles: u64,
}

/// One instance of the board model: its own Verilator context, clock, and host-side UART
/// (encoder and decoder state persist across calls, so a byte may span two calls).
pub struct BoardSim {
    board: *mut Board,
    lib: Arc<LoadedBoard>,
    divisor: u32,
}

// SAFETY: as for `Rtl`: the handle owns its context and model and shares no mutable state.
unsafe impl Send for BoardSim {}

impl BoardSim {
    pub(crate) fn new(
        lib: Arc<LoadedBoard>,
        path: &Path,
        divisor: u32,
        seed: u32,
    ) -> Result<BoardSim, Error> {
        // SAFETY: db_new has no preconditions; null means allocation failed.
        let board = unsafe { (lib.api.new)(divisor, seed) };
        if board.is_null() {
            return Err(Error::Instantiate {
                path: path.to_path_buf(),
            });
        }
        Ok(BoardSim {
            board,
            lib,
            divisor,
        })
    }

    /// Clock cycles per UART bit of the simulated host UART.
    pub fn divisor(&self) -> u32 {
        self.divisor
    }

    /// Clock cycles run since construction.
    pub fn cycles(&self) -> u64 {
        // SAFETY (here and below): `board` is a live handle from db_new, freed only in Drop.
        unsafe { (self.lib.api.cycles)(self.board) }
    }

    /// Frames on `uart_tx` whose stop bit was 0 (the decoder dropped them).
    pub fn frame_errors(&self) -> u64 {
        unsafe { (self.lib.api.frame_errors)(self.board) }
    }

    /// The `uart_tx` pin now.
    pub fn uart_tx(&self) -> bool {
        unsafe { (self.lib.api.uart_tx)(self.board) != 0 }
    }

    /// Runs the model while sending `input` on `uart_rx` and decoding `uart_tx`: until `want`
    /// bytes were received (`want` > 0), or until all of `input` was sent (`want` == 0; bytes
    /// that arrive meanwhile are returned too, up to `RECEIVE_CAP`), or after `max_cycles`.
    pub fn run(&mut self, input: &[u8], want: usize, max_cycles: u64) -> UartRun {
        let cap = if want == 0 { RECEIVE_CAP } else { want };
        let mut out = vec![0u8; cap];
        let (mut consumed, mut n_out) = (0u64, 0u64);
        let cycles = unsafe {
            (self.lib.api.run)(
                self.board,
                input.as_ptr(),
                input.len() as u64,
                &mut consumed,
                out.as_mut_ptr(),
                cap as u64,
                want as u64,
                &mut n_out,
                max_cycles,
            )
        };
        out.truncate(n_out as usize);
        UartRun {
            sent: consumed as usize,
            received: out,
            cycles,
        }
    }
}

impl Drop for BoardSim {
    fn drop(&mut self) {
        // SAFETY: the handle is live and dropped once; `lib` outlives this call.
        unsafe { (self.lib.api.free)(self.board) }
    }
}
