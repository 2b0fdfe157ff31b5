//! The one-line person form: everything known about someone just met, typed on one line.
//!
//! ```text
//! Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo via Michel
//! ```
//!
//! The line is cut at commas into parts. The first part is the name. Emails, phone numbers
//! and web addresses are recognised by their shape wherever they stand (`mobile=514…`
//! gives one a label). The other parts are the company, then the title or activity (more
//! parts after the title belong to it: "experte SEO, formatrice"); an empty part leaves the
//! company out ("Zoë, , céramiste"). Anywhere, `#word` is a tag (`#"two words"` for a tag
//! with a space). A part starting with `via` or `par` (or `introduced by`, `présenté par`)
//! names who introduced the person, by name or `#id`; in the name's part, `via`/`par` may
//! follow the name without a comma. A part in double quotes is taken as text, commas and
//! all (`"Lavoie, Roy & associés"`; `""` inside is one quote).
//!
//! `avec`/`with` are kept free for "came with" (issue 16).
//!
//! The reader is pure: who `via` names is resolved by the caller. [`PersonLine::to_line`]
//! writes a value back in this form, so a form filled by a machine (a card's photo) can be
//! shown to the person for correction and read again unchanged.

use super::validate::{self, InvalidValue};
use super::Labeled;

/// What a line says about a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonLine {
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub links: Vec<Labeled>,
    pub tags: Vec<String>,
    /// Who introduced them, as typed: a CONTACT for the caller to resolve.
    pub introduced_by: Option<String>,
}

/// Why a line cannot be read. Nothing of a line is kept when it cannot be read whole.
#[derive(Debug, PartialEq, Eq)]
pub enum LineError {
    /// Nothing but spaces and commas.
    Empty,
    /// The line does not start with a name (the first part is empty or only tags).
    NoName,
    /// The first part looks like an email, a phone number or a web address.
    NameIsAValue { kind: ValueKind, value: String },
    /// The name part holds two people ("Karine et Michel").
    TwoPeople(String),
    /// A part is an email cut by spaces ("karine @lavoie.example").
    EmailWithSpace(String),
    /// `via` or `par` with nobody after it.
    NoIntroducer(String),
    /// Two parts say who introduced the person.
    TwoIntroducers(String, String),
    /// A `#` followed by figures only: a tag needs a letter (an id goes after `via`).
    TagIsANumber(String),
    /// A double quote opened and never closed.
    UnclosedQuote,
    /// A value refused by validation (a tag with control characters, a name too long…).
    Invalid(InvalidValue),
}

impl From<InvalidValue> for LineError {
    fn from(e: InvalidValue) -> Self {
        LineError::Invalid(e)
    }
}

/// The kinds of values recognised by their shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Email,
    Phone,
    Link,
}

/// Words that start a part naming who introduced the person, folded.
const INTRODUCERS: &[&str] = &[
    "via ",
    "par ",
    "introduced by ",
    "introduite par ",
    "introduit par ",
    "presente par ",
    "presentee par ",
];

/// Words between two names that make them two people, folded, with their spaces.
const TWO_PEOPLE: &[&str] = &[" et ", " and ", " & ", " + "];

/// One comma-separated part of a line.
#[derive(Debug)]
struct Part {
    text: String,
    /// Wrapped whole in double quotes: text, never a value, a tag or an introducer.
    quoted: bool,
}

