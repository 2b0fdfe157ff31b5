//! Long output through a pager, the way git does it: only when stdout is a terminal, with
//! `CARNET_PAGER`, else `PAGER`, else `less`; `LESS=FRX` when `LESS` is not set (quit when
//! the text fits one screen, keep colours, leave the text on the screen). An empty value or
//! `cat` means no pager; `--no-pager` and `--json` never page.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The pager command to run, from the values of `CARNET_PAGER` and `PAGER`: the first one
/// set wins (even empty, which turns paging off), else `less`. `None` means no pager.
pub fn command_from(carnet_pager: Option<&str>, pager: Option<&str>) -> Option<Vec<String>> {
    let chosen = carnet_pager.or(pager).unwrap_or("less");
    let words = shell_words::split(chosen).ok()?;
    match words.first().map(String::as_str) {
        None | Some("cat") => None,
        Some(_) => Some(words),
    }
}

/// Writes `text` through the pager, and waits for the person to quit it. `Ok(false)` when
/// no pager could be started (the caller then writes to stdout itself). Quitting the pager
/// before the end is not an error.
pub fn page(words: &[String], text: &str) -> io::Result<bool> {
    let Some((program, args)) = words.split_first() else {
        return Ok(false);
    };
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    let Ok(mut child) = cmd.spawn() else {
        return Ok(false);
    };
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(text.as_bytes()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }
    child.wait()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(v: &[&str]) -> Option<Vec<String>> {
        Some(v.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn the_pager_is_carnet_pager_then_pager_then_less() {
        assert_eq!(command_from(None, None), words(&["less"]));
        assert_eq!(command_from(None, Some("more")), words(&["more"]));
        assert_eq!(
            command_from(Some("most -s"), Some("more")),
            words(&["most", "-s"])
        );
        assert_eq!(
            command_from(Some("less -R 'a b'"), None),
            words(&["less", "-R", "a b"])
        );
    }

    #[test]
    fn empty_or_cat_means_no_pager() {
        assert_eq!(command_from(Some(""), Some("less")), None);
        assert_eq!(command_from(None, Some("")), None);
        assert_eq!(command_from(None, Some("cat")), None);
        assert_eq!(command_from(Some("cat"), Some("less")), None);
        assert_eq!(command_from(Some("'unclosed"), None), None);
    }

    #[test]
    fn a_pager_that_cannot_start_says_so() {
        let missing = vec!["/nonexistent/pager-for-carnet".to_owned()];
        assert!(!page(&missing, "text").unwrap());
        assert!(!page(&[], "text").unwrap());
    }

    #[test]
    fn the_text_reaches_the_pager_and_an_early_quit_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("paged");
        let cmd = vec![
            "sh".to_owned(),
            "-c".to_owned(),
            format!("cat > '{}'", file.display()),
        ];
        assert!(page(&cmd, "Zoë\n").unwrap());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "Zoë\n");
        // A pager that reads nothing and quits: the rest of the text is dropped quietly.
        let quits = vec!["true".to_owned()];
        assert!(page(&quits, &"x\n".repeat(1_000_000)).unwrap());
    }
}
