//! Importing the records read from files: each matched to a contact (by UID, then by
//! email, through indexes or what the import remembers), then added, or filling the gaps
//! of the contact it matched; inside a savepoint whenever the database could refuse it.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::channels::Channel;
use super::{quote, Db, Result, StoreError};
use crate::model::interop::{Action, ImportRecord, MatchedBy};
use crate::model::text::fold;
use crate::model::{ContactId, NewContact};

/// Indexes an import into an empty database builds at the end (see
/// `Db::import_defer_indexes`).
const DEFERRED_INDEXES: [&str; 9] = [
    "contacts_uid",
    "contacts_name_folded",
    "contacts_listing",
    "contacts_created",
    "contacts_updated",
    "contacts_birthday_day",
    "contact_words_contact",
    "contact_emails_value",
    "contact_tags_tag",
];

/// Whether inserting `c` as a new contact passes every constraint of the contacts table
/// (the rows that go with it are inserted OR IGNORE, or cannot break one): a name with
/// more than spaces (SQLite's trim), a positive cadence, and no introducer (a reference).
fn insert_cannot_fail(c: &NewContact) -> bool {
    c.name.chars().any(|ch| ch != ' ')
        && c.keep_in_touch_days.map_or(true, |d| d > 0)
        && c.introduced_by.is_none()
}

/// A UID's hash, the same in every run.
fn uid_hash(uid: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    uid.hash(&mut h);
    h.finish()
}

/// What an import keeps between records, so that most need no lookup at all.
pub struct ImportState {
    /// The highest contact id before the import; 0 when there was none, and then no
    /// record can match an earlier contact.
    max_id: ContactId,
    /// The contacts this import added, by a hash of their UID: a few bytes each, however
    /// long the UIDs (a hit is checked against the UID stored).
    uids: HashMap<u64, ContactId>,
    /// The rare UIDs whose hash another UID of this import already had.
    collided: HashMap<String, ContactId>,
    /// Tag ids by folded name.
    tags: HashMap<String, i64>,
}

