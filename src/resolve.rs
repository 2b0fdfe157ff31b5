//! Turning what the user typed for a CONTACT, a PROJECT or an EVENT into one record: `#12`
//! or `12`, an exact name, or a case- and accent-insensitive match on a name prefix or word.
//! Contacts and projects go through the same steps (`resolve`); an event is the newest of
//! those whose name matches.

use crate::model::event::EventMatch;
use crate::model::project::Project;
use crate::model::text::{fold, folded_words};
use crate::store::{ContactMatch, Db, Result, StoreError};

#[derive(Debug, PartialEq, Eq)]
pub enum Resolution<T> {
    One(T),
    Many(Vec<T>),
    /// Nothing matched; the nearest names, best first.
    None(Vec<T>),
    /// `#N` named an id that does not exist.
    NoSuchId(i64),
}

/// A record a command argument can name.
pub trait Named: Clone {
    fn id(&self) -> i64;
    fn archived(&self) -> bool;
}

impl Named for ContactMatch {
    fn id(&self) -> i64 {
        self.id
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

impl Named for Project {
    fn id(&self) -> i64 {
        self.id
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

const MAX_CANDIDATES: usize = 50;

/// An id as typed: `12` or `#12`, digits only (no sign, no spaces inside). The one reading
/// of `#N` for every command.
pub fn parse_id(arg: &str) -> Option<i64> {
    let arg = arg.trim();
    let digits = arg.strip_prefix('#').unwrap_or(arg);
    if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// The steps shared by contacts and projects: `#N` or `N` by id (a missing `#N` is
/// `NoSuchId`; a bare number may still be a name), then the exact name, then the prefix
/// and word matches (already narrowed), else the nearest names.
fn resolve<T>(
    arg: &str,
    by_id: impl FnOnce(i64) -> Result<Option<T>>,
    named: impl FnOnce(&str) -> Result<Vec<T>>,
    matching: impl FnOnce(&str) -> Result<Vec<T>>,
    nearest: impl FnOnce(&str) -> Result<Vec<T>>,
) -> Result<Resolution<T>> {
    let arg = arg.trim();
    if let Some(id) = parse_id(arg) {
        if let Some(m) = by_id(id)? {
            return Ok(Resolution::One(m));
        }
        if arg.starts_with('#') {
            return Ok(Resolution::NoSuchId(id));
        }
    }
    if let Some(r) = decide(named(arg)?) {
        return Ok(r);
    }
    if let Some(r) = decide(matching(arg)?) {
        return Ok(r);
    }
    Ok(Resolution::None(nearest(arg)?))
}

pub fn resolve_contact(db: Db<'_>, arg: &str) -> Result<Resolution<ContactMatch>> {
    resolve(
        arg,
        |id| db.contact_match(id),
        |a| db.contacts_named(a),
        |a| Ok(narrow(a, db.contacts_matching(a, MAX_CANDIDATES)?)),
        |a| nearest(db, a),
    )
}

/// Resolves a PROJECT argument; among several prefix matches, the one not archived.
pub fn resolve_project(db: Db<'_>, arg: &str) -> Result<Resolution<Project>> {
    resolve(
        arg,
        |id| match db.get_project(id) {
            Ok(p) => Ok(Some(p)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        },
        |a| Ok(db.project_named(a)?.into_iter().collect()),
        |a| Ok(prefer_active(db.projects_matching(a)?)),
        |_| Ok(Vec::new()),
    )
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

/// Existing contacts that a typed name may mean, for a person entered by name (`log`):
/// exact matches first, then prefix and word matches, else near spellings; six at most.
pub fn candidates(db: Db<'_>, name: &str) -> Result<Vec<ContactMatch>> {
    let mut all = db.contacts_named(name)?;
    for m in db.contacts_matching(name, 6)? {
        if !all.iter().any(|a| a.id == m.id) {
            all.push(m);
        }
    }
    if all.is_empty() {
        // Nothing by prefix: offer names that are close, for typos ("Frederik").
        all = nearest(db, name)?;
    }
    all.truncate(6);
    Ok(all)
}

fn decide<T>(mut found: Vec<T>) -> Option<Resolution<T>> {
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
    prefer_active(if whole.is_empty() { candidates } else { whole })
}

/// The one record not archived among several, else them all.
fn prefer_active<T: Named>(pool: Vec<T>) -> Vec<T> {
    if pool.len() < 2 {
        return pool;
    }
    let active: Vec<&T> = pool.iter().filter(|c| !c.archived()).collect();
    match active.as_slice() {
        [one] => vec![(*one).clone()],
        _ => pool,
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
        assert_eq!(parse_id(" 12 "), Some(12));
        assert_eq!(parse_id("#0"), Some(0));
        for bad in [
            "#",
            "",
            "12b",
            "+7",
            "-7",
            "#+7",
            "# 7",
            "##7",
            "1 2",
            "99999999999999999999",
        ] {
            assert_eq!(parse_id(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn projects_resolve_by_id_name_and_prefix_preferring_the_active_one() {
        let (_d, mut s) = store();
        let now = "2026-11-22T00:00:00Z";
        let (concert, conference, album) = s
            .write(|db| -> Result<_> {
                Ok((
                    db.insert_project("Concert de printemps", None, now)?,
                    db.insert_project("Conférence", None, now)?,
                    db.insert_project("Album « Vœux »", None, now)?,
                ))
            })
            .unwrap();
        fn one(s: &crate::store::Store, q: &str) -> Option<i64> {
            match resolve_project(s.db(), q).unwrap() {
                Resolution::One(p) => Some(p.id),
                _ => None,
            }
        }
        assert_eq!(one(&s, &format!("#{album}")), Some(album));
        assert_eq!(one(&s, &album.to_string()), Some(album));
        assert_eq!(one(&s, "concert de printemps"), Some(concert));
        assert_eq!(one(&s, "voeux"), Some(album));
        assert_eq!(one(&s, "printemps"), Some(concert));
        assert!(matches!(
            resolve_project(s.db(), "#99").unwrap(),
            Resolution::NoSuchId(99)
        ));
        assert!(matches!(
            resolve_project(s.db(), "con").unwrap(),
            Resolution::Many(m) if m.len() == 2
        ));
        assert!(matches!(
            resolve_project(s.db(), "gala").unwrap(),
            Resolution::None(near) if near.is_empty()
        ));
        s.write(|db| {
            db.update_project(
                conference,
                &crate::store::ProjectPatch {
                    archived: Some(true),
                    ..Default::default()
                },
                now,
            )
        })
        .unwrap();
        assert_eq!(one(&s, "con"), Some(concert), "the one not archived");
    }

    #[test]
    fn a_typo_still_offers_the_existing_contact() {
        let (_d, mut s) = store();
        s.write(|db| {
            db.insert_contact(
                &crate::model::NewContact {
                    name: "Frédéric Duval".into(),
                    ..Default::default()
                },
                "2026-11-22T09:00:00Z",
            )
        })
        .unwrap();
        let names = |q: &str| -> Vec<String> {
            candidates(s.db(), q)
                .unwrap()
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(names("frederic duval"), ["Frédéric Duval"]);
        assert_eq!(names("Fred"), ["Frédéric Duval"]);
        assert_eq!(names("Frederik Duval"), ["Frédéric Duval"]);
        assert!(names("Zoë").is_empty());
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
        let three = vec![
            m(1, "Luc Martin", true),
            m(2, "Luc Tremblay", false),
            m(3, "Luc Roy", true),
        ];
        assert_eq!(narrow("luc", three), vec![m(2, "Luc Tremblay", false)]);
        let two_active = vec![m(1, "Luc Martin", false), m(2, "Luc Roy", false)];
        assert_eq!(narrow("luc", two_active.clone()), two_active);
    }
}