impl PersonLine {
    /// Reads a line; see the module's documentation for the form.
    pub fn parse(line: &str) -> Result<PersonLine, LineError> {
        let parts = split(line)?;
        if parts.iter().all(|p| p.text.trim().is_empty()) {
            return Err(LineError::Empty);
        }
        let mut out = PersonLine::default();
        let mut introducer: Option<String> = None;
        let mut texts: Vec<String> = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            if part.quoted {
                let text = validate_text(&part.text)?;
                if i == 0 {
                    out.name = validate::name(&text)?;
                } else {
                    texts.push(text);
                }
                continue;
            }
            let raw = part.text.trim();
            if raw.is_empty() {
                // An empty part before any text leaves the company out (an empty first
                // part leaves the name out: refused below).
                if texts.is_empty() {
                    texts.push(String::new());
                }
                continue;
            }
            // Who introduced them: a part of its own, or after the name.
            let (raw, intro) = match intro_of(raw) {
                Some(who) => ("", Some(who)),
                None if i == 0 => split_intro_from_name(raw),
                None => (raw, None),
            };
            if let Some(who) = intro {
                let (who, tags) = take_tags(who, true)?;
                out.tags.extend(tags);
                let who = who.trim();
                if who.is_empty() {
                    return Err(LineError::NoIntroducer(part.text.trim().to_owned()));
                }
                if let Some(first) = &introducer {
                    return Err(LineError::TwoIntroducers(first.clone(), who.to_owned()));
                }
                introducer = Some(who.to_owned());
            }
            let (rest, tags) = take_tags(raw, false)?;
            out.tags.extend(tags);
            let rest = rest.trim();
            if i == 0 {
                if rest.is_empty() {
                    return Err(LineError::NoName);
                }
                if let Some(kind) = shape(rest) {
                    return Err(LineError::NameIsAValue {
                        kind,
                        value: rest.to_owned(),
                    });
                }
                let folded = super::text::fold(rest);
                if TWO_PEOPLE.iter().any(|w| folded.contains(w)) {
                    return Err(LineError::TwoPeople(rest.to_owned()));
                }
                out.name = validate::name(rest)?;
                continue;
            }
            if rest.is_empty() {
                continue;
            }
            match value_of(rest)? {
                Some((ValueKind::Email, v)) => push_new(&mut out.emails, v),
                Some((ValueKind::Phone, v)) => push_new(&mut out.phones, v),
                Some((ValueKind::Link, v)) => push_new(&mut out.links, v),
                None => texts.push(validate_text(rest)?),
            }
        }
        if out.name.is_empty() {
            return Err(LineError::NoName);
        }
        let mut texts = texts.into_iter();
        out.company = texts.next().filter(|c| !c.is_empty());
        let title: Vec<String> = texts.filter(|t| !t.is_empty()).collect();
        out.title = (!title.is_empty()).then(|| title.join(", "));
        out.introduced_by = introducer;
        let mut seen: Vec<String> = Vec::new();
        out.tags.retain(|t| {
            let folded = super::text::fold(t);
            let new = !seen.contains(&folded);
            seen.push(folded);
            new
        });
        Ok(out)
    }

    /// Whether the line says anything beyond the name (what a card could have carried).
    pub fn has_details(&self) -> bool {
        self.company.is_some()
            || self.title.is_some()
            || !self.emails.is_empty()
            || !self.phones.is_empty()
            || !self.links.is_empty()
    }

    /// The line that reads back as this value: what a form filled by a machine shows the
    /// person to correct.
    pub fn to_line(&self) -> String {
        let mut parts: Vec<String> = vec![quote_if_needed(&self.name, true)];
        match (&self.company, &self.title) {
            (Some(c), _) => parts.push(quote_if_needed(c, false)),
            (None, Some(_)) => parts.push(String::new()),
            (None, None) => {}
        }
        if let Some(t) = &self.title {
            parts.push(quote_if_needed(t, false));
        }
        for v in self.emails.iter().chain(&self.phones).chain(&self.links) {
            parts.push(match &v.label {
                Some(l) => format!("{l}={}", v.value),
                None => v.value.clone(),
            });
        }
        if !self.tags.is_empty() {
            let tags: Vec<String> = self
                .tags
                .iter()
                .map(|t| {
                    if t.contains(char::is_whitespace) || t.contains(',') {
                        format!("#\"{t}\"")
                    } else {
                        format!("#{t}")
                    }
                })
                .collect();
            parts.push(tags.join(" "));
        }
        if let Some(by) = &self.introduced_by {
            parts.push(format!("via {by}"));
        }
        parts.join(", ")
    }
}

