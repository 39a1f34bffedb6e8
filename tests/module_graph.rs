//! The module graph has no cycle: a module may use another only if that one does not use it
//! back, directly or through others. Read from the source, so it also covers the wasm-only
//! layers, which do not compile natively.
//!
//! A node is a module directly under a layer (`domain::playbook`, `domain::buyin` with all its
//! files, `ui::store`) or a layer's own `mod.rs` (`domain`). Test code is left out: a test may
//! reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: [&str; 4] = ["domain", "storage", "browser", "ui"];

/// Every `.rs` file under `src/<layer>/`, with its module path (`["domain", "buyin", "series"]`).
fn source_files() -> Vec<(Vec<String>, PathBuf)> {
    fn walk(dir: &Path, module: &[String], out: &mut Vec<(Vec<String>, PathBuf)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut inner = module.to_vec();
                inner.push(name);
                walk(&path, &inner, out);
            } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
                let mut own = module.to_vec();
                if name != "mod" {
                    own.push(name);
                }
                out.push((own, path));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for layer in LAYERS {
        walk(&root.join(layer), &[layer.to_owned()], &mut out);
    }
    out
}

/// The file's code without its test module and without comments.
fn code_of(text: &str) -> String {
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or("");
    before_tests
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path the code names that starts at `crate::` or `super::`, with `use` groups expanded,
/// resolved to an absolute module path.
fn paths_used(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    // `use` statements, whose groups need expanding: each starts a line.
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let body = line.trim_start();
        let statement = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|start| body.strip_prefix(start));
        if let Some(statement) = statement {
            let from = offset + (line.len() - body.len()) + (body.len() - statement.len());
            let tail = &code[from..];
            let end = tail.find(';').unwrap_or(tail.len());
            expand_use_tree(&tail[..end], &mut Vec::new(), &mut paths);
        }
        offset += line.len();
    }
    // Paths written inline in code.
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let from_here = &rest[at..];
            let end = from_here
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(from_here.len());
            paths.push(from_here[..end].split("::").map(str::to_owned).collect());
            rest = &from_here[end..];
        }
    }
    paths
        .into_iter()
        .filter_map(|path| resolve(&path, module))
        .collect()
}

/// `a::{b, c::{d, e}}` becomes `a::b`, `a::c::d`, `a::c::e`.
fn expand_use_tree(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if tree.is_empty() {
        return;
    }
    match tree.find('{') {
        None => {
            let mut path = prefix.clone();
            let head = tree.split(" as ").next().unwrap_or(tree);
            path.extend(
                head.split("::")
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty()),
            );
            out.push(path);
        }
        Some(open) => {
            let close = tree.rfind('}').unwrap_or(tree.len());
            let before: Vec<String> = tree[..open]
                .split("::")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            let depth = prefix.len();
            prefix.extend(before);
            for part in split_top_level(&tree[open + 1..close]) {
                expand_use_tree(part, prefix, out);
            }
            prefix.truncate(depth);
        }
    }
}

