//! The UART bridge: framed, checksummed byte commands in, the tile's command port out, one
//! framed response per request. The protocol is `golden::protocol`'s (its table of commands and
//! status codes; `sim::uart_link` speaks it from the host; `protocol` below re-exports it).
//! CRC-8 is polynomial 0x07, initial value 0, no reflection (CRC-8/SMBUS). A request is checked
//! whole before anything runs (CRC first, then the command, then its length), so a corrupted
//! frame has no effect. Errors answer with `len` 0. Between frames every byte other than A5 is
//! skipped; a frame whose next byte does not come within `timeout` cycles is answered with
//! status 04 (its `cmd` byte, or 0 if none came), so the link resynchronises on the next A5.
//! The host sends one request and waits for its response (the bridge ignores bytes while it
//! executes or answers). The command port is driven from registers only: a payload byte read
//! from the buffer is registered before it goes out (one cycle per SPIKE channel and WRITE8
//! entry), so no block-RAM output is on a path into the tile, and the port itself (valid, op,
//! addr, data) is registered from the next state (`port_*`), so the state's decode is not on
//! it either: the tile sees the same values in the same cycles as if they were decoded from the
//! state. The next state into an issuing state comes from registers in one or two levels: a
//! request's checks are registered (`status`) and acted on a cycle later (DISPATCH), the last
//! SPIKE channel or WRITE8 entry is known a cycle ahead (`last`). A READ's response is
//! registered as it comes (`rsp_hold`, every cycle), so the tile's response mux ends in a plain
//! register.
//!
//! ```text
//!                 +--------------------------------------------------------+
//!  clock -------->|  UartRx -> frame parser -> payload buffer (256 x 8)     |--> cmd_valid
//!  rx ----------->|            (CRC-8, length and command checks)          |--> cmd_op[4]
//!  cmd_ready ---->|  executor: WRITE / READ / SPIKE... / STEP / CLEAR on    |--> cmd_addr[32]
//!  rsp_valid ---->|            the tile's command port, waits for idle     |--> cmd_data[64]
//!  rsp_data[64] ->|  responder: status + payload -> UartTx                 |--> tx
//!  busy --------->|                                                        |
//!  last_cycles -->|                                                        |
//!  deadline_missed|                                                        |
//!  prediction --->|                                                        |
//!                 +--------------------------------------------------------+
//! ```

use crate::crc8::Crc8;
use crate::ram::Memory;
use crate::uart::{UartRx, UartTx};
use rust_hdl::prelude::*;

/// The payload buffer: (width, depth): one byte per entry, room for the longest payload a frame
/// carries (`golden::protocol::MAX_PAYLOAD`) plus one.
pub const PAYLOAD_BUFFER: (u32, u64) = (8, golden::protocol::MAX_PAYLOAD as u64 + 1);

/// The byte protocol (one definition, in `golden::protocol`, shared with the host driver).
pub use golden::protocol;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum BridgeState {
    Sync,
    Cmd,
    Len,
    Payload,
    Check,
    Dispatch,
    Write,
    Read,
    ReadWait,
    SpikeLo,
    SpikeHi,
    SpikeHold,
    SpikeIssue,
    Step,
    StepWait,
    Clear,
    ClearWait,
    Write8Read,
    Write8Hold,
    Write8Issue,
    TxByte,
    TxHold,
}

#[derive(LogicBlock)]
pub struct Bridge {
    pub clock: Signal<In, Clock>,
    pub rx: Signal<In, Bit>,
    pub tx: Signal<Out, Bit>,
    pub cmd_valid: Signal<Out, Bit>,
    pub cmd_op: Signal<Out, Bits<4>>,
    pub cmd_addr: Signal<Out, Bits<32>>,
    pub cmd_data: Signal<Out, Bits<64>>,
    pub cmd_ready: Signal<In, Bit>,
    pub rsp_valid: Signal<In, Bit>,
    pub rsp_data: Signal<In, Bits<64>>,
    pub busy: Signal<In, Bit>,
    pub last_cycles: Signal<In, Bits<32>>,
    pub deadline_missed: Signal<In, Bit>,
    pub prediction: Signal<In, Bits<16>>,

