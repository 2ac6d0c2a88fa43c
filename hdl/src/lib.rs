//! The tile in rust-hdl. Empty until the RTL issue lands: the golden model in `golden/` is the
//! contract every block here will be checked against.
