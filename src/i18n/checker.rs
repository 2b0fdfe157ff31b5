//! The checker: no text shown to a person is written in the code, outside the catalogues.
//!
//! It reads every file under `src/` and finds the string literals that hold words (two
//! letters in a row, outside `{…}` placeholders) and reach the person:
//!
//! - everywhere: `#[error("…")]`; the arguments of `CliError::new` (any `…Error::new`),
//!   `.hint`, `.context`, `.with_context`, `anyhow!`, `bail!`, `ensure!`, `println!`,
//!   `eprintln!`, `print!`, `eprint!`, `write!`, `writeln!`, and of the output and prompt
//!   methods `status`, `line`, `text`, `table`, `input`, `confirm`, `select`, `fuzzy_select`,
//!   `pick`;
//! - in the files that make screens ([`SCREEN_FILES`]: commands, views, ui, ops and the
//!   top-level files around them) also `format!` and `push_str`, and a literal made a
//!   `String` (`.to_string()`, `.to_owned()`, `.into()`, `String::from`).
//!
//! Literals in other attributes (`#[arg(…)]`, `#[command(…)]`: `--help` stays English),
//! in `#[cfg(test)]` items, in unit-test files (`tests.rs`, or under a `tests/` folder) and
//! in comments are not looked at. A line may say
//! `// i18n-ignore: why` (or the line above it) for a literal that is not a message —
//! a file name, a format of data.
//!
//! It is a grep with some understanding of Rust, not a proof: text assembled in a variable
//! first and printed later escapes it. Reviews catch the rest.
//!
//! # The allowlist
//!
//! [`NOT_YET_CONVERTED`] lists the files whose messages are still written in the code. It
//! only shrinks: converting a file means moving its texts into `locales/*/AREA.ftl`, calling
//! `tr!`, and deleting its entry — the test fails on an entry with nothing left to convert,
//! and on an entry naming no file (after a move, name the new place). A new file is never
//! added: write its messages in the catalogues from the start. A folder entry (ending in
//! `/`) covers every file under it; split it into files as they are converted.

use std::path::{Path, PathBuf};

/// Files not yet converted to the catalogues. Shrinks to empty; see the module's doc.
const NOT_YET_CONVERTED: &[&str] = &[
    // Empty since issue 18 converted the files written before the catalogues. Keep it so.
];

/// Files whose `format!`, `push_str` and literals made into `String`s are taken to be
/// screen text: everything they build may reach a person. Elsewhere (the store builds SQL
/// with `format!`) only the sinks listed in the module's doc count.
const SCREEN_FILES: &[&str] = &[
    "src/commands/",
    "src/view/",
    "src/ui/",
    "src/ops/",
    "src/main.rs",
    "src/resolve.rs",
];

/// Calls and macros whose literal arguments are shown, in every file.
const SINKS: &[&str] = &[
    "status",
    "line",
    "text",
    "table",
    "hint",
    "context",
    "with_context",
    "input",
    "confirm",
    "select",
    "fuzzy_select",
    "pick",
    "anyhow!",
    "bail!",
    "ensure!",
    "println!",
    "eprintln!",
    "print!",
    "eprint!",
    "write!",
    "writeln!",
];

/// Calls whose literal arguments are names, not text, even inside a sink: environment
/// variables, JSON keys.
const NOT_TEXT: &[&str] = &["var", "var_os", "env!", "json!"];

/// Calls whose first literal is a message id, not a message.
const MESSAGE_IDS: &[&str] = &["tr!", "lookup", "message"];

/// More of them in [`SCREEN_FILES`].
const SCREEN_SINKS: &[&str] = &["format!", "push_str", "String::from"];

/// A literal with words that reaches a person.
#[derive(Debug, PartialEq)]
pub struct Hit {
    pub line: usize,
    pub text: String,
}

