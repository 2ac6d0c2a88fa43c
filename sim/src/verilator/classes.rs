//! Reads `Vtop_classes.mk`, Verilator's own list of what to compile, so we follow whatever files a
//! given Verilator version and design generate instead of globbing.

use std::collections::HashMap;

/// The file lists and switches of one `Vtop_classes.mk`.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Classes {
    lists: HashMap<String, Vec<String>>,
    scalars: HashMap<String, String>,
}

/// Switches passed to the compiler as `-D` defines (0 when the file does not set them).
const DEFINES: [&str; 5] = [
    "VM_TRACE",
    "VM_TRACE_VCD",
    "VM_TRACE_FST",
    "VM_COVERAGE",
    "VM_TIMING",
];

impl Classes {
    pub(crate) fn parse(text: &str) -> Classes {
        let mut classes = Classes::default();
        let mut open: Option<String> = None;
        for line in text.lines() {
            let trimmed = line.trim();
            if let Some(name) = &open {
                // A list runs until an empty line or the next assignment.
                if trimmed.is_empty() || trimmed.contains('=') {
                    open = None;
                } else {
                    let item = trimmed.trim_end_matches('\\').trim();
                    if !item.is_empty() {
                        classes
                            .lists
                            .entry(name.clone())
                            .or_default()
                            .push(item.to_string());
                    }
                    continue;
                }
            }
            if trimmed.starts_with('#') {
                continue;
            }
            if let Some((name, rest)) = trimmed.split_once("+=") {
                let name = name.trim().to_string();
                classes.lists.entry(name.clone()).or_default();
                if rest.trim().ends_with('\\') {
                    open = Some(name);
                }
            } else if let Some((name, value)) = trimmed.split_once('=') {
                classes
                    .scalars
                    .insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        classes
    }

    /// The named list (empty when absent).
    pub(crate) fn list(&self, name: &str) -> &[String] {
        self.lists.get(name).map_or(&[], Vec::as_slice)
    }

    /// Whether any of the named lists appeared at all (a sanity check of the parse).
    pub(crate) fn has_list(&self, name: &str) -> bool {
        self.lists.contains_key(name)
    }

    /// Generated sources with the hot code, and those run once (construction, trace setup).
    pub(crate) fn generated(&self) -> (Vec<String>, Vec<String>) {
        let fast = [self.list("VM_CLASSES_FAST"), self.list("VM_SUPPORT_FAST")].concat();
        let slow = [self.list("VM_CLASSES_SLOW"), self.list("VM_SUPPORT_SLOW")].concat();
        (fast, slow)
    }

    /// Runtime sources from `$VERILATOR_ROOT/include`.
    pub(crate) fn global(&self) -> Vec<String> {
        [self.list("VM_GLOBAL_FAST"), self.list("VM_GLOBAL_SLOW")].concat()
    }

    /// `-DNAME=VALUE` for every switch the runtime and generated headers test, plus `VM_SC=0`.
    pub(crate) fn defines(&self) -> Vec<String> {
        let mut defines: Vec<String> = DEFINES
            .iter()
            .map(|name| {
                format!(
                    "-D{name}={}",
                    self.scalars.get(*name).map_or("0", String::as_str)
                )
            })
            .collect();
        defines.push("-DVM_SC=0".to_string());
        defines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Verilated -*- Makefile -*-\n\
VM_C11 = 1\n\
VM_TIMING = 0\n\
VM_TRACE = 1\n\
VM_TRACE_VCD = 1\n\
\n\
# fast\n\
VM_CLASSES_FAST += \\\n\
\tVtop \\\n\
\tVtop___024root__DepSet_h1__0 \\\n\
\n\
VM_CLASSES_SLOW += \\\n\
    Vtop___024root__Slow \\\n\
VM_SUPPORT_FAST += \\\n\
\tVtop__Trace__0 \\\n\
\n\
VM_SUPPORT_SLOW += \\\n\
\tVtop__Syms \\\n\
\n\
VM_GLOBAL_FAST += \\\n\
\tverilated \\\n\
\tverilated_vcd_c \\\n\
\n\
VM_GLOBAL_SLOW += \\\n\
\n\
\n";

    #[test]
    fn parses_lists_with_tabs_spaces_and_abrupt_ends() {
        let c = Classes::parse(SAMPLE);
        let (fast, slow) = c.generated();
        assert_eq!(
            fast,
            ["Vtop", "Vtop___024root__DepSet_h1__0", "Vtop__Trace__0"]
        );
        // The slow list ends at the next assignment, which must still be read.
        assert_eq!(slow, ["Vtop___024root__Slow", "Vtop__Syms"]);
        assert_eq!(c.global(), ["verilated", "verilated_vcd_c"]);
        assert!(c.has_list("VM_GLOBAL_SLOW"));
    }

    #[test]
    fn defines_default_to_zero() {
        let c = Classes::parse(SAMPLE);
        assert_eq!(
            c.defines(),
            [
                "-DVM_TRACE=1",
                "-DVM_TRACE_VCD=1",
                "-DVM_TRACE_FST=0",
                "-DVM_COVERAGE=0",
                "-DVM_TIMING=0",
                "-DVM_SC=0"
            ]
        );
    }
}
