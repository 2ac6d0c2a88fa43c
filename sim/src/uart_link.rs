//! The host side of the board top's byte protocol (`hdl::bridge` documents the frames): a
//! [`UartLink`] implements [`Link`] over any [`ByteTransport`], so the same code drives a real
//! board through a serial port (`serial::SerialTransport`) and a simulated board top at its pins
//! (`board_link::PinTransport`: Verilator's or Icarus's).
//!
//! Stop-and-wait: every request waits for its response. To keep the number of frames (and of
//! round trips through a USB serial adapter) low, the link defers what nobody can observe yet:
//! - `spike` queues the channel; the next `step` sends the queued channels in its STEP frame
//!   (more than 127 go ahead in SPIKES frames), any other command first flushes them (SPIKES);
//! - `write` of consecutive addresses whose values fit a sign-extended byte (or whose memory is
//!   at most 8 bits wide) are combined into WRITE8 frames of up to 251 bytes, sent when the run
//!   ends, is full, or another command comes. An error of a deferred write is reported by the
//!   command that flushed it; call [`UartLink::flush`] to see it at once.

use crate::host::{Link, LinkError, StepStatus};
use golden::config::Config;
use golden::memory::{self, REGION_SHIFT};
use protocol::*;
use std::time::Duration;

/// Most bytes skipped while looking for a response's sync byte.
pub const MAX_SKIP: usize = 4096;

/// The byte protocol (one definition, in `golden::protocol`).
pub use golden::protocol;

/// Why a transport could not move bytes.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("{0}")]
    Io(String),
}

/// A byte pipe to the board: a serial port, or the verilated board's UART pins.
pub trait ByteTransport {
    /// Queues `bytes` for sending (in order).
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError>;
    /// Fills `buf` with received bytes, waiting at most `timeout` in total; returns how many
    /// arrived (fewer than `buf.len()` only on timeout).
    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError>;
    /// Drops every byte received and not yet read.
    fn discard_input(&mut self) -> Result<(), TransportError>;
}

/// One response frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub cmd: u8,
    pub status: u8,
    pub payload: Vec<u8>,
}

/// A request frame: A5, cmd, len, payload, CRC-8 over cmd, len and payload.
pub fn frame(cmd: u8, payload: &[u8]) -> Vec<u8> {
    assert!(
        payload.len() <= protocol::MAX_PAYLOAD,
        "payload of {} bytes",
        payload.len()
    );
    let mut f = Vec::with_capacity(payload.len() + 4);
    f.push(REQUEST_SYNC);
    f.push(cmd);
    f.push(payload.len() as u8);
    f.extend_from_slice(payload);
    let crc = crc8(&f[1..]);
    f.push(crc);
    f
}

/// Counters of what the link moved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    pub requests: u64,
    pub bytes_sent: u64,
    pub bytes_received: u64,
    /// Bytes skipped while looking for a response's sync byte.
    pub bytes_skipped: u64,
}

struct PendingWrite {
    addr: u32,
    bytes: Vec<u8>,
}

/// [`Link`] over the byte protocol.
pub struct UartLink<T: ByteTransport> {
    pub transport: T,
    /// How long to wait for a response (default 2 s).
    pub timeout: Duration,
    widths: Vec<u32>,
    spikes: Vec<u16>,
    writes: Option<PendingWrite>,
    stats: LinkStats,
}

fn err(msg: impl Into<String>) -> LinkError {
    LinkError::Rtl(format!("UART link: {}", msg.into()))
}

fn transport_err(e: TransportError) -> LinkError {
    err(e.to_string())
}

impl<T: ByteTransport> UartLink<T> {
    /// A link to a board whose tile was generated from `cfg` (the memory widths decide which
    /// writes can travel as bytes).
    pub fn new(transport: T, cfg: &Config) -> UartLink<T> {
        let mut widths = vec![64; 1 << (32 - REGION_SHIFT)];
        for m in memory::memories(cfg) {
            widths[m.region as usize] = m.width;
        }
        UartLink {
            transport,
            timeout: Duration::from_secs(2),
            widths,
            spikes: Vec::new(),
            writes: None,
            stats: LinkStats::default(),
        }
    }

