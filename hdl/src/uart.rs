//! An 8N1 UART (one start bit, 8 data bits LSB first, no parity, one stop bit): a receiver and a
//! transmitter, each with its bit period fixed at generation as `divisor` = clock cycles per bit
//! (`clock_hz / baud`, rounded; see `generate::uart_divisor`). Both power up idle without a reset:
//! the line-side registers are stored inverted, so their all-zero FPGA initial state means "line
//! high". The received byte and its pulse leave through a second register (a cycle after the
//! stop bit's sample), which the placer can put beside the reader: the receiver sits at its pin,
//! the bridge's parser across the device (their route was fpga-small's widest path on two of
//! five seeds at 82cc98e, `results/hardware/products_2026-12-07.md`).
//!
//! ```text
//!               +-----------------------------------------+
//!   clock ----->| UartRx: 2-FF synchroniser, start bit     |--> data[8]
//!   rx -------->| checked at half a bit, 8 data bits and   |--> valid        (one-cycle pulse)
//!               | the stop bit sampled mid-bit             |--> frame_error  (stop bit was 0)
//!               +-----------------------------------------+
//!               +-----------------------------------------+
//!   clock ----->| UartTx: start bit, data[0..8], stop bit, |--> tx  (registered, idle high)
//!   data[8] --->| each held `divisor` cycles; `start` is   |--> busy (from the cycle after
//!   start ----->| taken when busy is 0                     |          start to the stop bit's end)
//!               +-----------------------------------------+
//! ```

use rust_hdl::prelude::*;

/// Smallest supported divisor: the receiver samples at half a bit and needs a few cycles of
/// margin around it.
pub const MIN_DIVISOR: u64 = 4;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum RxState {
    Idle,
    Start,
    Data,
    Stop,
}

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub rx: Signal<In, Bit>,
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    pub frame_error: Signal<Out, Bit>,
    // The synchroniser stores the inverted line, so it powers up as "idle (high)".
    sync1_n: DFF<Bit>,
    sync2_n: DFF<Bit>,
    state: DFF<RxState>,
    cnt: DFF<Bits<16>>,
    nbits: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    out: DFF<Bits<8>>,
    out_valid: DFF<Bit>,
    out_error: DFF<Bit>,
    /// `out` and `out_valid` a cycle later: the ports' registers.
    hand: DFF<Bits<8>>,
    hand_valid: DFF<Bit>,
    line: Signal<Local, Bit>,
    last: Constant<Bits<16>>,
    half: Constant<Bits<16>>,
}

