//! [`IcarusBoard`]: the byte protocol over the board top's UART pins under Icarus, the second
//! simulator of `board_link::CosimTransport`. The testbench holds the host's UART, an encoder
//! onto `uart_rx` and a decoder of `uart_tx` that step exactly as `board_shim.cpp`'s do, and runs
//! on request as its `db_run` does; behind `board_link::PinTransport` the same `UartLink` and
//! `Session` drive either simulator.
//!
//! ```text
//!   UartLink ──► IcarusBoard ──stdin "want max n bytes.."──► vvp: tb ──uart_rx──► top (board.v)
//!                     ▲                                           ◄──uart_tx──┘
//!                     └──stdout "rx sent cycles n x bytes.."◄──┘
//! ```
//! Memories start at X, so a never-written value that reaches the line shows up as X on
//! `uart_tx`, which is an error here.

use super::vvp::Vvp;
use crate::board_link::UartPins;
use crate::host::LinkError;
use crate::uart_link::TransportError;
use crate::verilator::UartRun;

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

/// A board top running under Icarus, with the host's UART in its testbench; behind
/// `board_link::PinTransport` it is the byte transport of `UartLink`.
pub struct IcarusBoard {
    vvp: Vvp,
    cycles: u64,
}

fn io(e: LinkError) -> TransportError {
    TransportError::Io(e.to_string())
}

impl IcarusBoard {
    /// Compiles `verilog` (a board top `top` with ports clock, uart_rx, uart_tx, as
    /// `hdl::generate::board_verilog` emits it for a clock and baud rate `divisor` cycles per bit
    /// apart) with the testbench, and starts it.
    pub fn start(verilog: &str, divisor: u32) -> Result<IcarusBoard, LinkError> {
        let vvp = Vvp::start(&[("tb.v", &testbench(divisor.max(2))), ("board.v", verilog)])?;
        Ok(IcarusBoard { vvp, cycles: 0 })
    }
}

impl UartPins for IcarusBoard {
    fn run(
        &mut self,
        input: &[u8],
        want: usize,
        max_cycles: u64,
    ) -> Result<UartRun, TransportError> {
        let n = input.len();
        if n > BUFFER || want > BUFFER {
            return Err(TransportError::Io(format!(
                "{n} bytes queued, {want} wanted: the Icarus board's testbench takes at most \
                 {BUFFER} a run"
            )));
        }
        let bytes: String = input.iter().map(|b| format!(" {b:x}")).collect();
        let what = format!("a UART run ({n} bytes out, {want} wanted)");
        self.vvp
            .send(format_args!("{want:x} {max_cycles:x} {n:x}{bytes}"))
            .and_then(|()| self.vvp.flush())
            .map_err(io)?;
        let words = self.vvp.answer(&what).map_err(io)?;
        let malformed = || {
            TransportError::Io(format!(
                "{what}: Icarus answered `{}`, expected `rx sent cycles x n bytes..`",
                words.join(" ")
            ))
        };
        if words.first().map(String::as_str) != Some("rx") {
            return Err(malformed());
        }
        let number = |i: usize, radix: u32| {
            words
                .get(i)
                .and_then(|w| u64::from_str_radix(w, radix).ok())
                .ok_or_else(malformed)
        };
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
        let received = (0..got as usize)
            .map(|i| number(5 + i, 16).map(|b| b as u8))
            .collect::<Result<_, _>>()?;
        Ok(UartRun {
            sent: sent as usize,
            received,
            cycles,
        })
    }

    fn cycles(&self) -> u64 {
        self.cycles
    }
}
