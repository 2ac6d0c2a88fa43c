//! Where the Python venvs that `scripts/setup` creates live: `scripts/venvs.env` is the one
//! definition (the setup script sources it; this reads it at compile time).

use std::path::PathBuf;

const VENVS_ENV: &str = include_str!("../../scripts/venvs.env");

/// The venv named by `var` (e.g. `DELAYTILE_FPGA_VENV`): the variable itself when set and not
/// empty, else `$HOME/<var>_HOME_REL` from scripts/venvs.env.
pub fn venv(var: &str) -> PathBuf {
    if let Some(v) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return PathBuf::from(v);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(home_relative(var))
}

/// `<var>_HOME_REL` of scripts/venvs.env.
fn home_relative(var: &str) -> &'static str {
    let key = format!("{var}_HOME_REL=");
    VENVS_ENV
        .lines()
        .find_map(|l| l.strip_prefix(key.as_str()))
        .unwrap_or_else(|| panic!("scripts/venvs.env has no {key}"))
        .trim()
}

#[cfg(test)]
mod tests {
    use super::home_relative;

    #[test]
    fn both_venvs_are_defined_under_home() {
        for var in ["DELAYTILE_FPGA_VENV", "DELAYTILE_NIR_VENV"] {
            let rel = home_relative(var);
            assert!(!rel.is_empty() && !rel.starts_with('/'), "{var}: {rel}");
        }
        assert_ne!(
            home_relative("DELAYTILE_FPGA_VENV"),
            home_relative("DELAYTILE_NIR_VENV")
        );
    }
}
