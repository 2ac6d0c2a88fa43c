//! [`IcarusBoard`]: the byte protocol over the board top's UART pins under Icarus, the second
//! simulator of `board_link::CosimTransport`. The testbench holds the host's UART, an encoder
//! onto `uart_rx` and a decoder of `uart_tx` that step exactly as `board_shim.cpp`'s do, and runs
//! on request as its `db_run` does, so the same `UartLink` and `Session` drive either simulator.
//!
//! ```text
//!   UartLink ──► IcarusBoard ──stdin "want max n bytes.."──► vvp: tb ──uart_rx──► top (board.v)
//!                     ▲                                           ◄──uart_tx──┘
//!                     └──stdout "rx sent cycles n x bytes.."◄──┘
//! ```
//! Memories start at X, so a never-written value that reaches the line shows up as X on
//! `uart_tx`, which is an error here.

use super::vvp::Vvp;
use crate::host::LinkError;
use crate::uart_link::{ByteTransport, TransportError};
use std::collections::VecDeque;
use std::time::Duration;

/// Most bytes one run sends or collects (the testbench's buffers).
const BUFFER: usize = 1 << 16;

/// The testbench around the board top `top`; `divisor` clock cycles per UART bit.
fn testbench(divisor: u32) -> String {
    format!(
        r#"// delaytile: Icarus testbench of the board top, its host UART inside (sim/src/icarus/board.rs)
module tb;
    reg clock = 0;
    reg uart_rx = 1;
    wire uart_tx;
    top dut(.clock(clock), .uart_rx(uart_rx), .uart_tx(uart_tx));

    reg [7:0] inbuf [0:{buffer}-1];
    reg [7:0] outbuf [0:{buffer}-1];
    reg [63:0] max_cycles, spent;
    reg [31:0] byte_in;
    integer code, i, n_in, want, cap, consumed, n_out;
    reg done, got, xline;
    // Encoder (host -> uart_rx): bit index in the 10-bit frame, -1 when idle.
    integer enc_bit = -1, enc_cnt = 0;
    reg [9:0] enc_frame = 0;
    // Decoder (uart_tx -> host): 0 idle, 1 start bit, 2 data bits, 3 stop bit.
    integer dec_state = 0, dec_cnt = 0, dec_nbits = 0;
    reg [7:0] dec_shift = 0;
    reg line;

    task tick;
        begin
            #5 clock = 1;
            #5 clock = 0;
        end
    endtask

    // Samples uart_tx after a cycle; got = 1 when a frame completes (its byte in dec_shift).
    task decode;
        begin
            got = 0;
            if (uart_tx !== 1'b0 && uart_tx !== 1'b1) xline = 1;
            line = uart_tx === 1'b1;
            case (dec_state)
                0: if (!line) begin
                    dec_state = 1;
                    dec_cnt = 0;
                end
                1: begin
                    dec_cnt = dec_cnt + 1;
                    if (dec_cnt >= {divisor} / 2) begin
                        dec_cnt = 0;
                        dec_nbits = 0;
                        dec_state = line ? 0 : 2;
                    end
                end
                2: begin
                    dec_cnt = dec_cnt + 1;
                    if (dec_cnt >= {divisor}) begin
                        dec_cnt = 0;
                        dec_shift = {{line, dec_shift[7:1]}};
                        dec_nbits = dec_nbits + 1;
                        if (dec_nbits == 8) dec_state = 3;
                    end
                end
                default: begin
                    dec_cnt = dec_cnt + 1;
                    if (dec_cnt >= {divisor}) begin
                        dec_cnt = 0;
                        dec_state = 0;
                        if (line) got = 1;
                    end
                end
            endcase
        end
    endtask

    initial begin
        #1;
        forever begin
            code = $fscanf(32'h8000_0000, "%h %h %h", want, max_cycles, n_in);
            if (code != 3) $finish;
            for (i = 0; i < n_in; i = i + 1) begin
                code = $fscanf(32'h8000_0000, "%h", byte_in);
                inbuf[i] = byte_in[7:0];
            end
            cap = want == 0 ? {buffer} : want;
            consumed = 0;
            n_out = 0;
            spent = 0;
            done = 0;
            xline = 0;
            while (!done && spent < max_cycles) begin
                if (want == 0 && enc_bit < 0 && consumed == n_in) begin
                    done = 1;
                end else begin
                    if (enc_bit < 0 && consumed < n_in) begin
                        enc_frame = {{1'b1, inbuf[consumed], 1'b0}};
                        enc_bit = 0;
                        enc_cnt = 0;
                        consumed = consumed + 1;
                    end
                    uart_rx = enc_bit < 0 ? 1'b1 : enc_frame[enc_bit];
                    tick;
                    spent = spent + 1;
                    if (enc_bit >= 0) begin
                        enc_cnt = enc_cnt + 1;
                        if (enc_cnt >= {divisor}) begin
                            enc_cnt = 0;
                            enc_bit = enc_bit + 1;
                            if (enc_bit == 10) enc_bit = -1;
                        end
                    end
                    decode;
                    if (got) begin
                        outbuf[n_out] = dec_shift;
                        n_out = n_out + 1;
                        if ((want > 0 && n_out >= want) || n_out >= cap) done = 1;
                    end
                end
            end
            $write("rx %0d %0d %0d %0d", consumed, spent, xline, n_out);
            for (i = 0; i < n_out; i = i + 1) $write(" %h", outbuf[i]);
            $write("\n");
            $fflush(32'h8000_0001);
        end
    end
endmodule
"#,
        buffer = BUFFER,
    )
}

/// A board top running under Icarus, with the host's UART in its testbench.
pub struct IcarusBoard {
    vvp: Vvp,
    clock_hz: u64,
    cycles: u64,
    tx: Vec<u8>,
    rx: VecDeque<u8>,
}

fn io(e: LinkError) -> TransportError {
    TransportError::Io(e.to_string())
}

impl IcarusBoard {
    /// Compiles `verilog` (a board top `top` with ports clock, uart_rx, uart_tx, as
    /// `hdl::generate::board_verilog` emits it for `clock_hz` and the baud rate that makes
    /// `divisor` cycles per bit) with the testbench, and starts it.
    pub fn start(verilog: &str, divisor: u32, clock_hz: u64) -> Result<IcarusBoard, LinkError> {
        let divisor = divisor.max(2);
        let vvp = Vvp::start(&[("tb.v", &testbench(divisor)), ("board.v", verilog)])?;
        Ok(IcarusBoard {
            vvp,
            clock_hz,
            cycles: 0,
            tx: Vec::new(),
            rx: VecDeque::new(),
        })
    }

    /// Clock cycles simulated so far.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// Runs the board while sending the queued bytes, until `want` bytes arrived (`want` > 0),
    /// or all were sent (`want` == 0), or after `max_cycles`; the bytes received.
    fn run(&mut self, want: usize, max_cycles: u64) -> Result<Vec<u8>, TransportError> {
        let n = self.tx.len();
        if n > BUFFER || want > BUFFER {
            return Err(TransportError::Io(format!(
                "{n} bytes queued, {want} wanted: the Icarus board's testbench takes at most \
                 {BUFFER} a run"
            )));
        }
        let bytes: String = self.tx.iter().map(|b| format!(" {b:x}")).collect();
        let what = format!("a UART run ({n} bytes out, {want} wanted)");
        self.vvp
            .send(format_args!("{want:x} {max_cycles:x} {n:x}{bytes}"))
            .and_then(|()| self.vvp.flush())
            .map_err(io)?;
        let words = self.vvp.answer(&what).map_err(io)?;
        let number = |i: usize, radix: u32| {
            words
                .get(i)
                .and_then(|w| u64::from_str_radix(w, radix).ok())
                .ok_or_else(|| {
                    TransportError::Io(format!(
                        "{what}: Icarus answered `{}`, expected `rx sent cycles x n bytes..`",
                        words.join(" ")
                    ))
                })
        };
        if words.first().map(String::as_str) != Some("rx") {
            return Err(TransportError::Io(format!(
                "{what}: Icarus answered `{}`",
                words.join(" ")
            )));
        }
        let (sent, cycles, xline, got) = (
            number(1, 10)?,
            number(2, 10)?,
            number(3, 10)?,
            number(4, 10)?,
        );
        self.cycles += cycles;
        if xline != 0 {
            return Err(TransportError::Io(format!(
                "{what}: uart_tx was X or Z: the board sent a value that was never written \
                 (by cycle {})",
                self.cycles
            )));
        }
        self.tx.drain(..sent as usize);
        (0..got as usize)
            .map(|i| number(5 + i, 16).map(|b| b as u8))
            .collect()
    }

    fn cycles_of(&self, d: Duration) -> u64 {
        ((d.as_secs_f64() * self.clock_hz as f64).ceil() as u64).max(1)
    }
}

impl ByteTransport for IcarusBoard {
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
            let received = self.run(buf.len() - got, self.cycles_of(timeout))?;
            buf[got..got + received.len()].copy_from_slice(&received);
            got += received.len();
        }
        Ok(got)
    }

    fn discard_input(&mut self) -> Result<(), TransportError> {
        self.rx.clear();
        Ok(())
    }
}
