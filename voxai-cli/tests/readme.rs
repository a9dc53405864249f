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
    // A redirection (`> file`) is the shell's, not an argument.
    let line = line.split(" > ").next().unwrap_or(line);
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

/// `argv` with what the docs take from the environment given as flags: the examples
/// export `VOXAI_WEBHOOK_SECRET` (a secret on the command line is visible in `ps`), and
/// this process cannot set variables for clap to read.
fn with_exported(mut argv: Vec<String>) -> Vec<String> {
    let webhooks = argv
        .windows(2)
        .any(|w| w[0] == "webhooks" && (w[1] == "listen" || w[1] == "verify"));
    if webhooks && !argv.iter().any(|w| w == "--secret") {
        argv.extend(["--secret".to_owned(), "exported".to_owned()]);
    }
    argv
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
            let argv = with_exported(argv);
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

/// The README says every command has `--help` with examples: every leaf command has an
/// `Examples:` section with at least one `voxai` line, and every such line parses.
#[test]
fn every_leaf_command_has_examples_that_parse() {
    fn leaves(command: &clap::Command, path: Vec<String>, out: &mut Vec<(String, String)>) {
        let children: Vec<_> = command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if children.is_empty() {
            let help = command.clone().render_long_help().to_string();
            out.push((path.join(" "), help));
        }
        for child in children {
            let mut deeper = path.clone();
            deeper.push(child.get_name().to_owned());
            leaves(child, deeper, out);
        }
    }
    let mut found = Vec::new();
    leaves(&voxai_cli::cli::command(), Vec::new(), &mut found);
    assert!(found.len() >= 50, "{} leaf commands", found.len());
    let mut missing = Vec::new();
    for (name, help) in &found {
        let Some((_, examples)) = help.split_once("Examples:\n") else {
            missing.push(name.clone());
            continue;
        };
        let own: Vec<Vec<String>> = examples
            .lines()
            .take_while(|l| l.starts_with("  ") || l.is_empty())
            .flat_map(commands)
            .filter(|argv| {
                // The command's own examples, not a neighbour's.
                let words: Vec<&str> = name.split(' ').collect();
                let rest: Vec<&str> = argv[1..]
                    .iter()
                    .map(String::as_str)
                    .filter(|w| words.contains(w))
                    .collect();
                rest == words
            })
            .collect();
        if own.is_empty() {
            missing.push(name.clone());
        }
        for argv in own {
            if let Err(error) = voxai_cli::parse(with_exported(argv.clone())) {
                panic!(
                    "`voxai {name}` example does not parse: {}\n{error}",
                    argv.join(" ")
                );
            }
        }
    }
    assert!(
        missing.is_empty(),
        "leaf commands without examples: {missing:?}"
    );
}

/// Help lists a command's own options first, then the global ones under their own
/// heading, and never shows an environment variable's value.
#[test]
fn help_puts_own_options_first_and_shows_no_environment() {
    let mut command = voxai_cli::cli::command();
    // As clap does before it prints help: the global flags reach every subcommand.
    command.build();
    let create = command
        .find_subcommand_mut("rooms")
        .and_then(|rooms| rooms.find_subcommand_mut("create"))
        .unwrap();
    let help = create.render_long_help().to_string();
    let own = help.find("--empty-timeout").unwrap();
    let global = help.find("Global options:").unwrap();
    assert!(own < global, "{help}");
    assert!(help.find("--api-key").unwrap() > global, "{help}");
    assert!(!help.contains("[env: VOXAI_BASE_URL="), "{help}");
    // `voxai mock` takes none of the API's flags: its help shows only the server's.
    let mock = command.find_subcommand_mut("mock").unwrap();
    let help = mock.render_long_help().to_string();
    assert!(
        help.contains("--fixtures") && help.contains("voxai mock --addr"),
        "{help}"
    );
    assert!(
        !help.contains("--api-key") && !help.contains("voxai-mock --addr"),
        "{help}"
    );
}
