//! Man pages: one per command, generated from the same clap definition as `--help`
//! and the completions, checked in under `man/`. Regenerate with
//! `UPDATE_MAN=1 cargo test -p voxai-cli --test cli man`.

use std::collections::BTreeMap;
use std::path::Path;

/// Every page: `voxai.1`, `voxai-rooms.1`, `voxai-rooms-list.1`, ...
fn pages() -> BTreeMap<String, Vec<u8>> {
    let mut command = voxai_cli::cli::command();
    command.build();
    let mut pages = BTreeMap::new();
    render(&command, "voxai", &mut pages);
    pages
}

fn render(command: &clap::Command, name: &str, pages: &mut BTreeMap<String, Vec<u8>>) {
    // The version without the commit, or every commit would make the pages stale.
    let page = command
        .clone()
        .display_name(name.to_owned())
        .version(env!("CARGO_PKG_VERSION"));
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .date("")
        .render(&mut out)
        .unwrap();
    pages.insert(format!("{name}.1"), out);
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        render(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

#[test]
fn checked_in_man_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../man");
    let pages = pages();
    assert!(pages.len() > 40, "{} pages", pages.len());
    if std::env::var_os("UPDATE_MAN").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, page) in &pages {
            std::fs::write(dir.join(file), page).unwrap();
        }
        return;
    }
    let on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    for file in &on_disk {
        assert!(
            pages.contains_key(file),
            "man/{file} has no command: run `UPDATE_MAN=1 cargo test -p voxai-cli --test cli man`"
        );
    }
    for (file, page) in &pages {
        let current = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(
            &current == page,
            "man/{file} is stale: run `UPDATE_MAN=1 cargo test -p voxai-cli --test cli man`"
        );
    }
    // What a reader looks for is there: the examples and the exit codes.
    let top = String::from_utf8_lossy(&pages["voxai.1"]);
    assert!(top.contains("Exit codes"), "{top}");
    let list = String::from_utf8_lossy(&pages["voxai-rooms-list.1"]);
    assert!(list.contains("voxai rooms list"), "{list}");
}

#[test]
fn version_names_the_build() {
    let output = std::process::Command::new(crate::common::BIN)
        .arg("--version")
        .output()
        .unwrap();
    let line = String::from_utf8_lossy(&output.stdout);
    assert!(
        line.starts_with(concat!("voxai ", env!("CARGO_PKG_VERSION"))),
        "{line}"
    );
    // Built from a git checkout (as the tests are): the commit and its date.
    let commit = line.split_whitespace().nth(2).unwrap_or_default();
    assert!(
        commit.starts_with('(') && commit.len() >= 8,
        "no commit in {line:?}"
    );
    assert!(!line.contains("VERGEN"), "{line}");
}