    urx: UartRx,
    utx: UartTx,
    payload: Memory,
    crc_rx: Crc8,
    crc_tx: Crc8,

    state: DFF<BridgeState>,
    cmd: DFF<Bits<8>>,
    len: DFF<Bits<8>>,
    cnt: DFF<Bits<8>>,
    crc: DFF<Bits<8>>,
    addr: DFF<Bits<32>>,
    data: DFF<Bits<64>>,
    /// WRITE8's entry address (addr + i): addr in DISPATCH, one more as each entry is taken,
    /// so that no adder is on the command port's path into the tile.
    w8_addr: DFF<Bits<32>>,
    /// The SPIKE channel or WRITE8 entry about to issue is the frame's last (registered a cycle
    /// ahead, so that no comparison is on the next state's path into the port).
    last: DFF<Bit>,
    lo: DFF<Bits<8>>,
    idle: DFF<Bits<32>>,
    busy_cnt: DFF<Bits<32>>,
    status: DFF<Bits<8>>,
    plen: DFF<Bits<8>>,
    pay: DFF<Bits<64>>,
    /// The tile's response and its valid bit, registered every cycle (READ takes them a cycle
    /// later, so no multiplexer of the bridge is on the tile's read-data path).
    rsp_hold: DFF<Bits<64>>,
    rsp_got: DFF<Bit>,
    ti: DFF<Bits<8>>,
    tcrc: DFF<Bits<8>>,
    /// The command port, registered: what the state the bridge enters issues (a function of
    /// the state, taken from its next value). Valid is its own flip-flop rather than `op != 0`,
    /// so the tile's command decode starts from a register.
    port_valid: DFF<Bit>,
    port_op: DFF<Bits<4>>,
    port_addr: DFF<Bits<32>>,
    port_data: DFF<Bits<64>>,

    rx_byte: Signal<Local, Bits<8>>,
    known: Signal<Local, Bit>,
    len_ok: Signal<Local, Bit>,
    tx_byte: Signal<Local, Bits<8>>,
    sext: Signal<Local, Bits<64>>,
    // The transmitter's start, computed here and assigned once at the end (ARCHITECTURE.md,
    // "one assignment per output": UartTx reads it).
    start_v: Signal<Local, Bit>,

    timeout: Constant<Bits<32>>,
    req_sync: Constant<Bits<8>>,
    rsp_sync: Constant<Bits<8>>,
    c_write: Constant<Bits<8>>,
    c_read: Constant<Bits<8>>,
    c_spikes: Constant<Bits<8>>,
    c_step: Constant<Bits<8>>,
    c_clear: Constant<Bits<8>>,
    c_write8: Constant<Bits<8>>,
    s_ok: Constant<Bits<8>>,
    s_bad_crc: Constant<Bits<8>>,
    s_bad_length: Constant<Bits<8>>,
    s_unknown: Constant<Bits<8>>,
    s_timeout: Constant<Bits<8>>,
    op_write: Constant<Bits<4>>,
    op_read: Constant<Bits<4>>,
    op_spike: Constant<Bits<4>>,
    op_step: Constant<Bits<4>>,
    op_clear: Constant<Bits<4>>,
    byte_sign: Constant<Bits<64>>,
}

fn c8(x: u8) -> Constant<Bits<8>> {
    Constant::new((x as u64).to_bits())
}

fn c4(x: u8) -> Constant<Bits<4>> {
    Constant::new((x as u64).to_bits())
}