/// Cuts a line at the commas outside double quotes.
fn split(line: &str) -> Result<Vec<Part>, LineError> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for c in line.chars() {
        match c {
            // `""` inside quotes (one quote, unescaped by `part`) toggles twice: the
            // comma after it is still quoted.
            '"' => {
                in_quotes = !in_quotes;
                current.push('"');
            }
            ',' if !in_quotes => parts.push(part(std::mem::take(&mut current))),
            c => current.push(c),
        }
    }
    if in_quotes {
        return Err(LineError::UnclosedQuote);
    }
    parts.push(part(current));
    Ok(parts)
}

/// A part as cut: wrapped whole in quotes (then its text is inside them, `""` made `"`), or
/// as typed.
fn part(raw: String) -> Part {
    let t = raw.trim();
    match t.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) if !inner.is_empty() && !unpaired_quote(inner) => Part {
            text: inner.replace("\"\"", "\""),
            quoted: true,
        },
        _ => Part {
            text: raw,
            quoted: false,
        },
    }
}

/// Whether `s` has a quote that is not doubled (`"a" "b"` is two quoted pieces, not one).
fn unpaired_quote(s: &str) -> bool {
    s.replace("\"\"", "").contains('"')
}

/// The rest of a part that starts with `via`, `par`… (folded, so `Via` and `présenté par`
/// count), if it does.
fn intro_of(raw: &str) -> Option<&str> {
    let folded = super::text::fold(raw);
    INTRODUCERS.iter().find_map(|w| {
        if !folded.starts_with(w) && folded != w.trim_end() {
            return None;
        }
        // The same number of words in the raw text: folding may change byte lengths.
        let words = w.split_whitespace().count();
        let mut rest = raw.trim_start();
        for _ in 0..words {
            rest = rest
                .split_once(char::is_whitespace)
                .map_or("", |(_, r)| r.trim_start());
        }
        Some(rest)
    })
}

/// The name's part, with `via X` or `par X` after the name split off.
fn split_intro_from_name(raw: &str) -> (&str, Option<&str>) {
    raw.char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .find_map(|(i, _)| Some((&raw[..i], Some(intro_of(&raw[i..])?))))
        .unwrap_or((raw, None))
}

