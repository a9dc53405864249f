//! No argument vector makes `voxai` panic or hang. Vectors are generated from clap's own
//! command tree (so a new command or flag is covered without touching this file): every
//! leaf command with its positionals and some of its flags, valid values mutated into
//! extreme ones (`1e20`, `inf`, `NaN`, `-0`, empty, 64 kB, invalid UTF-8, ...).

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::Stdio;
use std::time::Duration;

use clap::CommandFactory;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::common::Env;

/// Values that broke, or could break, a parser somewhere.
fn extreme_values() -> Vec<OsString> {
    let mut values: Vec<OsString> = [
        "1e20",
        "inf",
        "-inf",
        "NaN",
        "-0",
        "0",
        "-1",
        "",
        " ",
        "18446744073709551616",
        "-9223372036854775809",
        "0.0000001",
        "../../etc/passwd",
        "%2e%2e%2f",
        "a/b?c#d",
        "\u{202e}evil",
        "😀",
        "-",
        "--",
        "{\"a\":",
        "http://127.0.0.1:1/api/v1",
        "proj_",
        "+",
        "true",
    ]
    .into_iter()
    .map(OsString::from)
    .collect();
    values.push(OsString::from("x".repeat(64 * 1024)));
    values.push(OsString::from_vec(vec![0xff, 0xfe, b'a']));
    values.push(OsString::from_vec(b"room\xc3".to_vec()));
    values
}

/// Values a command would accept.
const PLAUSIBLE: &[&str] = &[
    "sec",
    "1",
    "2",
    "+17751234567",
    "proj_sec",
    "5",
    "text",
    "json",
];

/// One leaf command: its words, positionals, and flags with whether they take a value.
#[derive(Debug, Clone)]
struct Leaf {
    words: Vec<String>,
    positionals: usize,
    flags: Vec<(String, bool)>,
}

fn leaves() -> Vec<Leaf> {
    fn walk(command: &clap::Command, words: Vec<String>, out: &mut Vec<Leaf>) {
        let children: Vec<_> = command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if children.is_empty() {
            let positionals = command.get_positionals().count();
            let flags = command
                .get_arguments()
                .filter_map(|a| {
                    let long = a.get_long()?;
                    (long != "help" && long != "version")
                        .then(|| (format!("--{long}"), a.get_action().takes_values()))
                })
                .collect();
            out.push(Leaf {
                words,
                positionals,
                flags,
            });
            return;
        }
        for child in children {
            let mut deeper = words.clone();
            deeper.push(child.get_name().to_owned());
            walk(&child.clone().propagate_version(false), deeper, out);
        }
    }
    let mut root = voxai_cli::cli::Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, Vec::new(), &mut out);
    out
}

/// A value: plausible or extreme.
fn value(extremes: Vec<OsString>) -> impl Strategy<Value = OsString> {
    prop_oneof![
        prop::sample::select(PLAUSIBLE).prop_map(OsString::from),
        prop::sample::select(extremes),
    ]
}

/// An argument vector for one leaf command.
fn argv(leaves: Vec<Leaf>) -> impl Strategy<Value = Vec<OsString>> {
    let extremes = extreme_values();
    prop::sample::select(leaves).prop_flat_map(move |leaf| {
        let positionals = prop::collection::vec(value(extremes.clone()), leaf.positionals);
        let flags = if leaf.flags.is_empty() {
            Just(Vec::new()).boxed()
        } else {
            prop::collection::vec(
                (
                    prop::sample::select(leaf.flags.clone()),
                    value(extremes.clone()),
                ),
                0..4,
            )
            .boxed()
        };
        let stray =
            prop::option::weighted(0.2, (value(extremes.clone()), any::<prop::sample::Index>()));
        (Just(leaf.words), positionals, flags, stray).prop_map(
            |(words, positionals, flags, stray)| {
                let mut args: Vec<OsString> = words.into_iter().map(OsString::from).collect();
                args.extend(positionals);
                for ((flag, takes_value), value) in flags {
                    args.push(flag.into());
                    if takes_value {
                        args.push(value);
                    }
                }
                if let Some((word, at)) = stray {
                    let at = at.index(args.len() + 1);
                    args.insert(at, word);
                }
                args
            },
        )
    })
}

fn runner() -> TestRunner {
    TestRunner::new_with_rng(
        Config {
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    )
}

/// Parsing alone, in process: 5,000 vectors over every command, no panic.
#[test]
fn no_argument_vector_panics_the_parser() {
    let strategy = argv(leaves());
    let mut runner = runner();
    let mut parsed = 0;
    for _ in 0..5_000 {
        let args = strategy.new_tree(&mut runner).unwrap().current();
        let mut full = vec![OsString::from("voxai")];
        full.extend(args);
        let outcome = std::panic::catch_unwind(|| {
            <voxai_cli::cli::Cli as clap::Parser>::try_parse_from(full.clone())
        });
        match outcome {
            Ok(Ok(_)) => parsed += 1,
            Ok(Err(error)) => {
                // Rendering the error must not panic either.
                let _ = error.render().to_string();
            }
            Err(_) => panic!("the parser panicked on {full:?}"),
        }
    }
    // Both sides are exercised: some vectors parse, most are refused.
    assert!(parsed > 100, "only {parsed} of 5,000 vectors parsed");
}

/// The built binary, end to end against a reference server: every run ends on its own
/// with a documented exit code, never 101 (a panic) and never a hang.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_argument_vector_panics_or_hangs_the_binary() {
    let env = Env::start().await;
    // Commands that run until stopped by design are run with a bound of their own.
    let leaves: Vec<Leaf> = leaves()
        .into_iter()
        .filter(|l| !matches!(l.words[0].as_str(), "mock" | "demo"))
        .filter(|l| l.words != ["webhooks", "listen"])
        .collect();
    let strategy = argv(leaves);
    let mut runner = runner();
    let mut codes = std::collections::BTreeMap::<i32, usize>::new();
    for _ in 0..300 {
        let mut args = strategy.new_tree(&mut runner).unwrap().current();
        if args.first().is_some_and(|w| w == "monitor") {
            args.extend(["--count", "1", "--timeout", "2"].map(OsString::from));
        }
        let mut command = tokio::process::Command::from(env.command());
        // Downloads and completions may write files: into the scratch directory.
        command
            .args(&args)
            .current_dir(env.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let output = tokio::time::timeout(Duration::from_secs(60), command.output())
            .await
            .unwrap_or_else(|_| panic!("`voxai {args:?}` still runs after 60 s"))
            .unwrap();
        let code = output.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            matches!(code, 0..=7),
            "`voxai {args:?}` exited {code}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "`voxai {args:?}`: {stderr}");
        *codes.entry(code).or_default() += 1;
    }
    eprintln!("exit codes of 300 generated command lines: {codes:?}");
    assert!(codes.len() > 2, "too little variety: {codes:?}");
}
