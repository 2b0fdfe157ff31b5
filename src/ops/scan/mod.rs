//! `card scan`'s use cases: the photos a run reads (`photos`), a photo read and looked up
//! among the cards already filed, the contact a card goes to when nobody is asked, and the
//! filing itself — to a chosen contact or a new one, at an event, with the photo's path and
//! content hash kept on the card, in one transaction. Nothing here prints or asks.

pub mod photos;

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::card::{CardId, NewCard};
use crate::model::event::{EventId, EventMatch};
use crate::model::person_line::PersonLine;
use crate::model::scan::CardReading;
use crate::model::{ContactId, Labeled, NewContact};
use crate::scan::ocr::Tesseract;
use crate::scan::{photo, read_photo, PhotoReading, ScanError};
use crate::store::{ContactMatch, Db, FiledPhoto, Store, StoreError};

/// How a run files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// --json without --yes: read, print, file nothing.
    ReadOnly,
    /// On a terminal: show, ask, file.
    Ask,
    /// --yes: file without asking.
    File,
}

/// What every photo of one run shares.
pub struct Batch {
    pub mode: Mode,
    pub event: Option<EventMatch>,
    /// --for
    pub owner: Option<ContactMatch>,
    /// --new
    pub always_new: bool,
    pub received_on: NaiveDate,
    /// Tesseract, or why it cannot read (a QR code is then read alone).
    pub tesseract: Result<Tesseract, ScanError>,
    /// How many photos the run reads.
    pub count: usize,
}

impl Batch {
    /// The event's name, kept as how a new contact was met.
    pub fn how_met(&self) -> Option<&str> {
        self.event.as_ref().map(|e| e.name.as_str())
    }
}

/// A photo's bytes, their hash, and the card already filed from the same content.
#[derive(Debug)]
pub struct Photo {
    pub bytes: Vec<u8>,
    pub hash: String,
    pub filed_before: Option<FiledPhoto>,
}

/// Reads the file at `path` and looks its content up among the cards filed.
pub fn look_up(db: &Db, path: &Path) -> anyhow::Result<Photo> {
    let bytes = std::fs::read(path).map_err(|e| ScanError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let hash = photo::content_hash(&bytes);
    let filed_before = db.card_by_photo_hash(&hash)?;
    Ok(Photo {
        bytes,
        hash,
        filed_before,
    })
}

/// What the photo says: an error when nothing at all could be read on it.
pub fn read(b: &Batch, path: &Path, bytes: &[u8]) -> Result<PhotoReading, ScanError> {
    let reading = read_photo(path, bytes, b.tesseract.as_ref())?;
    if reading.card.is_empty() {
        return Err(ScanError::NothingRead(path.to_owned()));
    }
    Ok(reading)
}

/// Contacts the name read may be, at most six: the same name, then names it starts.
pub fn candidates(db: &Db, name: &str) -> Result<Vec<ContactMatch>, StoreError> {
    let mut all = db.contacts_named(name)?;
    for m in db.contacts_matching(name, 6)? {
        if !all.iter().any(|a| a.id == m.id) {
            all.push(m);
        }
    }
    all.truncate(6);
    Ok(all)
}

/// Whose card it is when nobody is asked (--yes): the contact given, else a new contact
/// named as read — refused when no name was read, or when a contact already has it (unless
/// --new): a name is never guessed to be someone known.
pub fn owner_without_asking(
    db: &Db,
    b: &Batch,
    r: &CardReading,
    path: &Path,
) -> anyhow::Result<Owner> {
    if let Some(m) = &b.owner {
        return Ok(Owner::Existing(m.id));
    }
    let Some(new) = contact_of(r, b.how_met()) else {
        return Err(ScanError::NoName(path.to_owned()).into());
    };
    if !b.always_new {
        let same = db.contacts_named(&new.name)?;
        if !same.is_empty() {
            return Err(ScanError::NameTaken {
                name: new.name,
                ids: same.iter().map(|m| m.id).collect(),
            }
            .into());
        }
    }
    Ok(Owner::New(Box::new(new)))
}

/// Whose card it is.
#[derive(Debug, Clone)]
pub enum Owner {
    Existing(ContactId),
    /// A contact to create, named as read.
    New(Box<NewContact>),
}

/// A card to file from a photo.
#[derive(Debug, Clone)]
pub struct Filing {
    pub owner: Owner,
    pub card: NewCard,
    pub photo_path: String,
    pub photo_hash: String,
}

/// What was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Filed {
    pub card_id: CardId,
    pub contact_id: ContactId,
    pub new_contact: bool,
}

