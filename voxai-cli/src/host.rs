//! What a run takes from the process around it: its streams (and whether each is a
//! terminal) and its `VOXAI_*` environment variables. Commands reach both through
//! the command's context, never through globals, so a test can run a command in
//! process with a fixed width, no terminal and an environment of its own (as cargo's
//! `Shell` and gh's `IOStreams` allow).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::sync::{Arc, Mutex, PoisonError};

use comfy_table::Table;

use crate::error::CliError;

/// The streams and the environment of one run.
#[derive(Debug, Clone)]
pub struct Host {
    /// Where output goes.
    pub streams: Streams,
    /// The environment variables the run reads.
    pub vars: Vars,
}

impl Host {
    /// The process's own stdout, stderr and environment.
    pub fn system() -> Self {
        Self {
            streams: Streams::system(),
            vars: Vars::from_process(),
        }
    }
}

/// Where a stream's bytes go.
enum Sink {
    Stdout,
    Stderr,
    Memory(Arc<Mutex<Vec<u8>>>),
}

impl Sink {
    fn write_all(&self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Self::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes).and_then(|()| out.flush())
            }
            Self::Stderr => std::io::stderr().lock().write_all(bytes),
            Self::Memory(buffer) => {
                buffer
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .extend_from_slice(bytes);
                Ok(())
            }
        }
    }
}

/// Where stdin's bytes come from.
enum Source {
    Stdin,
    Memory(Mutex<Vec<u8>>),
}

struct Inner {
    input: Source,
    out: Sink,
    err: Sink,
    out_terminal: bool,
    err_terminal: bool,
    in_terminal: bool,
    width: Option<u16>,
}

/// stdout for data, stderr for people, and what the run knows about them. Cheap to
/// clone: clones share the same streams.
#[derive(Clone)]
pub struct Streams {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Streams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Streams")
            .field("out_terminal", &self.inner.out_terminal)
            .field("err_terminal", &self.inner.err_terminal)
            .field("in_terminal", &self.inner.in_terminal)
            .field("width", &self.inner.width)
            .finish_non_exhaustive()
    }
}

/// The output of a run made with [`Streams::capture`].
#[derive(Debug, Clone)]
pub struct Captured {
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
}

impl Captured {
    /// Everything written to stdout so far, as text.
    pub fn stdout(&self) -> String {
        text(&self.out)
    }

