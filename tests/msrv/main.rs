//! The declared `rust-version` holds for the locked dependency tree: no package in
//! `Cargo.lock` that a build uses may declare a newer one. Clippy's `incompatible_msrv`
//! checks our own calls into std; this checks what we depend on. (An older toolchain
//! cannot be installed on our CI machines, so the tree is checked, not built, at the MSRV.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

use serde_json::Value;

/// `1.85` or `1.85.0` as a comparable triple.
fn version(text: &str) -> (u64, u64, u64) {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_the_workspace_declares() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let declared = version(env!("CARGO_PKG_RUST_VERSION"));
    // Only what is built for some target of ours: the resolve's nodes.
    let used: std::collections::BTreeSet<&str> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|node| node["id"].as_str())
        .collect();
    let mut too_new = Vec::new();
    for package in metadata["packages"].as_array().unwrap() {
        let id = package["id"].as_str().unwrap_or_default();
        let Some(needed) = package["rust_version"].as_str() else {
            continue;
        };
        if used.contains(id) && version(needed) > declared {
            too_new.push(format!(
                "{} {} needs Rust {needed}",
                package["name"].as_str().unwrap_or("?"),
                package["version"].as_str().unwrap_or("?")
            ));
        }
    }
    assert!(
        too_new.is_empty(),
        "the workspace declares rust-version {}, but:\n{}",
        env!("CARGO_PKG_RUST_VERSION"),
        too_new.join("\n")
    );
}
