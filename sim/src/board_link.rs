//! [`CosimTransport`]: the byte protocol over the verilated board top's UART pins. Bytes are
//! serialised onto `uart_rx` and decoded from `uart_tx` bit by bit inside the model; timeouts are
//! simulated time at the board's clock, so the protocol code behaves as on a real board.

use crate::uart_link::{ByteTransport, TransportError};
use crate::verilator::{BoardSim, RECEIVE_CAP};
use std::collections::VecDeque;
use std::time::Duration;

pub struct CosimTransport {
    pub board: BoardSim,
    clock_hz: u64,
    tx: Vec<u8>,
    rx: VecDeque<u8>,
}

impl CosimTransport {
    /// `board` runs at `clock_hz` (converts timeouts into cycles).
    pub fn new(board: BoardSim, clock_hz: u64) -> CosimTransport {
        CosimTransport {
            board,
            clock_hz,
            tx: Vec::new(),
            rx: VecDeque::new(),
        }
    }

    /// Clock cycles the board has run.
    pub fn cycles(&self) -> u64 {
        self.board.cycles()
    }

    /// Runs the board for `cycles` cycles with the line idle (or still sending queued bytes).
    pub fn idle(&mut self, mut cycles: u64) {
        while cycles > 0 {
            let run = self.board.run(&self.tx, RECEIVE_CAP, cycles);
            self.tx.drain(..run.sent);
            self.rx.extend(run.received);
            if run.cycles == 0 {
                break;
            }
            cycles = cycles.saturating_sub(run.cycles);
        }
    }

    fn cycles_of(&self, d: Duration) -> u64 {
        ((d.as_secs_f64() * self.clock_hz as f64).ceil() as u64).max(1)
    }
}

impl ByteTransport for CosimTransport {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.tx.extend_from_slice(bytes);
        Ok(())
    }

    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        let mut got = 0;
        while got < buf.len()
            && let Some(b) = self.rx.pop_front()
        {
            buf[got] = b;
            got += 1;
        }
        if got < buf.len() {
            let run = self
                .board
                .run(&self.tx, buf.len() - got, self.cycles_of(timeout));
            self.tx.drain(..run.sent);
            buf[got..got + run.received.len()].copy_from_slice(&run.received);
            got += run.received.len();
        }
        Ok(got)
    }

    fn discard_input(&mut self) -> Result<(), TransportError> {
        self.rx.clear();
        Ok(())
    }
}