impl UartRx {
    /// `divisor` clock cycles per bit (>= `MIN_DIVISOR`, < 2^16).
    pub fn new(divisor: u64) -> UartRx {
        assert!(
            (MIN_DIVISOR..1 << 16).contains(&divisor),
            "UART divisor {divisor}"
        );
        UartRx {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            frame_error: Default::default(),
            sync1_n: Default::default(),
            sync2_n: Default::default(),
            state: Default::default(),
            cnt: Default::default(),
            nbits: Default::default(),
            shift: Default::default(),
            out: Default::default(),
            out_valid: Default::default(),
            out_error: Default::default(),
            hand: Default::default(),
            hand_valid: Default::default(),
            line: Default::default(),
            last: Constant::new((divisor - 1).to_bits()),
            half: Constant::new((divisor / 2 - 1).to_bits()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, sync1_n, sync2_n, state, cnt, nbits, shift, out, out_valid, out_error,
            hand, hand_valid
        );
        self.sync1_n.d.next = !self.rx.val();
        self.sync2_n.d.next = self.sync1_n.q.val();
        self.line.next = !self.sync2_n.q.val();
        self.hand.d.next = self.out.q.val();
        self.hand_valid.d.next = self.out_valid.q.val();
        self.data.next = self.hand.q.val();
        self.valid.next = self.hand_valid.q.val();
        self.frame_error.next = self.out_error.q.val();
        self.out_valid.d.next = false;
        self.out_error.d.next = false;
        match self.state.q.val() {
            RxState::Idle => {
                self.cnt.d.next = 0.into();
                if !self.line.val() {
                    self.state.d.next = RxState::Start;
                }
            }
            RxState::Start => {
                // Half a bit after the falling edge: still low means a start bit, else a glitch.
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == self.half.val() {
                    self.cnt.d.next = 0.into();
                    self.nbits.d.next = 0.into();
                    if self.line.val() {
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.state.d.next = RxState::Data;
                    }
                }
            }
            RxState::Data => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == self.last.val() {
                    self.cnt.d.next = 0.into();
                    self.shift.d.next =
                        (self.shift.q.val() >> 1) | (bit_cast::<8, 1>(self.line.val().into()) << 7);
                    self.nbits.d.next = self.nbits.q.val() + 1;
                    if self.nbits.q.val() == 7 {
                        self.state.d.next = RxState::Stop;
                    }
                }
            }
            RxState::Stop => {
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == self.last.val() {
                    self.cnt.d.next = 0.into();
                    self.state.d.next = RxState::Idle;
                    if self.line.val() {
                        self.out.d.next = self.shift.q.val();
                        self.out_valid.d.next = true;
                    } else {
                        self.out_error.d.next = true;
                    }
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
    }
}

#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub data: Signal<In, Bits<8>>,
    pub start: Signal<In, Bit>,
    pub tx: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    /// Stop bit, data, start bit; shifted out from bit 0.
    shift: DFF<Bits<10>>,
    active: DFF<Bit>,
    cnt: DFF<Bits<16>>,
    nbits: DFF<Bits<4>>,
    /// The inverted line: 0 (line high) at power-up.
    tx_n: DFF<Bit>,
    last: Constant<Bits<16>>,
}

impl UartTx {
    /// `divisor` clock cycles per bit (>= `MIN_DIVISOR`, < 2^16).
    pub fn new(divisor: u64) -> UartTx {
        assert!(
            (MIN_DIVISOR..1 << 16).contains(&divisor),
            "UART divisor {divisor}"
        );
        UartTx {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            tx: Default::default(),
            busy: Default::default(),
            shift: Default::default(),
            active: Default::default(),
            cnt: Default::default(),
            nbits: Default::default(),
            tx_n: Default::default(),
            last: Constant::new((divisor - 1).to_bits()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, shift, active, cnt, nbits, tx_n);
        self.tx.next = !self.tx_n.q.val();
        self.busy.next = self.active.q.val();
        self.tx_n.d.next = false;
        if self.active.q.val() {
            self.tx_n.d.next = !self.shift.q.val().get_bit(0);
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == self.last.val() {
                self.cnt.d.next = 0.into();
                self.shift.d.next = self.shift.q.val() >> 1;
                self.nbits.d.next = self.nbits.q.val() + 1;
                if self.nbits.q.val() == 9 {
                    self.active.d.next = false;
                    self.tx_n.d.next = false;
                }
            }
        } else if self.start.val() {
            self.shift.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | bits::<10>(0x200);
            self.active.d.next = true;
            self.cnt.d.next = 0.into();
            self.nbits.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loopback in rust-hdl's simulator: every byte sent by the transmitter is received intact
    /// (divisor 5, an odd one, to exercise the half-bit rounding).
    #[derive(LogicBlock)]
    struct Loop {
        clock: Signal<In, Clock>,
        data: Signal<In, Bits<8>>,
        start: Signal<In, Bit>,
        got: Signal<Out, Bits<8>>,
        got_valid: Signal<Out, Bit>,
        busy: Signal<Out, Bit>,
        tx: UartTx,
        rx: UartRx,
    }

    impl Logic for Loop {
        #[hdl_gen]
        fn update(&mut self) {
            clock!(self, clock, tx, rx);
            self.tx.data.next = self.data.val();
            self.tx.start.next = self.start.val();
            self.rx.rx.next = self.tx.tx.val();
            self.got.next = self.rx.data.val();
            self.got_valid.next = self.rx.valid.val();
            self.busy.next = self.tx.busy.val();
        }
    }

    #[test]
    fn loopback_delivers_every_byte() {
        let mut uut = Loop {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            got: Default::default(),
            got_valid: Default::default(),
            busy: Default::default(),
            tx: UartTx::new(5),
            rx: UartRx::new(5),
        };
        uut.data.connect();
        uut.start.connect();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<Loop>| x.clock.next = !x.clock.val());
        let bytes: Vec<u8> = vec![0x00, 0xFF, 0xA5, 0x5A, 0x01, 0x80, 0x3C];
        sim.add_testbench(move |mut sim: Sim<Loop>| {
            let mut x = sim.init()?;
            let mut got = Vec::new();
            wait_clock_cycles!(sim, clock, x, 4);
            // Every cycle is checked for a received byte (the receiver's pulse comes half a bit
            // after the transmitter's last sample point, around when busy falls).
            for i in 0..bytes.len() * 60 + 40 {
                if i % 60 == 0 && i / 60 < bytes.len() {
                    x.data.next = (bytes[i / 60] as u64).to_bits();
                    x.start.next = true;
                } else {
                    x.start.next = false;
                }
                wait_clock_cycle!(sim, clock, x);
                if x.got_valid.val() {
                    got.push(x.got.val().to_u64() as u8);
                }
            }
            sim_assert_eq!(sim, got, bytes, x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 100_000).unwrap();
    }
}
