//! [`PinTransport`]: the byte protocol over a simulated board top's UART pins. Bytes are
//! serialised onto `uart_rx` and decoded from `uart_tx` bit by bit inside the simulation;
//! timeouts are simulated time at the board's clock, so the protocol code behaves as on a real
//! board. The simulation is Verilator's ([`CosimTransport`], `verilator::BoardSim`) or Icarus's
//! (`icarus::IcarusBoard`); both step the host's UART the same way.

use crate::uart_link::{ByteTransport, TransportError};
use crate::verilator::{BoardSim, UartRun};
use std::time::Duration;

/// A simulated board top driven at its UART pins.
pub trait UartPins {
    /// Runs the board while sending `input` on `uart_rx` and decoding `uart_tx`: until `want`
    /// bytes were received (`want` > 0), or until all of `input` was sent (`want` == 0), or
    /// after `max_cycles`.
    fn run(
        &mut self,
        input: &[u8],
        want: usize,
        max_cycles: u64,
    ) -> Result<UartRun, TransportError>;
    /// Clock cycles run since the start.
    fn cycles(&self) -> u64;
}

impl UartPins for BoardSim {
    fn run(
        &mut self,
        input: &[u8],
        want: usize,
        max_cycles: u64,
    ) -> Result<UartRun, TransportError> {
        Ok(BoardSim::run(self, input, want, max_cycles))
    }

    fn cycles(&self) -> u64 {
        BoardSim::cycles(self)
    }
}

/// The byte transport over the pins of `board`.
pub struct PinTransport<P> {
    pub board: P,
    clock_hz: u64,
    tx: Vec<u8>,
}

/// The byte transport over the verilated board top.
pub type CosimTransport = PinTransport<BoardSim>;

impl<P: UartPins> PinTransport<P> {
    /// `board` runs at `clock_hz` (converts timeouts into cycles).
    pub fn new(board: P, clock_hz: u64) -> PinTransport<P> {
        PinTransport {
            board,
            clock_hz,
            tx: Vec::new(),
        }
    }

    /// Clock cycles the board has run.
    pub fn cycles(&self) -> u64 {
        self.board.cycles()
    }

    fn cycles_of(&self, d: Duration) -> u64 {
        ((d.as_secs_f64() * self.clock_hz as f64).ceil() as u64).max(1)
    }
}

impl<P: UartPins> ByteTransport for PinTransport<P> {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.tx.extend_from_slice(bytes);
        Ok(())
    }

    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        if buf.is_empty() {
            return Ok(0);
        }
        let run = self
            .board
            .run(&self.tx, buf.len(), self.cycles_of(timeout))?;
        self.tx.drain(..run.sent);
        buf[..run.received.len()].copy_from_slice(&run.received);
        Ok(run.received.len())
    }

    /// Nothing waits unread: the simulation runs (and decodes `uart_tx`) only inside `recv`, and
    /// stops at the bytes it was asked for.
    fn discard_input(&mut self) -> Result<(), TransportError> {
        Ok(())
    }
}
