//! Mounts the app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    devrel_playbook::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("DevRel Playbook runs in the browser: start it with scripts/serve (see README.md).");
    std::process::exit(2);
}
