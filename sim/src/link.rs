//! `Link` over a verilated tile: each host command is driven on the RTL's ports exactly as a
//! real host would (valid/ready handshake, response by `rsp_valid`), batched inside the model.

use crate::host::{Link, LinkError, StepStatus, op};
use crate::verilator::{Error, Rtl};

const MAX_HANDSHAKE: u64 = 64;

pub struct RtlLink {
    pub rtl: Rtl,
    /// Bound on the busy cycles of one STEP or CLEAR before the link reports a hang.
    pub max_busy: u64,
}

fn rtl_err(e: Error) -> LinkError {
    LinkError::Rtl(e.to_string())
}

impl RtlLink {
    pub fn new(rtl: Rtl) -> RtlLink {
        RtlLink {
            rtl,
            max_busy: 1 << 26,
        }
    }

    /// Cycles the model has run since it was created.
    pub fn cycles(&self) -> u64 {
        self.rtl.cycles()
    }
}

impl Link for RtlLink {
    fn write(&mut self, addr: u32, data: u64) -> Result<(), LinkError> {
        self.rtl
            .command(op::WRITE, addr, data, MAX_HANDSHAKE)
            .map_err(rtl_err)?;
        Ok(())
    }

    fn read(&mut self, addr: u32) -> Result<u64, LinkError> {
        self.rtl.read(addr, MAX_HANDSHAKE).map_err(rtl_err)
    }

    fn read_many(&mut self, addrs: &[u32]) -> Result<Vec<u64>, LinkError> {
        self.rtl.read_many(addrs, MAX_HANDSHAKE).map_err(rtl_err)
    }

    fn spike(&mut self, channel: u16) -> Result<(), LinkError> {
        self.rtl
            .command(op::SPIKE, 0, channel as u64, MAX_HANDSHAKE)
            .map_err(rtl_err)?;
        Ok(())
    }

    fn step(&mut self) -> Result<StepStatus, LinkError> {
        self.rtl
            .command(op::STEP, 0, 0, MAX_HANDSHAKE)
            .map_err(rtl_err)?;
        let busy = self.rtl.wait_idle(self.max_busy).map_err(rtl_err)?;
        let cycles = self.rtl.last_cycles() as u64;
        if busy != cycles {
            return Err(LinkError::Rtl(format!(
                "the tile reports last_cycles = {cycles} but was busy for {busy} cycles"
            )));
        }
        Ok(StepStatus {
            cycles,
            prediction: self.rtl.prediction() as usize,
            deadline_missed: self.rtl.deadline_missed(),
        })
    }

    fn clear(&mut self) -> Result<u64, LinkError> {
        self.rtl
            .command(op::CLEAR, 0, 0, MAX_HANDSHAKE)
            .map_err(rtl_err)?;
        self.rtl.wait_idle(self.max_busy).map_err(rtl_err)
    }
}