impl Db<'_> {
    /// Starts an import: what it needs to know of the database as it is now.
    pub fn import_start(&self) -> Result<ImportState> {
        Ok(ImportState {
            max_id: self.max_contact_id()?,
            uids: HashMap::new(),
            collided: HashMap::new(),
            tags: HashMap::new(),
        })
    }

    /// Drops the indexes an import into an empty database does without (its lookups are
    /// made in memory, see `ImportState`; `notes_contact` stays, as a record updating an
    /// earlier one looks its notes up), returning their SQL for `import_finish`: built
    /// once from the sorted rows, rather than kept up to date row by row at random places.
    /// Inside the import's transaction, so a failure leaves the schema as it was.
    pub fn import_defer_indexes(&self, state: &ImportState) -> Result<Vec<String>> {
        if state.max_id > 0 {
            return Ok(Vec::new());
        }
        let mut sqls = Vec::new();
        for name in DEFERRED_INDEXES {
            let sql: Option<String> = self
                .conn
                .query_row(
                    "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                    [name],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(sql) = sql {
                self.conn
                    .execute_batch(&format!("DROP INDEX {}", quote(name)))?;
                sqls.push(sql);
            }
        }
        Ok(sqls)
    }

    /// Builds the indexes `import_defer_indexes` dropped.
    pub fn import_finish(&self, deferred: &[String]) -> Result<()> {
        for sql in deferred {
            self.conn.execute_batch(sql)?;
        }
        Ok(())
    }

    /// Imports one record inside a savepoint (see `import_record`): when it fails, what it
    /// wrote is undone and the error handed back, while the import goes on.
    pub fn import_one(
        &self,
        rec: &ImportRecord,
        state: &mut ImportState,
        now: &str,
        today: NaiveDate,
    ) -> Result<Result<(Action, Option<MatchedBy>, ContactId)>> {
        // A new contact that no constraint can refuse is written without a savepoint, which
        // journals every page the record touches (a sixth of a large import). Only an I/O
        // error could still stop it, and that stops the whole import (nothing is written).
        if insert_cannot_fail(&rec.contact) && self.import_match(rec, state)?.is_none() {
            let id = self.import_add(rec, state, now, today)?;
            if let Some(uid) = &rec.uid {
                self.import_remember_uid(uid, id, state)?;
            }
            return Ok(Ok((Action::Added, None, id)));
        }
        let tags_before = state.tags.len();
        let result = self.attempt(|db| db.import_record(rec, state, now, today))?;
        match &result {
            Ok((Action::Added, _, id)) => {
                if let Some(uid) = &rec.uid {
                    self.import_remember_uid(uid, *id, state)?;
                }
            }
            Ok(_) => {}
            // Tags created by the failed record were rolled back with it.
            Err(_) if state.tags.len() != tags_before => state.tags.clear(),
            Err(_) => {}
        }
        Ok(result)
    }

    /// Remembers that this import added contact `id` with `uid`.
    fn import_remember_uid(&self, uid: &str, id: ContactId, state: &mut ImportState) -> Result<()> {
        match state.uids.entry(uid_hash(uid)) {
            Entry::Vacant(e) => {
                e.insert(id);
            }
            Entry::Occupied(e) => {
                if self.contact_uid(*e.get())?.as_deref() != Some(uid) {
                    state.collided.insert(uid.to_owned(), id);
                }
            }
        }
        Ok(())
    }

    /// The contact a record's UID names: one added earlier in this import, else (when the
    /// database held contacts before) one found through the UID index.
    fn import_uid_match(&self, uid: &str, state: &ImportState) -> Result<Option<ContactId>> {
        if let Some(id) = state.collided.get(uid) {
            return Ok(Some(*id));
        }
        if let Some(id) = state.uids.get(&uid_hash(uid)) {
            if self.contact_uid(*id)?.as_deref() == Some(uid) {
                return Ok(Some(*id));
            }
        }
        if state.max_id == 0 {
            return Ok(None);
        }
        self.contact_by_uid(uid)
    }

    /// A tag's id through the import's cache: a large import carries the same few tags
    /// on thousands of records.
    fn import_tag_id(&self, name: &str, state: &mut ImportState) -> Result<i64> {
        let folded = fold(name);
        if let Some(id) = state.tags.get(&folded) {
            return Ok(*id);
        }
        let id = self.tag_id(name)?;
        state.tags.insert(folded, id);
        Ok(id)
    }

    /// Adds a record as a new contact, or updates the contact it matches (by UID, else by
    /// email): empty fields are filled, new emails, phones, links, tags and notes added.
    /// Emails match only contacts that were there before the import (`state.max_id`): two
    /// people sharing an address in one file stay two contacts; a UID matches any contact.
    fn import_record(
        &self,
        rec: &ImportRecord,
        state: &mut ImportState,
        now: &str,
        today: NaiveDate,
    ) -> Result<(Action, Option<MatchedBy>, ContactId)> {
        let Some((id, by)) = self.import_match(rec, state)? else {
            let id = self.import_add(rec, state, now, today)?;
            return Ok((Action::Added, None, id));
        };
        self.import_update(rec, id, by, now, today)
    }

    /// The contact a record updates, if any (reads only).
    fn import_match(
        &self,
        rec: &ImportRecord,
        state: &ImportState,
    ) -> Result<Option<(ContactId, MatchedBy)>> {
        let mut found = None;
        if let Some(uid) = &rec.uid {
            found = self
                .import_uid_match(uid, state)?
                .map(|id| (id, MatchedBy::Uid));
        }
        if found.is_none() && state.max_id > 0 {
            for e in &rec.contact.emails {
                if let Some(id) = self.contact_by_email(&e.value, state.max_id)? {
                    found = Some((id, MatchedBy::Email));
                    break;
                }
            }
        }
        Ok(found)
    }

    /// A record as a new contact.
    fn import_add(
        &self,
        rec: &ImportRecord,
        state: &mut ImportState,
        now: &str,
        today: NaiveDate,
    ) -> Result<ContactId> {
        let id = self.insert_contact_untagged(&rec.contact, rec.uid.as_deref(), now)?;
        for t in &rec.contact.tags {
            let tag = self.import_tag_id(t, state)?;
            self.exec(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?1, ?2)",
                params![id, tag],
            )?;
        }
        for (date, body) in &rec.notes {
            self.add_note(id, date.unwrap_or(today), body, now)?;
        }
        Ok(id)
    }

    /// Fills the matched contact's empty fields and adds what it lacks.
    fn import_update(
        &self,
        rec: &ImportRecord,
        id: ContactId,
        by: MatchedBy,
        now: &str,
        today: NaiveDate,
    ) -> Result<(Action, Option<MatchedBy>, ContactId)> {
        let c = &rec.contact;
        let mut changed = 0;
        let fields: [(&str, Option<String>); 5] = [
            ("company", c.company.clone()),
            ("title", c.title.clone()),
            ("city", c.city.clone()),
            ("how_met", c.how_met.clone()),
            ("birthday", c.birthday.map(|b| b.to_string())),
        ];
        for (column, value) in fields {
            if let Some(v) = value {
                changed += self.conn.execute(
                    &format!(
                        "UPDATE contacts SET {column} = ?2 WHERE id = ?1 AND {column} IS NULL"
                    ),
                    params![id, v],
                )?;
            }
        }
        for (channel, values) in [
            (Channel::Email, &c.emails),
            (Channel::Phone, &c.phones),
            (Channel::Link, &c.links),
        ] {
            for v in values {
                let exists = match channel {
                    Channel::Email => self
                        .conn
                        .prepare_cached(
                            "SELECT 1 FROM contact_emails WHERE contact_id = ?1 AND value = ?2 COLLATE NOCASE",
                        )?
                        .exists(params![id, v.value])?,
                    _ => false,
                } || self.card_carries(id, channel, &v.value)?;
                if !exists && self.add_channel(id, channel, v)? {
                    changed += 1;
                }
            }
        }
        changed += self.add_tags(id, &c.tags)?.len();
        for (date, body) in &rec.notes {
            let known = self
                .conn
                .prepare_cached("SELECT 1 FROM notes WHERE contact_id = ?1 AND body = ?2")?
                .exists(params![id, body])?;
            if !known {
                self.add_note(id, date.unwrap_or(today), body, now)?;
                changed += 1;
            }
        }
        if changed > 0 {
            self.touch_contact(id, now)?;
            Ok((Action::Updated, Some(by), id))
        } else {
            Ok((Action::Unchanged, Some(by), id))
        }
    }

    /// Runs `f` inside a savepoint: when it fails, what it wrote is undone and the error
    /// handed back, while the enclosing transaction goes on (one bad record of an import).
    pub fn attempt<T>(&self, f: impl FnOnce(Db<'_>) -> Result<T>) -> Result<Result<T>> {
        // Cached: an import runs these once per record.
        self.exec("SAVEPOINT carnet_record", [])?;
        match f(*self) {
            Ok(v) => {
                self.exec("RELEASE carnet_record", [])?;
                Ok(Ok(v))
            }
            Err(StoreError::Busy) => Err(StoreError::Busy),
            Err(e) => {
                self.conn
                    .execute_batch("ROLLBACK TO carnet_record; RELEASE carnet_record")?;
                Ok(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::model::interop::{Action, ImportRecord, MatchedBy};
    use crate::model::{Labeled, NewContact};
    use crate::store::{test_store, Location, Store};

    use crate::store::testing::NOW;

    fn record(name: &str, uid: Option<&str>, email: Option<&str>, tag: &str) -> ImportRecord {
        ImportRecord {
            uid: uid.map(str::to_owned),
            contact: NewContact {
                name: name.into(),
                emails: email
                    .map(|e| Labeled::new(e.to_owned(), None))
                    .into_iter()
                    .collect(),
                tags: vec![tag.into()],
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn import(
        s: &mut Store,
        records: &[ImportRecord],
    ) -> Vec<Option<(Action, Option<MatchedBy>, i64)>> {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        s.write(|db| {
            let mut state = db.import_start()?;
            records
                .iter()
                .map(|r| Ok(db.import_one(r, &mut state, NOW, today)?.ok()))
                .collect::<crate::store::Result<Vec<_>>>()
        })
        .unwrap()
    }

    /// Into an empty database no lookup is made, yet a UID seen earlier in the same import
    /// still updates its contact, and a shared email still makes two contacts.
    #[test]
    fn an_import_into_an_empty_database_matches_uids_within_itself() {
        let (_d, mut s) = test_store();
        let r = import(
            &mut s,
            &[
                record("Frédéric Duval", Some("u-1"), Some("f@ex.fr"), "Vœux"),
                record("Zoë Tremblay", None, Some("F@EX.FR"), "voeux"),
                record("Frédéric Duval", Some("u-1"), Some("fred@ex.fr"), "Québec"),
            ],
        );
        let first = r[0].unwrap().2;
        assert_eq!(r[0].unwrap().0, Action::Added);
        assert_eq!(r[1].unwrap().0, Action::Added);
        assert_ne!(r[1].unwrap().2, first);
        assert_eq!(
            r[2].unwrap(),
            (Action::Updated, Some(MatchedBy::Uid), first)
        );
        let c = s.db().get_contact(first).unwrap();
        assert_eq!(c.emails.len(), 2);
        assert_eq!(c.tags, ["Québec", "Vœux"]);
        assert_eq!(s.db().contact_uid(first).unwrap().as_deref(), Some("u-1"));
        // Later imports find both by their UID and by email through the indexes.
        let r = import(
            &mut s,
            &[
                record("Frédéric Duval", Some("u-1"), None, "amis"),
                record("Zoé T.", None, Some("f@ex.fr"), "collègues"),
            ],
        );
        assert_eq!(
            r[0].unwrap(),
            (Action::Updated, Some(MatchedBy::Uid), first)
        );
        assert_eq!(
            r[1].unwrap(),
            (Action::Updated, Some(MatchedBy::Email), first)
        );
    }

    /// Into an empty database the lookup indexes are dropped and built again at the end,
    /// as they were; a failed import leaves them; a database with contacts keeps them.
    #[test]
    fn an_import_into_an_empty_database_builds_its_indexes_at_the_end() {
        let (_d, mut s) = test_store();
        let indexes = |db: crate::store::Db<'_>| -> Vec<(String, String)> {
            let mut stmt = db
                .conn
                .prepare(
                    "SELECT name, sql FROM sqlite_schema
                     WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
                )
                .unwrap();
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
            rows.map(Result::unwrap).collect()
        };
        let before = indexes(s.db());
        assert!(before.iter().any(|(n, _)| n == "contacts_uid"));
        s.write(|db| {
            let state = db.import_start()?;
            let deferred = db.import_defer_indexes(&state)?;
            assert_eq!(deferred.len(), super::DEFERRED_INDEXES.len());
            let during = indexes(db);
            assert!(!during.iter().any(|(n, _)| n == "contacts_uid"));
            assert!(during.iter().any(|(n, _)| n == "notes_contact"));
            db.import_finish(&deferred)
        })
        .unwrap();
        assert_eq!(indexes(s.db()), before);
        let failed: crate::store::Result<()> = s.write(|db| {
            let state = db.import_start()?;
            db.import_defer_indexes(&state)?;
            Err(crate::store::StoreError::Conflict("stop".into()))
        });
        assert!(failed.is_err());
        assert_eq!(indexes(s.db()), before);
        import(&mut s, &[record("Zoë", None, None, "amis")]);
        s.write(|db| {
            let state = db.import_start()?;
            assert!(db.import_defer_indexes(&state)?.is_empty());
            Ok::<_, crate::store::StoreError>(())
        })
        .unwrap();
    }

    /// A record that fails after creating a tag takes the tag with it; the next record
    /// with that tag must not use the rolled-back id.
    #[test]
    fn a_failed_record_does_not_leave_its_tags_in_the_cache() {
        let (_d, mut s) = test_store();
        s.db()
            .conn
            .execute_batch(
                "CREATE TEMP TRIGGER fail_note BEFORE INSERT ON notes WHEN NEW.body = 'boom'
                 BEGIN SELECT RAISE(ABORT, 'boom'); END;",
            )
            .unwrap();
        // An introducer is a reference the database checks: such a record gets a savepoint.
        let mut broken = record("Łukasz Nowak", Some("u-2"), None, "Nouveau");
        broken.contact.introduced_by = Some(1);
        broken.notes.push((None, "boom".into()));
        let r = import(
            &mut s,
            &[
                record("Zoë", None, None, "amis"),
                broken,
                record("安藤 Hiro", Some("u-2"), None, "nouveau"),
            ],
        );
        assert!(r[1].is_none());
        let (action, by, id) = r[2].unwrap();
        assert_eq!((action, by), (Action::Added, None));
        assert_eq!(s.db().get_contact(id).unwrap().tags, ["nouveau"]);
    }

    /// Records a constraint refuses are skipped, the others imported, with or without a
    /// savepoint of their own.
    #[test]
    fn records_the_database_refuses_are_skipped_alone() {
        let (_d, mut s) = test_store();
        let mut no_cadence = record("Frédéric Duval", Some("u-3"), None, "amis");
        no_cadence.contact.keep_in_touch_days = Some(0);
        let mut unknown_introducer = record("Zoë Tremblay", None, None, "amis");
        unknown_introducer.contact.introduced_by = Some(99);
        let r = import(
            &mut s,
            &[
                record("   ", None, None, "amis"),
                no_cadence,
                unknown_introducer,
                record("Frédéric Duval", Some("u-3"), None, "Québec"),
            ],
        );
        assert!(r[..3].iter().all(Option::is_none), "{r:?}");
        let (action, _, id) = r[3].unwrap();
        assert_eq!(action, Action::Added);
        let names: Vec<String> = s
            .db()
            .all_contact_names()
            .unwrap()
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Frédéric Duval"]);
        assert_eq!(s.db().get_contact(id).unwrap().tags, ["Québec"]);
        assert!(super::insert_cannot_fail(
            &record("Zoë", None, None, "a").contact
        ));
        assert!(!super::insert_cannot_fail(
            &record("  ", None, None, "a").contact
        ));
    }

    /// Import stays linear: each record's lookups go through an index, never a scan.
    #[test]
    fn lookups_use_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Location {
            path: dir.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        let plan = |sql: &str| -> String {
            let mut stmt = store
                .db()
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
        };
        let uid = plan("SELECT id FROM contacts WHERE uid = 'x'");
        assert!(uid.contains("contacts_uid"), "{uid}");
        let email = plan(
            "SELECT min(contact_id) FROM contact_emails WHERE value = 'a@b.c' COLLATE NOCASE AND contact_id <= 5",
        );
        assert!(email.contains("contact_emails_value"), "{email}");
    }
}
