//! Turning what the user typed for a CONTACT, a PROJECT or an EVENT into one record: an id
//! (`#12` or `12`; `p3`, `e3` for projects and events), an exact name, or a case- and
//! accent-insensitive match on a name prefix or word.
//!
//! A contact's name is never guessed: when what was typed matches more than one contact —
//! even when it is one contact's whole name and also a word or the start of another's — the
//! resolution is `Many`, exact names first, for the caller to ask or to refuse. Where a
//! command takes several contacts, adjacent arguments that together are a contact's whole
//! name ("michel gagnon") are refused (`split_name`), and so is a contact followed by words
//! that complete another contact's name (`name_runs_on`): a name of several words is quoted.
//!
//! Matching works on bounded input: at most `MAX_WORDS` words are matched as name words and
//! at most `MAX_FUZZY` characters are compared for near spellings, so that an argument of
//! any length resolves in time proportional to the number of contacts (a 120 KB argument
//! once took 68 s on 20,000 contacts).

use crate::model::event::EventMatch;
use crate::model::ids::{self, Kind, Typed};
use crate::model::project::Project;
use crate::model::text::{fold, folded_words};
use crate::store::{ContactMatch, Db, Result, StoreError};

#[derive(Debug, PartialEq, Eq)]
pub enum Resolution<T> {
    One(T),
    /// Several match, those whose whole name was typed first.
    Many(Vec<T>),
    /// Nothing matched; the nearest names, best first.
    None(Vec<T>),
    /// `#N` named an id that does not exist.
    NoSuchId(i64),
    /// The id of another kind of entry (`e12` where a contact is expected).
    OtherKind(Kind, i64),
}

/// A record a command argument can name.
pub trait Named: Clone {
    fn id(&self) -> i64;
}

impl Named for ContactMatch {
    fn id(&self) -> i64 {
        self.id
    }
}

impl Named for Project {
    fn id(&self) -> i64 {
        self.id
    }
}

/// At most this many candidates are listed.
const MAX_CANDIDATES: usize = 50;

/// Names are matched word by word for arguments of at most this many words; a longer one
/// can still be a whole name or the start of one.
pub const MAX_WORDS: usize = 8;

/// Near spellings are looked for only for arguments of at most this many characters
/// (folded), against the first this many characters of each name and word.
pub const MAX_FUZZY: usize = 64;

/// Near spellings share the first this many letters of a word with what was typed.
const NEAR_HEAD: usize = 2;

/// At most this many names are compared for near spellings.
const MAX_NEAR_NAMES: usize = 20_000;

/// At most this many adjacent arguments are read together as one name.
const MAX_RUN: usize = 4;

/// An id as typed where `kind` is expected: `Ok(Some(id))` for its own forms, `Err` with the
/// kind for another kind's prefix, `Ok(None)` when it is not an id.
fn typed_id(arg: &str, kind: Kind) -> std::result::Result<Option<i64>, (Kind, i64)> {
    match ids::parse(arg) {
        Some(Typed::Plain(id)) => Ok(Some(id)),
        Some(Typed::Prefixed(k, id)) if k == kind => Ok(Some(id)),
        Some(Typed::Prefixed(k, id)) => Err((k, id)),
        None => Ok(None),
    }
}

/// Resolves a CONTACT argument: `#N` or `N` by id (a missing `#N` is `NoSuchId`; a bare
/// number may still be a name), else every contact whose name is the one typed, starts
/// with it, or has words starting with each typed word; else the nearest names.
pub fn resolve_contact(db: Db<'_>, arg: &str) -> Result<Resolution<ContactMatch>> {
    let arg = arg.trim();
    if let Some(id) = ids::contact(arg) {
        if let Some(m) = db.contact_match(id)? {
            return Ok(Resolution::One(m));
        }
        if arg.starts_with('#') {
            return Ok(Resolution::NoSuchId(id));
        }
    }
    let all = contact_candidates(db, arg, MAX_CANDIDATES)?;
    Ok(match all.len() {
        0 => match ids::parse(arg) {
            Some(Typed::Prefixed(k, id)) => Resolution::OtherKind(k, id),
            _ => Resolution::None(nearest(db, arg)?),
        },
        1 => Resolution::One(all.into_iter().next().ok_or(StoreError::Busy)?),
        _ => Resolution::Many(all),
    })
}