    /// Everything written to stdout so far, as it was written.
    pub fn stdout_bytes(&self) -> Vec<u8> {
        self.out
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Everything written to stderr so far, as text.
    pub fn stderr(&self) -> String {
        text(&self.err)
    }
}

fn text(buffer: &Mutex<Vec<u8>>) -> String {
    String::from_utf8_lossy(&buffer.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
}

impl Streams {
    /// The process's stdout and stderr; tables as wide as the terminal, if any.
    pub fn system() -> Self {
        Self {
            inner: Arc::new(Inner {
                input: Source::Stdin,
                out: Sink::Stdout,
                err: Sink::Stderr,
                out_terminal: std::io::stdout().is_terminal(),
                err_terminal: std::io::stderr().is_terminal(),
                in_terminal: std::io::stdin().is_terminal(),
                width: None,
            }),
        }
    }

    /// Streams kept in memory, none of them a terminal, with tables `width` columns
    /// wide: for running a command in process.
    ///
    /// ```
    /// let (streams, captured) = voxai_cli::host::Streams::capture(40);
    /// streams.line("hello")?;
    /// streams.log("to stderr");
    /// assert_eq!(captured.stdout(), "hello\n");
    /// assert_eq!(captured.stderr(), "to stderr\n");
    /// # Ok::<(), voxai_cli::error::CliError>(())
    /// ```
    pub fn capture(width: u16) -> (Self, Captured) {
        Self::capture_with_input(width, Vec::new())
    }

    /// [`Streams::capture`], but stdout and stderr behave as terminals do (what only a
    /// person at a terminal gets: escaped control characters, notices), to test that in
    /// process.
    pub fn capture_terminal(width: u16) -> (Self, Captured) {
        let (streams, captured) = Self::capture(width);
        let inner = Inner {
            input: Source::Memory(Mutex::new(Vec::new())),
            out: Sink::Memory(Arc::clone(&captured.out)),
            err: Sink::Memory(Arc::clone(&captured.err)),
            out_terminal: true,
            err_terminal: true,
            in_terminal: false,
            width: streams.inner.width,
        };
        (
            Self {
                inner: Arc::new(inner),
            },
            captured,
        )
    }

    /// [`Streams::capture`], with `input` as what stdin holds.
    pub fn capture_with_input(width: u16, input: Vec<u8>) -> (Self, Captured) {
        let captured = Captured {
            out: Arc::default(),
            err: Arc::default(),
        };
        let streams = Self {
            inner: Arc::new(Inner {
                input: Source::Memory(Mutex::new(input)),
                out: Sink::Memory(Arc::clone(&captured.out)),
                err: Sink::Memory(Arc::clone(&captured.err)),
                out_terminal: false,
                err_terminal: false,
                in_terminal: false,
                width: Some(width),
            }),
        };
        (streams, captured)
    }

    /// Everything left on stdin.
    ///
    /// # Errors
    ///
    /// When standard input cannot be read.
    pub fn read_input(&self) -> std::io::Result<Vec<u8>> {
        match &self.inner.input {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
            Source::Memory(input) => Ok(std::mem::take(
                &mut *input.lock().unwrap_or_else(PoisonError::into_inner),
            )),
        }
    }

    /// One line of stdin, without its line ending.
    ///
    /// # Errors
    ///
    /// When standard input cannot be read.
    pub fn read_line(&self) -> std::io::Result<String> {
        match &self.inner.input {
            Source::Stdin => {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                Ok(line.trim_end_matches(['\r', '\n']).to_owned())
            }
            Source::Memory(input) => {
                let mut input = input.lock().unwrap_or_else(PoisonError::into_inner);
                let end = input
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(input.len(), |at| at + 1);
                let line: Vec<u8> = input.drain(..end).collect();
                let line = String::from_utf8(line)
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
                Ok(line.trim_end_matches(['\r', '\n']).to_owned())
            }
        }
    }

    /// Writes a line to stdout; a closed pipe (`| head`) is not an error.
    ///
    /// # Errors
    ///
    /// When the stream cannot be written (a closed pipe is not an error).
    pub fn line(&self, text: &str) -> Result<(), CliError> {
        // A string from the server must not move the cursor or retitle a terminal.
        let text = if self.inner.out_terminal {
            escape_controls(text)
        } else {
            Cow::Borrowed(text)
        };
        let mut bytes = Vec::with_capacity(text.len() + 1);
        bytes.extend_from_slice(text.as_bytes());
        bytes.push(b'\n');
        self.write_all(&bytes)
    }

    /// Writes bytes to stdout.
    ///
    /// # Errors
    ///
    /// [`CliError::StdoutClosed`] when the reader closed the pipe (`| head`), which
    /// ends the command with exit 0; [`CliError::Io`] when it cannot be written.
    pub fn write_all(&self, bytes: &[u8]) -> Result<(), CliError> {
        match self.inner.out.write_all(bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(CliError::StdoutClosed),
            Err(e) => Err(CliError::io("cannot write to stdout", e)),
            Ok(()) => Ok(()),
        }
    }

    /// A line on stderr, for logs and notices (data goes to stdout). A closed stderr is
    /// not an error: `eprintln!` would panic there, in the middle of a request.
    pub fn log(&self, line: &str) {
        let line = if self.inner.err_terminal {
            escape_controls(line)
        } else {
            Cow::Borrowed(line)
        };
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        let _ = self.inner.err.write_all(&bytes);
    }

    /// A table in `format`: boxed for people ([`table`](Self::table)), or tab-separated
    /// columns under a header line for `cut` and `awk` (a tab or line break inside a
    /// cell becomes a space, so every row stays one line). JSON is not a table: boxed.
    pub fn render(&self, table: Table, format: crate::flags::OutputFormat) -> String {
        if format != crate::flags::OutputFormat::Tsv {
            return self.table(table);
        }
        // Control characters are shown, never sent, here too: a pipe may end at a terminal.
        let table = escaped_cells(table);
        let cells = |row: &comfy_table::Row| {
            row.cell_iter()
                .map(|cell| cell.content().replace(['\t', '\n', '\r'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        };
        table
            .header()
            .into_iter()
            .chain(table.row_iter())
            .map(cells)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether stdout is a terminal (tables are boxed there, tab-separated elsewhere).
    pub fn out_is_terminal(&self) -> bool {
        self.inner.out_terminal
    }

    /// A table as this stdout shows it: at the fixed width if there is one, else the
    /// terminal's; words kept whole (as the rest of the output does).
    pub fn table(&self, table: Table) -> String {
        // Tables are for people: a control character in a cell is shown, never sent.
        let mut table = escaped_cells(table);
        if !self.inner.out_terminal {
            table.force_no_tty();
        }
        if let Some(width) = self.inner.width {
            table.set_width(width);
        }
        crate::table_fit::keep_words_whole(table).to_string()
    }

    /// Whether stdout is the process's own (downloads then stream to it directly).
    pub fn is_process_stdout(&self) -> bool {
        matches!(self.inner.out, Sink::Stdout)
    }

    /// Whether stderr is a terminal (progress bars, notices).
    pub fn err_is_terminal(&self) -> bool {
        self.inner.err_terminal
    }

    /// Whether a person can be asked: stderr and stdin are both terminals.
    pub fn interactive(&self) -> bool {
        self.inner.err_terminal && self.inner.in_terminal
    }
}

/// The `VOXAI_*` environment variables of a run, read once. `Debug` shows their names
/// only: `VOXAI_API_KEY` is one of them.
#[derive(Clone, Default)]
pub struct Vars {
    values: BTreeMap<String, OsString>,
}

impl std::fmt::Debug for Vars {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.values.keys()).finish()
    }
}

impl Vars {
    /// The process's `VOXAI_*` variables.
    pub fn from_process() -> Self {
        let values = std::env::vars_os()
            .filter_map(|(name, value)| Some((name.into_string().ok()?, value)))
            .filter(|(name, _)| name.starts_with("VOXAI_"))
            .collect();
        Self { values }
    }

    /// No variables at all.
    pub fn none() -> Self {
        Self::default()
    }

    /// These variables plus `name=value`.
    pub fn with(mut self, name: &str, value: impl Into<OsString>) -> Self {
        self.values.insert(name.to_owned(), value.into());
        self
    }

    /// A variable's value; an empty or blank one counts as unset.
    pub fn os(&self, name: &str) -> Option<&OsString> {
        self.values
            .get(name)
            .filter(|value| !value.to_string_lossy().trim().is_empty())
    }

    /// A variable's value as text; one that is not UTF-8 counts as unset.
    pub fn text(&self, name: &str) -> Option<String> {
        self.os(name)
            .and_then(|value| value.to_str())
            .map(str::to_owned)
    }

    /// Whether a switch variable is on: set, and not `0`.
    pub fn is_on(&self, name: &str) -> bool {
        self.os(name).is_some_and(|value| value != "0")
    }
}

/// Whether `c` would act on a terminal instead of being shown: control characters other
/// than newline and tab, and the bidirectional overrides that reorder what is shown.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with what would act on a terminal written out as an escape (`\u{1b}`).
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// The table with its cells' control characters escaped (rebuilt only when it has any).
fn escaped_cells(table: Table) -> Table {
    let rows = || table.header().into_iter().chain(table.row_iter());
    let any = rows().any(|row| {
        row.cell_iter()
            .any(|c| c.content().chars().any(acts_on_terminal))
    });
    if !any {
        return table;
    }
    let escape = |row: &comfy_table::Row| -> Vec<String> {
        row.cell_iter()
            .map(|c| escape_controls(&c.content()).into_owned())
            .collect()
    };
    let header = table.header().map(escape).unwrap_or_default();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut escaped = crate::output::table(&header);
    for row in table.row_iter() {
        escaped.add_row(escape(row));
    }
    escaped
}

#[cfg(test)]
mod terminal_tests {
    use super::*;

    const RETITLE: &str = "faq\u{1b}]0;pwned\u{7}.md";

    #[test]
    fn a_terminal_is_shown_control_characters_never_sent_them() {
        let (streams, captured) = Streams::capture_terminal(80);
        streams.line(RETITLE).unwrap();
        streams.log(RETITLE);
        let mut table = crate::output::table(&["SOURCE"]);
        table.add_row(vec![RETITLE]);
        streams.line(&streams.table(table)).unwrap();
        for shown in [captured.stdout(), captured.stderr()] {
            assert!(
                !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
                "{shown:?}"
            );
            assert!(shown.contains("faq\\u{1b}]0;pwned\\u{7}.md"), "{shown:?}");
        }
        assert_eq!(escape_controls("a\tb\nc"), "a\tb\nc");
        assert_eq!(escape_controls("\u{202e}evil"), "\\u{202e}evil");
    }

    #[test]
    fn a_pipe_gets_lines_as_they_are_and_tables_escaped() {
        let (streams, captured) = Streams::capture(80);
        streams.line(RETITLE).unwrap();
        assert_eq!(captured.stdout(), format!("{RETITLE}\n"));
        let mut table = crate::output::table(&["SOURCE"]);
        table.add_row(vec![RETITLE]);
        assert!(!streams.table(table).contains('\u{1b}'));
    }
}
