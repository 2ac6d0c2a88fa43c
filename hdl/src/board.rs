//! The board top: the tile behind the UART bridge, so a host reaches every command of the
//! tile's interface over two pins (protocol: `bridge`). No reset pin: every register starts
//! from its FPGA initial value, and the UART lines power up idle.
//!
//! ```text
//!               +---------------------------------------------------------+
//!   clock ----->|   +--------+  cmd_valid/op/addr/data  +------+           |
//!   uart_rx --->|-->| Bridge |------------------------->| Tile |           |
//!               |   |  (UART,|<-------------------------|      |           |
//!   uart_tx <---|<--| frames)|  cmd_ready, rsp_valid/data, busy,          |
//!               |   +--------+  last_cycles, deadline_missed, prediction   |
//!               +---------------------------------------------------------+
//! ```

use crate::bridge::Bridge;
use crate::tile::Tile;
use golden::config::Config;
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Board {
    pub clock: Signal<In, Clock>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    tile: Tile,
    bridge: Bridge,
}

impl Board {
    /// The tile for `cfg` behind a bridge with `divisor` clock cycles per UART bit.
    pub fn new(cfg: &Config, f: &Formats, divisor: u64) -> Board {
        Board {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            tile: Tile::new(cfg, f),
            bridge: Bridge::new(divisor),
        }
    }
}

impl Logic for Board {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, tile, bridge);
        self.bridge.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.bridge.tx.val();
        self.tile.cmd_valid.next = self.bridge.cmd_valid.val();
        self.tile.cmd_op.next = self.bridge.cmd_op.val();
        self.tile.cmd_addr.next = self.bridge.cmd_addr.val();
        self.tile.cmd_data.next = self.bridge.cmd_data.val();
        self.bridge.cmd_ready.next = self.tile.cmd_ready.val();
        self.bridge.rsp_valid.next = self.tile.rsp_valid.val();
        self.bridge.rsp_data.next = self.tile.rsp_data.val();
        self.bridge.busy.next = self.tile.busy.val();
        self.bridge.last_cycles.next = self.tile.last_cycles.val();
        self.bridge.deadline_missed.next = self.tile.deadline_missed.val();
        self.bridge.prediction.next = self.tile.prediction.val();
    }
}
