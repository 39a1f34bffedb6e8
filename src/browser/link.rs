//! Playbook links in the browser: compressing a playbook's text into a link's payload and back,
//! by the browser's own `CompressionStream` ("deflate-raw") and base64, so the wasm carries no
//! compression code; copying a link; and taking a link's fragment from the address bar. The
//! functions are `playbookLink`'s, in `index.html`; packing and unpacking are in
//! `public/link.js`, which it fetches the first time a link is made or opened.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_namespace = playbookLink)]
extern "C" {
    #[wasm_bindgen(catch, js_name = pack)]
    async fn pack_js(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = unpack)]
    async fn unpack_js(payload: &str, max_chars: usize) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = copy)]
    async fn copy_js(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = take)]
    fn take_js(mark: &str) -> String;
    #[wasm_bindgen(js_name = home)]
    fn home_js() -> String;
}

/// `text` compressed and written in base64url, for a link.
pub async fn pack_link(text: &str) -> Option<String> {
    pack_js(text).await.ok()?.as_string()
}

/// The text a link's payload holds, or `None` when it cannot be read back whole (cut short,
/// changed, or over `max_chars` once unpacked).
pub async fn unpack_link(payload: &str, max_chars: usize) -> Option<String> {
    unpack_js(payload, max_chars).await.ok()?.as_string()
}

/// Puts `text` on the clipboard; `false` when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    copy_js(text).await.is_ok()
}

/// The address bar's fragment when it starts with `mark`, taken out of the address bar (so a
/// reload or a bookmark does not bring the playbook in again); empty otherwise.
pub fn take_fragment(mark: &str) -> String {
    take_js(mark)
}

/// The address of the app's start page, which links open.
pub fn app_address() -> String {
    home_js()
}
