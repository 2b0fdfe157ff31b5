//! The ids people see and type: a contact is `#12`; every other kind of entry is a
//! one-letter prefix and its number, lower case, no space — `n12` note, `m12` encounter (a
//! meeting), `c12` card, `f12` follow-up, `e12` event, `p12` project, `i12` invitation,
//! `r12` relation, `o12` operation of the undo log — so that no id on a screen can be taken
//! for another kind's. The one reading and writing of those forms for every command and
//! screen (see notes/design.md, "Visible ids"); `--json` keeps plain integers.
//!
//! Where an argument can only be one kind, the old `#12` and `12` stay accepted for that
//! kind; the prefixed form is never a contact, and a prefixed id of another kind is an error
//! naming what it is ("c12 is a card, not a follow-up").

use std::fmt;

use crate::i18n::Lang;
use crate::tr;

/// What an id is the id of.
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

/// Every kind, for parsing and tests.
pub const KINDS: [Kind; 10] = [
    Kind::Contact,
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

impl Kind {
    /// The prefix shown before the number (`#` for a contact).
    pub fn prefix(self) -> char {
        match self {
            Kind::Contact => '#',
            Kind::Note => 'n',
            Kind::Encounter => 'm',
            Kind::Card => 'c',
            Kind::FollowUp => 'f',
            Kind::Event => 'e',
            Kind::Project => 'p',
            Kind::Invitation => 'i',
            Kind::Relation => 'r',
            Kind::Operation => 'o',
        }
    }

    /// The kind a letter prefixes, in either case.
    pub fn of_letter(c: char) -> Option<Kind> {
        let c = c.to_ascii_lowercase();
        KINDS
            .into_iter()
            .find(|k| *k != Kind::Contact && k.prefix() == c)
    }

    /// Its key, as the catalogues select on it (`$kind`): contact, note, encounter, card,
    /// followup, event, project, invitation, relation, operation.
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

    /// The id of this kind as shown: `#12`, `f12`.
    pub fn show(self, id: i64) -> String {
        Id::new(self, id).to_string()
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

/// An id as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// `12` or `#12`: a contact where a contact is expected, else the kind expected.
    Plain(i64),
    /// `f12`, `E12`: this kind only.
    Prefixed(Kind, i64),
}

/// Reads an id as typed: `12`, `#12`, or a kind's letter and digits (`f12`, `F12`), with
/// spaces around but none inside; digits only, no sign. `None` when it is not an id. The
/// one parser: everything below reads through it.
pub fn parse(arg: &str) -> Option<Typed> {
    let arg = arg.trim();
    let mut chars = arg.chars();
    let first = chars.next()?;
    let (kind, digits) = if first == '#' {
        (None, chars.as_str())
    } else if first.is_ascii_digit() {
        (None, arg)
    } else {
        (Some(Kind::of_letter(first)?), chars.as_str())
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let id: i64 = digits.parse().ok()?;
    Some(match kind {
        None => Typed::Plain(id),
        Some(k) => Typed::Prefixed(k, id),
    })
}

/// The id of an entry, typed with its prefix (`n12`, `r3`, a positive number): never a
/// contact's, never a bare number.
pub fn prefixed(arg: &str) -> Option<Id> {
    match parse(arg)? {
        Typed::Prefixed(kind, id) if id > 0 => Some(Id::new(kind, id)),
        _ => None,
    }
}

/// An id typed where only one kind fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// An id of another kind: "c12 is a card, not a follow-up".
    OtherKind { found: Id, expected: Kind },
    /// Not an id at all.
    NotAnId { typed: String, expected: Kind },
}

impl IdError {
    /// The error in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            IdError::OtherKind { found, expected } => tr!(lang; "id-wrong-kind",
                id = found.to_string(), found = found.kind.key(), kind = expected.key()),
            IdError::NotAnId { typed, expected } => {
                tr!(lang; "id-invalid", raw = typed, kind = expected.key())
            }
        }
    }

    /// The kind that was expected.
    pub fn expected(&self) -> Kind {
        match self {
            IdError::OtherKind { expected, .. } | IdError::NotAnId { expected, .. } => *expected,
        }
    }

    /// How the ids of the kind expected look, and where they are shown.
    pub fn hint(&self) -> String {
        let expected = self.expected();
        tr!(
            "id-form-hint",
            kind = expected.key(),
            example = expected.show(12)
        )
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl std::error::Error for IdError {}

/// The error for an id of `other` kind typed where `expected` fits.
pub fn other_kind(other: Kind, id: i64, expected: Kind) -> IdError {
    IdError::OtherKind {
        found: Id::new(other, id),
        expected,
    }
}

/// An id where only `expected` fits: `12`, `#12` or its own prefix; a positive number.
pub fn expect(arg: &str, expected: Kind) -> Result<i64, IdError> {
    match parse(arg) {
        Some(Typed::Plain(id)) if id > 0 => Ok(id),
        Some(Typed::Prefixed(k, id)) if k == expected && id > 0 => Ok(id),
        Some(Typed::Prefixed(k, id)) if k != expected => Err(other_kind(k, id, expected)),
        _ => Err(IdError::NotAnId {
            typed: arg.to_owned(),
            expected,
        }),
    }
}

/// A contact's id as typed (`#12`, `12`); `None` for anything else, prefixed ids included.
pub fn contact(arg: &str) -> Option<i64> {
    match parse(arg)? {
        Typed::Plain(id) => Some(id),
        Typed::Prefixed(..) => None,
    }
}

/// The id of the kind named `noun` ("follow-up", "card"…, as the store's errors name
/// them) as shown; `#12` for a noun that is not a kind.
pub fn show_noun(noun: &str, id: i64) -> String {
    KINDS
        .into_iter()
        .find(|k| k.key() == noun.replace('-', ""))
        .unwrap_or(Kind::Contact)
        .show(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_what_it_shows() {
        for k in KINDS {
            let shown = k.show(42);
            let typed = parse(&shown).unwrap();
            match k {
                Kind::Contact => assert_eq!(typed, Typed::Plain(42)),
                _ => {
                    assert_eq!(typed, Typed::Prefixed(k, 42));
                    assert_eq!(prefixed(&shown), Some(Id::new(k, 42)));
                }
            }
            assert_eq!(expect(&shown, k), Ok(42), "{shown}");
            assert_eq!(Id::new(k, 42).to_string(), shown);
            assert_eq!(expect(&shown.to_uppercase(), k), Ok(42));
        }
        let letters: Vec<char> = KINDS.iter().map(|k| k.prefix()).collect();
        let mut unique = letters.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), letters.len(), "one prefix per kind");
        assert_eq!(Id::new(Kind::Note, 7).to_string(), "n7");
        assert_eq!(Kind::Operation.show(7), "o7");
        assert_eq!(format!("{:<4}|", Id::new(Kind::Note, 7)), "n7  |");
        assert_eq!(parse(" M3 "), Some(Typed::Prefixed(Kind::Encounter, 3)));
    }

    #[test]
    fn plain_numbers_fit_any_kind_and_prefixes_only_theirs() {
        assert_eq!(expect("12", Kind::FollowUp), Ok(12));
        assert_eq!(expect(" #12 ", Kind::Card), Ok(12));
        assert_eq!(expect("f12", Kind::FollowUp), Ok(12));
        assert_eq!(expect("o3", Kind::Operation), Ok(3));
        let e = expect("c12", Kind::FollowUp).unwrap_err();
        assert_eq!(e.to_string(), "c12 is a card, not a follow-up");
        assert_eq!(e.text(Lang::En), "c12 is a card, not a follow-up");
        assert_eq!(e.text(Lang::Fr), "c12 est une carte, pas une relance");
        let e = expect("e3", Kind::Card).unwrap_err();
        assert_eq!(e.to_string(), "e3 is an event, not a card");
        let e = expect("i3", Kind::Event).unwrap_err();
        assert_eq!(e.to_string(), "i3 is an invitation, not an event");
        assert!(e.hint().contains("e12"));
        let e = expect("chana", Kind::Note).unwrap_err();
        assert_eq!(e.text(Lang::En), "invalid note id 'chana'");
        assert_eq!(
            e.hint(),
            "note ids look like n12 (12 and #12 work too); `carnet show CONTACT` shows them"
        );
        let e = expect("n1", Kind::Operation).unwrap_err();
        assert_eq!(e.to_string(), "n1 is a note, not an operation");
        assert!(e.hint().contains("`carnet undo --list`"), "{}", e.hint());
    }

    #[test]
    fn anything_else_is_not_an_id() {
        for bad in [
            "",
            "#",
            "f",
            "n",
            "12b",
            "+7",
            "-7",
            "#+7",
            "# 7",
            "##7",
            "1 2",
            "f 12",
            "ff12",
            "x12",
            "f-1",
            "n1.5",
            "n١٢",
            "99999999999999999999",
            "f99999999999999999999",
            "#99999999999999999999",
            "#12f",
            "é12",
            "chana",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
            assert_eq!(prefixed(bad), None, "{bad:?}");
        }
        assert_eq!(
            expect("0", Kind::FollowUp),
            Err(IdError::NotAnId {
                typed: "0".into(),
                expected: Kind::FollowUp
            })
        );
        assert!(expect("f0", Kind::FollowUp).is_err());
        assert!(expect("frederic", Kind::FollowUp).is_err());
        assert_eq!(parse("#0"), Some(Typed::Plain(0)));
        assert_eq!(prefixed("n0"), None);
        assert_eq!(prefixed("#12"), None);
        assert_eq!(prefixed("12"), None);
    }

    #[test]
    fn ids_are_shown_by_the_name_of_their_kind() {
        assert_eq!(show_noun("follow-up", 3), "f3");
        assert_eq!(show_noun("card", 3), "c3");
        assert_eq!(show_noun("relation", 3), "r3");
        assert_eq!(show_noun("contact", 3), "#3");
        assert_eq!(show_noun("thing", 3), "#3");
    }

    #[test]
    fn contacts_take_plain_ids_only() {
        assert_eq!(contact("#12"), Some(12));
        assert_eq!(contact("12"), Some(12));
        assert_eq!(contact("e12"), None);
        assert_eq!(contact("Zoë"), None);
    }
}
