//! The ids people see and type (design.md): a contact is `#12`; every other kind of entry
//! is a one-letter prefix and its number, lower case, no space — `n12` note, `m12`
//! encounter (a meeting), `c12` card, `f12` follow-up, `e12` event, `p12` project, `i12`
//! invitation, `r12` relation, `o12` operation of the undo log.
//!
//! The one parser of these forms. `--json` keeps plain integers.

use std::fmt;

use crate::i18n::Lang;
use crate::tr;

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Contact,
    Note,
    Encounter,
    Card,
    FollowUp,
    Event,
    Project,
    Invitation,
    Relation,
    Operation,
}

impl Kind {
    /// Every kind with a letter.
    pub const PREFIXED: [Kind; 9] = [
        Kind::Note,
        Kind::Encounter,
        Kind::Card,
        Kind::FollowUp,
        Kind::Event,
        Kind::Project,
        Kind::Invitation,
        Kind::Relation,
        Kind::Operation,
    ];

    /// How its ids start: `#` for a contact, else its letter.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Contact => "#",
            Kind::Note => "n",
            Kind::Encounter => "m",
            Kind::Card => "c",
            Kind::FollowUp => "f",
            Kind::Event => "e",
            Kind::Project => "p",
            Kind::Invitation => "i",
            Kind::Relation => "r",
            Kind::Operation => "o",
        }
    }

    /// Its name in messages' selectors (`ids.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Contact => "contact",
            Kind::Note => "note",
            Kind::Encounter => "encounter",
            Kind::Card => "card",
            Kind::FollowUp => "followup",
            Kind::Event => "event",
            Kind::Project => "project",
            Kind::Invitation => "invitation",
            Kind::Relation => "relation",
            Kind::Operation => "operation",
        }
    }

    /// "a note", "une note"…
    pub fn noun(self, lang: Lang) -> String {
        tr!(lang; "id-kind", kind = self.key())
    }

    fn from_letter(c: char) -> Option<Kind> {
        Kind::PREFIXED
            .into_iter()
            .find(|k| k.prefix().starts_with(c.to_ascii_lowercase()))
    }
}

/// An id with its kind: prints as people read it (`#12`, `n12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id {
    pub kind: Kind,
    pub id: i64,
}

impl Id {
    pub fn new(kind: Kind, id: i64) -> Id {
        Id { kind, id }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad`: so that `{:<5}` aligns ids in columns.
        f.pad(&format!("{}{}", self.kind.prefix(), self.id))
    }
}

/// A positive number in plain ASCII digits.
fn number(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| *n > 0)
}

/// Reads an id with its kind: `#12` a contact, `n12` (or `N12`) a note, and so on. A bare
/// number, a name or anything else is None: what it means depends on where it is typed.
pub fn parse(raw: &str) -> Option<Id> {
    let s = raw.trim();
    let mut chars = s.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let kind = if first == '#' {
        Kind::Contact
    } else {
        Kind::from_letter(first)?
    };
    Some(Id::new(kind, number(rest)?))
}

/// Why a typed id is not one of the kind expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// Not an id at all.
    Invalid { raw: String, expected: Kind },
    /// An id of another kind: "c12 is a card, not a follow-up".
    WrongKind { found: Id, expected: Kind },
}

impl IdError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            IdError::Invalid { raw, expected } => tr!(lang; "id-invalid", raw = raw,
                kind = expected.key()),
            IdError::WrongKind { found, expected } => tr!(lang; "id-wrong-kind",
                id = found.to_string(), found = found.kind.key(), kind = expected.key()),
        }
    }

    /// What such ids look like.
    pub fn hint(&self) -> String {
        let expected = match self {
            IdError::Invalid { expected, .. } | IdError::WrongKind { expected, .. } => *expected,
        };
        tr!(
            "id-form-hint",
            kind = expected.key(),
            example = Id::new(expected, 12).to_string()
        )
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl std::error::Error for IdError {}

/// Reads an id where only `kind` can be meant: its prefixed form, and also `#12` and `12`
/// (the older forms, for every kind); a prefixed id of another kind is an error naming it.
pub fn parse_as(raw: &str, kind: Kind) -> Result<i64, IdError> {
    let s = raw.trim();
    if let Some(n) = number(s) {
        return Ok(n);
    }
    match parse(s) {
        Some(id) if id.kind == kind => Ok(id.id),
        // `#12` is the older form of every kind's id.
        Some(id) if id.kind == Kind::Contact => Ok(id.id),
        Some(found) => Err(IdError::WrongKind {
            found,
            expected: kind,
        }),
        None => Err(IdError::Invalid {
            raw: raw.to_owned(),
            expected: kind,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_back_what_it_prints() {
        for kind in Kind::PREFIXED.into_iter().chain([Kind::Contact]) {
            let id = Id::new(kind, 12);
            assert_eq!(parse(&id.to_string()), Some(id), "{id}");
            assert_eq!(parse_as(&id.to_string(), kind), Ok(12));
        }
        assert_eq!(Id::new(Kind::Note, 7).to_string(), "n7");
        assert_eq!(Id::new(Kind::Contact, 7).to_string(), "#7");
        assert_eq!(parse(" M3 "), Some(Id::new(Kind::Encounter, 3)));
    }

    #[test]
    fn bare_numbers_names_and_malformed_ids_are_not_ids() {
        for raw in [
            "12",
            "",
            "#",
            "n",
            "n0",
            "n-1",
            "n 12",
            "x12",
            "nn12",
            "n1.5",
            "note",
            "chana",
            "n١٢",
            "#99999999999999999999",
        ] {
            assert_eq!(parse(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn where_one_kind_is_meant_the_older_forms_still_work_and_others_are_named() {
        assert_eq!(parse_as("3", Kind::FollowUp), Ok(3));
        assert_eq!(parse_as("#3", Kind::FollowUp), Ok(3));
        assert_eq!(parse_as("f3", Kind::FollowUp), Ok(3));
        let e = parse_as("c12", Kind::FollowUp).unwrap_err();
        assert_eq!(e.text(Lang::En), "c12 is a card, not a follow-up");
        assert_eq!(e.text(Lang::Fr), "c12 est une carte, pas une relance");
        let e = parse_as("chana", Kind::Note).unwrap_err();
        assert_eq!(e.text(Lang::En), "invalid note id 'chana'");
        assert_eq!(
            e.hint(),
            "note ids look like n12; `carnet show CONTACT` shows them"
        );
        assert!(parse_as("0", Kind::Card).is_err());
    }
}