/// The contacts `arg` may mean, whole names first: exact names, then names starting with
/// it, then names with words starting with each typed word (up to `MAX_WORDS` words).
fn contact_candidates(db: Db<'_>, arg: &str, limit: usize) -> Result<Vec<ContactMatch>> {
    let mut all = db.contacts_named(arg)?;
    let matching = if folded_words(arg).len() <= MAX_WORDS {
        db.contacts_matching(arg, limit)?
    } else {
        db.contacts_starting(arg, limit)?
    };
    for m in matching {
        if !all.iter().any(|a| a.id == m.id) {
            all.push(m);
        }
    }
    all.truncate(limit);
    Ok(all)
}

/// Resolves a PROJECT argument: `#N`, `N` or `pN`, an exact name, or a unique prefix of the
/// name or of one of its words; among several prefix matches, the one not archived.
pub fn resolve_project(db: Db<'_>, arg: &str) -> Result<Resolution<Project>> {
    let arg = arg.trim();
    let other = match typed_id(arg, Kind::Project) {
        Ok(Some(id)) => {
            match db.get_project(id) {
                Ok(p) => return Ok(Resolution::One(p)),
                Err(StoreError::NotFound { .. }) => {}
                Err(e) => return Err(e),
            }
            if !arg.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(Resolution::NoSuchId(id));
            }
            None
        }
        Ok(None) => None,
        Err(other) => Some(other),
    };
    if let Some(p) = db.project_named(arg)? {
        return Ok(Resolution::One(p));
    }
    let found = prefer_active(db.projects_matching(arg)?);
    Ok(match found.len() {
        0 => match other {
            Some((k, id)) => Resolution::OtherKind(k, id),
            None => Resolution::None(Vec::new()),
        },
        1 => Resolution::One(found.into_iter().next().ok_or(StoreError::Busy)?),
        _ => Resolution::Many(found),
    })
}

/// Resolves an EVENT argument: `#3`, `3` or `e3`, else the events whose name matches
/// without regard to case or accents — the whole name first, else every typed word —
/// newest first. `Ok(None)` when nothing matches; `Err` with the kind for another kind's id.
pub fn resolve_event(
    db: Db<'_>,
    arg: &str,
) -> Result<std::result::Result<Option<EventMatch>, (Kind, i64)>> {
    let arg = arg.trim();
    let other = match typed_id(arg, Kind::Event) {
        Ok(Some(id)) => {
            if let Some(m) = db.event_match(id)? {
                return Ok(Ok(Some(m)));
            }
            if !arg.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(Ok(None));
            }
            None
        }
        Ok(None) => None,
        Err(other) => Some(other),
    };
    let folded = fold(arg);
    if folded.is_empty() {
        return Ok(Ok(None));
    }
    if let Some(m) = db.events_named(&folded)?.into_iter().next() {
        return Ok(Ok(Some(m)));
    }
    let words = folded_words(arg);
    if words.len() <= MAX_WORDS {
        if let Some(m) = db.events_containing(&words)?.into_iter().next() {
            return Ok(Ok(Some(m)));
        }
    }
    Ok(match other {
        Some(o) => Err(o),
        None => Ok(None),
    })
}

/// Existing contacts that a typed name may mean, for a person entered by name (`log`):
/// exact matches first, then prefix and word matches, else near spellings; six at most.
pub fn candidates(db: Db<'_>, name: &str) -> Result<Vec<ContactMatch>> {
    let mut all = contact_candidates(db, name, 6)?;
    if all.is_empty() {
        // Nothing by prefix: offer names that are close, for typos ("Frederik").
        all = nearest(db, name)?;
    }
    all.truncate(6);
    Ok(all)
}

/// The one project not archived among several, else them all. (Contacts are never
/// chosen this way: an archived namesake is a candidate like any other.)
fn prefer_active(pool: Vec<Project>) -> Vec<Project> {
    if pool.len() < 2 {
        return pool;
    }
    let active: Vec<&Project> = pool.iter().filter(|c| !c.archived).collect();
    match active.as_slice() {
        [one] => vec![(*one).clone()],
        _ => pool,
    }
}

/// Adjacent arguments read as one contact's whole name where several contacts are
/// expected ("michel gagnon" given as two arguments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitName {
    /// The arguments joined with spaces, as typed.
    pub typed: String,
    /// Which arguments: the first and how many.
    pub start: usize,
    pub len: usize,
    /// The contacts with that whole name.
    pub named: Vec<ContactMatch>,
}

