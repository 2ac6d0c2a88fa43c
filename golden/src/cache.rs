//! The on-disk cache shared by the verilated models (`sim::verilator`) and the speech set
//! (`lab::speech_set`): where it lives and how its keys are made. FNV-1a is also the parameter
//! file's checksum (`paramfile`).

use std::ffi::OsString;
use std::path::PathBuf;

/// FNV-1a 64's offset basis and prime.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64 of `bytes`, continuing from the hash `h` (start at [`FNV_OFFSET`]).
pub fn fnv1a64_update(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// `$DELAYTILE_CACHE`, else `$XDG_CACHE_HOME/delaytile`, else `$HOME/.cache/delaytile`, else a
/// directory under the system temp dir (a machine without HOME should still simulate).
pub fn default_root() -> PathBuf {
    root_from(|name| std::env::var_os(name))
}

/// [`default_root`] over any environment, so it can be tested without mutating the process's.
fn root_from(env: impl Fn(&str) -> Option<OsString>) -> PathBuf {
    let var = |name| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = var("DELAYTILE_CACHE") {
        return dir;
    }
    if let Some(dir) = var("XDG_CACHE_HOME") {
        return dir.join("delaytile");
    }
    match var("HOME") {
        Some(home) => home.join(".cache").join("delaytile"),
        None => std::env::temp_dir().join("delaytile-cache"),
    }
}

/// FNV-1a 64 over length-prefixed parts: a cache key, not a security boundary, and the prefix keeps
/// `["ab", "c"]` and `["a", "bc"]` apart.
#[derive(Clone, Copy)]
pub struct Key(u64);

impl Key {
    pub fn new() -> Key {
        Key(FNV_OFFSET)
    }

    pub fn part(mut self, bytes: impl AsRef<[u8]>) -> Key {
        let bytes = bytes.as_ref();
        self.0 = fnv1a64_update(self.0, &(bytes.len() as u64).to_le_bytes());
        self.0 = fnv1a64_update(self.0, bytes);
        self
    }

    pub fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

impl Default for Key {
    fn default() -> Key {
        Key::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn cache_root_follows_the_environment_in_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        const ALL: &[(&str, &str)] = &[
            ("DELAYTILE_CACHE", "/c"),
            ("XDG_CACHE_HOME", "/x"),
            ("HOME", "/h"),
        ];
        assert_eq!(root_from(env(ALL)), Path::new("/c"));
        assert_eq!(root_from(env(&ALL[1..])), Path::new("/x/delaytile"));
        assert_eq!(root_from(env(&ALL[2..])), Path::new("/h/.cache/delaytile"));
        // Empty values count as unset.
        assert_eq!(
            root_from(env(&[("DELAYTILE_CACHE", ""), ("HOME", "/h")])),
            Path::new("/h/.cache/delaytile")
        );
    }

    #[test]
    fn key_separates_parts_and_is_stable() {
        assert_ne!(
            Key::new().part("ab").part("c").hex(),
            Key::new().part("a").part("bc").hex()
        );
        assert_eq!(Key::new().part("x").hex(), Key::new().part("x").hex());
        assert_eq!(Key::new().hex().len(), 16);
    }
}