/// Text as a card field: control characters (a QR payload may hold any) become spaces,
/// except line breaks where `multiline`; empty text is no text.
fn clean(s: &str, multiline: bool) -> Option<String> {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_control() && !(multiline && c == '\n') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let t = if multiline {
        t.trim().to_owned()
    } else {
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    (!t.is_empty()).then_some(t)
}

/// The card a reading makes: what fits no field goes to the note, one item a line.
pub fn card_of(r: &CardReading, received_on: NaiveDate, event_id: Option<EventId>) -> NewCard {
    let note = r
        .other
        .iter()
        .filter_map(|o| clean(o, false))
        .collect::<Vec<_>>()
        .join("\n");
    NewCard {
        company: r.company.as_deref().and_then(|s| clean(s, false)),
        title: r.title.as_deref().and_then(|s| clean(s, false)),
        emails: r.emails.clone(),
        phones: r.phones.clone(),
        website: r.website.clone(),
        address: r.address.as_deref().and_then(|s| clean(s, false)),
        note: clean(&note, true),
        received_on,
        event_id,
    }
}

/// A new contact as the card names it, with the card's details (as `carnet log` does for a
/// new person). `None` without a name.
pub fn contact_of(r: &CardReading, how_met: Option<&str>) -> Option<NewContact> {
    let name = r.name.as_deref().and_then(|s| clean(s, false))?;
    Some(NewContact {
        name,
        company: r.company.as_deref().and_then(|s| clean(s, false)),
        title: r.title.as_deref().and_then(|s| clean(s, false)),
        how_met: how_met.map(str::to_owned),
        emails: r
            .emails
            .iter()
            .map(|e| Labeled::new(e.clone(), None))
            .collect(),
        phones: r
            .phones
            .iter()
            .map(|p| Labeled::new(p.clone(), None))
            .collect(),
        links: r
            .website
            .iter()
            .map(|w| Labeled::new(w.clone(), None))
            .collect(),
        ..NewContact::default()
    })
}

/// Files the card: creates the contact if it is new, adds the card with its photo. One
/// transaction: a failure leaves the database as it was.
pub fn file(store: &mut Store, f: &Filing, now: &str) -> Result<Filed, StoreError> {
    store.write(|db| {
        let (contact_id, new_contact) = match &f.owner {
            Owner::Existing(id) => (*id, false),
            Owner::New(c) => (db.insert_contact(c, now)?, true),
        };
        let card_id = db.insert_card(contact_id, &f.card, now)?;
        db.set_card_photo(card_id, &f.photo_path, &f.photo_hash)?;
        db.touch_contact(contact_id, now)?;
        Ok(Filed {
            card_id,
            contact_id,
            new_contact,
        })
    })
}

/// Why a corrected line cannot stand for a card.
#[derive(Debug, PartialEq, Eq)]
pub enum Correction {
    /// The line says who introduced the person: a card does not.
    Introducer(String),
    /// The line has tags: a card does not.
    Tags(Vec<String>),
}

/// What was read on a card as the one-line person form, for the person to correct. The
/// name is the one read, or `name` when none was.
pub fn line_of(r: &CardReading, name: &str) -> PersonLine {
    let values = |v: &[String]| v.iter().map(|x| Labeled::new(x, None)).collect();
    PersonLine {
        name: r.name.clone().unwrap_or_else(|| name.to_owned()),
        company: r.company.clone(),
        title: r.title.clone(),
        emails: values(&r.emails),
        phones: values(&r.phones),
        links: values(r.website.as_slice()),
        ..Default::default()
    }
}

/// The card as the corrected `line` says, the rest of what was read (the address and what
/// fits no field) kept. A second web address goes with what fits no field, so that nothing
/// typed is lost.
pub fn corrected(r: &CardReading, line: &PersonLine) -> Result<CardReading, Correction> {
    if let Some(by) = &line.introduced_by {
        return Err(Correction::Introducer(by.clone()));
    }
    if !line.tags.is_empty() {
        return Err(Correction::Tags(line.tags.clone()));
    }
    let values = |v: &[Labeled]| v.iter().map(|x| x.value.clone()).collect();
    let mut links = line.links.iter().map(|l| l.value.clone());
    let website = links.next();
    let mut other = r.other.clone();
    other.extend(links);
    Ok(CardReading {
        name: Some(line.name.clone()),
        company: line.company.clone(),
        title: line.title.clone(),
        emails: values(&line.emails),
        phones: values(&line.phones),
        website,
        address: r.address.clone(),
        other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading() -> CardReading {
        CardReading {
            name: Some("Karine\u{7} Lavoie".into()),
            company: Some("Lavoie Stratégies".into()),
            title: Some("  ".into()),
            emails: vec!["karine@lavoie.example".into()],
            phones: vec!["514-555-0142".into()],
            website: Some("https://lavoie.example".into()),
            address: Some("12 rue X,\nMontréal".into()),
            other: vec!["Salon 2026".into(), " ".into(), "Fax\t514".into()],
        }
    }

    #[test]
    fn a_reading_is_corrected_in_the_one_line_form_and_nothing_else_read_is_lost() {
        let mut r = reading();
        r.name = Some("Karine Lavole".into());
        r.title = None;
        let line = line_of(&r, "x").to_line();
        assert_eq!(
            line,
            "Karine Lavole, Lavoie Stratégies, karine@lavoie.example, \
             514-555-0142, https://lavoie.example"
        );
        let same = corrected(&r, &PersonLine::parse(&line).unwrap()).unwrap();
        assert_eq!(same.name.as_deref(), Some("Karine Lavole"));
        assert_eq!(same.emails, r.emails);
        assert_eq!(same.phones, r.phones);
        assert_eq!(same.website, r.website);
        let typed = "Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, \
                     514-555-0199, lavoie.example, blog.example";
        let c = corrected(&r, &PersonLine::parse(typed).unwrap()).unwrap();
        assert_eq!(c.name.as_deref(), Some("Karine Lavoie"));
        assert_eq!(c.company.as_deref(), Some("Lavoie Stratégies"));
        assert_eq!(c.title.as_deref(), Some("experte SEO"));
        assert_eq!(c.emails, ["karine@lavoie.example"]);
        assert_eq!(c.phones, ["514-555-0199"]);
        assert_eq!(c.website.as_deref(), Some("https://lavoie.example"));
        assert_eq!(c.address, r.address);
        let mut other = r.other.clone();
        other.push("https://blog.example".into());
        assert_eq!(c.other, other);
        assert_eq!(line_of(&reading(), "x").title, reading().title);
        let unnamed = CardReading::default();
        assert_eq!(line_of(&unnamed, "Zoë").to_line(), "Zoë");
        assert_eq!(
            corrected(&r, &PersonLine::parse("Karine, via Michel").unwrap()),
            Err(Correction::Introducer("Michel".into()))
        );
        assert_eq!(
            corrected(&r, &PersonLine::parse("Karine #seo").unwrap()),
            Err(Correction::Tags(vec!["seo".into()]))
        );
    }

    #[test]
    fn control_characters_become_spaces_but_line_breaks_in_a_note() {
        assert_eq!(clean("a\tb\nc\u{7}d", true).as_deref(), Some("a b\nc d"));
        assert_eq!(clean("a\tb\nc", false).as_deref(), Some("a b c"));
        assert_eq!(clean(" \n ", true), None);
    }

    #[test]
    fn a_reading_makes_a_card_and_a_contact() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let k = card_of(&reading(), day, Some(3));
        assert_eq!(k.company.as_deref(), Some("Lavoie Stratégies"));
        assert_eq!(k.title, None);
        assert_eq!(k.address.as_deref(), Some("12 rue X, Montréal"));
        assert_eq!(k.note.as_deref(), Some("Salon 2026\nFax 514"));
        assert_eq!((k.received_on, k.event_id), (day, Some(3)));
        assert_eq!(k.emails, ["karine@lavoie.example"]);
        let none = card_of(&CardReading::default(), day, None);
        assert_eq!(none.note, None);

        let c = contact_of(&reading(), Some("5 à 7")).unwrap();
        assert_eq!(c.name, "Karine Lavoie");
        assert_eq!(c.how_met.as_deref(), Some("5 à 7"));
        assert_eq!(c.emails[0].value, "karine@lavoie.example");
        assert_eq!(c.phones[0].value, "514-555-0142");
        assert_eq!(c.links[0].value, "https://lavoie.example");
        assert_eq!(c.company.as_deref(), Some("Lavoie Stratégies"));
        assert_eq!(c.title, None);
        let titled = CardReading {
            title: Some("Stratège\tmarketing".into()),
            ..reading()
        };
        let c = contact_of(&titled, None).unwrap();
        assert_eq!(c.title.as_deref(), Some("Stratège marketing"));
        assert!(contact_of(&CardReading::default(), None).is_none());
        let blank = CardReading {
            name: Some(" \u{1b} ".into()),
            ..CardReading::default()
        };
        assert!(contact_of(&blank, None).is_none());
    }

    fn batch(owner: Option<ContactMatch>, always_new: bool) -> Batch {
        Batch {
            mode: Mode::File,
            event: Some(EventMatch {
                id: 1,
                name: "5 à 7".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            }),
            owner,
            always_new,
            received_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            tesseract: Err(ScanError::TesseractMissing),
            count: 1,
        }
    }

    fn add(store: &mut Store, name: &str) -> ContactId {
        let c = NewContact {
            name: name.into(),
            ..NewContact::default()
        };
        store
            .write(|db| db.insert_contact(&c, "2026-11-20T10:00:00Z"))
            .unwrap()
    }

    #[test]
    fn without_asking_a_card_goes_to_the_contact_given_or_to_a_new_one_never_a_guess() {
        let (_dir, mut store) = crate::store::test_store();
        let karine = add(&mut store, "Karine Lavoie");
        let other = add(&mut store, "Karine Lavoie");
        let path = Path::new("/p/k.jpg");
        let db = store.db();
        let r = reading();
        // The name read is known twice: refused, naming both.
        let err = owner_without_asking(&db, &batch(None, false), &r, path).unwrap_err();
        assert_eq!(
            err.downcast_ref::<ScanError>(),
            Some(&ScanError::NameTaken {
                name: "Karine Lavoie".into(),
                ids: vec![karine, other],
            })
        );
        // --new: a new contact, met at the event.
        match owner_without_asking(&db, &batch(None, true), &r, path).unwrap() {
            Owner::New(c) => {
                assert_eq!(c.name, "Karine Lavoie");
                assert_eq!(c.how_met.as_deref(), Some("5 à 7"));
            }
            o => panic!("{o:?}"),
        }
        // --for: that contact, even without a name read.
        let given = db.contacts_named("Karine Lavoie").unwrap().remove(0);
        let nameless = CardReading::default();
        match owner_without_asking(&db, &batch(Some(given), false), &nameless, path).unwrap() {
            Owner::Existing(id) => assert_eq!(id, karine),
            o => panic!("{o:?}"),
        }
        let err = owner_without_asking(&db, &batch(None, false), &nameless, path).unwrap_err();
        assert_eq!(
            err.downcast_ref::<ScanError>(),
            Some(&ScanError::NoName(path.to_owned()))
        );
        // A name nobody has: a new contact.
        let zoe = CardReading {
            name: Some("Zoë Martin".into()),
            ..CardReading::default()
        };
        assert!(matches!(
            owner_without_asking(&db, &batch(None, false), &zoe, path).unwrap(),
            Owner::New(_)
        ));
    }

    #[test]
    fn candidates_are_the_same_name_first_then_names_it_starts_at_most_six() {
        let (_dir, mut store) = crate::store::test_store();
        let mut ids = Vec::new();
        for n in [
            "Zoë Martinez",
            "Zoe Martin",
            "Zoë Martineau",
            "Zoë Martins",
            "Zoë Martinon",
            "Zoë Martinet",
            "Zoë Martinache",
            "Paul Zoë",
        ] {
            ids.push(add(&mut store, n));
        }
        let db = store.db();
        let found = candidates(&db, "Zoë Martin").unwrap();
        assert_eq!(found.len(), 6);
        assert_eq!(found[0].id, ids[1], "{found:?}");
        let unique: std::collections::HashSet<_> = found.iter().map(|m| m.id).collect();
        assert_eq!(unique.len(), 6);
        assert!(candidates(&db, "Personne Dautre").unwrap().is_empty());
    }

    #[test]
    fn a_photo_is_looked_up_by_its_content_and_filed_with_its_path() {
        let (dir, mut store) = crate::store::test_store();
        let photo = dir.path().join("a.jpg");
        std::fs::write(&photo, b"not really a photo").unwrap();
        let seen = look_up(&store.db(), &photo).unwrap();
        assert_eq!(seen.hash, photo::content_hash(b"not really a photo"));
        assert_eq!(seen.filed_before, None);
        let karine = add(&mut store, "Karine Lavoie");
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let filing = Filing {
            owner: Owner::Existing(karine),
            card: card_of(&reading(), day, None),
            photo_path: photo.to_string_lossy().into_owned(),
            photo_hash: seen.hash.clone(),
        };
        let filed = file(&mut store, &filing, "2026-11-20T10:00:00Z").unwrap();
        assert_eq!((filed.contact_id, filed.new_contact), (karine, false));
        let again = look_up(&store.db(), &photo).unwrap();
        let before = again.filed_before.unwrap();
        assert_eq!(
            (
                before.card_id,
                before.contact_id,
                before.photo_path.as_str()
            ),
            (filed.card_id, karine, filing.photo_path.as_str())
        );
        // A file that cannot be read, and one that is no photo.
        let gone = dir.path().join("gone.jpg");
        let err = look_up(&store.db(), &gone).unwrap_err();
        assert!(matches!(
            err.downcast_ref::<ScanError>(),
            Some(ScanError::Unreadable { .. })
        ));
        let err = read(&batch(None, false), &photo, &again.bytes).err();
        assert!(matches!(err, Some(ScanError::NotAnImage { .. })), "{err:?}");
        // A new contact is created in the same transaction as the card.
        let new = Filing {
            owner: Owner::New(Box::new(contact_of(&reading(), None).unwrap())),
            ..filing
        };
        let filed = file(&mut store, &new, "2026-11-20T10:00:00Z").unwrap();
        assert!(filed.new_contact);
        assert_ne!(filed.contact_id, karine);
    }

    #[test]
    fn a_blank_photo_without_tesseract_says_so_and_one_with_nothing_on_it_is_nothing_read() {
        let mut png = Vec::new();
        image::GrayImage::from_pixel(60, 40, image::Luma([250]))
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let path = Path::new("/p/blank.png");
        assert_eq!(
            read(&batch(None, false), path, &png).err(),
            Some(ScanError::TesseractMissing)
        );
    }
}
