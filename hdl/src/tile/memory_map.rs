//! The host interface's memory map (golden `memory`): each memory's region, the register
//! indices and the command opcodes, as constant outputs. They are the same for every
//! configuration; a block of their own keeps the tile's field list to its datapath.
//!
//! ```text
//!          +-----------------------------------------------------+
//!          | r_*:   MemoryId::region() of each memory (6 bits)   |--> r_weights, ..., r_lfsr
//!          |        and REGISTERS, the registers' region          |--> r_registers
//!          | reg_*: golden::memory::reg indices (32 bits)        |--> reg_learn, ..., reg_id
//!          | op_*:  golden::memory::op codes (4 bits)            |--> op_write, ..., op_clear
//!          | id_magic: ID_MAGIC, the ID register (64 bits)       |--> id_magic
//!          +-----------------------------------------------------+
//! ```

use golden::memory::{ID_MAGIC, MemoryId, REGISTERS, op, reg};
use rust_hdl::prelude::*;

/// One definition for the struct, its values in simulation and its Verilog.
macro_rules! memory_map {
    ($($name:ident: $bits:literal = $value:expr,)*) => {
        #[derive(LogicBlock)]
        pub struct MemoryMap {
            $(pub $name: Signal<Out, Bits<$bits>>,)*
        }

        impl Default for MemoryMap {
            fn default() -> MemoryMap {
                MemoryMap { $($name: Default::default(),)* }
            }
        }

        impl MemoryMap {
            /// Each output's name, width and value.
            pub fn values() -> Vec<(&'static str, usize, u64)> {
                vec![$((stringify!($name), $bits, $value as u64),)*]
            }
        }

        impl Logic for MemoryMap {
            fn update(&mut self) {
                $(self.$name.next = ($value as u64).to_bits();)*
            }

            fn connect(&mut self) {
                $(self.$name.connect();)*
            }

            fn hdl(&self) -> Verilog {
                let code = MemoryMap::values()
                    .iter()
                    .map(|(name, bits, value)| format!("assign {name} = {bits}'d{value};\n"))
                    .collect();
                Verilog::Wrapper(Wrapper { code, cores: String::new() })
            }
        }
    };
}

memory_map! {
    r_weights: 6 = MemoryId::Weights.region(),
    r_synaptic_delays: 6 = MemoryId::SynapticDelays.region(),
    r_axonal_delays: 6 = MemoryId::AxonalDelays.region(),
    r_readout_weights: 6 = MemoryId::ReadoutWeights.region(),
    r_readout_biases: 6 = MemoryId::ReadoutBiases.region(),
    r_feedback_weights: 6 = MemoryId::FeedbackWeights.region(),
    r_spike_history: 6 = MemoryId::SpikeHistory.region(),
    r_membranes: 6 = MemoryId::Membranes.region(),
    r_spikes: 6 = MemoryId::Spikes.region(),
    r_readout: 6 = MemoryId::Readout.region(),
    r_decision_sums: 6 = MemoryId::DecisionSums.region(),
    r_input_spikes: 6 = MemoryId::InputSpikes.region(),
    r_active_sources: 6 = MemoryId::ActiveSources.region(),
    r_spike_list: 6 = MemoryId::SpikeList.region(),
    r_readout_traces: 6 = MemoryId::ReadoutTraces.region(),
    r_psi: 6 = MemoryId::Psi.region(),
    r_eps_trace_fifo: 6 = MemoryId::EpsTraceFifo.region(),
    r_eta_trace_fifo: 6 = MemoryId::EtaTraceFifo.region(),
    r_output_errors: 6 = MemoryId::OutputErrors.region(),
    r_modulated_signals: 6 = MemoryId::ModulatedSignals.region(),
    r_delay_gradients: 6 = MemoryId::DelayGradients.region(),
    r_axonal_gradients: 6 = MemoryId::AxonalGradients.region(),
    r_current_buffer: 6 = MemoryId::CurrentBuffer.region(),
    r_lfsr: 6 = MemoryId::Lfsr.region(),
    r_registers: 6 = REGISTERS,
    reg_learn: 32 = reg::LEARN,
    reg_label: 32 = reg::LABEL,
    reg_sup_start: 32 = reg::SUPERVISION_START,
    reg_flags: 32 = reg::LEARN_FLAGS,
    reg_shifts: 32 = reg::SHIFTS,
    reg_head: 32 = reg::TRACE_HEAD,
    reg_modulated: 32 = reg::MODULATED,
    reg_budget: 32 = reg::BUDGET,
    reg_active: 32 = reg::ACTIVE_SOURCES,
    reg_spikes: 32 = reg::SPIKES,
    reg_step: 32 = reg::STEP,
    reg_bad_spike: 32 = reg::BAD_SPIKE,
    reg_id: 32 = reg::ID,
    op_write: 4 = op::WRITE,
    op_read: 4 = op::READ,
    op_spike: 4 = op::SPIKE,
    op_step: 4 = op::STEP,
    op_clear: 4 = op::CLEAR,
    id_magic: 64 = ID_MAGIC,
}
