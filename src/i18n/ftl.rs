//! Reads a language's catalogue (its `.ftl` files) into the ids of its messages and the
//! variables each one takes.
//!
//! Shared by `build.rs` (which turns the English catalogue into the table `tr!` checks at
//! compile time) and by the catalogue tests (same ids and variables in every language, every
//! file parses), so that both read the files the same way. Only `std` and `fluent_syntax`.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One language's messages: id → the variables it takes (sorted) and the file defining it,
/// and what went wrong.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub messages: BTreeMap<String, BTreeSet<String>>,
    pub files: BTreeMap<String, String>,
    /// Syntax errors, an id defined twice, a reference to a missing message or to one of
    /// another file: each as "file:line: what" or "file: what".
    pub problems: Vec<String>,
}

/// Reads the files (name, text) of one language.
///
/// Each file is loaded on its own at run time (only the files holding the messages a
/// command shows are parsed), so a message may refer only to messages and terms of its own
/// file.
pub fn read(files: &[(&str, &str)]) -> Catalogue {
    let mut catalogue = Catalogue::default();
    // id → (file, direct variables, messages referenced), before references are followed.
    let mut direct: BTreeMap<String, (String, BTreeSet<String>, BTreeSet<String>)> =
        BTreeMap::new();
    // (file, term) defined, and (file, message, term) referenced.
    let mut terms: BTreeSet<(String, String)> = BTreeSet::new();
    let mut term_refs: Vec<(String, String, String)> = Vec::new();
    for (name, text) in files {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    catalogue.problems.push(format!(
                        "{name}:{}: {}",
                        line_of(text, e.pos.start),
                        e.kind
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_owned();
                    if let Some((first, _, _)) = direct.get(&id) {
                        catalogue
                            .problems
                            .push(format!("{name}: {id} is already defined in {first}"));
                        continue;
                    }
                    let mut found = Found::default();
                    match &m.value {
                        Some(p) => walk_pattern(p, &mut found),
                        None => catalogue
                            .problems
                            .push(format!("{name}: {id} has no value (only attributes)")),
                    }
                    for a in &m.attributes {
                        walk_pattern(&a.value, &mut found);
                    }
                    for t in &found.terms {
                        term_refs.push(((*name).to_owned(), id.clone(), t.clone()));
                    }
                    direct.insert(id, ((*name).to_owned(), found.variables, found.messages));
                }
                Entry::Term(t) => {
                    terms.insert(((*name).to_owned(), t.id.name.to_owned()));
                }
                Entry::Junk { content } => {
                    // The junk is a slice of the text: its offset gives its line.
                    let at = (content.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
                    catalogue.problems.push(format!(
                        "{name}:{}: cannot read {:?}",
                        line_of(text, at),
                        content.lines().next().unwrap_or_default()
                    ))
                }
                _ => {}
            }
        }
    }
    for (file, id, term) in term_refs {
        if !terms.contains(&(file.clone(), term.clone())) {
            catalogue.problems.push(format!(
                "{file}: {id} refers to -{term}, which is not defined in {file}"
            ));
        }
    }
    for (id, (file, _, _)) in &direct {
        let mut variables = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.clone()];
        while let Some(next) = todo.pop() {
            if !seen.insert(next.clone()) {
                continue;
            }
            match direct.get(&next) {
                Some((other, _, _)) if other != file => catalogue.problems.push(format!(
                    "{file}: {id} refers to {next}, which is in {other} (a file is loaded alone)"
                )),
                Some((_, vars, refs)) => {
                    variables.extend(vars.iter().cloned());
                    todo.extend(refs.iter().cloned());
                }
                None => catalogue.problems.push(format!(
                    "{file}: {id} refers to {next}, which is not defined"
                )),
            }
        }
        catalogue.messages.insert(id.clone(), variables);
        catalogue.files.insert(id.clone(), file.clone());
    }
    catalogue
}

#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

fn walk_pattern(p: &Pattern<&str>, found: &mut Found) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(e: &Expression<&str>, found: &mut Found) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            for v in variants {
                walk_pattern(&v.value, found);
            }
        }
        Expression::Inline(i) => walk_inline(i, found),
    }
}

fn walk_inline(e: &InlineExpression<&str>, found: &mut Found) {
    match e {
        InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            found.messages.insert(id.name.to_owned());
        }
        // A term's own variables are its arguments, not the message's; only what is passed
        // to it counts.
        InlineExpression::TermReference { id, arguments, .. } => {
            found.terms.insert(id.name.to_owned());
            if let Some(args) = arguments {
                for a in &args.positional {
                    walk_inline(a, found);
                }
                for a in &args.named {
                    walk_inline(&a.value, found);
                }
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, found);
            }
            for a in &arguments.named {
                walk_inline(&a.value, found);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, found),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
