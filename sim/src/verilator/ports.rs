//! Checks the verilated `top` against the ports the shim drives, so a mismatching design fails with
//! a list of port differences instead of a page of g++ errors from the shim.

/// (name, is_input, width) of a port.
pub(crate) type Port = (&'static str, bool, u32);

/// Every port of the tile's `top`, as `shim.cpp` uses them.
pub(crate) const PORTS: [Port; 12] = [
    ("clock", true, 1),
    ("cmd_valid", true, 1),
    ("cmd_op", true, 4),
    ("cmd_addr", true, 32),
    ("cmd_data", true, 64),
    ("cmd_ready", false, 1),
    ("rsp_valid", false, 1),
    ("rsp_data", false, 64),
    ("busy", false, 1),
    ("last_cycles", false, 32),
    ("deadline_missed", false, 1),
    ("prediction", false, 16),
];

/// Every port of the board top's `top` (tile + UART bridge), as `board_shim.cpp` uses them.
pub(crate) const BOARD_PORTS: [Port; 3] = [
    ("clock", true, 1),
    ("uart_rx", true, 1),
    ("uart_tx", false, 1),
];

/// Ports declared in a Verilator model header (`VL_IN8(&clock,0,0);`, `VL_OUT64(&rsp_data,63,0);`).
fn declared(header: &str) -> Vec<(String, bool, u32)> {
    header
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let input = line.starts_with("VL_IN");
            if !input && !line.starts_with("VL_OUT") {
                return None;
            }
            let args = line.split_once("(&")?.1.split_once(')')?.0;
            let mut parts = args.split(',').map(str::trim);
            let name = parts.next()?.to_string();
            let msb: u32 = parts.next()?.parse().ok()?;
            let lsb: u32 = parts.next()?.parse().ok()?;
            Some((name, input, msb.checked_sub(lsb)? + 1))
        })
        .collect()
}

fn describe(input: bool, width: u32) -> String {
    format!(
        "{} of {width} bit{}",
        if input { "input" } else { "output" },
        if width == 1 { "" } else { "s" }
    )
}

/// Every difference between the header's ports and `expected`, or `None` when they match.
pub(crate) fn mismatch(header: &str, expected: &[Port]) -> Option<String> {
    let found = declared(header);
    let mut problems = Vec::new();
    for &(name, input, width) in expected {
        match found.iter().find(|(n, ..)| n == name) {
            None => problems.push(format!("missing {} `{name}`", describe(input, width))),
            Some((_, i, w)) if (*i, *w) != (input, width) => problems.push(format!(
                "`{name}` is an {}, expected an {}",
                describe(*i, *w),
                describe(input, width)
            )),
            Some(_) => {}
        }
    }
    for (name, input, width) in &found {
        if !expected.iter().any(|(n, ..)| n == name) {
            problems.push(format!("unexpected {} `{name}`", describe(*input, *width)));
        }
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(ports: &[(&str, bool, u32)]) -> String {
        ports
            .iter()
            .map(|(n, i, w)| {
                format!(
                    "    VL_{}(&{n},{},0);\n",
                    if *i { "IN8" } else { "OUT64" },
                    w - 1
                )
            })
            .collect()
    }

    #[test]
    fn the_tile_ports_match() {
        assert_eq!(mismatch(&header(&PORTS), &PORTS), None);
        assert_eq!(mismatch(&header(&BOARD_PORTS), &BOARD_PORTS), None);
        assert!(
            mismatch(&header(&PORTS), &BOARD_PORTS)
                .unwrap()
                .contains("missing input of 1 bit `uart_rx`")
        );
    }

    #[test]
    fn differences_are_all_named() {
        let mut ports = PORTS.to_vec();
        ports.retain(|(n, ..)| *n != "busy");
        ports[2].2 = 3; // cmd_op
        ports.push(("reset", true, 1));
        let msg = mismatch(&header(&ports), &PORTS).unwrap();
        assert!(msg.contains("missing output of 1 bit `busy`"), "{msg}");
        assert!(
            msg.contains("`cmd_op` is an input of 3 bits, expected an input of 4 bits"),
            "{msg}"
        );
        assert!(msg.contains("unexpected input of 1 bit `reset`"), "{msg}");
    }
}
