//! The CRC-8 of the UART bridge's frames (golden `protocol::crc8_update`, shared with the host
//! driver), one byte per cycle.

use golden::protocol;
use rust_hdl::prelude::*;

/// Combinational CRC-8 update: `crc_out = crc8_update(crc_in, data_in)`. The update is linear over
/// GF(2), so each output bit is the parity of `crc_in ^ data_in` under a mask computed here.
///
/// ```text
///                 +--------------------------------------+
///   crc_in[8] --->| x = crc_in ^ data_in                  |
///   data_in[8] -->| crc_out[i] = parity(x & mask_i)       |--> crc_out[8]
///                 +--------------------------------------+
/// ```
#[derive(LogicBlock)]
pub struct Crc8 {
    pub crc_in: Signal<In, Bits<8>>,
    pub data_in: Signal<In, Bits<8>>,
    pub crc_out: Signal<Out, Bits<8>>,
    x: Signal<Local, Bits<8>>,
    m0: Constant<Bits<8>>,
    m1: Constant<Bits<8>>,
    m2: Constant<Bits<8>>,
    m3: Constant<Bits<8>>,
    m4: Constant<Bits<8>>,
    m5: Constant<Bits<8>>,
    m6: Constant<Bits<8>>,
    m7: Constant<Bits<8>>,
    zero: Constant<Bits<8>>,
}

impl Default for Crc8 {
    fn default() -> Self {
        Crc8::new()
    }
}

impl Crc8 {
    pub fn new() -> Crc8 {
        // mask_i bit j = bit i of the update of the single-bit value 1 << j.
        let mask = |i: u32| -> Constant<Bits<8>> {
            let m = (0..8).fold(0u64, |m, j| {
                let out = protocol::crc8_update(0, 1 << j);
                m | ((((out >> i) & 1) as u64) << j)
            });
            Constant::new(m.to_bits())
        };
        Crc8 {
            crc_in: Default::default(),
            data_in: Default::default(),
            crc_out: Default::default(),
            x: Default::default(),
            m0: mask(0),
            m1: mask(1),
            m2: mask(2),
            m3: mask(3),
            m4: mask(4),
            m5: mask(5),
            m6: mask(6),
            m7: mask(7),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for Crc8 {
    #[hdl_gen]
    fn update(&mut self) {
        self.x.next = self.crc_in.val() ^ self.data_in.val();
        self.crc_out.next = self
            .zero
            .val()
            .replace_bit(0, (self.x.val() & self.m0.val()).xor())
            .replace_bit(1, (self.x.val() & self.m1.val()).xor())
            .replace_bit(2, (self.x.val() & self.m2.val()).xor())
            .replace_bit(3, (self.x.val() & self.m3.val()).xor())
            .replace_bit(4, (self.x.val() & self.m4.val()).xor())
            .replace_bit(5, (self.x.val() & self.m5.val()).xor())
            .replace_bit(6, (self.x.val() & self.m6.val()).xor())
            .replace_bit(7, (self.x.val() & self.m7.val()).xor());
    }
}
