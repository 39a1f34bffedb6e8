//! Files in and out: a download of text the app wrote, the text of a file the user picked
//! or dropped, and the text of a file the app publishes beside itself.

use wasm_bindgen::JsCast;

/// Saves `text` as a file in the user's downloads.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("the browser refused to save “{file_name}”");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&text.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "no link element")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The download reads the object URL after this task ends; free it a little later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// The text of a file the user picked or dropped. Files over `max_bytes` are refused unread.
pub async fn read_file_text(
    file: web_sys::File,
    max_bytes: usize,
) -> Result<String, ReadFileError> {
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Err(ReadFileError::TooLarge { bytes });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| ReadFileError::Unreadable)?;
    text.as_string().ok_or(ReadFileError::Unreadable)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadFileError {
    TooLarge { bytes: usize },
    Unreadable,
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type Response;
    #[wasm_bindgen(catch, js_name = fetch)]
    async fn fetch_js(address: &str) -> Result<Response, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, getter)]
    fn ok(this: &Response) -> bool;
    #[wasm_bindgen(method, catch, js_name = text)]
    async fn text_js(this: &Response) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// The text of the file at `address` on this site (the service worker answers offline), or
/// `None` when it could not be had.
pub async fn fetch_text(address: &str) -> Option<String> {
    let response = fetch_js(address).await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text_js().await.ok()?.as_string()
}
