//! Embeds the message catalogues (`locales/LANG/*.ftl`) and writes the table of message ids
//! and variables that `tr!` checks at compile time.
//!
//! Every `.ftl` file found under `locales/LANG/` is embedded with `include_str!`: adding a
//! file needs no change to the code. At run time each file is parsed on its own, the first
//! time one of its messages is shown. The table comes from the English catalogue, the
//! reference (the tests hold the other languages to the same ids and variables). A catalogue
//! that does not parse is reported as a warning here and fails `cargo test`
//! (`i18n::tests`); a `tr!` naming a message the English catalogue lacks does not compile.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/i18n/ftl.rs"]
mod ftl;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/i18n/ftl.rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::from("// Written by build.rs from locales/. Do not edit.\n\n");
    let mut languages = Vec::new();
    for entry in read_dir_sorted(&root.join("locales")) {
        if entry.is_dir() {
            if let Some(lang) = entry.file_name().and_then(|n| n.to_str()) {
                languages.push(lang.to_owned());
            }
        }
    }
    // Every file name found in any language, sorted: a file's index is the same in every
    // language, and `MESSAGES` says in which file each message is.
    let mut texts: Vec<Vec<(String, String)>> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for lang in &languages {
        let mut files = Vec::new();
        for path in read_dir_sorted(&root.join("locales").join(lang)) {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !name.ends_with(".ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            if !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
            files.push((name.to_owned(), text));
        }
        texts.push(files);
    }
    names.sort();
    let _ = writeln!(
        code,
        "/// The names of the `.ftl` files, the same in every language.\n\
         pub const FILES: &[&str] = &{names:?};\n"
    );
    let mut english = None;
    for (lang, files) in languages.iter().zip(&texts) {
        let _ = writeln!(
            code,
            "/// The text of each of `FILES` in locales/{lang}/, if there.\n\
             pub static {}: &[Option<&str>] = &[",
            lang.to_uppercase()
        );
        for name in &names {
            if files.iter().any(|(n, _)| n == name) {
                let _ = writeln!(
                    code,
                    "    Some(include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{lang}/{name}\"))),"
                );
            } else {
                code.push_str("    None,\n");
            }
        }
        code.push_str("];\n\n");
        let borrowed: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let catalogue = ftl::read(&borrowed);
        for p in &catalogue.problems {
            println!("cargo:warning=locales/{lang}/{p}");
        }
        if lang == "en" {
            english = Some(catalogue);
        }
    }
    let english = english.unwrap_or_default();
    code.push_str(
        "/// Every message of the English catalogue: id, index of its file in `FILES`,\n\
         /// variables; sorted by id (bytes).\n\
         pub const MESSAGES: &[(&str, usize, &[&str])] = &[\n",
    );
    for (id, vars) in &english.messages {
        let file = english
            .files
            .get(id)
            .and_then(|f| names.iter().position(|n| n == f))
            .unwrap_or_default();
        let vars: Vec<String> = vars.iter().map(|v| format!("{v:?}")).collect();
        let _ = writeln!(code, "    ({id:?}, {file}, &[{}]),", vars.join(", "));
    }
    code.push_str("];\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogues.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn read_dir_sorted(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    paths.sort();
    paths
}