#[test]
fn no_message_is_written_outside_the_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .filter(|p| !is_test_file(p))
        .map(|path| {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{rel}: {e}"));
            (rel, source)
        })
        .collect();
    let problems = check(&files, NOT_YET_CONVERTED);
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// What is wrong with `files` (path from the repository's root, text) given the allowlist.
fn check(files: &[(String, String)], allowlist: &[&str]) -> Vec<String> {
    let mut outside = Vec::new();
    let mut covered: Vec<(&str, usize, usize)> = allowlist.iter().map(|e| (*e, 0, 0)).collect();
    for (rel, source) in files {
        let hits = scan(source, covers(SCREEN_FILES, rel));
        let mut allowed = false;
        for (entry, files, with_hits) in covered.iter_mut() {
            if covers(&[entry], rel) {
                *files += 1;
                if !hits.is_empty() {
                    *with_hits += 1;
                }
                allowed = true;
            }
        }
        if !allowed {
            for h in hits {
                outside.push(format!("{rel}:{}: {:?}", h.line, h.text));
            }
        }
    }
    let mut problems = Vec::new();
    if !outside.is_empty() {
        problems.push(format!(
            "text shown to people is written in the code; put it in locales/{{en,fr}}/*.ftl and \
             use tr! (see locales/README.md):\n  {}",
            outside.join("\n  ")
        ));
    }
    for (entry, files, with_hits) in covered {
        if files == 0 {
            problems.push(format!(
                "NOT_YET_CONVERTED names {entry}, which holds no .rs file: remove the entry, \
                 or name the place its files moved to"
            ));
        } else if with_hits == 0 {
            problems.push(format!(
                "{entry} has no text left outside the catalogues: remove it from NOT_YET_CONVERTED \
                 in src/i18n/checker.rs"
            ));
        }
    }
    problems
}

/// A unit-test module kept in its own file (`mod tests;` under `#[cfg(test)]`).
fn is_test_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "tests.rs")
        || path.components().any(|c| c.as_os_str() == "tests")
}

fn covers(entries: &[&str], rel: &str) -> bool {
    entries.iter().any(|e| {
        if e.ends_with('/') {
            rel.starts_with(e)
        } else {
            rel == *e
        }
    })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Punct(char),
    Str { text: String, line: usize },
    Other,
}

