//! [`Rtl`]: one running instance of a verilated `top`, driven through the shim's C ABI.

use super::error::Error;
use super::ffi::{Loaded, Tile};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::Arc;

/// Opcodes of the tile's command port (`cmd_op`).
pub use golden::memory::op;

/// One instance of the model: its own Verilator context, clock and cycle counter.
///
/// Ports: inputs `clock`, `cmd_valid`, `cmd_op` (4 bits), `cmd_addr` (32), `cmd_data` (64); outputs
/// `cmd_ready`, `rsp_valid`, `rsp_data` (64), `busy`, `last_cycles` (32), `deadline_missed`,
/// `prediction` (16). A cycle is: clock 1, eval, +5 time units, clock 0, eval, +5. Getters return
/// the outputs as of the last evaluation (after a tick: the falling edge of its cycle).
pub struct Rtl {
    tile: *mut Tile,
    lib: Arc<Loaded>,
}

// SAFETY: a Tile owns its VerilatedContext and model and touches no thread-local or shared mutable
// state of the library between calls, so moving it to another thread is sound. It is not Sync:
// every call that mutates takes `&mut self`.
unsafe impl Send for Rtl {}

impl Rtl {
    /// `seed` 0: variables without an initial value start at 0; otherwise at random values drawn
    /// from `seed` (see `dt_new` in shim.cpp).
    pub(crate) fn new(lib: Arc<Loaded>, path: &Path, seed: u32) -> Result<Rtl, Error> {
        // SAFETY: dt_new has no preconditions; null means allocation failed.
        let tile = unsafe { (lib.api.new)(seed) };
        if tile.is_null() {
            return Err(Error::Instantiate {
                path: path.to_path_buf(),
            });
        }
        Ok(Rtl { tile, lib })
    }

    /// Drives the command inputs (and evaluates, so combinational outputs follow).
    pub fn set_cmd(&mut self, valid: bool, op: u8, addr: u32, data: u64) {
        // SAFETY (here and below): `tile` is a live handle from dt_new, freed only in Drop.
        unsafe { (self.lib.api.set_cmd)(self.tile, u8::from(valid), op, addr, data) }
    }

    /// Runs `n` clock cycles with the inputs as they are.
    pub fn tick(&mut self, n: u64) {
        unsafe { (self.lib.api.tick)(self.tile, n) }
    }

    /// Clock cycles run since construction.
    pub fn cycles(&self) -> u64 {
        unsafe { (self.lib.api.cycles)(self.tile) }
    }

    /// `cmd_ready`: the next rising edge accepts a valid command.
    pub fn cmd_ready(&self) -> bool {
        unsafe { (self.lib.api.cmd_ready)(self.tile) != 0 }
    }

    /// `rsp_valid`: `rsp_data` holds a READ's answer this cycle.
    pub fn rsp_valid(&self) -> bool {
        unsafe { (self.lib.api.rsp_valid)(self.tile) != 0 }
    }

    /// `rsp_data`.
    pub fn rsp_data(&self) -> u64 {
        unsafe { (self.lib.api.rsp_data)(self.tile) }
    }

    /// `busy`.
    pub fn busy(&self) -> bool {
        unsafe { (self.lib.api.busy)(self.tile) != 0 }
    }

    /// `last_cycles`.
    pub fn last_cycles(&self) -> u32 {
        unsafe { (self.lib.api.last_cycles)(self.tile) }
    }

    /// `deadline_missed`.
    pub fn deadline_missed(&self) -> bool {
        unsafe { (self.lib.api.deadline_missed)(self.tile) != 0 }
    }

    /// `prediction`.
    pub fn prediction(&self) -> u16 {
        unsafe { (self.lib.api.prediction)(self.tile) }
    }

    /// Offers command `op` until a rising edge accepts it (`cmd_ready` was 1 before that edge),
    /// then drops `cmd_valid`. Returns the cycles spent, the accepting one included.
    pub fn command(&mut self, op: u8, addr: u32, data: u64, max_cycles: u64) -> Result<u64, Error> {
        let spent = unsafe { (self.lib.api.command)(self.tile, op, addr, data, max_cycles) };
        u64::try_from(spent).map_err(|_| timeout(op_name(op), addr, max_cycles))
    }

    /// Issues READ `addr` and waits for `rsp_valid`, sampled after each cycle (the accepting one
    /// included). `max_cycles` bounds the whole exchange. Returns `rsp_data`.
    pub fn read(&mut self, addr: u32, max_cycles: u64) -> Result<u64, Error> {
        let mut data = 0;
        let spent = unsafe { (self.lib.api.read)(self.tile, addr, max_cycles, &mut data) };
        if spent < 0 {
            return Err(timeout("READ", addr, max_cycles));
        }
        Ok(data)
    }

    /// One [`Rtl::read`] per address, in order, in a single call into the model.
    pub fn read_many(&mut self, addrs: &[u32], max_cycles_each: u64) -> Result<Vec<u64>, Error> {
        let mut out = vec![0; addrs.len()];
        let mut done = 0;
        let spent = unsafe {
            (self.lib.api.read_many)(
                self.tile,
                addrs.as_ptr(),
                addrs.len() as u64,
                out.as_mut_ptr(),
                max_cycles_each,
                &mut done,
            )
        };
        if spent < 0 {
            return Err(timeout("READ", addrs[done as usize], max_cycles_each));
        }
        Ok(out)
    }

    /// Runs cycles until `busy` is 0 (0 cycles if it already is). Returns the cycles spent.
    pub fn wait_idle(&mut self, max_cycles: u64) -> Result<u64, Error> {
        let spent = unsafe { (self.lib.api.wait_idle)(self.tile, max_cycles) };
        u64::try_from(spent).map_err(|_| timeout("wait_idle", 0, max_cycles))
    }

    /// Starts dumping a VCD to `path` at both clock edges of every following cycle (replacing an
    /// open one). Needs a model built with [`super::Build::trace`].
    pub fn trace_open(&mut self, path: &Path) -> Result<(), Error> {
        let c_path = CString::new(path.as_os_str().as_bytes())
            .map_err(|_| Error::Trace(format!("path {} contains a NUL byte", path.display())))?;
        match unsafe { (self.lib.api.trace_open)(self.tile, c_path.as_ptr()) } {
            0 => Ok(()),
            1 => Err(not_traced()),
            _ => Err(Error::Trace(format!("could not open {}", path.display()))),
        }
    }

    /// Flushes and closes the VCD (nothing to do if none is open).
    pub fn trace_close(&mut self) -> Result<(), Error> {
        match unsafe { (self.lib.api.trace_close)(self.tile) } {
            0 => Ok(()),
            _ => Err(not_traced()),
        }
    }
}

impl Drop for Rtl {
    fn drop(&mut self) {
        // SAFETY: the handle is live and dropped once; `lib` outlives this call.
        unsafe { (self.lib.api.free)(self.tile) }
    }
}

fn op_name(op: u8) -> String {
    match op {
        op::NOP => "NOP".into(),
        op::WRITE => "WRITE".into(),
        op::READ => "READ".into(),
        op::SPIKE => "SPIKE".into(),
        op::STEP => "STEP".into(),
        op::CLEAR => "CLEAR".into(),
        other => format!("op {other}"),
    }
}

fn timeout(command: impl Into<String>, addr: u32, cycles: u64) -> Error {
    Error::Timeout {
        command: command.into(),
        addr,
        cycles,
    }
}

fn not_traced() -> Error {
    Error::Trace("the model was built without tracing; build it with Build::trace(true)".into())
}
