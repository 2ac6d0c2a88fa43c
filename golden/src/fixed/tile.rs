//! The whole tile, one time step at a time, in the order of ALGORITHM.md ("One time step").

use super::delay_fifo::DelayFifo;
use super::learning::{LearnInputs, Signals, learn_step};
use super::lif::lif_update;
use super::readout::Readout;
use super::trace_fifo::TraceFifo;
use crate::config::{Config, ConfigError, Learning};
use crate::cycles::{LearnCounts, StepCounts};
use crate::format::Formats;
use crate::paramfile::{ParamFileError, Stored, check_shapes};
use crate::params::Params;
use crate::rng::LfsrBank;
use crate::simd::vectorised;

/// Everything the tile holds besides its parameters; reset at the start of each sample
/// (except the LFSR, which runs on across samples).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// Step within the current sample.
    pub t: usize,
    pub delay: DelayFifo,
    pub traces: TraceFifo,
    /// Membranes after the reset.
    pub v: Vec<i32>,
    /// Spikes of the last step (the recurrent sources of the next one).
    pub z: Vec<bool>,
    /// Pseudo-derivatives of the last step.
    pub psi: Vec<i32>,
    pub readout: Readout,
    /// The stochastic-rounding streams (ALGORITHM.md section 6).
    pub lfsr: LfsrBank,
    /// Signals of the last learning step (empty if it did not learn).
    pub signals: Signals,
    /// Sources that could deliver a spike in the last step, ascending (the RTL's
    /// `active_sources` list; see `cycles::StepCounts`).
    pub active_sources: Vec<u32>,
    /// Hidden neurons that spiked in the last step, ascending (the RTL's `spike_list`).
    pub spike_list: Vec<u32>,
    /// What the last step's learning did (for the cycle model).
    pub learn_counts: LearnCounts,
    /// The current buffer (`hardware.event_pass`; empty without it): entry `j D + m` holds
    /// what the spikes delivered so far add to neuron j's current in the step `t` with
    /// `t mod D = m` (the RTL's `current_buffer`, ALGORITHM.md §2).
    pub buffer: Vec<i64>,
    /// Whether the last step ran the event pass (its active sources: the ones spiking now).
    pub event_step: bool,
}

impl State {
    /// The counts the cycle model needs for the last step.
    pub fn counts(&self) -> StepCounts {
        StepCounts {
            active_sources: self.active_sources.len(),
            spikes: self.spike_list.len(),
        }
    }
}

/// The bit-exact fixed-point golden model of one tile.
#[derive(Clone, Debug)]
pub struct Tile {
    pub cfg: Config,
    pub f: Formats,
    pub params: Params,
    pub state: State,
    /// Integer tap of every synapse, `[hidden][sources]`, from the current delays.
    taps: Vec<u8>,
    /// The synapses grouped by (source, tap): who receives a spike seen at lag m of source s.
    by_tap_start: Vec<u32>,
    by_tap_post: Vec<u32>,
    taps_stale: bool,
    /// Whether a tap moved since `by_tap_*` was built (true until it is built once).
    index_stale: bool,
}

/// Options of the float reference that the fixed-point contract does not have.
fn refuse_float_only(cfg: &Config) -> Result<(), ConfigError> {
    if cfg.learning.filter_kappa {
        return Err(ConfigError::Invalid {
            field: "learning.filter_kappa".into(),
            value: "true".into(),
            expected: "false for the fixed-point model (a float-reference-only option)".into(),
        });
    }
    Ok(())
}

/// The stochastic-rounding streams that follow from the configuration's seed (salted, so that
/// they do not repeat the initial parameters' SplitMix64 sequence).
pub fn lfsr_bank(seed: u64) -> LfsrBank {
    LfsrBank::seeded(seed ^ 0x5EED_1234)
}

impl Tile {
    pub fn new(cfg: &Config) -> Result<Tile, ConfigError> {
        cfg.validate()?;
        refuse_float_only(cfg)?;
        let f = Formats::new(cfg)?;
        let params = Params::init(cfg, &f);
        Ok(Tile::with_params(cfg.clone(), f, params))
    }