/// Splits Rust source into the tokens the checker needs: identifiers, punctuation, and
/// string literals (their text, escapes left as written, and line). Comments are dropped;
/// char literals, lifetimes, numbers and byte strings become `Other`.
fn tokens(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < n && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < n {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' || ((c == 'r' || c == 'b' || c == 'c') && starts_string(&chars, i)) {
            let start_line = line;
            let mut j = i;
            let mut byte = false;
            while chars[j] != '"' && chars[j] != '#' {
                byte |= chars[j] == 'b';
                j += 1;
            }
            let raw = j > i && chars[j - 1] == 'r';
            let mut hashes = 0;
            while chars[j] == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1; // the opening quote
            let begin = j;
            loop {
                if j >= n {
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                if !raw && chars[j] == '\\' {
                    if chars.get(j + 1) == Some(&'\n') {
                        line += 1;
                    }
                    j += 2;
                    continue;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    break;
                }
                j += 1;
            }
            let text: String = chars[begin..j.min(n)].iter().collect();
            out.push(if byte {
                Tok::Other
            } else {
                Tok::Str {
                    text,
                    line: start_line,
                }
            });
            i = j + 1 + hashes;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{2f}') or a lifetime ('a, 'static).
            if chars.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < n && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
                while i < n && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
            out.push(Tok::Other);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < n && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < n && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                if chars[i] == '.' && !chars.get(i + 1).is_some_and(char::is_ascii_digit) {
                    break;
                }
                i += 1;
            }
            out.push(Tok::Other);
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Whether a string literal starts at `i` with a prefix: r" r#" b" br" c" cr#"…
fn starts_string(chars: &[char], i: usize) -> bool {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return false;
    }
    let mut j = i;
    while j < chars.len() && j < i + 2 && matches!(chars[j], 'r' | 'b' | 'c') {
        j += 1;
    }
    let raw = chars[i..j].contains(&'r');
    if raw {
        while j < chars.len() && chars[j] == '#' {
            j += 1;
        }
    }
    chars.get(j) == Some(&'"') && (raw || j == i + 1)
}

/// What an open bracket belongs to.
#[derive(Debug, Clone)]
struct Frame {
    close: char,
    /// The call or macro before a `(`/`[`/`{`: `status`, `format!`, `CliError::new`…
    callee: Option<String>,
    /// Inside `#[…]`: the attribute's name.
    attribute: Option<String>,
}

/// The literals of `source` that hold words and reach a person.
pub fn scan(source: &str, screen: bool) -> Vec<Hit> {
    let toks = tokens(source);
    let lines: Vec<&str> = source.lines().collect();
    let mut hits = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Skipping a `#[cfg(test)]` item: the depth at which it started.
    let mut skip_from: Option<usize> = None;
    let mut next_item_is_test = false;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        match t {
            Tok::Punct('#')
                if matches!(toks.get(i + 1), Some(Tok::Punct('[')))
                    || matches!(
                        (toks.get(i + 1), toks.get(i + 2)),
                        (Some(Tok::Punct('!')), Some(Tok::Punct('[')))
                    ) =>
            {
                let open = if matches!(toks.get(i + 1), Some(Tok::Punct('['))) {
                    i + 1
                } else {
                    i + 2
                };
                let name = match toks.get(open + 1) {
                    Some(Tok::Ident(s)) => Some(s.clone()),
                    _ => None,
                };
                if name.as_deref() == Some("cfg")
                    && matches!(toks.get(open + 2), Some(Tok::Punct('(')))
                    && matches!(toks.get(open + 3), Some(Tok::Ident(s)) if s == "test")
                    && matches!(toks.get(open + 4), Some(Tok::Punct(')')))
                {
                    next_item_is_test = true;
                }
                stack.push(Frame {
                    close: ']',
                    callee: None,
                    attribute: name,
                });
                i = open + 1;
                continue;
            }
            Tok::Punct(c @ ('(' | '[' | '{')) => {
                let inside_attribute = stack.iter().any(|f| f.attribute.is_some());
                if next_item_is_test && !inside_attribute && *c == '{' && skip_from.is_none() {
                    skip_from = Some(stack.len());
                    next_item_is_test = false;
                }
                stack.push(Frame {
                    close: match c {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    },
                    callee: callee_before(&toks, i),
                    attribute: None,
                });
            }
            Tok::Punct(c @ (')' | ']' | '}')) => {
                if let Some(pos) = stack.iter().rposition(|f| f.close == *c) {
                    stack.truncate(pos);
                }
                if skip_from.is_some_and(|d| stack.len() <= d) {
                    skip_from = None;
                }
            }
            Tok::Punct(';')
                if next_item_is_test && !stack.iter().any(|f| f.attribute.is_some()) =>
            {
                next_item_is_test = false;
            }
            Tok::Str { text, line } if skip_from.is_none() && has_words(text) => {
                let attribute = stack.iter().rev().find_map(|f| f.attribute.as_deref());
                let an_id = stack
                    .last()
                    .and_then(|f| f.callee.as_deref())
                    .is_some_and(|c| MESSAGE_IDS.contains(&c));
                let shown = match attribute {
                    // `#[error("{}", tr!("id", …))]`: the id is not a message.
                    Some(a) => a == "error" && !an_id,
                    None if an_id => false,
                    None => {
                        // From the innermost call outwards, up to a call whose arguments
                        // are names.
                        let mut shown = false;
                        for f in stack.iter().rev() {
                            let Some(c) = f.callee.as_deref() else {
                                continue;
                            };
                            let last = c.rsplit("::").next().unwrap_or(c);
                            if NOT_TEXT.contains(&last) {
                                break;
                            }
                            if SINKS.contains(&c)
                                || c.ends_with("Error::new")
                                || (screen && SCREEN_SINKS.contains(&c))
                            {
                                shown = true;
                                break;
                            }
                        }
                        shown || (screen && made_a_string(&toks, i))
                    }
                };
                let ignored = [*line, line.saturating_sub(1)].iter().any(|&l| {
                    l >= 1 && lines.get(l - 1).is_some_and(|s| s.contains("i18n-ignore"))
                });
                if shown && !ignored {
                    hits.push(Hit {
                        line: *line,
                        text: text.clone(),
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    hits
}

/// The call or macro an opening bracket at `i` belongs to: `name!`, `Type::name`, `name`.
fn callee_before(toks: &[Tok], i: usize) -> Option<String> {
    let before = i.checked_sub(1).map(|k| &toks[k])?;
    match before {
        Tok::Punct('!') => match i.checked_sub(2).map(|k| &toks[k]) {
            Some(Tok::Ident(name)) => Some(format!("{name}!")),
            _ => None,
        },
        Tok::Ident(name) => {
            let path = i >= 4 && toks[i - 2] == Tok::Punct(':') && toks[i - 3] == Tok::Punct(':');
            match (path, toks.get(i.wrapping_sub(4))) {
                (true, Some(Tok::Ident(owner))) => Some(format!("{owner}::{name}")),
                _ => Some(name.clone()),
            }
        }
        _ => None,
    }
}

/// `"…".to_string()`, `"…".to_owned()`, `"…".into()`.
fn made_a_string(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1) == Some(&Tok::Punct('.'))
        && matches!(toks.get(i + 2), Some(Tok::Ident(m)) if m == "to_string" || m == "to_owned" || m == "into")
}

/// Whether a literal holds a word: two letters in a row, outside `{…}` placeholders and
/// escapes (`\n`, `\u{…}`).
fn has_words(text: &str) -> bool {
    let mut run = 0;
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                run = 0;
                if chars.next() == Some('u') {
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                    }
                }
                continue;
            }
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                run = 0;
                continue;
            }
            '{' => {
                depth += 1;
                run = 0;
                continue;
            }
            '}' if depth > 0 => {
                depth -= 1;
                run = 0;
                continue;
            }
            _ => {}
        }
        if depth == 0 && c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The work left: every literal of the files not yet converted, by file. Run with
    /// `cargo test --lib i18n::checker::work_left -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn work_left() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        files.sort();
        let mut total = 0;
        for path in files.iter().filter(|p| !is_test_file(p)) {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            let source = std::fs::read_to_string(path).unwrap_or_default();
            let hits = scan(&source, covers(SCREEN_FILES, &rel));
            if !hits.is_empty() {
                println!("{rel}: {}", hits.len());
                for h in &hits {
                    println!("  {}: {:?}", h.line, h.text);
                }
            }
            total += hits.len();
        }
        println!("{total} literals left");
    }

    fn found(src: &str, screen: bool) -> Vec<String> {
        scan(src, screen).into_iter().map(|h| h.text).collect()
    }

    #[test]
    fn the_allowlist_only_shrinks() {
        let file = |rel: &str, src: &str| (rel.to_owned(), src.to_owned());
        let files = [
            file("src/view/today.rs", "fn f() { out.line(\"Overdue\"); }"),
            file(
                "src/view/show.rs",
                "fn f() { out.line(tr!(\"show-title\")); }",
            ),
            file(
                "src/store/a.rs",
                "fn f() { let q = format!(\"SELECT {x}\"); }",
            ),
            file("src/commands/old.rs", "fn f() { out.status(\"Added\"); }"),
        ];
        // Text outside the allowlist is named with its place.
        let p = check(&files, &["src/commands/old.rs"]);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("src/view/today.rs:1: \"Overdue\""), "{p:?}");
        // A folder entry covers its files; entries with nothing to convert must go.
        let p = check(
            &files,
            &["src/view/", "src/commands/old.rs", "src/store/a.rs"],
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("src/store/a.rs has no text left"), "{p:?}");
        // So must an entry naming no file (after a move).
        let p = check(
            &files,
            &["src/view/", "src/commands/old.rs", "src/commands/gone.rs"],
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("names src/commands/gone.rs, which holds no .rs file"),
            "{p:?}"
        );
        assert!(check(&files, &["src/view/today.rs", "src/commands/"]).is_empty());
    }

    #[test]
    fn unit_test_files_are_left_out() {
        assert!(is_test_file(Path::new("src/commands/log/tests.rs")));
        assert!(is_test_file(Path::new("src/view/tests/today.rs")));
        assert!(!is_test_file(Path::new("src/view/today.rs")));
        assert!(!is_test_file(Path::new("src/view/latest.rs")));
    }

    #[test]
    fn words_are_two_letters_outside_placeholders() {
        assert!(has_words("Added {name}"));
        assert!(has_words("été"));
        assert!(!has_words("{name} ({company})"));
        assert!(!has_words("#{id}\\n"));
        assert!(!has_words("{:<width$} · {}"));
        assert!(!has_words("a {} b"));
        assert!(!has_words("\\u{202f}"));
        assert!(has_words("{{literal braces}}"));
        assert!(!has_words(""));
    }

    #[test]
    fn sinks_are_found_everywhere_and_format_only_in_screens() {
        let src = r#"
            fn f() {
                out.status(format!("Added {}", name));
                let sql = format!("SELECT * FROM {t}");
                Err(CliError::new("no contact").hint(format!("try {x}")))
                    .with_context(|| format!("cannot open {}", p))?;
                println!("{}", x);
                anyhow::bail!("broken");
            }
        "#;
        assert_eq!(
            found(src, false),
            [
                "Added {}",
                "no contact",
                "try {x}",
                "cannot open {}",
                "broken"
            ]
        );
        assert_eq!(
            found(src, true),
            [
                "Added {}",
                "SELECT * FROM {t}",
                "no contact",
                "try {x}",
                "cannot open {}",
                "broken"
            ]
        );
    }

    #[test]
    fn error_attributes_count_other_attributes_do_not() {
        let src = r##"
            #[derive(Debug, Error)]
            pub enum E {
                #[error("database {path} is busy")]
                Busy,
                #[error(r#"raw "quoted" text"#)]
                Raw,
                #[error("{}", tr!("store-busy", seconds = 5))]
                Said,
                #[error("{}: {}", crate::tr!("store-damaged", path = p), "left over")]
                Both,
            }
            #[arg(long, value_name = "CONTACT", help = "the contact")]
            #[command(after_help = "Examples: carnet add")]
            struct A;
        "##;
        assert_eq!(
            found(src, true),
            [
                "database {path} is busy",
                "raw \"quoted\" text",
                "left over"
            ]
        );
    }

    #[test]
    fn test_items_comments_and_ignored_lines_are_left_out() {
        let src = r#"
            // out.status("in a comment");
            /* out.status("in /* nested */ a block"); */
            fn f() {
                out.line("x".to_string());
                let file = format!("{uid}.vcf"); // i18n-ignore: a file name
                // i18n-ignore: a data format
                let day = format!("%a %Y-%m-%d and more");
                let c = '"'; let l: &'static str = "lifetime"; let q = '\'';
                out.status("after chars");
                out.status(tr!("x", v = std::env::var("CARNET_LANG")));
                out.line(json!({"key name": 1}));
            }
            #[cfg(test)]
            mod tests {
                fn g() { out.status("in a test"); }
            }
            fn h() { out.status("after the tests"); }
        "#;
        assert_eq!(found(src, true), ["after chars", "after the tests"]);
    }

    #[test]
    fn literals_made_strings_count_in_screens() {
        let src = r#"
            fn f() -> String {
                let a = "Overdue".to_string();
                let b: String = "Today".into();
                let c = String::from("Reconnect");
                let d = "key".len();
                a
            }
        "#;
        assert_eq!(found(src, true), ["Overdue", "Today", "Reconnect"]);
        assert!(found(src, false).is_empty());
    }

    #[test]
    fn byte_strings_numbers_and_paths_are_not_messages() {
        let src = r#"
            fn f() {
                out.text(b"bytes here");
                out.line(1.5e3);
                out.status(tr!("date-today"));
                out.table(&["Name", "Company"], rows);
                let x = crate::error::CliError::new("deep path");
            }
        "#;
        assert_eq!(found(src, false), ["Name", "Company", "deep path"]);
    }

    #[test]
    fn lines_are_counted_across_multi_line_literals() {
        let src = "fn f() {\n    let a = \"one\ntwo\";\n    out.status(\"third line\");\n}\n";
        let hits = scan(src, false);
        assert_eq!(
            hits,
            [Hit {
                line: 4,
                text: "third line".into()
            }]
        );
    }
}
