//! The host side of the tile's interface, written once for every transport: a `Link` moves
//! commands (Verilator here; a UART bridge later), `Host` speaks the address map of
//! `golden::memory` on top of it: load and read back parameters, stream a sample's spikes, run
//! steps, read the state.

use golden::config::Config;
use golden::format::Formats;
use golden::memory::{self, MemoryId, REGION_SHIFT, REGISTERS, learn_flags, pack_shifts, reg};
use golden::params::Params;
use golden::rng::{LFSR_STREAMS, LfsrBank};

/// Host command opcodes (one definition, in `golden::memory`).
pub use golden::memory::op;

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("{0}")]
    Rtl(String),
    #[error("the tile did not accept {what} within {cycles} cycles")]
    Timeout { what: String, cycles: u64 },
}

/// Status after a STEP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepStatus {
    /// Busy cycles of the step, as the tile counted them (`last_cycles`).
    pub cycles: u64,
    pub prediction: usize,
    pub deadline_missed: bool,
}

/// One command at a time, as a real host would issue them.
pub trait Link {
    fn write(&mut self, addr: u32, data: u64) -> Result<(), LinkError>;
    fn read(&mut self, addr: u32) -> Result<u64, LinkError>;
    /// Several reads; transports may batch them.
    fn read_many(&mut self, addrs: &[u32]) -> Result<Vec<u64>, LinkError> {
        addrs.iter().map(|&a| self.read(a)).collect()
    }
    fn spike(&mut self, channel: u16) -> Result<(), LinkError>;
    /// Run one time step and wait until the tile is idle again.
    fn step(&mut self) -> Result<StepStatus, LinkError>;
    /// Clear the state for a new sample and wait until idle; returns the busy cycles.
    fn clear(&mut self) -> Result<u64, LinkError>;
}

/// The address of entry `index` of memory region `region`.
pub fn address(region: u32, index: u64) -> u32 {
    (region << REGION_SHIFT) | index as u32
}

/// The address of entry `logical` (the golden model's order) of memory `m`: a banked memory's
/// entries are interleaved over its lanes' banks (`memory::host_index`).
pub fn entry_address(cfg: &Config, m: &memory::Memory, logical: u64) -> u32 {
    address(m.region, memory::host_index(cfg, m.id, logical))
}

/// The state the RTL exposes after a step, decoded to the golden model's units.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RtlState {
    pub spike_history: Vec<u64>,
    pub membranes: Vec<i64>,
    pub spikes: Vec<bool>,
    pub readout: Vec<i64>,
    pub decision_sums: Vec<i64>,
    pub active_sources: Vec<u32>,
    pub spike_list: Vec<u32>,
    pub step: u64,
    /// The current buffer (empty without the event pass).
    pub current_buffer: Vec<i64>,
}

fn sign_extend(raw: u64, width: u32) -> i64 {
    let shift = 64 - width;
    ((raw << shift) as i64) >> shift
}

/// `Link` plus the configuration that says where everything lives.
pub struct Host<L: Link> {
    pub link: L,
    cfg: Config,
}

