//! `Link` over Icarus Verilog: the second, event-driven simulator. The generated tile is
//! compiled with `iverilog -g2012` together with a testbench that reads host commands from its
//! standard input, drives them on the command port exactly as the Verilator shim does (offer until
//! an edge accepts, then wait for the response or for `busy` to fall), and prints one answer line
//! per command. So the same `Host` and the same scoreboard (`cosim`) run unchanged on Icarus:
//! value for value and cycle for cycle against the golden model.
//!
//! ```text
//!   Host ──► IcarusLink ──stdin "op addr data"──► vvp: tb ──► top (tile.v)
//!                 ▲                                    │
//!                 └───stdout "ok" | "rd <hex>" | ...◄──┘
//! ```
//! Icarus starts memories at X (no start-up value at all), so a read of a never-written value
//! shows up as X bits in an answer, which is an error here. A simulation that stops advancing
//! (combinational blocks that keep waking each other) is reported after `stall` seconds.

mod board;
mod vvp;

pub use board::IcarusBoard;

use crate::host::{Link, LinkError, StepStatus, op};
use vvp::{Vvp, rtl};

/// Cycles a command may wait for `cmd_ready` (as `link::RtlLink`).
const MAX_HANDSHAKE: u64 = 64;
/// Bound on the busy cycles of one STEP or CLEAR (as `link::RtlLink`).
const MAX_BUSY: u64 = 1 << 26;
/// Testbench-only opcode: answer with the cycles run so far.
const OP_CYCLES: u8 = 15;

