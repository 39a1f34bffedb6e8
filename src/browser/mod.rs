//! The browser's services other than storage, which the app takes as inputs or hands its
//! output to: the clock and today's date, fresh ids, dates and times in the user's locale
//! (Intl), downloads and reading picked files, playbook links, and asking the browser to keep the site's
//! storage. Storage itself (localStorage and the tab's sessionStorage) is `storage`.

mod files;
mod ids;
mod link;
mod persistence;
mod time;

pub use files::{download_text, fetch_text, read_file_text, ReadFileError};
pub use ids::new_id;
pub use link::{app_address, copy_text, pack_link, take_fragment, unpack_link};
pub use persistence::{ask_for_persistent_storage, storage_is_persistent};
pub use time::{local_date_text, local_day, local_time_text, now, today};
