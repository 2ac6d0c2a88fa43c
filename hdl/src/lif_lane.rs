//! One LIF lane (`hardware.lanes = L`; ALGORITHM.md §11, ARCHITECTURE.md "Lanes"): SYN's close
//! token of a group of L neurons reaches every lane at once, and lane `index` updates the group's
//! neuron `first + index` (golden `fixed::lif_lane`): its membrane and readout trace (zeta) lie
//! in the lane's own banks at row `first div L` (neuron j in bank `j mod L`,
//! `golden::memory::MemoryId::source_banked`), its input current is its synapse lane's hold. So
//! a group's L LIF updates take one cycle, beside the next group's sources.
//!
//! ```text
//!                  +-----------------------------------------------------------+
//!   s2_close ----->| stage 2: a close token; live = first + index < H          |
//!   first -------->| stage 3: read the banks at row3 = first div L             |--> row3
//!   v_word ------->| stage 4: leak = decay(v, alpha), zdec = decay(zeta, kappa) |
//!   z_word ------->|   from the banks' words, registered                       |
//!   current ------>| stage 5: LIF(leak, current): v_next, spike; zeta_next =    |--> v_next, z_next
//!                  |   sat(zdec + spike); written at row5 if live (write5)     |--> row5, write5
//!                  | stage 6: psi ROM at the registered v_pre; the spike       |--> psi6, spike6
//!                  |   (write6: live), row6                                    |--> row6, write6
//!                  +-----------------------------------------------------------+
//! ```
//!
//! The stages match the synapse lane's close token (`syn_lane.rs`): its stage 4 loads the hold,
//! which stage 5 reads; the multipliers sit behind the block RAMs in stage 4, the psi ROM a
//! stage after the LIF, off its path (as in the one-unit LIF they replace).

use crate::decay::Decay;
use crate::lif::{Lif, psi_rom};
use crate::narrow::Narrow;
use crate::readout_trace::ReadoutTrace;
use crate::rom::Rom;
use golden::config::Config;
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct LifLane {
    pub clock: Signal<In, Clock>,
    pub s2_close: Signal<In, Bit>,
    pub first: Signal<In, Bits<32>>,
    pub v_word: Signal<In, Bits<64>>,
    pub z_word: Signal<In, Bits<64>>,
    pub current: Signal<In, Bits<64>>,
    pub row3: Signal<Out, Bits<32>>,
    pub v_next: Signal<Out, Bits<64>>,
    pub z_next: Signal<Out, Bits<64>>,
    pub row5: Signal<Out, Bits<32>>,
    pub write5: Signal<Out, Bit>,
    pub psi6: Signal<Out, Bits<64>>,
    pub spike6: Signal<Out, Bit>,
    pub row6: Signal<Out, Bits<32>>,
    pub write6: Signal<Out, Bit>,
    leak: Decay,
    lif: Lif,
    rtrace: ReadoutTrace,
    psi: Rom,
    /// Per stage: a close token whose lane's neuron exists (live), the group's bank row.
    v3: DFF<Bit>,
    v4: DFF<Bit>,
    v5: DFF<Bit>,
    v6: DFF<Bit>,
    r3: DFF<Bits<32>>,
    r4: DFF<Bits<32>>,
    r5: DFF<Bits<32>>,
    r6: DFF<Bits<32>>,
    /// Stage 5's decayed membrane and zeta; stage 6's v_pre and spike.
    leak5: DFF<Bits<64>>,
    zdec5: DFF<Bits<64>>,
    vpre6: DFF<Bits<64>>,
    spk6: DFF<Bit>,
    r3_n: Narrow<32>,
    leak5_n: Narrow<64>,
    zdec5_n: Narrow<64>,
    vpre6_n: Narrow<64>,
    index: Constant<Bits<32>>,
    hidden: Constant<Bits<32>>,
    lane_bits: Constant<Bits<32>>,
}

