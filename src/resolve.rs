//! Turning what the user typed for a CONTACT into one contact: `#12` or `12`, an exact
//! name, or a case- and accent-insensitive unique match on a name prefix or word.

use crate::model::event::EventMatch;
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

/// Resolves an EVENT argument: `#3` or `3`, else the events whose name matches without
/// regard to case or accents — the whole name first, else every typed word — newest first.
/// `Ok(None)` when nothing matches.
pub fn resolve_event(db: Db<'_>, arg: &str) -> Result<Option<EventMatch>> {
    let arg = arg.trim();
    if let Some(id) = parse_id(arg) {
        if let Some(m) = db.event_match(id)? {
            return Ok(Some(m));
        }
        if arg.starts_with('#') {
            return Ok(None);
        }
    }
    let folded = fold(arg);
    if folded.is_empty() {
        return Ok(None);
    }
    if let Some(m) = db.events_named(&folded)?.into_iter().next() {
        return Ok(Some(m));
    }
    Ok(db.events_containing(&folded_words(arg))?.into_iter().next())
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
pub fn nearest(db: Db<'_>, arg: &str) -> Result<Vec<ContactMatch>> {
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

    use crate::store::test_store as store;

    fn event(s: &mut crate::store::Store, name: &str, date: &str) -> i64 {
        s.write(|db| {
            db.insert_event(
                &crate::model::event::NewEvent {
                    name: name.into(),
                    date: date.parse().unwrap(),
                    ..Default::default()
                },
                "2026-11-22T00:00:00Z",
            )
        })
        .unwrap()
    }

    #[test]
    fn events_resolve_by_id_then_folded_name_newest_first() {
        let (_d, mut s) = store();
        let old = event(&mut s, "5 à 7 Montréal", "2026-10-01");
        let new = event(&mut s, "5 à 7 Montréal", "2026-11-20");
        let breakfast = event(&mut s, "Petit-déjeuner des vœux", "2026-11-21");
        let id = |q: &str| resolve_event(s.db(), q).unwrap().map(|m| m.id);
        assert_eq!(id(&format!("#{old}")), Some(old));
        assert_eq!(id(&old.to_string()), Some(old));
        assert_eq!(id("#99"), None);
        assert_eq!(id("5 A 7 MONTREAL"), Some(new));
        assert_eq!(id("montreal"), Some(new));
        assert_eq!(id("voeux"), Some(breakfast));
        assert_eq!(id("déjeuner VŒUX"), Some(breakfast));
        assert_eq!(id("gala"), None);
        assert_eq!(id("  "), None);
        assert_eq!(id("100%"), None);
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
