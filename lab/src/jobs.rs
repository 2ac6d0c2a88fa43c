//! Sweeps as independent jobs, for users who outgrow one machine (`speech-table`, `estimate`):
//! `--jobs FILE` writes one complete command line per job (GNU parallel, a Slurm array or any
//! batch scheduler runs them), each `--job K --job-out DIR` writes DIR/job-K.json (and, for
//! speech-table's fixed-point runs, DIR/job-K.dtp with the learned parameters), and
//! `--merge DIR` builds the outputs from those files exactly as a local run builds them.

use anyhow::{Context, Result, bail};
use golden::experiment::{Job, Run};
use golden::output::write_atomic;
use golden::paramfile::{self, Stored};
use std::path::{Path, PathBuf};

/// What a sweep command does with its jobs: write their list, run one, merge their results,
/// or (all `None`) run them all here.
#[derive(Clone, Debug, Default)]
pub struct Mode {
    /// Write the job list to this file instead of running.
    pub list: Option<PathBuf>,
    /// Run only this job (0-based) and write its result into `job_out`.
    pub job: Option<usize>,
    pub job_out: Option<PathBuf>,
    /// Build the outputs from this directory of finished job results.
    pub merge: Option<PathBuf>,
}

/// The flags that select the job mode; they are dropped from the command line a job repeats.
const MODE_FLAGS: [&str; 4] = ["--jobs", "--job", "--job-out", "--merge"];

/// This invocation's arguments (after the program name) without the job-mode flags and their
/// values.
fn base_args() -> Vec<String> {
    let mut out = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if MODE_FLAGS.contains(&a.as_str()) {
            args.next();
        } else if !MODE_FLAGS.iter().any(|f| a.starts_with(&format!("{f}="))) {
            out.push(a);
        }
    }
    out
}

/// `s` quoted for a POSIX shell where it needs it.
fn quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./=,:+-".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Writes the job list: `n` lines, job K being this command with `--job K --job-out DIR`.
pub fn write_list(file: &Path, n: usize, dir: &Path) -> Result<()> {
    let program = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "delaytile".into());
    let base: Vec<String> = std::iter::once(program)
        .chain(base_args())
        .map(|a| quote(&a))
        .collect();
    let dir = quote(&dir.display().to_string());
    let text: String = (0..n)
        .map(|k| format!("{} --job {k} --job-out {dir}\n", base.join(" ")))
        .collect();
    write_atomic(file, text.as_bytes())
}

/// Job `k`'s result file in `dir`.
pub fn json_path(dir: &Path, k: usize) -> PathBuf {
    dir.join(format!("job-{k}.json"))
}

fn params_path(dir: &Path, k: usize) -> PathBuf {
    dir.join(format!("job-{k}.dtp"))
}

/// Writes a speech-table job's result (parameters first, so a JSON file always has its
/// parameters).
pub fn save(dir: &Path, k: usize, job: &Job, run: &Run) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("--job-out {}: cannot create the directory", dir.display()))?;
    if let Some(p) = &run.fixed_params {
        let cfg = job.variant.apply(&job.base);
        paramfile::save(&params_path(dir, k), &cfg, &Stored::Fixed(p.clone()))?;
    }
    write_atomic(&json_path(dir, k), &golden::output::json_bytes(run)?)
}

/// The speech-table runs of every job from `dir`, in job order; each file must be the result of the job it is
/// named after (same row, model and seed).
pub fn load_all(dir: &Path, jobs: &[Job]) -> Result<Vec<Run>> {
    let mut runs = Vec::with_capacity(jobs.len());
    for (k, job) in jobs.iter().enumerate() {
        let path = json_path(dir, k);
        let what = format!(
            "{} | {} | {:?} | seed {}",
            job.group,
            job.variant.name(),
            job.arith,
            job.seed
        );
        let mut run: Run = read_json(dir, k, jobs.len(), &what)?;
        if (&run.group, run.variant, run.arith, run.seed)
            != (&job.group, job.variant, job.arith, job.seed)
        {
            bail!(
                "{}: holds {} | {} | {:?} | seed {}, expected job {k}: {} | {} | {:?} | seed {} \
                 (was the job list made with other options?)",
                path.display(),
                run.group,
                run.variant.name(),
                run.arith,
                run.seed,
                job.group,
                job.variant.name(),
                job.arith,
                job.seed
            );
        }
        if job.arith == golden::experiment::Arith::Fixed {
            let (_, stored) = paramfile::load(&params_path(dir, k))?;
            let Stored::Fixed(p) = stored else {
                bail!(
                    "{}: float parameters, expected the fixed-point parameters of job {k}",
                    params_path(dir, k).display()
                );
            };
            run.fixed_params = Some(p);
        }
        runs.push(run);
    }
    Ok(runs)
}

/// Reads job `k`'s result from `dir` (`what` describes the job for the message when missing).
pub fn read_json<T: serde::de::DeserializeOwned>(
    dir: &Path,
    k: usize,
    n: usize,
    what: &str,
) -> Result<T> {
    let path = json_path(dir, k);
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "--merge {}: {} is missing, expected the result of job {k} of {n} ({what})",
            dir.display(),
            path.display()
        )
    })?;
    serde_json::from_str(&text).with_context(|| {
        format!(
            "{}: not a job result written by --job-out, expected the JSON of job {k} ({what})",
            path.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn arguments_are_quoted_only_where_a_shell_needs_it() {
        assert_eq!(quote("--seeds"), "--seeds");
        assert_eq!(quote("learning.lr_w_log2=-14"), "learning.lr_w_log2=-14");
        assert_eq!(quote("a | b"), "'a | b'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }
}
