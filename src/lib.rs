//! DevRel Playbook: an executive buy-in interview and a program strategy, kept in the browser.
//!
//! `domain` is plain Rust and builds everywhere; the browser layers (`storage`, `browser`, `ui`, `app`)
//! exist only in the wasm build. See ARCHITECTURE.md for the rules between them.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