    pub fn stats(&self) -> &LinkStats {
        &self.stats
    }

    /// Sends raw bytes (tests use this to send corrupted frames).
    pub fn send_raw(&mut self, bytes: &[u8]) -> Result<(), LinkError> {
        self.stats.bytes_sent += bytes.len() as u64;
        self.transport.send(bytes).map_err(transport_err)
    }

    /// Reads one response frame: skips bytes until the sync byte (at most `MAX_SKIP`), then
    /// checks the CRC. Each read waits at most `timeout` (the transport's notion of time: wall
    /// time on a serial port, simulated board time in co-simulation).
    pub fn read_response(&mut self) -> Result<Response, LinkError> {
        let mut one = [0u8; 1];
        let mut skipped = 0;
        loop {
            self.recv_exact(&mut one, "a response")?;
            if one[0] == RESPONSE_SYNC {
                break;
            }
            self.stats.bytes_skipped += 1;
            skipped += 1;
            if skipped > MAX_SKIP {
                return Err(err(format!(
                    "{MAX_SKIP} bytes without a response sync byte ({RESPONSE_SYNC:#04x}): \
                     wrong baud rate or not a delaytile board?"
                )));
            }
        }
        let mut head = [0u8; 3];
        self.recv_exact(&mut head, "a response header")?;
        let mut rest = vec![0u8; head[2] as usize + 1];
        self.recv_exact(&mut rest, "a response payload")?;
        let crc = rest.pop().expect("CRC byte");
        let mut covered = head.to_vec();
        covered.extend_from_slice(&rest);
        if crc8(&covered) != crc {
            // Let the rest of a garbled frame pass before the next request.
            let _ = self.transport.discard_input();
            return Err(err(format!(
                "response to {} has CRC {crc:#04x}, expected {:#04x}",
                command_name(head[0]),
                crc8(&covered)
            )));
        }
        Ok(Response {
            cmd: head[0],
            status: head[1],
            payload: rest,
        })
    }

    fn recv_exact(&mut self, buf: &mut [u8], what: &str) -> Result<(), LinkError> {
        let n = self
            .transport
            .recv(buf, self.timeout)
            .map_err(transport_err)?;
        self.stats.bytes_received += n as u64;
        if n < buf.len() {
            return Err(err(format!(
                "no complete {what} within {:.3} s ({n} of {} bytes)",
                self.timeout.as_secs_f64(),
                buf.len()
            )));
        }
        Ok(())
    }

    /// Sends one request and returns its response, whatever its status (no deferred work is
    /// flushed first: see [`UartLink::request`]).
    pub fn exchange(&mut self, cmd: u8, payload: &[u8]) -> Result<Response, LinkError> {
        let f = frame(cmd, payload);
        self.stats.requests += 1;
        self.send_raw(&f)?;
        let r = self.read_response()?;
        if r.cmd != cmd && r.status == OK {
            return Err(err(format!(
                "sent {}, the response is for {}",
                command_name(cmd),
                command_name(r.cmd)
            )));
        }
        Ok(r)
    }

    /// Flushes deferred work, sends one request and returns the payload of its OK response;
    /// an error status is an error naming the command.
    pub fn request(&mut self, cmd: u8, payload: &[u8]) -> Result<Vec<u8>, LinkError> {
        self.flush()?;
        self.checked(cmd, payload)
    }

    fn checked(&mut self, cmd: u8, payload: &[u8]) -> Result<Vec<u8>, LinkError> {
        let r = self.exchange(cmd, payload)?;
        if r.status != OK {
            return Err(err(format!(
                "the board answered {} to {} ({} payload bytes)",
                status_name(r.status),
                command_name(cmd),
                payload.len()
            )));
        }
        Ok(r.payload)
    }

    /// Sends deferred writes and spikes.
    pub fn flush(&mut self) -> Result<(), LinkError> {
        if let Some(w) = self.writes.take() {
            let mut p = w.addr.to_le_bytes().to_vec();
            p.extend_from_slice(&w.bytes);
            self.checked(WRITE8, &p)?;
        }
        while !self.spikes.is_empty() {
            let n = self.spikes.len().min(MAX_SPIKES);
            let chunk: Vec<u8> = self.spikes.drain(..n).flat_map(u16::to_le_bytes).collect();
            self.checked(SPIKES, &chunk)?;
        }
        Ok(())
    }