impl<L: Link> Host<L> {
    pub fn new(link: L, cfg: &Config) -> Host<L> {
        Host {
            link,
            cfg: cfg.clone(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Write one memory from signed or unsigned values (the memory keeps its low bits). A memory
    /// this build leaves out (`memory::memories`) is not written.
    pub fn write_memory(&mut self, id: MemoryId, values: &[i32]) -> Result<(), LinkError> {
        let Some(m) = memory::find(&self.cfg, id) else {
            return Ok(());
        };
        for (i, &v) in values.iter().enumerate() {
            let a = entry_address(&self.cfg, &m, i as u64);
            self.link.write(a, v as i64 as u64)?;
        }
        Ok(())
    }

    /// Read a whole memory as raw words, in the golden model's order.
    pub fn read_memory_raw(&mut self, id: MemoryId) -> Result<Vec<u64>, LinkError> {
        let Some(m) = memory::find(&self.cfg, id) else {
            return Ok(Vec::new());
        };
        let addrs: Vec<u32> = (0..id.logical_entries(&self.cfg))
            .map(|i| entry_address(&self.cfg, &m, i))
            .collect();
        self.link.read_many(&addrs)
    }

    fn read_signed(&mut self, id: MemoryId) -> Result<Vec<i64>, LinkError> {
        let width = memory::find(&self.cfg, id).map_or(64, |m| m.width);
        Ok(self
            .read_memory_raw(id)?
            .into_iter()
            .map(|x| sign_extend(x, width))
            .collect())
    }

    /// Load every parameter memory.
    pub fn load_params(&mut self, p: &Params) -> Result<(), LinkError> {
        self.write_memory(MemoryId::Weights, &p.w)?;
        self.write_memory(MemoryId::SynapticDelays, &p.d)?;
        self.write_memory(MemoryId::AxonalDelays, &p.a)?;
        self.write_memory(MemoryId::ReadoutWeights, &p.u)?;
        self.write_memory(MemoryId::ReadoutBiases, &p.b)?;
        self.write_memory(MemoryId::FeedbackWeights, &p.fb)?;
        Ok(())
    }

    /// Read every parameter memory back.
    pub fn read_params(&mut self) -> Result<Params, LinkError> {
        let narrow = |v: Vec<i64>| v.into_iter().map(|x| x as i32).collect::<Vec<i32>>();
        Ok(Params {
            w: narrow(self.read_signed(MemoryId::Weights)?),
            d: narrow(self.read_unsigned(MemoryId::SynapticDelays)?),
            a: narrow(self.read_unsigned(MemoryId::AxonalDelays)?),
            u: narrow(self.read_signed(MemoryId::ReadoutWeights)?),
            b: narrow(self.read_signed(MemoryId::ReadoutBiases)?),
            fb: narrow(self.read_signed(MemoryId::FeedbackWeights)?),
        })
    }

    fn read_unsigned(&mut self, id: MemoryId) -> Result<Vec<i64>, LinkError> {
        Ok(self
            .read_memory_raw(id)?
            .into_iter()
            .map(|x| x as i64)
            .collect())
    }

    pub fn read_register(&mut self, index: u32) -> Result<u64, LinkError> {
        self.link.read(address(REGISTERS, index as u64))
    }

    pub fn write_register(&mut self, index: u32, value: u64) -> Result<(), LinkError> {
        self.link.write(address(REGISTERS, index as u64), value)
    }

    /// Check that the other end is a delaytile tile of this interface version.
    pub fn identify(&mut self) -> Result<u64, LinkError> {
        self.read_register(reg::ID)
    }

    /// The inference state after a step. Of the work lists only the entries this step wrote are
    /// read (the rest hold whatever an earlier step or the power-up left).
    pub fn read_state(&mut self) -> Result<RtlState, LinkError> {
        let n_act = self.read_register(reg::ACTIVE_SOURCES)? as usize;
        let n_spk = self.read_register(reg::SPIKES)? as usize;
        let step = self.read_register(reg::STEP)?;
        let active = self.read_active_list(n_act)?;
        let list =
            self.read_entries(MemoryId::SpikeList, &(0..n_spk).collect::<Vec<_>>(), false)?;
        Ok(RtlState {
            spike_history: self.read_memory_raw(MemoryId::SpikeHistory)?,
            membranes: self.read_signed(MemoryId::Membranes)?,
            spikes: self
                .read_memory_raw(MemoryId::Spikes)?
                .into_iter()
                .map(|x| x & 1 == 1)
                .collect(),
            readout: self.read_signed(MemoryId::Readout)?,
            decision_sums: self.read_signed(MemoryId::DecisionSums)?,
            active_sources: active.into_iter().map(|x| x as u32).collect(),
            spike_list: list.into_iter().map(|x| x as u32).collect(),
            step,
            current_buffer: self.read_signed(MemoryId::CurrentBuffer)?,
        })
    }

    /// The step's active sources, ascending: each history lane keeps its own list (bank b: the
    /// sources `s mod L = b`, its e-th entry at index `e L + b`, its length at `ACTIVE_COUNT |
    /// b`; `memory::active_entry_index`). A length beyond what a bank can hold is read as full,
    /// so that the lists read back differ from the golden model's instead of reading past them.
    fn read_active_list(&mut self, n_act: usize) -> Result<Vec<i64>, LinkError> {
        let lanes = golden::cycles::lanes(&self.cfg) as usize;
        let per_bank = golden::cycles::source_groups(&self.cfg) as usize;
        let counts = self.read_entries(
            MemoryId::ActiveSources,
            &(0..lanes)
                .map(|b| memory::ACTIVE_COUNT as usize | b)
                .collect::<Vec<_>>(),
            false,
        )?;
        let cfg = &self.cfg;
        let idx: Vec<usize> = (0..lanes)
            .flat_map(|b| {
                (0..(counts[b] as usize).min(per_bank))
                    .map(move |e| memory::active_entry_index(cfg, b as u64, e as u64) as usize)
            })
            .collect();
        let mut list = self.read_entries(MemoryId::ActiveSources, &idx, false)?;
        list.sort_unstable();
        // The register and the lengths must agree (the list is compared with the golden one).
        if list.len() != n_act {
            list.push(-1);
        }
        Ok(list)
    }

    /// Write the learning registers from the configuration's `learning` section and formats
    /// (what learns, the rounding shifts, the supervision start).
    /// Fails if the tile keeps LEARN_FLAGS at 0 while the configuration learns something: a tile
    /// built without the learning unit.
    pub fn configure_learning(&mut self, cfg: &Config, f: &Formats) -> Result<(), LinkError> {
        let flags = learn_flags(&cfg.learning);
        self.write_register(reg::LEARN_FLAGS, flags)?;
        if flags != 0 && self.read_register(reg::LEARN_FLAGS)? == 0 {
            return Err(LinkError::Rtl(
                "the tile cannot learn: it was built without the learning unit \
                 (hardware.learning_unit = false), its LEARN_FLAGS register stays 0"
                    .into(),
            ));
        }
        self.write_register(reg::SHIFTS, pack_shifts(f))?;
        self.write_register(
            reg::SUPERVISION_START,
            cfg.learning.supervision_start as u64,
        )
    }

    /// Write the state of every stochastic-rounding stream (entry i = stream i).
    pub fn write_lfsr(&mut self, bank: &LfsrBank) -> Result<(), LinkError> {
        let r = MemoryId::Lfsr.region();
        for (i, &x) in bank.0.iter().enumerate() {
            self.link.write(address(r, i as u64), x as u64)?;
        }
        Ok(())
    }

    pub fn read_lfsr(&mut self) -> Result<LfsrBank, LinkError> {
        let r = MemoryId::Lfsr.region();
        let mut bank = LfsrBank([0; LFSR_STREAMS]);
        for (i, x) in bank.0.iter_mut().enumerate() {
            *x = self.link.read(address(r, i as u64))? as u32;
        }
        Ok(bank)
    }

    /// CLEAR, then set whether (and towards which label) the coming sample learns. Returns the
    /// CLEAR's busy cycles.
    pub fn begin_sample(&mut self, learn: Option<usize>) -> Result<u64, LinkError> {
        let cycles = self.link.clear()?;
        self.write_register(reg::LEARN, learn.is_some() as u64)?;
        if let Some(label) = learn {
            self.write_register(reg::LABEL, label as u64)?;
        }
        Ok(cycles)
    }

    /// Entries `indices` of memory `id`, sign-extended if `signed`.
    pub fn read_entries(
        &mut self,
        id: MemoryId,
        indices: &[usize],
        signed: bool,
    ) -> Result<Vec<i64>, LinkError> {
        let Some(m) = memory::find(&self.cfg, id) else {
            return Ok(Vec::new());
        };
        let addrs: Vec<u32> = indices
            .iter()
            .map(|&i| entry_address(&self.cfg, &m, i as u64))
            .collect();
        Ok(self
            .link
            .read_many(&addrs)?
            .into_iter()
            .map(|x| {
                if signed {
                    sign_extend(x, m.width)
                } else {
                    x as i64
                }
            })
            .collect())
    }

    /// A whole memory, sign-extended if `signed`.
    pub fn read_all(&mut self, id: MemoryId, signed: bool) -> Result<Vec<i64>, LinkError> {
        let n = memory::find(&self.cfg, id).map_or(0, |_| id.logical_entries(&self.cfg) as usize);
        let idx: Vec<usize> = (0..n).collect();
        self.read_entries(id, &idx, signed)
    }

    /// Send one step's input spikes and run the step.
    pub fn run_step(&mut self, inputs: &[u16]) -> Result<StepStatus, LinkError> {
        for &c in inputs {
            self.link.spike(c)?;
        }
        self.link.step()
    }
}