    pub fn with_params(cfg: Config, f: Formats, params: Params) -> Tile {
        let (s, h, d) = (cfg.sources(), cfg.network.hidden, cfg.network.max_delay);
        let state = State {
            t: 0,
            delay: DelayFifo::new(s, d),
            traces: TraceFifo::new(s, d, cfg.surrogate.kernel_radius),
            v: vec![0; h],
            z: vec![false; h],
            psi: vec![0; h],
            readout: Readout::new(cfg.network.outputs, h),
            lfsr: lfsr_bank(cfg.init.seed),
            signals: Signals::default(),
            active_sources: Vec::new(),
            spike_list: Vec::new(),
            learn_counts: LearnCounts::default(),
            buffer: vec![0; if cfg.hardware.event_pass { h * d } else { 0 }],
            event_step: false,
        };
        Tile {
            cfg,
            f,
            params,
            state,
            taps: vec![0; s * h],
            by_tap_start: vec![0; s * (d + 1)],
            by_tap_post: vec![0; s * h],
            taps_stale: true,
            index_stale: true,
        }
    }

    /// Clear all state for a new sample; parameters and the LFSR stay.
    pub fn reset_state(&mut self) {
        let st = &mut self.state;
        st.t = 0;
        st.delay.clear();
        st.traces.clear();
        st.v.fill(0);
        st.z.fill(false);
        st.psi.fill(0);
        st.readout.clear();
        st.signals = Signals::default();
        st.active_sources.clear();
        st.spike_list.clear();
        st.learn_counts = LearnCounts::default();
        st.buffer.fill(0);
        st.event_step = false;
    }

    /// Change the learning settings (the host writes the learning-rate and enable registers).
    pub fn set_learning(&mut self, l: Learning) -> Result<(), ConfigError> {
        let mut cfg = self.cfg.clone();
        cfg.learning = l;
        cfg.validate()?;
        refuse_float_only(&cfg)?;
        self.f = Formats::new(&cfg)?;
        self.cfg = cfg;
        Ok(())
    }

    /// Replace the parameters (e.g. loaded from a file); their shapes and ranges must fit the
    /// configuration.
    pub fn set_params(&mut self, p: Params) -> Result<(), ParamFileError> {
        let stored = Stored::Fixed(p);
        check_shapes(&self.cfg, &stored)?;
        if let Stored::Fixed(p) = stored {
            self.params = p;
        }
        self.taps_stale = true;
        Ok(())
    }

    /// The integer tap of synapse (j, s): round(A_s + d_js) clipped to D - 1.
    pub fn tap(&self, j: usize, s: usize) -> usize {
        let p = &self.params;
        let a = p.a.get(s).copied().unwrap_or(0);
        let d = p.d.get(j * self.cfg.sources() + s).copied().unwrap_or(0);
        let frac = self.cfg.widths.delay_frac;
        let top = self.cfg.network.max_delay as i32 - 1;
        tap_of(a + d, half_step(frac), frac, top) as usize
    }

    pub fn taps(&mut self) -> &[u8] {
        self.refresh_taps();
        &self.taps
    }

    fn refresh_taps(&mut self) {
        if !self.taps_stale {
            return;
        }
        let (s_n, d) = (self.cfg.sources(), self.cfg.network.max_delay);
        let frac = self.cfg.widths.delay_frac;
        let changed = fill_taps(&mut self.taps, &self.params, s_n, half_step(frac), frac, d);
        self.taps_stale = false;
        // Small delay updates rarely move a rounded tap; the (source, tap) index of the sparse
        // forward pass is rebuilt only when a step that does not learn needs it.
        self.index_stale |= changed;
    }

    /// The synapses grouped by (source, tap), rebuilt if a tap moved since it was built.
    fn refresh_index(&mut self) {
        if !self.index_stale {
            return;
        }
        let (s_n, h, d) = (
            self.cfg.sources(),
            self.cfg.network.hidden,
            self.cfg.network.max_delay,
        );
        self.index_stale = false;
        // Counting sort of the synapses by (source, tap).
        self.by_tap_start.fill(0);
        for j in 0..h {
            for s in 0..s_n {
                self.by_tap_start[s * (d + 1) + self.taps[j * s_n + s] as usize + 1] += 1;
            }
        }
        for i in 1..self.by_tap_start.len() {
            self.by_tap_start[i] += self.by_tap_start[i - 1];
        }
        let mut fill = self.by_tap_start.clone();
        for j in 0..h {
            for s in 0..s_n {
                let key = s * (d + 1) + self.taps[j * s_n + s] as usize;
                self.by_tap_post[fill[key] as usize] = j as u32;
                fill[key] += 1;
            }
        }
    }

