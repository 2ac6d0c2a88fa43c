//! The tile's configuration as constant outputs: its sizes, counts, masks and flags (from
//! `Config` and `Formats`), which the sequencer compares against. A block of their own keeps
//! the tile's field list to its datapath, as `memory_map.rs` does for the host's map.
//!
//! ```text
//!          +----------------------------------------------------------------+
//!          | sizes:  n_in (I), n_src (S), n_hid (H), n_out (O), depth (D),  |--> n_in, ..., depth
//!          |         groups of L sources and of L neurons, buffer entries   |--> n_groups, ...
//!          | masks:  L - 1, log2 L, D - 1, log2 D, a SPIKE's channel bits   |--> lane_mask, ...
//!          | values: kernel radius, CLEAR's last entry, the largest delay,  |--> radius, ...
//!          |         1.0 in the probability format, a 64-bit word's sign    |--> prob_one, msb
//!          | flags:  axonal, synaptic delays, learning unit, event pass,    |--> has_axonal, ...
//!          |         random feedback                                        |--> random_fb
//!          +----------------------------------------------------------------+
//! ```

use golden::config::{Config, Feedback};
use golden::cycles::{clear_cycles, groups, source_groups};
use golden::format::{Formats, PROB_FRAC};
use golden::memory;
use rust_hdl::prelude::*;

/// One definition for the struct, its values in simulation and its Verilog.
macro_rules! shape {
    (($cfg:ident, $f:ident, $n:ident, $lanes:ident, $channel_low:ident)
     words { $($(#[$wdoc:meta])* $word:ident: $bits:literal = $value:expr,)* }
     flags { $($(#[$fdoc:meta])* $flag:ident = $set:expr,)* }) => {
        #[derive(LogicBlock)]
        pub struct Shape {
            $($(#[$wdoc])* pub $word: Signal<Out, Bits<$bits>>,)*
            $($(#[$fdoc])* pub $flag: Signal<Out, Bit>,)*
            _is: ShapeValues,
        }

        /// The outputs' values, as the configuration sets them.
        struct ShapeValues {
            $($word: u64,)*
            $($flag: bool,)*
        }

        impl Shape {
            /// `hardware.learning_unit`, for the tile's Verilog generation (an output's value
            /// is its simulated one, unset before a simulation runs).
            pub fn learning_unit(&self) -> bool {
                self._is.has_learning
            }

            pub fn new($cfg: &Config, $f: &Formats) -> Shape {
                let $n = &$cfg.network;
                let $lanes = golden::cycles::lanes($cfg);
                let $channel_low = (1u64 << memory::index_bits($n.inputs as u64)) - 1;
                Shape {
                    $($word: Default::default(),)*
                    $($flag: Default::default(),)*
                    _is: ShapeValues {
                        $($word: $value as u64,)*
                        $($flag: $set,)*
                    },
                }
            }

            /// Each word's name, width and value, then each flag's (1 bit).
            pub fn values(&self) -> Vec<(&'static str, usize, u64)> {
                vec![
                    $((stringify!($word), $bits, self._is.$word),)*
                    $((stringify!($flag), 1, u64::from(self._is.$flag)),)*
                ]
            }
        }

        impl Logic for Shape {
            fn update(&mut self) {
                $(self.$word.next = self._is.$word.to_bits();)*
                $(self.$flag.next = self._is.$flag;)*
            }

            fn connect(&mut self) {
                $(self.$word.connect();)*
                $(self.$flag.connect();)*
            }

            fn hdl(&self) -> Verilog {
                let code = self
                    .values()
                    .iter()
                    .map(|(name, bits, value)| format!("assign {name} = {bits}'d{value};\n"))
                    .collect();
                Verilog::Wrapper(Wrapper { code, cores: String::new() })
            }
        }
    };
}

shape! {
    (cfg, f, n, lanes, channel_low)
    words {
        n_in: 32 = n.inputs,
        /// A SPIKE's channel bits from index_bits(I) up (any set: out of range) and below (vs I).
        channel_high: 64 = !channel_low,
        channel_low: 64 = channel_low,
        n_src: 32 = cfg.sources(),
        /// The groups of L sources (HIST, TRACE, PASS, AXON), ceil(S / L); of neurons, ceil(H / L).
        n_groups: 32 = source_groups(cfg),
        hid_groups: 32 = groups(cfg),
        n_hid: 32 = n.hidden,
        /// L - 1 and log2 L: a host index's bank is its low bits.
        lane_mask: 32 = lanes - 1,
        lane_bits: 32 = lanes.trailing_zeros(),
        n_out: 32 = n.outputs,
        depth: 32 = n.max_delay,
        depth_mask: 32 = n.max_delay - 1,
        depth_bits: 32 = n.max_delay.trailing_zeros(),
        radius: 32 = cfg.surrogate.kernel_radius,
        n_clear_mem: 32 = clear_cycles(cfg) - 1,
        n_fifo: 32 = source_groups(cfg) * n.max_delay as u64,
        /// The buffer's entries per bank, ceil(H / L) D (CLEAR's walk).
        n_buf: 32 = groups(cfg) * n.max_delay as u64,
        /// The largest delay, in the delays' fixed-point steps (`Formats::delay_max`).
        delay_max: 64 = f.delay_max as i64,
        prob_one: 64 = 1i64 << PROB_FRAC,
        /// The sign bit of a 64-bit word: `(a ^ msb) < (b ^ msb)` is the signed `a < b`.
        msb: 64 = 1u64 << 63,
    }
    flags {
        has_axonal = n.delay_mode.has_axonal(),
        has_synaptic = n.delay_mode.has_synaptic(),
        /// `hardware.learning_unit`: without it no learning phase is entered (Yosys prunes them).
        has_learning = cfg.hardware.learning_unit,
        /// `hardware.event_pass`.
        has_event_pass = cfg.hardware.event_pass,
        random_fb = cfg.learning.feedback == Feedback::Random,
    }
}
