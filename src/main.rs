//! Mounts the app in the browser.

// Talc in place of the standard library's dlmalloc: the same service in fewer bytes of wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    devrel_playbook::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("DevRel Playbook runs in the browser: start it with scripts/serve (see README.md).");
    std::process::exit(2);
}
