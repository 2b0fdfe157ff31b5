//! A progress bar on stderr for long work, hidden when stderr is not a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar for `total` steps: shown from 200 steps on, on a terminal only.
pub fn bar(total: usize) -> ProgressBar {
    if total < 200 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
        b.set_style(style);
    }
    b
}

/// A bar for reading `total` bytes: shown from 1 MB on, on a terminal only.
pub fn bytes(total: u64) -> ProgressBar {
    if total < 1_000_000 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}") {
        b.set_style(style);
    }
    b
}