/// Takes the `#tags` out of a part; returns what is left and the tags. After `via`, a `#`
/// followed by figures is an id and stays (`numbers_allowed`).
fn take_tags(raw: &str, numbers_allowed: bool) -> Result<(String, Vec<String>), LineError> {
    let mut rest = String::new();
    let mut tags = Vec::new();
    let mut chars = raw.char_indices().peekable();
    let mut at_word_start = true;
    while let Some((i, c)) = chars.next() {
        if c == '#' && at_word_start {
            let tail = &raw[i + 1..];
            let (tag, used) = match tail.strip_prefix('"') {
                Some(quoted) => {
                    let end = quoted.find('"').ok_or(LineError::UnclosedQuote)?;
                    (quoted[..end].to_owned(), end + 2)
                }
                None => {
                    let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
                    (tail[..end].to_owned(), end)
                }
            };
            if tag.is_empty() {
                rest.push(c);
                at_word_start = false;
                continue;
            }
            if tag.bytes().all(|b| b.is_ascii_digit()) {
                if numbers_allowed {
                    rest.push(c);
                    at_word_start = false;
                    continue;
                }
                return Err(LineError::TagIsANumber(format!("#{tag}")));
            }
            tags.push(validate::tag(&tag)?);
            // Skip what the tag used.
            while chars.peek().is_some_and(|(j, _)| *j <= i + used) {
                chars.next();
            }
            at_word_start = true;
            continue;
        }
        at_word_start = c.is_whitespace();
        rest.push(c);
    }
    if !tags.is_empty() {
        // What was around a tag closes up: "Lavoie #seo Stratégies" is "Lavoie Stratégies".
        rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    Ok((rest, tags))
}

/// Which kind of value `s` looks like, if any.
fn shape(s: &str) -> Option<ValueKind> {
    if s.contains(char::is_whitespace) {
        return phone_of(s).map(|_| ValueKind::Phone);
    }
    if validate::email(s).is_ok() {
        Some(ValueKind::Email)
    } else if phone_of(s).is_some() {
        Some(ValueKind::Phone)
    } else if looks_like_link(s) {
        Some(ValueKind::Link)
    } else {
        None
    }
}

/// A part read as a value (`label=value` too), else `None` for text.
fn value_of(raw: &str) -> Result<Option<(ValueKind, Labeled)>, LineError> {
    let (label, value) = validate::split_label(raw);
    let (label, value) = match shape(&value) {
        Some(_) => (label, value),
        // No value after a label: the whole part is a value or text.
        None => (None, raw.to_owned()),
    };
    let Some(kind) = shape(&value) else {
        if value.contains('@') {
            let joined: String = value.split_whitespace().collect();
            if validate::email(&joined).is_ok() {
                return Err(LineError::EmailWithSpace(value));
            }
        }
        return Ok(None);
    };
    let checked = match kind {
        ValueKind::Email => validate::email(&value)?,
        ValueKind::Phone => validate::phone(&phone_of(&value).unwrap_or(value))?,
        ValueKind::Link => validate::url(&value)?,
    };
    Ok(Some((kind, Labeled::new(checked, label))))
}

/// A phone number as kept, if `s` is one: digits, spaces and `+-.()/`, from 7 to 20 digits
/// (not a year or a street number), with an optional extension (`x12`, `ext. 12`,
/// `poste 12`, kept as ` x12`).
fn phone_of(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let (number, ext) = ["poste", "ext.", "ext", "x"]
        .iter()
        .find_map(|w| {
            let (number, ext) = lower.rsplit_once(w)?;
            let ext = ext.trim();
            (!ext.is_empty() && ext.bytes().all(|b| b.is_ascii_digit()))
                .then_some((number.trim(), Some(ext)))
        })
        .unwrap_or((lower.trim(), None));
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let ok = (7..=20).contains(&digits)
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
    ok.then(|| match ext {
        Some(ext) => format!("{number} x{ext}"),
        None => number.to_owned(),
    })
}

/// `https://…`, `www.…`, or one word of dot-separated labels ending in two letters or more,
/// one label before it at least two characters long (`lavoie.example`, not `M.Sc`).
fn looks_like_link(s: &str) -> bool {
    let lower = s.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    let host = lower.split('/').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    let Some((tld, rest)) = labels.split_last() else {
        return false;
    };
    !rest.is_empty()
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_alphabetic())
        && rest
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && rest.iter().any(|l| l.chars().count() >= 2)
}

/// Text of a part (a name, a company, a title): one line, no control characters.
fn validate_text(s: &str) -> Result<String, LineError> {
    validate::check_text("text", s, false)?;
    Ok(s.trim().to_owned())
}

/// Adds `v` unless the list has it already.
fn push_new(list: &mut Vec<Labeled>, v: Labeled) {
    if !list.iter().any(|x| x.value.eq_ignore_ascii_case(&v.value)) {
        list.push(v);
    }
}

/// A name, company or title as a part of a line: in quotes when it would read otherwise.
fn quote_if_needed(s: &str, is_name: bool) -> String {
    let folded = super::text::fold(s);
    let needs = s.contains([',', '"', '#', '='])
        || s.trim() != s
        || s.is_empty()
        || shape(s).is_some()
        || intro_of(s).is_some()
        || (is_name
            && (TWO_PEOPLE.iter().any(|w| folded.contains(w))
                || split_intro_from_name(s).1.is_some()))
        || {
            let joined: String = s.split_whitespace().collect();
            validate::email(&joined).is_ok()
        };
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests;
