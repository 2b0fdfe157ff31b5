//! Correcting and removing the entries of a contact's history by the id `show` prints next
//! to them: `n12` a note, `m12` an encounter, `c12` a card, `f12` a follow-up. Each is one
//! write (one operation of the log, which `carnet undo` takes back).

use serde::Serialize;

use crate::i18n::Lang;
use crate::model::ids::{Id, Kind};
use crate::store::{CardPatch, Db, EncounterPatch, NotePatch, Store, StoreError};
use crate::tr;

/// The kinds of entries `carnet rm ID` removes.
pub const REMOVABLE: [Kind; 5] = [
    Kind::Note,
    Kind::Encounter,
    Kind::Card,
    Kind::FollowUp,
    Kind::Relation,
];

/// An entry as named in questions and reports.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// `note`, `encounter`, `card`, `follow_up`, `relation`.
    pub kind: &'static str,
    pub id: i64,
    /// The contact it is about (a follow-up of an event alone has none).
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    /// Its date (a follow-up's due date); none for a relation.
    pub date: Option<chrono::NaiveDate>,
    /// What it says, on one line: a note's text, an encounter's note, a card's company, a
    /// follow-up's text.
    pub summary: Option<String>,
    #[serde(skip)]
    pub visible: Id,
}

impl Entry {
    /// "note n12 of #3 Zoë Tremblay".
    pub fn describe(&self, lang: Lang) -> String {
        let id = self.visible.to_string();
        match (self.contact_id, &self.contact_name) {
            (Some(c), Some(name)) => tr!(lang; "entry-of", kind = self.visible.kind.key(),
                id = id, contact = Kind::Contact.show(c), name = name.as_str()),
            _ => tr!(lang; "entry-alone", kind = self.visible.kind.key(), id = id),
        }
    }
}

/// Why an entry cannot be read, changed or removed; nothing was written.
#[derive(Debug)]
pub enum EntryError {
    NoSuch(Id),
    /// `carnet rm e3`: not an entry of a contact's history.
    NotRemovable(Id),
    Store(StoreError),
}

impl EntryError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            EntryError::NoSuch(id) => {
                tr!(lang; "entry-no-such", kind = id.kind.key(), id = id.to_string())
            }
            EntryError::NotRemovable(id) => {
                tr!(lang; "entry-not-removable", kind = id.kind.key(), id = id.to_string())
            }
            EntryError::Store(e) => e.to_string(),
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            EntryError::NoSuch(id) => Some(tr!("entry-no-such-hint", kind = id.kind.key())),
            EntryError::NotRemovable(id) => Some(tr!(
                "entry-not-removable-hint",
                kind = id.kind.key(),
                id = id.to_string()
            )),
            EntryError::Store(e) => e.hint(),
        }
    }
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl std::error::Error for EntryError {}

impl From<StoreError> for EntryError {
    fn from(e: StoreError) -> Self {
        EntryError::Store(e)
    }
}

/// `NotFound` from the store, as the entry `id` not existing.
fn or_no_such(id: Id) -> impl Fn(StoreError) -> EntryError {
    move |e| match e {
        StoreError::NotFound { .. } => EntryError::NoSuch(id),
        other => EntryError::Store(other),
    }
}

/// Reads the entry `id`.
pub fn read(db: Db<'_>, id: Id) -> Result<Entry, EntryError> {
    let missing = or_no_such(id);
    Ok(match id.kind {
        Kind::Note => {
            let (contact, note) = db.get_note(id.id).map_err(&missing)?;
            let name = db.get_contact(contact)?.name;
            Entry {
                kind: "note",
                id: id.id,
                contact_id: Some(contact),
                contact_name: Some(name),
                date: Some(note.date),
                summary: Some(note.text),
                visible: id,
            }
        }
        Kind::Encounter => {
            let e = db.get_encounter(id.id).map_err(&missing)?;
            Entry {
                kind: "encounter",
                id: id.id,
                contact_id: Some(e.contact_id),
                contact_name: Some(e.contact_name),
                date: Some(e.date),
                summary: e.note.or(e.event_name),
                visible: id,
            }
        }
        Kind::Card => {
            let k = db.get_card(id.id).map_err(&missing)?;
            Entry {
                kind: "card",
                id: id.id,
                contact_id: Some(k.contact_id),
                contact_name: Some(k.contact_name),
                date: Some(k.received_on),
                summary: k.company.or(k.title),
                visible: id,
            }
        }
        Kind::FollowUp => {
            let f = db.get_followup(id.id).map_err(&missing)?;
            Entry {
                kind: "follow_up",
                id: id.id,
                contact_id: f.contact_id,
                contact_name: f.contact_name,
                date: Some(f.due),
                summary: Some(f.what),
                visible: id,
            }
        }
        Kind::Relation => {
            let r = db.get_relation(id.id).map_err(&missing)?;
            Entry {
                kind: "relation",
                id: id.id,
                contact_id: Some(r.contact_id),
                contact_name: Some(r.contact_name),
                date: None,
                summary: Some(format!("{} #{} {}", r.kind, r.other_id, r.other_name)), // i18n-ignore: data
                visible: id,
            }
        }
        _ => return Err(EntryError::NotRemovable(id)),
    })
}

/// Removes the entries `ids`, all or none, in one write; what they were.
pub fn remove(store: &mut Store, ids: &[Id]) -> Result<Vec<Entry>, EntryError> {
    if let Some(id) = ids.iter().find(|i| !REMOVABLE.contains(&i.kind)) {
        return Err(EntryError::NotRemovable(*id));
    }
    store.write(|db| -> Result<Vec<Entry>, EntryError> {
        let mut gone = Vec::new();
        for id in ids {
            let entry = read(db, *id)?;
            let missing = or_no_such(*id);
            match id.kind {
                Kind::Note => db.delete_note(id.id),
                Kind::Encounter => db.delete_encounter(id.id),
                Kind::Card => db.delete_card(id.id),
                Kind::Relation => db.delete_relation(id.id),
                _ => db.delete_followup(id.id),
            }
            .map_err(missing)?;
            gone.push(entry);
        }
        Ok(gone)
    })
}

/// A correction of one entry.
#[derive(Debug, Clone)]
pub enum Patch {
    Note(NotePatch),
    Encounter(EncounterPatch),
    Card(CardPatch),
}

/// Applies `patch` to entry `id` (of the patch's kind) in one write; the entry as it is now.
pub fn edit(store: &mut Store, id: Id, patch: &Patch) -> Result<Entry, EntryError> {
    store.write(|db| -> Result<Entry, EntryError> {
        let missing = or_no_such(id);
        match patch {
            Patch::Note(p) => db.update_note(id.id, p),
            Patch::Encounter(p) => db.update_encounter(id.id, p),
            Patch::Card(p) => db.update_card(id.id, p),
        }
        .map_err(missing)?;
        read(db, id)
    })
}

impl From<EntryError> for crate::error::CliError {
    fn from(e: EntryError) -> Self {
        let hint = e.hint();
        let mut err = crate::error::CliError::new(e.to_string());
        if let Some(h) = hint {
            err = err.hint(h);
        }
        err
    }
}
