//! The help texts are part of the interface: one snapshot per command, at every depth of the
//! command tree, read from `Cli::command()` so that a new command gets its snapshot (and a
//! removed one loses it) without anyone editing a list.

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;

use carnet::cli::Cli;

use crate::common::TestEnv;

/// Every command of the tree as the words that reach it, the root (no words) first, then
/// depth first in declaration order. clap's own `help` subcommand is left out: its text is
/// clap's, not carnet's.
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut p = path.clone();
            p.push(sub.get_name().to_owned());
            walk(sub, p, out);
        }
    }
    // The command enums are deferred (`#[command(defer = true)]`): their subcommands exist
    // only once the tree is built.
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, Vec::new(), &mut out);
    out
}

/// The snapshot of a command's help: `help_root`, `help_add`, `help_event_add`…
fn snapshot_name(path: &[String]) -> String {
    if path.is_empty() {
        "help_root".to_owned()
    } else {
        format!("help_{}", path.join("_"))
    }
}

#[test]
fn help_texts_of_every_command() {
    let paths = command_paths();
    // Guards the walk itself: a leaf at the second level and the two commands that once had
    // no snapshot are reached.
    for expected in [&["event", "add"][..], &["untag"], &["completions"]] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected:?} missing from {paths:?}"
        );
    }
    let env = TestEnv::new();
    let mut without_examples = Vec::new();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let r = env.ok(&args);
        insta::assert_snapshot!(snapshot_name(path), r.stdout);
        if !r.stdout.contains("Examples:") {
            without_examples.push(path.join(" "));
        }
    }
    // Every help ends with examples. `tags list` has none yet (it was never in a help test);
    // named here so that giving it examples means taking it off this list.
    assert_eq!(without_examples, ["tags list"], "commands without examples");
}

#[test]
fn every_help_snapshot_belongs_to_a_command() {
    let names: BTreeSet<String> = command_paths().iter().map(|p| snapshot_name(p)).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/snapshots");
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        // `cli__<test file>__<name>.snap`: a help snapshot belongs to this file and a command.
        let Some((module, name)) = file
            .strip_prefix("cli__")
            .and_then(|f| f.strip_suffix(".snap"))
            .and_then(|f| f.split_once("__"))
        else {
            continue;
        };
        if name.starts_with("help_") && (module != "help" || !names.contains(name)) {
            orphans.push(file);
        }
    }
    assert!(
        orphans.is_empty(),
        "help snapshots of no command (delete them): {orphans:?}"
    );
}

#[test]
fn version() {
    let env = TestEnv::new();
    let r = env.ok(&["--version"]);
    assert_eq!(
        r.stdout.trim(),
        format!("carnet {}", env!("CARGO_PKG_VERSION"))
    );
}
