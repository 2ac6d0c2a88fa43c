//! Output files, written atomically: a temporary file in the same directory, then a rename.

use anyhow::{Context, Result, bail};
use std::path::Path;

/// Writes `bytes` to `path` atomically; on failure nothing is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::atomic::write_bytes(path, bytes, |op, e| {
        anyhow::Error::new(e).context(format!("cannot {op} {}", path.display()))
    })
}

/// Serialises `value` as pretty JSON (with a final newline).
pub fn json_bytes<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut v = serde_json::to_vec_pretty(value).context("cannot serialise the results")?;
    v.push(b'\n');
    Ok(v)
}

/// A part of a Markdown file that a command regenerates: the text between
/// `<!-- NAME:begin -->` and `<!-- NAME:end -->`.
pub struct Section(pub &'static str);

impl Section {
    pub fn begin(&self) -> String {
        format!("<!-- {}:begin -->", self.0)
    }

    pub fn end(&self) -> String {
        format!("<!-- {}:end -->", self.0)
    }

    /// `text` with the part between the markers replaced by `section`.
    pub fn replace(&self, text: &str, section: &str, file: &Path) -> Result<String> {
        let (begin, end) = (self.begin(), self.end());
        let (Some(b), Some(e)) = (text.find(&begin), text.find(&end)) else {
            bail!(
                "{}: the markers {begin} and {end} were not found, expected both (in that order) \
                 around the section `{}` regenerates",
                file.display(),
                self.0
            );
        };
        if e < b {
            bail!(
                "{}: {end} comes before {begin}, expected {begin} first",
                file.display()
            );
        }
        let head = &text[..b + begin.len()];
        let tail = &text[e..];
        Ok(format!("{head}\n{}\n{tail}", section.trim_end()))
    }

    /// Fails unless `file` can take the section (checked before long work).
    pub fn check(&self, file: &Path) -> Result<()> {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        self.replace(&text, "", file).map(|_| ())
    }

    /// Replaces the section in `file` (atomically) and says so.
    pub fn write(&self, file: &Path, section: &str) -> Result<()> {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let new = self.replace(&text, section, file)?;
        write_atomic(file, new.as_bytes())?;
        println!(
            "updated {} between {} and {}",
            file.display(),
            self.begin(),
            self.end()
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Section = Section("table");

    #[test]
    fn the_section_between_the_markers_is_replaced_and_the_rest_kept() {
        let (b, e) = (S.begin(), S.end());
        let text = format!("intro\n{b}\nold table\n{e}\nafter\n");
        let new = S.replace(&text, "| new |\n", Path::new("R.md")).unwrap();
        assert_eq!(new, format!("intro\n{b}\n| new |\n{e}\nafter\n"));
        // Idempotent: replacing again gives the same text.
        assert_eq!(
            S.replace(&new, "| new |\n", Path::new("R.md")).unwrap(),
            new
        );
    }

    #[test]
    fn missing_or_swapped_markers_name_the_file() {
        let e = S.replace("no markers", "x", Path::new("R.md")).unwrap_err();
        assert!(
            e.to_string().contains("R.md") && e.to_string().contains(&S.begin()),
            "{e}"
        );
        let swapped = format!("{}\n{}\n", S.end(), S.begin());
        let e = S.replace(&swapped, "x", Path::new("R.md")).unwrap_err();
        assert!(e.to_string().contains("comes before"), "{e}");
    }
}