/// The first run of adjacent arguments that together are a contact's whole name, unless
/// reading them one by one cannot mean anything else: each names a different contact
/// unambiguously, none of them the contact of the whole name (then they are several
/// people), or each names that very contact and no other (then it is one person either
/// way). Runs of up to `MAX_RUN` arguments, the longest first.
pub fn split_name(db: Db<'_>, args: &[String]) -> Result<Option<SplitName>> {
    for start in 0..args.len() {
        let longest = MAX_RUN.min(args.len() - start);
        for len in (2..=longest).rev() {
            let run = &args[start..start + len];
            if run.iter().any(|a| ids::parse(a).is_some()) {
                continue;
            }
            let typed = run.join(" ");
            let named = db.contacts_named(&typed)?;
            if named.is_empty() || one_reading(db, run, &named)? {
                continue;
            }
            return Ok(Some(SplitName {
                typed,
                start,
                len,
                named,
            }));
        }
    }
    Ok(None)
}

/// Whether the arguments of `run`, each on its own, leave no doubt next to `named` (the
/// contacts whose whole name they are together): see `split_name`. Only when each names
/// that one contact and no other. (Words that each name a different contact are never a
/// whole name here: the contact of the whole name would match each word too, making each
/// ambiguous. Such words reach `one_reading` only when no contact has the whole name, and
/// `split_name` lets them through before.)
fn one_reading(db: Db<'_>, run: &[String], named: &[ContactMatch]) -> Result<bool> {
    let [one] = named else {
        return Ok(false);
    };
    for arg in run {
        match resolve_contact(db, arg)? {
            Resolution::One(m) if m.id == one.id => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// Where a CONTACT is followed by other words (a note, tags, a follow-up's text): the
/// contact and the first words after it that together are a contact's whole name
/// ("michel" then "gagnon a envoyé…"), the longest such run. `None` when the CONTACT is an
/// id or no such name exists.
pub fn name_runs_on(
    db: Db<'_>,
    contact: &str,
    rest: &[String],
) -> Result<Option<(String, Vec<ContactMatch>)>> {
    if ids::parse(contact).is_some() {
        return Ok(None);
    }
    let longest = (MAX_RUN - 1).min(rest.len());
    for len in (1..=longest).rev() {
        let typed = format!("{} {}", contact.trim(), rest[..len].join(" "));
        let named = db.contacts_named(&typed)?;
        if !named.is_empty() {
            return Ok(Some((typed, named)));
        }
    }
    Ok(None)
}

/// The closest names by Jaro-Winkler similarity on folded names and words (see
/// `nearest_in` for the bounds), among the contacts with a name word starting with the
/// first two letters of a typed word: a typo is looked for after them, so that the names
/// compared are a few hundred, not every contact.
pub fn nearest(db: Db<'_>, arg: &str) -> Result<Vec<ContactMatch>> {
    let q = fold(arg);
    if q.is_empty() || q.chars().count() > MAX_FUZZY {
        return Ok(Vec::new());
    }
    let mut heads: Vec<String> = folded_words(&q)
        .iter()
        .take(MAX_WORDS)
        .map(|w| w.chars().take(NEAR_HEAD).collect())
        .collect();
    heads.sort();
    heads.dedup();
    let names = db.contacts_with_word_heads(&heads, MAX_NEAR_NAMES)?;
    let mut out = Vec::new();
    for id in nearest_in(&q, &names, &mut 0) {
        if let Some(m) = db.contact_match(id)? {
            out.push(m);
        }
    }
    Ok(out)
}

/// The ids of the three names closest to `q` (folded, at most `MAX_FUZZY` characters, else
/// none), comparing it with each name's first `MAX_FUZZY` characters and first `MAX_WORDS`
/// words. `work` counts the characters compared (the product of the two lengths, for each
/// comparison), which tests bound.
pub fn nearest_in(q: &str, names: &[(i64, String)], work: &mut usize) -> Vec<i64> {
    let qlen = q.chars().count();
    if qlen == 0 || qlen > MAX_FUZZY {
        return Vec::new();
    }
    let mut similarity = |a: &str| {
        *work += qlen * a.chars().count();
        strsim::jaro_winkler(q, a)
    };
    let mut scored: Vec<(f64, i64)> = names
        .iter()
        .map(|(id, name)| {
            let f: String = fold(&truncated(name, MAX_FUZZY * 4))
                .chars()
                .take(MAX_FUZZY)
                .collect();
            let whole = similarity(&f);
            let best_word = f
                .split(' ')
                .take(MAX_WORDS)
                .map(&mut similarity)
                .fold(0.0, f64::max);
            (whole.max(best_word), *id)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// The first `n` characters of `s`.
fn truncated(s: &str, n: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(n) {
        Some((i, _)) => std::borrow::Cow::Borrowed(&s[..i]),
        None => std::borrow::Cow::Borrowed(s),
    }
}

#[cfg(test)]
mod tests;