/// The testbench around `top`: one command per input line (`op addr data`, hexadecimal), one
/// answer line per command. A cycle is: inputs set, 5 time units, rising edge, 5 time units,
/// falling edge; outputs are sampled after it (the shim's `tick1`). `initial` blocks of the tile
/// run first (`#1`).
fn testbench() -> String {
    format!(
        r#"// delaytile: Icarus testbench driven over stdin/stdout (sim/src/icarus.rs)
module tb;
    reg clock = 0;
    reg cmd_valid = 0;
    reg [3:0] cmd_op = 0;
    reg [31:0] cmd_addr = 0;
    reg [63:0] cmd_data = 0;
    wire cmd_ready, rsp_valid, busy, deadline_missed;
    wire [63:0] rsp_data;
    wire [31:0] last_cycles;
    wire [15:0] prediction;
    top dut(.clock(clock), .cmd_valid(cmd_valid), .cmd_op(cmd_op), .cmd_addr(cmd_addr),
        .cmd_data(cmd_data), .cmd_ready(cmd_ready), .rsp_valid(rsp_valid), .rsp_data(rsp_data),
        .busy(busy), .last_cycles(last_cycles), .deadline_missed(deadline_missed),
        .prediction(prediction));

    reg [63:0] cycles = 0;
    integer code;
    reg [31:0] op, addr;
    reg [63:0] data, spent;
    reg accept, accepted;

    task tick;
        begin
            #5 clock = 1;
            #5 clock = 0;
            cycles = cycles + 1;
        end
    endtask

    // Offer the command until a rising edge accepts it (cmd_ready was 1 before that edge).
    task offer;
        begin
            cmd_valid = 1;
            cmd_op = op[3:0];
            cmd_addr = addr;
            cmd_data = data;
            accepted = 0;
            spent = 0;
            while (!accepted && spent < {max_handshake}) begin
                accept = cmd_ready;
                tick;
                spent = spent + 1;
                if (accept === 1'b1) accepted = 1;
            end
            cmd_valid = 0;
            cmd_op = 0;
        end
    endtask

    task wait_idle;
        begin
            spent = 0;
            while (busy === 1'b1 && spent < {max_busy}) begin
                tick;
                spent = spent + 1;
            end
        end
    endtask

    initial begin
        #1;
        forever begin
            code = $fscanf(32'h8000_0000, "%h %h %h", op, addr, data);
            if (code != 3) $finish;
            if (op == {cycles_op}) begin
                $display("cy %0d", cycles);
            end else begin
                offer;
                if (!accepted) begin
                    $display("timeout handshake");
                end else if (op == {read}) begin
                    spent = 1;
                    while (rsp_valid !== 1'b1 && spent < {max_handshake}) begin
                        tick;
                        spent = spent + 1;
                    end
                    if (rsp_valid === 1'b1) $display("rd %h", rsp_data);
                    else $display("timeout response");
                end else if (op == {step} || op == {clear}) begin
                    wait_idle;
                    if (busy === 1'b1) $display("timeout busy");
                    else if (busy !== 1'b0) $display("%s x", op == {step} ? "st x x x" : "cl");
                    else if (op == {step})
                        $display("st %0d %0d %0d %0d", spent, last_cycles, prediction,
                            deadline_missed);
                    else $display("cl %0d", spent);
                end else begin
                    $display("ok");
                end
            end
            $fflush(32'h8000_0001);
        end
    end
endmodule
"#,
        max_handshake = MAX_HANDSHAKE,
        max_busy = MAX_BUSY,
        cycles_op = OP_CYCLES,
        read = op::READ,
        step = op::STEP,
        clear = op::CLEAR,
    )
}

/// A running `vvp` process with the tile and the testbench; one per link.
pub struct IcarusLink {
    vvp: Vvp,
}

impl IcarusLink {
    /// Compiles `verilog` (a module `top` with the tile's ports) with the testbench and starts
    /// the simulation; memories start at X, registers at their `initial` values.
    pub fn start(verilog: &str) -> Result<IcarusLink, LinkError> {
        let vvp = Vvp::start(&[("tb.v", &testbench()), ("tile.v", verilog)])?;
        Ok(IcarusLink { vvp })
    }

    fn send(&mut self, op: u8, addr: u32, data: u64) -> Result<(), LinkError> {
        self.vvp.send(format_args!("{op:x} {addr:x} {data:x}"))
    }

    fn flush(&mut self) -> Result<(), LinkError> {
        self.vvp.flush()
    }

    /// The next answer line, split into words; errors for a stall, an exit or a timeout.
    fn answer(&mut self, what: &str) -> Result<Vec<String>, LinkError> {
        let words = self.vvp.answer(what)?;
        if words.first().map(String::as_str) == Some("timeout") {
            let cycles = if words.get(1).map(String::as_str) == Some("busy") {
                MAX_BUSY
            } else {
                MAX_HANDSHAKE
            };
            return Err(LinkError::Timeout {
                what: what.to_string(),
                cycles,
            });
        }
        Ok(words)
    }

    /// The answer to `what`, which must start with `tag` and have `n` numbers after it
    /// (decimal, or hexadecimal if `hex`); X or Z bits are an error.
    fn numbers(
        &mut self,
        what: &str,
        tag: &str,
        n: usize,
        hex: bool,
    ) -> Result<Vec<u64>, LinkError> {
        let words = self.answer(what)?;
        if words.len() != n + 1 || words[0] != tag {
            return Err(rtl(format!(
                "{what}: expected an answer `{tag}` with {n} values, vvp printed `{}`",
                words.join(" ")
            )));
        }
        words[1..]
            .iter()
            .map(|w| {
                let radix = if hex { 16 } else { 10 };
                u64::from_str_radix(w, radix).map_err(|_| {
                    rtl(format!(
                        "{what}: Icarus answered `{}`: X or Z bits, the RTL read a value \
                         that was never written",
                        words.join(" ")
                    ))
                })
            })
            .collect()
    }

    /// Clock cycles simulated so far.
    pub fn cycles(&mut self) -> Result<u64, LinkError> {
        self.send(OP_CYCLES, 0, 0)?;
        self.flush()?;
        Ok(self.numbers("the cycle count", "cy", 1, false)?[0])
    }

    fn simple(&mut self, op: u8, addr: u32, data: u64, what: &str) -> Result<(), LinkError> {
        self.send(op, addr, data)?;
        self.flush()?;
        self.numbers(what, "ok", 0, false).map(|_| ())
    }
}

impl Link for IcarusLink {
    fn write(&mut self, addr: u32, data: u64) -> Result<(), LinkError> {
        self.simple(op::WRITE, addr, data, &format!("WRITE {addr:#x}"))
    }

    fn read(&mut self, addr: u32) -> Result<u64, LinkError> {
        Ok(self.read_many(&[addr])?[0])
    }

    /// All READs are sent at once and answered in order (the pipe keeps them).
    fn read_many(&mut self, addrs: &[u32]) -> Result<Vec<u64>, LinkError> {
        for &a in addrs {
            self.send(op::READ, a, 0)?;
        }
        self.flush()?;
        addrs
            .iter()
            .map(|a| Ok(self.numbers(&format!("READ {a:#x}"), "rd", 1, true)?[0]))
            .collect()
    }

    fn spike(&mut self, channel: u16) -> Result<(), LinkError> {
        self.simple(op::SPIKE, 0, channel as u64, &format!("SPIKE {channel}"))
    }

    fn step(&mut self) -> Result<StepStatus, LinkError> {
        self.send(op::STEP, 0, 0)?;
        self.flush()?;
        let v = self.numbers("STEP", "st", 4, false)?;
        let (busy, cycles) = (v[0], v[1]);
        if busy != cycles {
            return Err(rtl(format!(
                "the tile reports last_cycles = {cycles} but was busy for {busy} cycles"
            )));
        }
        Ok(StepStatus {
            cycles,
            prediction: v[2] as usize,
            deadline_missed: v[3] != 0,
        })
    }

    fn clear(&mut self) -> Result<u64, LinkError> {
        self.send(op::CLEAR, 0, 0)?;
        self.flush()?;
        Ok(self.numbers("CLEAR", "cl", 1, false)?[0])
    }
}
