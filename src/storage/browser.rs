//! Small browser services the domain takes as inputs: the time, fresh ids, file downloads.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use wasm_bindgen::JsCast;

use crate::domain::id::Id;

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date where the user is: in Tokyo it is already tomorrow while UTC is at 20:00.
pub fn today() -> chrono::NaiveDate {
    let date = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| now().date_naive())
}

/// How every date on screen is written: the locale's medium style ("Nov 25, 2026",
/// "25 Nov 2026", "25.11.2026"), the same for a calendar day and for the day of a time.
const DATE_STYLE: (&str, &str) = ("dateStyle", "medium");

/// A time as the user reads times: their time zone and their locale's date format, from the
/// browser's Intl (which also keeps date formatting code out of the app).
pub fn local_time_text(at: DateTime<Utc>) -> String {
    locale_text(at.timestamp_millis(), &[DATE_STYLE, ("timeStyle", "short")])
}

/// A calendar day (an interview's, a deadline) in the user's locale. The day is read at
/// midnight UTC and written in UTC, so no time zone moves it to the day before or after.
/// Each day is written once per page: what a step still lacks is worked out on every key press,
/// and asking Intl for hundreds of goals' deadlines each time would make typing lag.
pub fn local_date_text(day: NaiveDate) -> String {
    thread_local! {
        // A plan has few distinct days, so a list is as quick as a map here, and lighter.
        static WRITTEN: RefCell<Vec<(NaiveDate, String)>> = const { RefCell::new(Vec::new()) };
    }
    WRITTEN.with_borrow_mut(|written| {
        if let Some((_, text)) = written.iter().find(|(known, _)| *known == day) {
            return text.clone();
        }
        let midnight = day.and_time(NaiveTime::MIN).and_utc();
        let text = locale_text(
            midnight.timestamp_millis(),
            &[DATE_STYLE, ("timeZone", "UTC")],
        );
        written.push((day, text.clone()));
        text
    })
}

fn locale_text(millis: i64, options: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&(millis as f64).into());
    let object = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    date.to_locale_string("default", &object).into()
}

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
