//! Every `voxai` command line in the README parses: flags and names cannot drift from
//! the docs. (What they do is tested in `tests/cli`.)

#![allow(clippy::unwrap_used, clippy::panic)]

/// Splits a shell line into words, honouring quotes; `None` past a `$(`.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The `voxai ...` commands of a line: split at pipes, `&&` and `$(`, comments dropped.
fn commands(line: &str) -> Vec<Vec<String>> {
    let line = line.split(" #").next().unwrap_or(line);
    let mut found = Vec::new();
    for part in line.split(['|', '(']).flat_map(|p| p.split("&&")) {
        let mut argv = words(part.trim().trim_end_matches(')'));
        // Leading environment assignments, as in `VAR=x voxai ...`.
        while argv
            .first()
            .is_some_and(|w| w.contains('=') && !w.starts_with('-'))
        {
            argv.remove(0);
        }
        if argv.first().is_some_and(|w| w == "voxai") {
            found.push(argv);
        } else if argv.first().is_some_and(|w| w == "xargs") {
            // `xargs ... voxai ...` appends the piped word as the last argument.
            if let Some(at) = argv.iter().position(|w| w == "voxai") {
                let mut fed = argv[at..].to_vec();
                fed.push("piped-word".into());
                found.push(fed);
            }
        }
    }
    found
}

#[test]
fn every_cli_command_in_the_readme_parses() {
    let readme = include_str!("../../README.md");
    let mut in_shell = false;
    let mut checked = 0;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_shell = line == "```sh";
            continue;
        }
        if !in_shell {
            continue;
        }
        for argv in commands(line) {
            if let Err(error) = voxai_cli::parse(&argv) {
                // `--help` and `--version` "fail" to parse by printing; anything else is rot.
                use clap::error::ErrorKind;
                assert!(
                    matches!(
                        error.kind(),
                        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
                    ),
                    "README command does not parse: {}\n{error}",
                    argv.join(" ")
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} commands found in the README");
}

#[test]
fn the_splitter_understands_the_readme_s_shell() {
    assert_eq!(
        commands("voxai -q rooms list | xargs -n1 voxai -y rooms delete"),
        vec![
            words("voxai -q rooms list"),
            words("voxai -y rooms delete piped-word"),
        ]
    );
    assert_eq!(
        words(r#"voxai kb search 1 "When are you open?""#)
            .last()
            .unwrap(),
        "When are you open?"
    );
    assert_eq!(commands("FOO=1 voxai quota   # comment").len(), 1);
}