    /// One time step. `inputs`: the input channels spiking now (each < inputs). `learn`: the
    /// target label if this step learns.
    pub fn step(&mut self, inputs: &[u16], learn: Option<usize>) {
        self.refresh_taps();
        let (n_in, h, s_n) = (
            self.cfg.network.inputs,
            self.cfg.network.hidden,
            self.cfg.sources(),
        );
        let d = self.cfg.network.max_delay;
        let f = &self.f;
        let st = &mut self.state;

        // 1-2. Source spikes into the spike history: inputs now, hidden spikes of the last step.
        let mut spiking = vec![false; n_in];
        for &c in inputs {
            spiking[c as usize] = true;
        }
        for (s, &x) in spiking.iter().enumerate() {
            st.delay.push(s, x);
        }
        if self.cfg.network.recurrent {
            for j in 0..h {
                st.delay.push(n_in + j, st.z[j]);
            }
        }
        // Sources that can deliver a spike this step (the RTL's work list): with the event
        // pass, the sources that spike now; else those whose history reaches some tap.
        st.active_sources.clear();
        st.event_step = self.cfg.hardware.event_pass && learn.is_none();
        let synaptic = self.cfg.network.delay_mode.has_synaptic();
        for s in 0..s_n {
            // Without synaptic delays every synapse of a source shares its tap.
            let tap = if synaptic { 0 } else { self.taps[s] as usize };
            let listed = if st.event_step {
                st.delay.hist[s] & 1 != 0
            } else {
                super::hist_lane::delivers(st.delay.hist[s], tap, synaptic)
            };
            if listed {
                st.active_sources.push(s as u32);
            }
        }
        // 3. Traces.
        // Only learning reads the traces; without it they stay cleared (and cost nothing).
        if learn.is_some() {
            st.traces.step(&st.delay, f);
        }

        // 4. Input currents from the spikes that arrive at each synapse's tap, then the LIF.
        // A learning step moves delays every step, so it reads every synapse's tap directly
        // (a dense pass that vectorises) instead of rebuilding the (source, tap) index.
        let current = if st.event_step {
            let (t, taps) = (st.t, &self.taps);
            event_currents(
                &mut st.buffer,
                &st.active_sources,
                &self.params.w,
                taps,
                t,
                h,
                d,
            )
        } else if learn.is_some() {
            dense_currents(&self.params.w, &self.taps, &st.delay.hist, h)
        } else {
            self.refresh_index();
            let st = &self.state;
            let mut current = vec![0i64; h];
            for s in 0..s_n {
                let mut bits = st.delay.hist[s];
                while bits != 0 {
                    let m = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let key = s * (d + 1) + m;
                    let range =
                        self.by_tap_start[key] as usize..self.by_tap_start[key + 1] as usize;
                    for &j in &self.by_tap_post[range] {
                        current[j as usize] += self.params.w[j as usize * s_n + s] as i64;
                    }
                }
            }
            current
        };
        let f = &self.f;
        let st = &mut self.state;
        let mut spikes = Vec::new();
        for j in 0..h {
            let out = lif_update(st.v[j], current[j], self.cfg.network.reset, f);
            st.v[j] = out.v;
            st.z[j] = out.spike;
            st.psi[j] = out.psi;
            if out.spike {
                spikes.push(j as u32);
            }
        }

        // 5. Readout.
        st.readout.step(&self.params.u, &self.params.b, &spikes, f);
        st.spike_list = spikes;

        // 6. Learning.
        st.signals = Signals::default();
        st.learn_counts = LearnCounts {
            traces: learn.is_some(),
            supervised: learn.is_some() && st.t >= self.cfg.learning.supervision_start,
            modulated: 0,
            quiet_groups: 0,
        };
        if let Some(label) = learn
            && st.t >= self.cfg.learning.supervision_start
        {
            let inp = LearnInputs {
                taps: &self.taps,
                traces: &st.traces,
                psi: &st.psi,
                readout: &st.readout,
                label,
            };
            st.signals = learn_step(&self.cfg, f, &mut self.params, &mut st.lfsr, &inp);
            st.learn_counts.modulated = st.signals.m.iter().filter(|&&m| m != 0).count();
            st.learn_counts.quiet_groups = (st.signals.m)
                .chunks(crate::cycles::lanes(&self.cfg) as usize)
                .filter(|g| g.iter().all(|&m| m == 0))
                .count();
            self.taps_stale = true;
        }
        st.t += 1;
    }