impl Bridge {
    /// `divisor` clock cycles per UART bit; a frame times out after `protocol::TIMEOUT_BYTES`
    /// byte times without a byte.
    pub fn new(divisor: u64) -> Bridge {
        use crate::tile::op;
        use protocol::*;
        Bridge {
            clock: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            cmd_valid: Default::default(),
            cmd_op: Default::default(),
            cmd_addr: Default::default(),
            cmd_data: Default::default(),
            cmd_ready: Default::default(),
            rsp_valid: Default::default(),
            rsp_data: Default::default(),
            busy: Default::default(),
            last_cycles: Default::default(),
            deadline_missed: Default::default(),
            prediction: Default::default(),
            urx: UartRx::new(divisor),
            utx: UartTx::new(divisor),
            payload: Memory::new(PAYLOAD_BUFFER.0, PAYLOAD_BUFFER.1),
            crc_rx: Crc8::new(),
            crc_tx: Crc8::new(),
            state: Default::default(),
            cmd: Default::default(),
            len: Default::default(),
            cnt: Default::default(),
            crc: Default::default(),
            addr: Default::default(),
            data: Default::default(),
            w8_addr: Default::default(),
            last: Default::default(),
            lo: Default::default(),
            idle: Default::default(),
            busy_cnt: Default::default(),
            status: Default::default(),
            plen: Default::default(),
            pay: Default::default(),
            rsp_hold: Default::default(),
            rsp_got: Default::default(),
            ti: Default::default(),
            tcrc: Default::default(),
            port_valid: Default::default(),
            port_op: Default::default(),
            port_addr: Default::default(),
            port_data: Default::default(),
            rx_byte: Default::default(),
            known: Default::default(),
            len_ok: Default::default(),
            tx_byte: Default::default(),
            sext: Default::default(),
            start_v: Default::default(),
            timeout: Constant::new((divisor * 10 * TIMEOUT_BYTES).to_bits()),
            req_sync: c8(REQUEST_SYNC),
            rsp_sync: c8(RESPONSE_SYNC),
            c_write: c8(WRITE),
            c_read: c8(READ),
            c_spikes: c8(SPIKES),
            c_step: c8(STEP),
            c_clear: c8(CLEAR),
            c_write8: c8(WRITE8),
            s_ok: c8(OK),
            s_bad_crc: c8(BAD_CRC),
            s_bad_length: c8(BAD_LENGTH),
            s_unknown: c8(UNKNOWN_COMMAND),
            s_timeout: c8(TIMEOUT),
            op_write: c4(op::WRITE),
            op_read: c4(op::READ),
            op_spike: c4(op::SPIKE),
            op_step: c4(op::STEP),
            op_clear: c4(op::CLEAR),
            byte_sign: Constant::new(0x80u64.to_bits()),
        }
    }
}

