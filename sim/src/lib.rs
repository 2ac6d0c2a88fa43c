//! Verilator co-simulation of the generated tile against the golden model. Empty until the RTL
//! issue lands.