    /// The byte to send for `data` at `addr` in a WRITE8, if one byte carries it exactly.
    fn as_byte(&self, addr: u32, data: u64) -> Option<u8> {
        let v = data as i64;
        if (-128..=127).contains(&v) {
            return Some(v as u8);
        }
        let width = self.widths[(addr >> REGION_SHIFT) as usize];
        (width <= 8).then_some(data as u8)
    }
}

fn le_u64(p: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    b[..p.len().min(8)].copy_from_slice(&p[..p.len().min(8)]);
    u64::from_le_bytes(b)
}

fn payload_len(r: &[u8], n: usize, cmd: u8) -> Result<(), LinkError> {
    if r.len() != n {
        return Err(err(format!(
            "the response to {} has {} payload bytes, expected {n}",
            command_name(cmd),
            r.len()
        )));
    }
    Ok(())
}

impl<T: ByteTransport> Link for UartLink<T> {
    fn write(&mut self, addr: u32, data: u64) -> Result<(), LinkError> {
        if !self.spikes.is_empty() {
            self.flush()?;
        }
        if let Some(b) = self.as_byte(addr, data) {
            if let Some(w) = &mut self.writes
                && w.addr.wrapping_add(w.bytes.len() as u32) == addr
                && w.bytes.len() < MAX_WRITE8
            {
                w.bytes.push(b);
                return Ok(());
            }
            self.flush()?;
            self.writes = Some(PendingWrite {
                addr,
                bytes: vec![b],
            });
            return Ok(());
        }
        let mut p = addr.to_le_bytes().to_vec();
        p.extend_from_slice(&data.to_le_bytes());
        self.request(WRITE, &p).map(|_| ())
    }

    fn read(&mut self, addr: u32) -> Result<u64, LinkError> {
        let r = self.request(READ, &addr.to_le_bytes())?;
        payload_len(&r, 8, READ)?;
        Ok(le_u64(&r))
    }

    fn spike(&mut self, channel: u16) -> Result<(), LinkError> {
        if self.writes.is_some() {
            self.flush()?;
        }
        self.spikes.push(channel);
        Ok(())
    }

    fn step(&mut self) -> Result<StepStatus, LinkError> {
        if self.writes.is_some() {
            let spikes = std::mem::take(&mut self.spikes);
            self.flush()?;
            self.spikes = spikes;
        }
        while self.spikes.len() > MAX_SPIKES {
            let chunk: Vec<u8> = self
                .spikes
                .drain(..MAX_SPIKES)
                .flat_map(u16::to_le_bytes)
                .collect();
            self.checked(SPIKES, &chunk)?;
        }
        let chunk: Vec<u8> = self.spikes.drain(..).flat_map(u16::to_le_bytes).collect();
        let r = self.checked(STEP, &chunk)?;
        payload_len(&r, 7, STEP)?;
        Ok(StepStatus {
            prediction: u16::from_le_bytes([r[0], r[1]]) as usize,
            cycles: u32::from_le_bytes([r[2], r[3], r[4], r[5]]) as u64,
            deadline_missed: r[6] & 1 == 1,
        })
    }

    fn clear(&mut self) -> Result<u64, LinkError> {
        let r = self.request(CLEAR, &[])?;
        payload_len(&r, 4, CLEAR)?;
        Ok(u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as u64)
    }
}

impl<T: ByteTransport> Drop for UartLink<T> {
    fn drop(&mut self) {
        // Deferred writes must not be lost silently; an error here has nobody to go to.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc8_is_smbus() {
        // The CRC-8/SMBUS check value.
        assert_eq!(crc8(b"123456789"), 0xF4);
        assert_eq!(crc8(&[]), 0);
    }

    #[test]
    fn frames_carry_length_and_crc() {
        let f = frame(READ, &[1, 2, 3, 4]);
        assert_eq!(&f[..3], &[REQUEST_SYNC, READ, 4]);
        assert_eq!(f.len(), 8);
        assert_eq!(f[7], crc8(&f[1..7]));
    }
}