impl Logic for Bridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, cmd, len, cnt, crc, addr, data, w8_addr, last, lo, idle, busy_cnt,
            status, plen, pay, rsp_hold, rsp_got, ti, tcrc, port_valid, port_op, port_addr,
            port_data
        );
        self.rsp_hold.d.next = self.rsp_data.val();
        self.rsp_got.d.next = self.rsp_valid.val();
        clock!(self, clock, urx, utx, payload);
        self.urx.rx.next = self.rx.val();
        self.tx.next = self.utx.tx.val();
        self.rx_byte.next = self.urx.data.val();

        // The response byte at index ti: sync, cmd, status, len, payload (LSB first), CRC.
        self.tx_byte.next = self.tcrc.q.val();
        if self.ti.q.val() < self.plen.q.val() + 4 {
            self.tx_byte.next = self.pay.q.val().get_bits::<8>(0);
        }
        if self.ti.q.val() == 3 {
            self.tx_byte.next = self.plen.q.val();
        }
        if self.ti.q.val() == 2 {
            self.tx_byte.next = self.status.q.val();
        }
        if self.ti.q.val() == 1 {
            self.tx_byte.next = self.cmd.q.val();
        }
        if self.ti.q.val() == 0 {
            self.tx_byte.next = self.rsp_sync.val();
        }
        // Defaults: no transmission, the payload buffer written at `cnt` with the received byte
        // only while a payload arrives.
        self.start_v.next = false;
        self.utx.data.next = self.tx_byte.val();
        self.payload.write_address.next = bit_cast::<32, 8>(self.cnt.q.val());
        self.payload.write_data.next = bit_cast::<64, 8>(self.rx_byte.val());
        self.payload.write_enable.next = false;
        self.payload.read_address.next = bit_cast::<32, 8>(self.cnt.q.val());
        self.crc_rx.crc_in.next = self.crc.q.val();
        self.crc_rx.data_in.next = self.rx_byte.val();
        self.sext.next = (bit_cast::<64, 8>(self.payload.read_data.val().get_bits::<8>(0))
            ^ self.byte_sign.val())
            - self.byte_sign.val();

        // Request checks (valid in Check, once the whole frame is in).
        self.known.next = (self.cmd.q.val() == self.c_write.val())
            | (self.cmd.q.val() == self.c_read.val())
            | (self.cmd.q.val() == self.c_spikes.val())
            | (self.cmd.q.val() == self.c_step.val())
            | (self.cmd.q.val() == self.c_clear.val())
            | (self.cmd.q.val() == self.c_write8.val());
        self.len_ok.next = false;
        if self.cmd.q.val() == self.c_write.val() {
            self.len_ok.next = self.len.q.val() == 12;
        }
        if self.cmd.q.val() == self.c_read.val() {
            self.len_ok.next = self.len.q.val() == 4;
        }
        if (self.cmd.q.val() == self.c_spikes.val()) | (self.cmd.q.val() == self.c_step.val()) {
            self.len_ok.next = !self.len.q.val().get_bit(0);
        }
        if self.cmd.q.val() == self.c_clear.val() {
            self.len_ok.next = self.len.q.val() == 0;
        }
        if self.cmd.q.val() == self.c_write8.val() {
            self.len_ok.next = self.len.q.val() >= 5;
        }

        self.crc_tx.crc_in.next = self.tcrc.q.val();
        self.crc_tx.data_in.next = self.tx_byte.val();

        // Inter-byte timeout while a frame is being received.
        self.idle.d.next = 0.into();
        if (self.state.q.val() == BridgeState::Cmd)
            | (self.state.q.val() == BridgeState::Len)
            | (self.state.q.val() == BridgeState::Payload)
            | (self.state.q.val() == BridgeState::Check)
        {
            if !self.urx.valid.val() {
                self.idle.d.next = self.idle.q.val() + 1;
            }
            if self.idle.q.val() == self.timeout.val() {
                self.status.d.next = self.s_timeout.val();
                self.plen.d.next = 0.into();
                self.ti.d.next = 0.into();
                self.tcrc.d.next = 0.into();
                self.state.d.next = BridgeState::TxByte;
            }
        }

        match self.state.q.val() {
            BridgeState::Sync => {
                self.cmd.d.next = 0.into();
                self.crc.d.next = 0.into();
                if self.urx.valid.val() & (self.rx_byte.val() == self.req_sync.val()) {
                    self.state.d.next = BridgeState::Cmd;
                }
            }
            BridgeState::Cmd => {
                if self.urx.valid.val() {
                    self.cmd.d.next = self.rx_byte.val();
                    self.crc.d.next = self.crc_rx.crc_out.val();
                    self.state.d.next = BridgeState::Len;
                }
            }
            BridgeState::Len => {
                if self.urx.valid.val() {
                    self.len.d.next = self.rx_byte.val();
                    self.crc.d.next = self.crc_rx.crc_out.val();
                    self.cnt.d.next = 0.into();
                    if self.rx_byte.val() == 0 {
                        self.state.d.next = BridgeState::Check;
                    } else {
                        self.state.d.next = BridgeState::Payload;
                    }
                }
            }
            BridgeState::Payload => {
                if self.urx.valid.val() {
                    self.payload.write_enable.next = true;
                    self.crc.d.next = self.crc_rx.crc_out.val();
                    self.cnt.d.next = self.cnt.q.val() + 1;
                    // addr: the first four bytes; data: the last eight.
                    if self.cnt.q.val() < 4 {
                        self.addr.d.next = (self.addr.q.val() >> 8)
                            | (bit_cast::<32, 8>(self.rx_byte.val()) << 24);
                    }
                    self.data.d.next =
                        (self.data.q.val() >> 8) | (bit_cast::<64, 8>(self.rx_byte.val()) << 56);
                    if self.cnt.q.val() + 1 == self.len.q.val() {
                        self.state.d.next = BridgeState::Check;
                    }
                }
            }
            BridgeState::Check => {
                // The checks' verdict into `status`; DISPATCH acts on it a cycle later, so that
                // no check is on the next state's path into the command port.
                if self.urx.valid.val() {
                    self.status.d.next = self.s_ok.val();
                    self.plen.d.next = 0.into();
                    self.pay.d.next = 0.into();
                    self.ti.d.next = 0.into();
                    self.tcrc.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.busy_cnt.d.next = 0.into();
                    self.state.d.next = BridgeState::Dispatch;
                    if self.rx_byte.val() != self.crc.q.val() {
                        self.status.d.next = self.s_bad_crc.val();
                    } else if !self.known.val() {
                        self.status.d.next = self.s_unknown.val();
                    } else if !self.len_ok.val() {
                        self.status.d.next = self.s_bad_length.val();
                    }
                }
            }
            BridgeState::Dispatch => {
                self.state.d.next = BridgeState::TxByte;
                if self.status.q.val() == self.s_ok.val() {
                    if self.cmd.q.val() == self.c_write.val() {
                        self.state.d.next = BridgeState::Write;
                    } else if self.cmd.q.val() == self.c_read.val() {
                        self.state.d.next = BridgeState::Read;
                    } else if self.cmd.q.val() == self.c_clear.val() {
                        self.state.d.next = BridgeState::Clear;
                    } else if self.cmd.q.val() == self.c_write8.val() {
                        self.cnt.d.next = 4.into();
                        self.w8_addr.d.next = self.addr.q.val();
                        self.state.d.next = BridgeState::Write8Read;
                    } else if self.len.q.val() != 0 {
                        self.state.d.next = BridgeState::SpikeLo;
                    } else if self.cmd.q.val() == self.c_step.val() {
                        self.state.d.next = BridgeState::Step;
                    }
                }
            }
            BridgeState::Write => {
                if self.cmd_ready.val() {
                    self.state.d.next = BridgeState::TxByte;
                }
            }
            BridgeState::Read => {
                if self.cmd_ready.val() {
                    self.state.d.next = BridgeState::ReadWait;
                }
            }
            BridgeState::ReadWait => {
                if self.rsp_got.q.val() {
                    self.pay.d.next = self.rsp_hold.q.val();
                    self.plen.d.next = 8.into();
                    self.state.d.next = BridgeState::TxByte;
                }
            }
            BridgeState::SpikeLo => {
                // Buffer read of the channel's low byte (the address is `cnt`).
                self.state.d.next = BridgeState::SpikeHi;
                self.cnt.d.next = self.cnt.q.val() + 1;
            }
            BridgeState::SpikeHi => {
                self.lo.d.next = self.payload.read_data.val().get_bits::<8>(0);
                self.state.d.next = BridgeState::SpikeHold;
            }
            BridgeState::SpikeHold => {
                // The channel into a register (`data`, free after Check): no buffer read on the
                // command port's path into the tile.
                self.data.d.next = bit_cast::<64, 16>(
                    (bit_cast::<16, 8>(self.payload.read_data.val().get_bits::<8>(0)) << 8)
                        | bit_cast::<16, 8>(self.lo.q.val()),
                );
                self.last.d.next = self.cnt.q.val() + 1 == self.len.q.val();
                self.state.d.next = BridgeState::SpikeIssue;
            }
            BridgeState::SpikeIssue => {
                if self.cmd_ready.val() {
                    self.cnt.d.next = self.cnt.q.val() + 1;
                    if self.last.q.val() {
                        if self.cmd.q.val() == self.c_step.val() {
                            self.state.d.next = BridgeState::Step;
                        } else {
                            self.state.d.next = BridgeState::TxByte;
                        }
                    } else {
                        self.state.d.next = BridgeState::SpikeLo;
                    }
                }
            }
            BridgeState::Step => {
                if self.cmd_ready.val() {
                    self.state.d.next = BridgeState::StepWait;
                }
            }
            BridgeState::StepWait => {
                if !self.busy.val() {
                    self.pay.d.next = bit_cast::<64, 16>(self.prediction.val())
                        | (bit_cast::<64, 32>(self.last_cycles.val()) << 16)
                        | (bit_cast::<64, 1>(self.deadline_missed.val().into()) << 48);
                    self.plen.d.next = 7.into();
                    self.state.d.next = BridgeState::TxByte;
                }
            }
            BridgeState::Clear => {
                if self.cmd_ready.val() {
                    self.state.d.next = BridgeState::ClearWait;
                }
            }
            BridgeState::ClearWait => {
                if self.busy.val() {
                    self.busy_cnt.d.next = self.busy_cnt.q.val() + 1;
                } else {
                    self.pay.d.next = bit_cast::<64, 32>(self.busy_cnt.q.val());
                    self.plen.d.next = 4.into();
                    self.state.d.next = BridgeState::TxByte;
                }
            }
            BridgeState::Write8Read => {
                self.state.d.next = BridgeState::Write8Hold;
            }
            BridgeState::Write8Hold => {
                // The sign-extended byte into a register, like SPIKE's channel.
                self.data.d.next = self.sext.val();
                self.last.d.next = self.cnt.q.val() + 1 == self.len.q.val();
                self.state.d.next = BridgeState::Write8Issue;
            }
            BridgeState::Write8Issue => {
                if self.cmd_ready.val() {
                    self.cnt.d.next = self.cnt.q.val() + 1;
                    self.w8_addr.d.next = self.w8_addr.q.val() + 1;
                    if self.last.q.val() {
                        self.state.d.next = BridgeState::TxByte;
                    } else {
                        self.state.d.next = BridgeState::Write8Read;
                    }
                }
            }
            BridgeState::TxByte => {
                if !self.utx.busy.val() {
                    self.start_v.next = true;
                    self.ti.d.next = self.ti.q.val() + 1;
                    if (self.ti.q.val() >= 1) & (self.ti.q.val() < self.plen.q.val() + 4) {
                        self.tcrc.d.next = self.crc_tx.crc_out.val();
                    }
                    if (self.ti.q.val() >= 4) & (self.ti.q.val() < self.plen.q.val() + 4) {
                        self.pay.d.next = self.pay.q.val() >> 8;
                    }
                    self.state.d.next = BridgeState::TxHold;
                }
            }
            BridgeState::TxHold => {
                // busy rises this cycle; the last byte (the CRC) is index plen + 4.
                if self.ti.q.val() == self.plen.q.val() + 5 {
                    self.state.d.next = BridgeState::Sync;
                } else {
                    self.state.d.next = BridgeState::TxByte;
                }
            }
            _ => {
                self.state.d.next = BridgeState::Sync;
            }
        }
        // The command port of the state entered next: WRITE, READ, SPIKE, STEP and CLEAR issue
        // from their states until the tile is ready; WRITE8's entries carry their own address
        // (decided by the present state, which precedes them: the next state's logic stays off
        // the address).
        self.port_valid.d.next = false;
        self.port_op.d.next = 0.into();
        self.port_addr.d.next = self.addr.q.val();
        if (self.state.q.val() == BridgeState::Write8Hold)
            | (self.state.q.val() == BridgeState::Write8Issue)
        {
            self.port_addr.d.next = self.w8_addr.q.val();
        }
        self.port_data.d.next = self.data.d.val();
        match self.state.d.val() {
            BridgeState::Write => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_write.val();
            }
            BridgeState::Read => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_read.val();
            }
            BridgeState::SpikeIssue => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_spike.val();
            }
            BridgeState::Step => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_step.val();
            }
            BridgeState::Clear => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_clear.val();
            }
            BridgeState::Write8Issue => {
                self.port_valid.d.next = true;
                self.port_op.d.next = self.op_write.val();
            }
            _ => {}
        }
        self.cmd_valid.next = self.port_valid.q.val();
        self.cmd_op.next = self.port_op.q.val();
        self.cmd_addr.next = self.port_addr.q.val();
        self.cmd_data.next = self.port_data.q.val();
        self.utx.start.next = self.start_v.val();
    }
}
