//! Shell completion of what the database holds — contact, event and project names and
//! tags — through clap_complete's dynamic completion: the shell runs `COMPLETE=bash carnet
//! -- carnet show fre` at each Tab and carnet answers with the names (`main` hands the
//! request to `CompleteEnv` before anything else, so a normal run only reads one
//! environment variable more).
//!
//! Names match as they do everywhere in carnet, accents and case aside: "fre" completes
//! "Frédéric Duval". Each shell gets them as it needs: bash inserts what it is given, so
//! spaces and quotes come escaped with backslashes; zsh and fish quote what they insert,
//! but keep only the candidates that start with what was typed — the zsh script is told
//! not to (`compadd -U`), and fish is given the name folded when it was typed without its
//! accents ("frederic duval", which names the same contact).

use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::{CompleteEnv, Shell};

use crate::model::text::fold;
use crate::store::{completion_names, Completed};

/// The environment variable that asks for completions (`COMPLETE=bash`).
const VAR: &str = "COMPLETE";

/// At most this many names are offered.
const MAX_NAMES: usize = 50;

/// The shell asking, read before clap_complete clears the variable.
static SHELL: OnceLock<String> = OnceLock::new();

/// Answers a completion request and exits, when the shell made one; returns at once
/// otherwise.
pub fn answer_and_exit_if_asked() {
    let Some(shell) = std::env::var_os(VAR) else {
        return;
    };
    let _ = SHELL.set(shell.to_string_lossy().into_owned());
    CompleteEnv::with_factory(crate::cli::Cli::command)
        .var(VAR)
        .bin("carnet")
        .completer("carnet")
        .complete();
}

/// The script that registers carnet's completion with `shell` (what `COMPLETE=shell carnet`
/// prints; `carnet completions SHELL` and the files of completions/).
pub fn registration(shell: Shell) -> String {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::PowerShell => &Powershell,
        _ => &Bash,
    };
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = completer.write_registration(VAR, "carnet", "carnet", "carnet", &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    if shell == Shell::Zsh {
        // Names completed from plain letters do not start with what was typed ("fre" gives
        // "Frédéric Duval"): zsh must not filter them out.
        return script.replace(
            "_describe -V 'values' other",
            "_describe -V 'values' other -U",
        );
    }
    script
}

/// Completes a CONTACT.
pub fn contacts() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| candidates(Completed::Contact, typed))
}

/// Completes an EVENT.
pub fn events() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| candidates(Completed::Event, typed))
}

/// Completes a PROJECT.
pub fn projects() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| candidates(Completed::Project, typed))
}

/// Completes a TAG.
pub fn tags() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| candidates(Completed::Tag, typed))
}

fn candidates(what: Completed, typed: &OsStr) -> Vec<CompletionCandidate> {
    let typed = unquote(&typed.to_string_lossy());
    // An id is typed in full; nothing to complete.
    if typed.starts_with('#') {
        return Vec::new();
    }
    let Some(path) = database() else {
        return Vec::new();
    };
    let names = completion_names(&path, what, &typed, MAX_NAMES).unwrap_or_default();
    let shell = SHELL.get().map(String::as_str).unwrap_or("bash");
    names
        .into_iter()
        .map(|name| CompletionCandidate::new(for_shell(shell, &name, &typed)))
        .collect()
}

/// A name as `shell` should be given it (see the module documentation).
pub fn for_shell(shell: &str, name: &str, typed: &str) -> String {
    match shell {
        "bash" => escape_for_bash(name),
        "fish" if !name.to_lowercase().starts_with(&typed.to_lowercase()) => fold(name),
        _ => name.to_owned(),
    }
}

/// `name` with a backslash before each character bash would otherwise read (spaces,
/// quotes, `$`…), as bash's own file name completion writes it.
fn escape_for_bash(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_whitespace() || "\\'\"`$&|;<>()[]{}*?!#~=%^,:".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The word being completed as the shell hands it over, its quoting undone: `Fr\'ed`,
/// `'Frédéric D`, `"Zoë`.
pub fn unquote(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut quote: Option<char> = None;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None | Some('"'), '\\') => out.extend(chars.next()),
            _ => out.push(c),
        }
    }
    out
}

/// The database a completion reads: `--db` on the command line being completed, else
/// `CARNET_DB`, else the default data folder; `None` when none is known.
fn database() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = db_flag(&args).map(PathBuf::from);
    let flag = flag.or_else(|| std::env::var_os("CARNET_DB").map(PathBuf::from));
    crate::ctx::db_location(flag).ok().map(|l| l.path)
}

/// The value of `--db PATH` or `--db=PATH` among `args`, the last one given.
fn db_flag(args: &[String]) -> Option<String> {
    let mut found = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--db" {
            found = it.next().map(|v| unquote(v));
        } else if let Some(v) = a.strip_prefix("--db=") {
            found = Some(unquote(v));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_gets_names_escaped_zsh_as_they_are_fish_folded_when_typed_plain() {
        assert_eq!(
            for_shell("bash", "Frédéric Duval", "fre"),
            "Frédéric\\ Duval"
        );
        assert_eq!(
            for_shell("bash", "O'Brien & Co", "o"),
            "O\\'Brien\\ \\&\\ Co"
        );
        assert_eq!(for_shell("zsh", "Frédéric Duval", "fre"), "Frédéric Duval");
        assert_eq!(for_shell("fish", "Frédéric Duval", "fre"), "frederic duval");
        assert_eq!(for_shell("fish", "Frédéric Duval", "FRÉ"), "Frédéric Duval");
        assert_eq!(for_shell("fish", "Frédéric Duval", ""), "Frédéric Duval");
    }

    #[test]
    fn quoting_is_undone() {
        assert_eq!(unquote("Fr\\'ed"), "Fr'ed");
        assert_eq!(unquote("'Frédéric D"), "Frédéric D");
        assert_eq!(unquote("\"Zoë"), "Zoë");
        assert_eq!(unquote("Frédéric\\ D"), "Frédéric D");
        assert_eq!(unquote("'a\\b'c"), "a\\bc");
        assert_eq!(unquote("\"a\\\"b\""), "a\"b");
        assert_eq!(unquote("plain"), "plain");
        assert_eq!(unquote("\\"), "");
    }

    #[test]
    fn the_database_flag_is_read_from_the_line_being_completed() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            db_flag(&args(&["carnet", "--db", "a.db", "show"])).as_deref(),
            Some("a.db")
        );
        assert_eq!(
            db_flag(&args(&["carnet", "--db=b.db"])).as_deref(),
            Some("b.db")
        );
        assert_eq!(
            db_flag(&args(&[
                "carnet",
                "--db",
                "'my folder/c.db'",
                "--db",
                "d.db"
            ]))
            .as_deref(),
            Some("d.db")
        );
        assert_eq!(db_flag(&args(&["carnet", "show", "--db"])), None);
        assert_eq!(db_flag(&args(&["carnet", "show"])), None);
    }

    #[test]
    fn every_shell_has_a_registration_naming_carnet() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::Elvish,
            Shell::PowerShell,
        ] {
            let s = registration(shell);
            assert!(s.contains("carnet"), "{shell}");
            assert!(s.contains("COMPLETE"), "{shell}");
        }
        assert!(registration(Shell::Zsh).contains("other -U"));
    }
}
