//! Turning what the user typed for a CONTACT into one contact: `#12` or `12`, an exact
//! name, or a case- and accent-insensitive unique match on a name prefix or word.

use crate::model::text::{fold, folded_words};
use crate::store::{ContactMatch, Db, Result};

#[derive(Debug, PartialEq, Eq)]
pub enum Resolution {
    One(ContactMatch),
    Many(Vec<ContactMatch>),
    /// Nothing matched; the nearest names, best first.
    None(Vec<ContactMatch>),
    /// `#N` named an id that does not exist.
    NoSuchId(i64),
}

const MAX_CANDIDATES: usize = 50;

pub fn resolve_contact(db: Db<'_>, arg: &str) -> Result<Resolution> {
    let arg = arg.trim();
    if let Some(id) = parse_id(arg) {
        if let Some(m) = db.contact_match(id)? {
            return Ok(Resolution::One(m));
        }
        if arg.starts_with('#') {
            return Ok(Resolution::NoSuchId(id));
        }
    }
    let named = db.contacts_named(arg)?;
    if let Some(r) = decide(named) {
        return Ok(r);
    }
    let candidates = db.contacts_matching(arg, MAX_CANDIDATES)?;
    if let Some(r) = decide(narrow(arg, candidates)) {
        return Ok(r);
    }
    Ok(Resolution::None(nearest(db, arg)?))
}

fn parse_id(arg: &str) -> Option<i64> {
    let digits = arg.strip_prefix('#').unwrap_or(arg);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

fn decide(mut found: Vec<ContactMatch>) -> Option<Resolution> {
    match found.len() {
        0 => None,
        1 => found.pop().map(Resolution::One),
        _ => Some(Resolution::Many(found)),
    }
}

/// Among prefix matches, prefers the one contact whose name has every typed word whole
/// ("jean" picks "Jean Dupont" over "Jeanne Roy"), then the one not archived.
pub fn narrow(arg: &str, candidates: Vec<ContactMatch>) -> Vec<ContactMatch> {
    if candidates.len() < 2 {
        return candidates;
    }
    let typed = folded_words(arg);
    let whole: Vec<ContactMatch> = candidates
        .iter()
        .filter(|c| {
            let words = folded_words(&c.name);
            typed.iter().all(|t| words.contains(t))
        })
        .cloned()
        .collect();
    if whole.len() == 1 {
        return whole;
    }
    let pool = if whole.is_empty() { candidates } else { whole };
    let active: Vec<ContactMatch> = pool.iter().filter(|c| !c.archived).cloned().collect();
    if active.len() == 1 {
        active
    } else {
        pool
    }
}

/// The closest names by Jaro-Winkler similarity on folded names and words.
fn nearest(db: Db<'_>, arg: &str) -> Result<Vec<ContactMatch>> {
    let q = fold(arg);
    let mut scored: Vec<(f64, i64, String)> = db
        .all_contact_names()?
        .into_iter()
        .map(|(id, name)| {
            let f = fold(&name);
            let whole = strsim::jaro_winkler(&q, &f);
            let best_word = f
                .split(' ')
                .map(|w| strsim::jaro_winkler(&q, w))
                .fold(0.0, f64::max);
            (whole.max(best_word), id, name)
        })
        .filter(|(score, _, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    for (_, id, _) in scored.into_iter().take(3) {
        if let Some(m) = db.contact_match(id)? {
            out.push(m);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: i64, name: &str, archived: bool) -> ContactMatch {
        ContactMatch {
            id,
            name: name.into(),
            company: None,
            archived,
        }
    }

    #[test]
    fn ids() {
        assert_eq!(parse_id("#12"), Some(12));
        assert_eq!(parse_id("12"), Some(12));
        assert_eq!(parse_id("#"), None);
        assert_eq!(parse_id("12b"), None);
    }

    #[test]
    fn whole_words_beat_prefixes() {
        let c = vec![m(1, "Jean Dupont", false), m(2, "Jeanne Roy", false)];
        assert_eq!(narrow("jean", c.clone()), vec![m(1, "Jean Dupont", false)]);
        assert_eq!(narrow("jea", c).len(), 2);
    }

    #[test]
    fn active_beats_archived() {
        let c = vec![m(1, "Luc Martin", true), m(2, "Luc Tremblay", false)];
        assert_eq!(narrow("luc", c), vec![m(2, "Luc Tremblay", false)]);
    }
}