impl LifLane {
    /// Lane `index` of `cfg`; `current_bits`: the input current's width (`RegisterBits::acc`),
    /// `row_bits`: a bank row's.
    pub fn new(cfg: &Config, f: &Formats, index: u32, current_bits: u32, row_bits: u32) -> Self {
        let w = &cfg.widths;
        let c = |x: u64| Constant::new(x.to_bits());
        LifLane {
            clock: Default::default(),
            s2_close: Default::default(),
            first: Default::default(),
            v_word: Default::default(),
            z_word: Default::default(),
            current: Default::default(),
            row3: Default::default(),
            v_next: Default::default(),
            z_next: Default::default(),
            row5: Default::default(),
            write5: Default::default(),
            psi6: Default::default(),
            spike6: Default::default(),
            row6: Default::default(),
            write6: Default::default(),
            leak: Decay::new(w.membrane_bits, f.alpha_q),
            lif: Lif::new(f, w.membrane_bits, cfg.network.reset, current_bits),
            rtrace: ReadoutTrace::new(cfg, f),
            psi: psi_rom(f),
            v3: Default::default(),
            v4: Default::default(),
            v5: Default::default(),
            v6: Default::default(),
            r3: Default::default(),
            r4: Default::default(),
            r5: Default::default(),
            r6: Default::default(),
            leak5: Default::default(),
            zdec5: Default::default(),
            vpre6: Default::default(),
            spk6: Default::default(),
            r3_n: Narrow::unsigned(row_bits),
            leak5_n: Narrow::signed(w.membrane_bits + 1),
            zdec5_n: Narrow::unsigned(w.trace_bits),
            vpre6_n: Narrow::signed(w.membrane_bits),
            index: c(index as u64),
            hidden: c(cfg.network.hidden as u64),
            lane_bits: c(cfg.hardware.lanes.trailing_zeros() as u64),
        }
    }
}

impl Logic for LifLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, v3, v4, v5, v6, r3, r4, r5, r6, leak5, zdec5, vpre6, spk6
        );
        // Stage 2 -> 3: the token if its neuron exists, the group's row.
        self.v3.d.next =
            self.s2_close.val() & ((self.first.val() + self.index.val()) < self.hidden.val());
        self.r3.d.next = self.first.val() >> self.lane_bits.val();
        self.r3_n.x.next = self.r3.q.val();
        self.row3.next = self.r3_n.y.val();
        self.v4.d.next = self.v3.q.val();
        self.r4.d.next = self.r3_n.y.val();
        // Stage 4: the decays from the banks' words (read in stage 3).
        self.leak.x.next = self.v_word.val();
        self.leak.add.next = 0.into();
        self.rtrace.zeta.next = self.z_word.val();
        self.leak5.d.next = self.leak.y.val();
        self.zdec5.d.next = self.rtrace.decayed.val();
        self.v5.d.next = self.v4.q.val();
        self.r5.d.next = self.r4.q.val();
        // Stage 5: the LIF update from registers and the hold; zeta takes the spike.
        self.leak5_n.x.next = self.leak5.q.val();
        self.zdec5_n.x.next = self.zdec5.q.val();
        self.lif.leaked.next = self.leak5_n.y.val();
        self.lif.current.next = self.current.val();
        self.rtrace.decayed_reg.next = self.zdec5_n.y.val();
        self.rtrace.spike.next = self.lif.spike.val();
        self.v_next.next = self.lif.v_next.val();
        self.z_next.next = self.rtrace.zeta_next.val();
        self.row5.next = self.r5.q.val();
        self.write5.next = self.v5.q.val();
        self.v6.d.next = self.v5.q.val();
        self.r6.d.next = self.r5.q.val();
        self.vpre6.d.next = self.lif.v_pre.val();
        self.spk6.d.next = self.lif.spike.val() & self.v5.q.val();
        // Stage 6: psi from the registered v_pre; the spike.
        self.vpre6_n.x.next = self.vpre6.q.val();
        self.psi.x.next = self.vpre6_n.y.val();
        self.psi6.next = self.psi.data.val();
        self.spike6.next = self.spk6.q.val();
        self.row6.next = self.r6.q.val();
        self.write6.next = self.v6.q.val();
    }
}
