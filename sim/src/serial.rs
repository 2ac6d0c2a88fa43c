//! [`SerialTransport`]: the byte protocol over a real serial port (8N1, no flow control), e.g. the
//! FTDI UART of an iCEBreaker or ULX3S board.

use crate::uart_link::{ByteTransport, TransportError};
use std::io::{ErrorKind, Read, Write};
use std::time::{Duration, Instant};

pub struct SerialTransport {
    port: Box<dyn serialport::SerialPort>,
    path: String,
}

impl SerialTransport {
    /// Opens `path` at `baud`, 8 data bits, no parity, one stop bit, no flow control, and drops
    /// whatever the port had buffered.
    pub fn open(path: &str, baud: u32) -> Result<SerialTransport, TransportError> {
        let port = serialport::new(path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(Duration::from_millis(50))
            .open()
            .map_err(|e| TransportError::Io(format!("cannot open serial port {path}: {e}")))?;
        let mut t = SerialTransport {
            port,
            path: path.to_string(),
        };
        t.discard_input()?;
        Ok(t)
    }

    fn io(&self, what: &str, e: impl std::fmt::Display) -> TransportError {
        TransportError::Io(format!("serial port {}: {what}: {e}", self.path))
    }
}

impl ByteTransport for SerialTransport {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.port
            .write_all(bytes)
            .and_then(|_| self.port.flush())
            .map_err(|e| self.io("write", e))
    }

    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        let deadline = Instant::now() + timeout;
        let mut got = 0;
        while got < buf.len() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            self.port
                .set_timeout(left)
                .map_err(|e| self.io("set timeout", e))?;
            match self.port.read(&mut buf[got..]) {
                Ok(n) => got += n,
                Err(e) if e.kind() == ErrorKind::TimedOut => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(self.io("read", e)),
            }
        }
        Ok(got)
    }

    fn discard_input(&mut self) -> Result<(), TransportError> {
        self.port
            .clear(serialport::ClearBuffer::Input)
            .map_err(|e| self.io("clear input", e))
    }
}
