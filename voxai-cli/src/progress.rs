//! Progress bars and spinners on stderr, shown only when stderr is a terminal.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::host::Streams;

fn target(streams: &Streams) -> ProgressDrawTarget {
    // indicatif draws on the process's stderr itself, so only when that is the run's.
    if streams.err_is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}

/// A byte progress bar (its length set when known).
pub fn bytes(streams: &Streams, label: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, target(streams));
    let style = ProgressStyle::with_template(
        "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(label.to_owned());
    bar
}

/// A spinner that counts items.
pub fn counter(streams: &Streams, label: &str) -> ProgressBar {
    let spinner = ProgressBar::with_draw_target(None, target(streams));
    let style = ProgressStyle::with_template("{spinner} {msg}: {pos}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    spinner.set_style(style);
    spinner.set_message(label.to_owned());
    spinner.enable_steady_tick(Duration::from_millis(120));
    spinner
}

/// Shows a [`counter`]'s total, once the server has said it.
pub fn counter_total(counter: &ProgressBar, total: u64) {
    if counter.length() == Some(total) {
        return;
    }
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}: {pos} of {len}") {
        counter.set_style(style);
    }
    counter.set_length(total);
}
