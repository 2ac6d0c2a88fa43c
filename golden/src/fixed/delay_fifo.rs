//! Spike history ("delay FIFO"): per source, the last D spikes as a D-bit word; bit m is the
//! source's spike of step t - m. A synapse with tap n reads bit n.

/// Twin of `hdl::delay_fifo`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DelayFifo {
    depth: usize,
    mask: u64,
    /// One word per source.
    pub hist: Vec<u64>,
}

impl DelayFifo {
    pub fn new(sources: usize, depth: usize) -> Self {
        assert!(
            (1..=64).contains(&depth),
            "history depth {depth} outside 1..=64"
        );
        let mask = if depth == 64 {
            u64::MAX
        } else {
            (1u64 << depth) - 1
        };
        DelayFifo {
            depth,
            mask,
            hist: vec![0; sources],
        }
    }

    pub fn depth(&self) -> usize {
        self.depth
    }

    pub fn clear(&mut self) {
        self.hist.fill(0);
    }

    /// Shift in this step's spike of source `s`.
    pub fn push(&mut self, s: usize, spike: bool) {
        self.hist[s] = ((self.hist[s] << 1) | spike as u64) & self.mask;
    }

    /// The spike of source `s` at lag `n`.
    pub fn bit(&self, s: usize, n: usize) -> bool {
        (self.hist[s] >> n) & 1 == 1
    }

    /// The 2R+1 history bits around lag m: bit (r + R) is the spike at lag m + r; lags below 0
    /// (the future, not yet seen) read as 0.
    pub fn window(&self, s: usize, m: usize, radius: usize) -> usize {
        let width = 2 * radius + 1;
        let h = self.hist[s];
        let w = if m >= radius {
            h >> (m - radius)
        } else {
            h << (radius - m)
        };
        (w & ((1u64 << width) - 1)) as usize
    }
}