fn split_top_level(list: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (at, c) in list.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&list[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts
}

/// An absolute module path (`["domain", "playbook", "EditError"]`), or `None` for paths outside
/// the crate (std, leptos, …).
fn resolve(path: &[String], module: &[String]) -> Option<Vec<String>> {
    // A `mod.rs` file is its directory's module, so its `super` is the directory above.
    let mut here: Vec<String> = module.to_vec();
    let mut parts = path.iter();
    let first = parts.next()?;
    let mut absolute = match first.as_str() {
        "crate" => Vec::new(),
        "super" => {
            here.pop()?;
            here
        }
        "self" => here,
        _ => return None,
    };
    for part in parts {
        if part == "super" {
            absolute.pop()?;
        } else if part != "self" && part != "*" {
            absolute.push(part.clone());
        }
    }
    Some(absolute)
}

/// The node a module path belongs to: `domain::buyin::series::Series` is `domain::buyin`;
/// `domain::WriteDate` (an item of the layer's `mod.rs`) is `domain`.
fn node_of(path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<String> {
    let layer = path.first()?;
    if !LAYERS.contains(&layer.as_str()) {
        return None;
    }
    match path.get(1) {
        Some(second) if modules.contains(&vec![layer.clone(), second.clone()]) => {
            Some(format!("{layer}::{second}"))
        }
        _ => Some(layer.clone()),
    }
}

fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = source_files();
    let modules: BTreeSet<Vec<String>> = files
        .iter()
        .filter(|(module, _)| module.len() >= 2)
        .map(|(module, _)| module[..2].to_vec())
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &files {
        let from = node_of(module, &modules).unwrap();
        let text = fs::read_to_string(file).unwrap();
        let edges = graph.entry(from.clone()).or_default();
        for used in paths_used(&code_of(&text), module) {
            if let Some(to) = node_of(&used, &modules) {
                // A layer's `mod.rs` declares its modules and may re-export them.
                if to != from && !(from == *module.first().unwrap() && module.len() == 1) {
                    edges.insert(to);
                }
            }
        }
    }
    graph
}

/// Every cycle, each written once as the path that closes it.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut found = BTreeSet::new();
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == start {
                    let mut cycle = path.clone();
                    // One spelling per cycle: rotated to start at its smallest node.
                    let smallest = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap();
                    cycle.rotate_left(smallest);
                    found.insert(cycle);
                } else if !path.contains(next) && next > start {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found.into_iter().collect()
}

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = module_graph();
    let found = cycles(&graph);
    let written: Vec<String> = found
        .iter()
        .map(|cycle| format!("{} → {}", cycle.join(" → "), cycle[0]))
        .collect();
    assert!(
        written.is_empty(),
        "modules that use each other:\n{}",
        written.join("\n")
    );
}

#[test]
fn the_graph_reader_sees_the_uses_it_must() {
    let graph = module_graph();
    // A `use` group, a `super::` path and an inline `crate::` path, each known to be there.
    assert!(graph["ui::store"].contains("domain::playbook"));
    assert!(graph["domain::strategy"].contains("domain"));
    assert!(graph["ui::home"].contains("ui::store"));
    assert!(!graph["domain::playbook"].contains("ui::store"));
}

#[test]
fn a_cycle_is_found_whatever_its_length() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a", "d"]),
        ("d", vec![]),
        ("e", vec!["d"]),
    ]
    .into_iter()
    .map(|(from, to)| (from.to_owned(), to.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        cycles(&graph),
        vec![vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]]
    );
}

/// The layer a node belongs to: `ui::store` is in `ui`.
fn layer_of(node: &str) -> &str {
    node.split("::").next().unwrap_or(node)
}

/// Whether module `from` may use module `to`, by their layers (ARCHITECTURE.md).
fn layer_allows(from: &str, to: &str) -> bool {
    match (layer_of(from), layer_of(to)) {
        (a, b) if a == b => true,
        ("domain", _) => false,
        ("storage" | "browser", other) => other == "domain",
        // Screens reach storage only through the store.
        ("ui", "storage") => from == "ui::store",
        ("ui", _) => true,
        _ => false,
    }
}

#[test]
fn the_layer_rule_refuses_what_it_must() {
    assert!(layer_allows("ui::store", "storage::library"));
    assert!(!layer_allows("ui::home", "storage::library"));
    assert!(!layer_allows("domain::file", "ui::store"));
    assert!(!layer_allows("storage::library", "browser::time"));
    assert!(layer_allows("browser::time", "domain::id"));
    let graph = module_graph();
    assert!(graph["ui::store"]
        .iter()
        .any(|to| layer_of(to) == "storage"));
}

#[test]
fn layers_use_each_other_in_one_direction() {
    let allowed = layer_allows;
    let graph = module_graph();
    let wrong: Vec<String> = graph
        .iter()
        .flat_map(|(from, uses)| uses.iter().map(move |to| (from, to)))
        .filter(|(from, to)| !allowed(from, to))
        .map(|(from, to)| format!("{from} uses {to}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "uses across layers the wrong way:\n{}",
        wrong.join("\n")
    );
}
