//! Fresh ids for new playbooks, interviews and items.

use crate::domain::id::Id;

/// A fresh random id from the browser's cryptographic generator, which (unlike
/// `crypto.randomUUID`) also works on plain-http origins such as a LAN address.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok());
    if filled.is_none() {
        // Without Web Crypto, mix the clock with Math.random: ids only need to be unique here.
        let seed = (js_sys::Date::now() as u64).to_le_bytes();
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = seed[i % 8] ^ (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random_bytes(bytes)
}
