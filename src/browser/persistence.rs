//! Whether the browser keeps this site's storage under pressure, and asking it to.

/// Whether the browser has promised to keep this site's storage until the user clears it;
/// `None` where the browser cannot say.
pub async fn storage_is_persistent() -> Option<bool> {
    storage_manager_answer(web_sys::StorageManager::persisted).await
}

/// Asks the browser to keep this site's storage; some browsers ask the user, others decide.
pub async fn ask_for_persistent_storage() -> Option<bool> {
    storage_manager_answer(web_sys::StorageManager::persist).await
}

async fn storage_manager_answer(
    ask: fn(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let answer = wasm_bindgen_futures::JsFuture::from(ask(&manager).ok()?)
        .await
        .ok()?;
    answer.as_bool()
}
