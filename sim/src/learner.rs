//! The RTL as a learner: a tile behind any `Link` (Verilator or a board's UART) trains and
//! classifies samples on its own, through the host interface only, so that the training loops
//! of `golden::train` (and the experiments built on them) can run on the hardware unchanged.
//! Nothing here consults the golden model: the predictions and the learned parameters are the
//! RTL's.

use crate::host::{Host, Link, LinkError};
use golden::config::Config;
use golden::params::Params;
use golden::task::Sample;
use golden::train::{EpochRates, Model};

/// A tile behind `L` that learns online.
pub struct RtlLearner<L: Link> {
    pub host: Host<L>,
    cfg: Config,
    /// The first link error; the learner stops talking to the tile after it (see `run`).
    error: Option<LinkError>,
    /// Busy cycles of every STEP and CLEAR so far.
    pub cycles: u64,
    pub steps: u64,
}

impl<L: Link> RtlLearner<L> {
    /// A learner over `host`, whose tile already holds the initial parameters, learning
    /// registers and LFSR seed of the golden model it should match (see `Host`).
    pub fn new(host: Host<L>) -> RtlLearner<L> {
        RtlLearner {
            cfg: host.config().clone(),
            host,
            error: None,
            cycles: 0,
            steps: 0,
        }
    }

    /// The first error of the link, if any. `Model::run` cannot return one: callers check this
    /// after training.
    pub fn error(&self) -> Option<&LinkError> {
        self.error.as_ref()
    }

    /// Read every parameter back from the tile.
    pub fn params(&mut self) -> Result<Params, LinkError> {
        self.host.read_params()
    }

    fn try_run(&mut self, sample: &Sample, learn: bool) -> Result<usize, LinkError> {
        self.cycles += self.host.begin_sample(learn.then_some(sample.label))?;
        // An empty sample predicts what the cleared tile says (all sums zero).
        let mut prediction = 0;
        for inputs in &sample.steps {
            let status = self.host.run_step(inputs)?;
            self.cycles += status.cycles;
            self.steps += 1;
            prediction = status.prediction;
        }
        if prediction >= self.cfg.network.outputs {
            return Err(LinkError::Rtl(format!(
                "the prediction register says class {prediction} of {}",
                self.cfg.network.outputs
            )));
        }
        Ok(prediction)
    }

    fn try_set_learning(&mut self, rates: &EpochRates) -> Result<(), LinkError> {
        let mut cfg = self.cfg.clone();
        cfg.learning = rates.learning.clone();
        // The schedule's formats hold these rates' shifts, floored where the widths end, so
        // the registers get exactly what the golden model uses.
        self.host.configure_learning(&cfg, &rates.formats)?;
        self.cfg = cfg;
        Ok(())
    }
}

impl<L: Link> Model for RtlLearner<L> {
    /// Run one sample on the tile (learning towards its label if `learn`) and return the
    /// tile's prediction register after the last step. After a link error nothing more is sent
    /// and every prediction is class 0: the scores are void, `error` says why.
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        if self.error.is_some() {
            return 0;
        }
        self.try_run(sample, learn).unwrap_or_else(|e| {
            self.error = Some(e);
            0
        })
    }

    fn set_learning(&mut self, rates: &EpochRates) {
        if self.error.is_none()
            && let Err(e) = self.try_set_learning(rates)
        {
            self.error = Some(e);
        }
    }
}
