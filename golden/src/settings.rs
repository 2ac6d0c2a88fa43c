//! Loading a configuration file with `--set section.key=value` overrides.
//!
//! Overrides are applied to the file's TOML table, checked against the keys and value types of
//! the reference configuration, and the result is parsed and validated as a whole, so a bad key,
//! a value of the wrong type and a value out of range are all errors that name the key.

use crate::config::{Config, ConfigError};
use anyhow::{Context, Result, anyhow, bail};
use std::path::Path;
use toml::{Table, Value};

/// Loads `path`, applies `sets` (each `section.key=value`, in order) and validates the result.
pub fn load_config(path: &Path, sets: &[String]) -> Result<Config> {
    let shown = path.display().to_string();
    if sets.is_empty() {
        return Config::load(path).map_err(|e| name_origin(e, &shown));
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {shown}"))?;
    let mut table: Table = toml::from_str(&text)
        .map_err(|e| anyhow!("config file {shown}: {}", e.to_string().trim_end()))?;
    apply_sets(&mut table, sets, &shown)?;
    let merged = toml::to_string(&table).context("cannot serialise the merged configuration")?;
    let origin = format!("{shown} with --set overrides");
    Config::from_toml_str(&merged, &origin).map_err(|e| name_origin(e, &origin))
}

/// Parse and read errors name the file already; validation errors get it as context.
fn name_origin(e: ConfigError, origin: &str) -> anyhow::Error {
    match e {
        ConfigError::Invalid { .. } => {
            anyhow::Error::new(e).context(format!("invalid configuration {origin}"))
        }
        other => other.into(),
    }
}

/// Applies every override to `table` (the contents of `file`).
pub fn apply_sets(table: &mut Table, sets: &[String], file: &str) -> Result<()> {
    let defaults: Table = toml::from_str(&Config::default().to_toml())
        .context("the reference configuration does not round-trip through TOML")?;
    for spec in sets {
        apply_set(table, &defaults, spec, file)?;
    }
    Ok(())
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a number",
        Value::Boolean(_) => "a boolean (true or false)",
        Value::Datetime(_) => "a date-time",
        Value::Array(_) => "an array",
        Value::Table(_) => "a table",
    }
}

fn keys_of(t: &Table) -> String {
    t.keys().map(String::as_str).collect::<Vec<_>>().join(", ")
}

/// A `--set` value: any TOML value (`3`, `0.5`, `true`, `"both"`); anything that is not TOML is
/// taken as a bare string (`both`).
fn parse_value(raw: &str) -> Value {
    match toml::from_str::<Table>(&format!("v = {raw}")) {
        Ok(mut t) => t
            .remove("v")
            .unwrap_or_else(|| Value::String(raw.to_string())),
        Err(_) => Value::String(raw.to_string()),
    }
}

fn apply_set(table: &mut Table, defaults: &Table, spec: &str, file: &str) -> Result<()> {
    let Some((key, raw)) = spec.split_once('=') else {
        bail!("--set {spec:?}: expected SECTION.KEY=VALUE (e.g. network.hidden=64)");
    };
    let (key, raw) = (key.trim(), raw.trim());
    let Some((section, field)) = key.split_once('.') else {
        bail!(
            "--set {key}: unknown key `{key}`, expected SECTION.KEY with a section among: {}",
            keys_of(defaults)
        );
    };
    let Some(dsec) = defaults.get(section).and_then(Value::as_table) else {
        bail!(
            "--set {key}: unknown section `{section}` in key `{key}`, expected one of: {}",
            keys_of(defaults)
        );
    };
    let Some(default) = dsec.get(field) else {
        bail!(
            "--set {key}: unknown key `{key}` (section [{section}] has no `{field}`), expected one of: {}",
            keys_of(dsec)
        );
    };
    // Digits that TOML cannot hold are a number out of range, not a string.
    let digits = raw.strip_prefix(['-', '+']).unwrap_or(raw).replace('_', "");
    if matches!(default, Value::Integer(_))
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && raw.parse::<i64>().is_err()
        && raw.replace('_', "").parse::<i64>().is_err()
    {
        bail!(
            "--set {key}={raw}: the integer is out of range, expected an integer in {} ..= {} \
             (and within the field's own range; the default is {key} = {default})",
            i64::MIN,
            i64::MAX
        );
    }
    let value = match (parse_value(raw), default) {
        (Value::Integer(i), Value::Float(_)) => Value::Float(i as f64),
        (v, d) if std::mem::discriminant(&v) == std::mem::discriminant(d) => v,
        (v, d) => bail!(
            "--set {key}={raw}: found {}, expected {} (the default is {key} = {d})",
            type_name(&v),
            type_name(d)
        ),
    };
    // A section the file leaves out means all its defaults (some sections, like [data], have no
    // per-field defaults, so the whole section is filled in).
    let sec = table
        .entry(section)
        .or_insert_with(|| Value::Table(dsec.clone()));
    let Some(sec) = sec.as_table_mut() else {
        bail!("config file {file}: `{section}` is not a table, expected a [{section}] section");
    };
    sec.insert(field.to_string(), value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(sets: &[&str]) -> Result<Table> {
        let mut t = Table::new();
        let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
        apply_sets(&mut t, &sets, "test.toml")?;
        Ok(t)
    }

    #[test]
    fn values_of_every_type() {
        let t = set(&[
            "network.inputs=4",
            "neuron.alpha=0.9",
            "neuron.kappa=0",
            "network.recurrent=false",
            "network.delay_mode=axonal",
            "learning.feedback=\"random\"",
        ])
        .unwrap();
        let cfg: Config = toml::from_str(&toml::to_string(&t).unwrap()).unwrap();
        assert_eq!(cfg.network.inputs, 4);
        assert_eq!(cfg.neuron.alpha, 0.9);
        assert_eq!(cfg.neuron.kappa, 0.0);
        assert!(!cfg.network.recurrent);
        assert_eq!(cfg.network.delay_mode, crate::config::DelayMode::Axonal);
        assert_eq!(cfg.learning.feedback, crate::config::Feedback::Random);
    }

    #[test]
    fn one_key_of_a_missing_section_keeps_the_other_defaults() {
        let t = set(&["data.pool=175"]).unwrap();
        let cfg: Config = toml::from_str(&toml::to_string(&t).unwrap()).unwrap();
        assert_eq!(cfg.data.pool, 175);
        assert_eq!(cfg.data.dt_ms, Config::default().data.dt_ms);
    }

    #[test]
    fn bad_keys_and_types_are_named() {
        let e = set(&["network.bogus=3"]).unwrap_err().to_string();
        assert!(e.contains("network.bogus"), "{e}");
        let e = set(&["nosuch.key=3"]).unwrap_err().to_string();
        assert!(e.contains("nosuch"), "{e}");
        let e = set(&["hidden=3"]).unwrap_err().to_string();
        assert!(e.contains("hidden"), "{e}");
        let e = set(&["network.hidden"]).unwrap_err().to_string();
        assert!(e.contains("SECTION.KEY=VALUE"), "{e}");
        let e = set(&["network.hidden=abc"]).unwrap_err().to_string();
        assert!(
            e.contains("network.hidden=abc") && e.contains("an integer"),
            "{e}"
        );
        let e = set(&["network.recurrent=1"]).unwrap_err().to_string();
        assert!(e.contains("boolean"), "{e}");
        let e = set(&["network.hidden=99999999999999999999999"])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("network.hidden=99999999999999999999999")
                && e.contains("out of range")
                && !e.contains("string"),
            "{e}"
        );
    }
}