    /// Run one sample from a cleared state; learn at every step if `label` is given with
    /// `learn`. Returns the prediction.
    pub fn run_sample(&mut self, steps: &[Vec<u16>], label: usize, learn: bool) -> usize {
        self.reset_state();
        for x in steps {
            self.step(x, learn.then_some(label));
        }
        self.state.readout.prediction()
    }
}

vectorised! {
    /// The integer tap of every synapse from the current delays; returns whether any tap moved.
    fn fill_taps(taps: &mut [u8], p: &Params, s_n: usize, half: i32, frac: u32, d: usize) -> bool
        = fill_taps_body;
}

#[inline(always)]
fn fill_taps_body(taps: &mut [u8], p: &Params, s_n: usize, half: i32, frac: u32, d: usize) -> bool {
    let top = (d - 1) as i32;
    let zeros = vec![0i32; s_n];
    let a = if p.a.is_empty() {
        &zeros[..]
    } else {
        &p.a[..s_n]
    };
    let mut moved = 0u8;
    for (j, row) in taps.chunks_exact_mut(s_n).enumerate() {
        let dj = if p.d.is_empty() {
            &zeros[..]
        } else {
            &p.d[j * s_n..(j + 1) * s_n]
        };
        for s in 0..s_n {
            let n = tap_of(a[s] + dj[s], half, frac, top) as u8;
            moved |= row[s] ^ n;
            row[s] = n;
        }
    }
    moved != 0
}

/// The event pass (ALGORITHM.md §2): every source spiking now (`events`, ascending) adds
/// `W_js` to neuron j's buffer slot of step `t + n_js` (mod D), then each neuron takes its
/// slot of step `t` as its current and empties it for step `t + D`. Taps are below D, so no
/// spike lands in the slot of `t + D`; while the taps stay put this is `sum_s W_js H_s[n_js]`.
fn event_currents(
    buffer: &mut [i64],
    events: &[u32],
    w: &[i32],
    taps: &[u8],
    t: usize,
    h: usize,
    d: usize,
) -> Vec<i64> {
    let s_n = w.len() / h.max(1);
    (0..h)
        .map(|j| {
            let row = j * s_n..(j + 1) * s_n;
            let slots = &mut buffer[j * d..(j + 1) * d];
            super::syn_lane::lane_events(slots, events, &w[row.clone()], &taps[row], t)
        })
        .collect()
}

vectorised! {
    /// `I_j = sum_s W_js H_s[n_js]` over every synapse (the dense form of the forward pass).
    fn dense_currents(w: &[i32], taps: &[u8], hist: &[u64], h: usize) -> Vec<i64>
        = dense_currents_body;
}

#[inline(always)]
fn dense_currents_body(w: &[i32], taps: &[u8], hist: &[u64], h: usize) -> Vec<i64> {
    let s_n = hist.len();
    let mut current = vec![0i64; h];
    for (j, c) in current.iter_mut().enumerate() {
        let (wr, tr) = (&w[j * s_n..(j + 1) * s_n], &taps[j * s_n..(j + 1) * s_n]);
        let mut sum = 0i64;
        for s in 0..s_n {
            sum += wr[s] as i64 * ((hist[s] >> tr[s]) & 1) as i64;
        }
        *c = sum;
    }
    current
}

/// Half a step in delay LSBs (round half up), 0 without fraction bits.
pub fn half_step(frac: u32) -> i32 {
    if frac == 0 { 0 } else { 1 << (frac - 1) }
}

/// The integer tap of a path delay `A_s + d_js` (ALGORITHM.md section 1): round half up,
/// clipped to `top` = D - 1.
#[inline(always)]
pub fn tap_of(path: i32, half: i32, frac: u32, top: i32) -> i32 {
    ((path + half) >> frac).min(top)
}
