//! The UART byte protocol of the board top (`hdl::bridge` implements it in hardware,
//! `sim::uart_link` is the host's side): sync bytes, commands, status codes, limits and the
//! CRC. One definition for both ends.
//!
//! ```text
//!  request   A5 | cmd | len | payload[len] | crc8(cmd, len, payload)
//!  response  5A | cmd | status | len | payload[len] | crc8(cmd, status, len, payload)
//!
//!  cmd  name    request payload (little-endian)          response payload (status 0)
//!  01   WRITE   addr u32, data u64              (len 12)  -
//!  02   READ    addr u32                        (len 4)   data u64
//!  03   SPIKES  k x channel u16 (k <= 127)      (len 2k)  -
//!  04   STEP    k x channel u16 (k <= 127)      (len 2k)  prediction u16, cycles u32, flags u8
//!                 (the spikes, then one time step)          (bit 0: deadline missed)
//!  05   CLEAR   -                               (len 0)   busy cycles u32
//!  06   WRITE8  addr u32, k bytes (k >= 1)      (len 4+k) -   (byte i, sign-extended, to addr+i)
//!
//!  status 00 ok | 01 bad CRC | 02 bad length | 03 unknown command | 04 timeout (incomplete frame)
//! ```

/// The longest payload a frame carries: its length is one byte.
pub const MAX_PAYLOAD: usize = u8::MAX as usize;

pub const REQUEST_SYNC: u8 = 0xA5;
pub const RESPONSE_SYNC: u8 = 0x5A;

pub const WRITE: u8 = 0x01;
pub const READ: u8 = 0x02;
pub const SPIKES: u8 = 0x03;
pub const STEP: u8 = 0x04;
pub const CLEAR: u8 = 0x05;
pub const WRITE8: u8 = 0x06;

pub const OK: u8 = 0x00;
pub const BAD_CRC: u8 = 0x01;
pub const BAD_LENGTH: u8 = 0x02;
pub const UNKNOWN_COMMAND: u8 = 0x03;
pub const TIMEOUT: u8 = 0x04;

/// Most channels in one SPIKES or STEP frame.
pub const MAX_SPIKES: usize = 127;
/// Most bytes in one WRITE8 frame.
pub const MAX_WRITE8: usize = 251;

/// The frame timeout in byte times (10 bit periods): the bridge waits this long for the
/// next byte of a frame.
pub const TIMEOUT_BYTES: u64 = 64;

/// CRC-8/SMBUS update with one byte.
pub fn crc8_update(crc: u8, byte: u8) -> u8 {
    let mut c = crc ^ byte;
    for _ in 0..8 {
        c = if c & 0x80 != 0 {
            (c << 1) ^ 0x07
        } else {
            c << 1
        };
    }
    c
}

pub fn crc8(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0, |c, &b| crc8_update(c, b))
}

pub fn status_name(status: u8) -> &'static str {
    match status {
        OK => "ok",
        BAD_CRC => "bad CRC",
        BAD_LENGTH => "bad length",
        UNKNOWN_COMMAND => "unknown command",
        TIMEOUT => "timeout (incomplete frame)",
        _ => "unknown status",
    }
}

pub fn command_name(cmd: u8) -> String {
    match cmd {
        WRITE => "WRITE".into(),
        READ => "READ".into(),
        SPIKES => "SPIKES".into(),
        STEP => "STEP".into(),
        CLEAR => "CLEAR".into(),
        WRITE8 => "WRITE8".into(),
        other => format!("command {other:#04x}"),
    }
}
