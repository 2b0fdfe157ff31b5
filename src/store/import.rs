//! Importing the records read from files: each matched to a contact by one rule, the same
//! within the files and against the database — its UID, then an email (in any case), then a
//! phone number (in E.164), then the same folded full name with one more shared fact
//! (company, city or birthday); a record with only the name in common is added and reported
//! as a possible duplicate, never merged. Contacts already there are found through indexes,
//! those of this import through what it remembers (an import into an empty database has no
//! indexes until it ends). Then the record is added, or fills the gaps of the contact it
//! matched; inside a savepoint whenever the database could refuse it.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::channels::Channel;
use super::{quote, Db, Result, StoreError};
use crate::model::interop::{Action, ImportRecord, MatchedBy};
use crate::model::phone::{e164, Region};
use crate::model::text::fold;
use crate::model::{Birthday, ContactId, NewContact};

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
    /// The region phone numbers without a country code are read in.
    region: Option<Region>,
    /// The emails (lower case) of the contacts this import added or updated.
    emails: HashMap<String, ContactId>,
    /// The phones (E.164) of the contacts this import added or updated.
    phones: HashMap<String, ContactId>,
    /// The phones (E.164) of the contacts there before the import, read the first time a
    /// record needs them (no index holds phones in E.164).
    db_phones: Option<HashMap<String, ContactId>>,
    /// The contacts this import added, by folded name, with their facts.
    names: HashMap<String, Vec<(ContactId, Facts)>>,
    /// The contact of the same name the last record added may duplicate.
    possible: Option<ContactId>,
}

/// What, beside the name, can make sure two records are one person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    company: Option<String>,
    city: Option<String>,
    birthday: Option<Birthday>,
    /// Links (a profile page), lower case without a trailing slash.
    links: Vec<String>,
}

impl Facts {
    fn of(c: &NewContact) -> Facts {
        let mut f = Facts::new(c.company.as_deref(), c.city.as_deref(), c.birthday);
        f.links = c.links.iter().map(|l| link_key(&l.value)).collect();
        f
    }

    fn new(company: Option<&str>, city: Option<&str>, birthday: Option<Birthday>) -> Facts {
        let folded = |s: Option<&str>| s.map(fold).filter(|s| !s.is_empty());
        Facts {
            company: folded(company),
            city: folded(city),
            birthday,
            links: Vec::new(),
        }
    }

    /// Whether the two share a fact: the same company, the same city, or the same
    /// birthday (day and month, and the year when both have one).
    pub fn shares(&self, other: &Facts) -> bool {
        let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        let birthday = match (self.birthday, other.birthday) {
            (Some(a), Some(b)) => {
                a.month == b.month
                    && a.day == b.day
                    && (a.year.is_none() || b.year.is_none() || a.year == b.year)
            }
            _ => false,
        };
        let link = self.links.iter().any(|l| other.links.contains(l));
        same(&self.company, &other.company) || same(&self.city, &other.city) || birthday || link
    }
}

/// Whether two names with one email or phone number can be one person: once folded, each
/// word of the shorter name is a word of the other or a short form of it ("Marjorie" and
/// "Marjorie L.", "Fred D." and "Frédéric Duval"; one-letter words are left out).
pub fn names_agree(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_owned)
            .collect()
    };
    let wb = words(&b);
    // The same word, or a short form of it ("Fred", "Frédéric"; "Max", "Maxime").
    let agree = |x: &String, y: &String| {
        x == y
            || (x.chars().count() >= 3 && y.starts_with(x.as_str()))
            || (y.chars().count() >= 3 && x.starts_with(y.as_str()))
    };
    // Every word of the shorter name agrees with one of the other: a shared switchboard
    // number under "Frédéric Tremblay" and "Frédéric Gagnon" is two people.
    let wa = words(&a);
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    !short.is_empty() && short.iter().all(|x| long.iter().any(|y| agree(x, y)))
}

/// A link as compared: lower case, without `https://`, `www.` or a trailing slash.
fn link_key(link: &str) -> String {
    let l = link.trim().to_lowercase();
    let l = l
        .strip_prefix("https://")
        .or_else(|| l.strip_prefix("http://"))
        .unwrap_or(&l);
    let l = l.strip_prefix("www.").unwrap_or(l);
    l.trim_end_matches('/').to_owned()
}

/// What the rule found for a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Is(ContactId, MatchedBy),
    /// Only the name in common with this contact: a new contact, reported.
    Maybe(ContactId),
    None,
}

impl Db<'_> {
    /// Starts an import: what it needs to know of the database as it is now.
    /// `region`: the one phone numbers without a country code are read in.
    pub fn import_start(&self, region: Option<Region>) -> Result<ImportState> {
        Ok(ImportState {
            max_id: self.max_contact_id()?,
            uids: HashMap::new(),
            collided: HashMap::new(),
            tags: HashMap::new(),
            region,
            emails: HashMap::new(),
            phones: HashMap::new(),
            db_phones: None,
            names: HashMap::new(),
            possible: None,
        })
    }

    /// The contact of the same name the last record `import_one` added may duplicate.
    pub fn import_possible_duplicate(state: &ImportState) -> Option<ContactId> {
        state.possible
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
        state.possible = None;
        let found = self.import_match(rec, state)?;
        if insert_cannot_fail(&rec.contact) && !matches!(found, Match::Is(..)) {
            let id = self.import_add(rec, state, now, today)?;
            if let Some(uid) = &rec.uid {
                self.import_remember_uid(uid, id, state)?;
            }
            self.import_remember(rec, id, true, state);
            if let Match::Maybe(of) = found {
                state.possible = Some(of);
            }
            return Ok(Ok((Action::Added, None, id)));
        }
        let tags_before = state.tags.len();
        let result = self.attempt(|db| db.import_record(rec, found, state, now, today))?;
        match &result {
            Ok((Action::Added, _, id)) => {
                if let Some(uid) = &rec.uid {
                    self.import_remember_uid(uid, *id, state)?;
                }
                self.import_remember(rec, *id, true, state);
                if let Match::Maybe(of) = found {
                    state.possible = Some(of);
                }
            }
            Ok((_, _, id)) => self.import_remember(rec, *id, false, state),
            // Tags created by the failed record were rolled back with it.
            Err(_) if state.tags.len() != tags_before => state.tags.clear(),
            Err(_) => {}
        }
        Ok(result)
    }

    /// Remembers the emails and phones of a record imported as contact `id` (and its name
    /// and facts when it was `added`), for the records further down the files.
    fn import_remember(
        &self,
        rec: &ImportRecord,
        id: ContactId,
        added: bool,
        state: &mut ImportState,
    ) {
        for e in &rec.contact.emails {
            state.emails.entry(e.value.to_lowercase()).or_insert(id);
        }
        for p in &rec.contact.phones {
            if let Some(key) = e164(&p.value, state.region) {
                state.phones.entry(key).or_insert(id);
            }
        }
        if added {
            state
                .names
                .entry(fold(&rec.contact.name))
                .or_default()
                .push((id, Facts::of(&rec.contact)));
        }
    }

    /// The phones (E.164) of the contacts there before the import: contact `id` for each.
    fn import_db_phones(
        &self,
        max_id: ContactId,
        region: Option<Region>,
    ) -> Result<HashMap<String, ContactId>> {
        let mut stmt = self.conn.prepare(
            "SELECT contact_id, value FROM contact_phones WHERE contact_id <= ?1 ORDER BY contact_id",
        )?;
        let mut rows = stmt.query([max_id])?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            let id: ContactId = r.get(0)?;
            let value: String = r.get(1)?;
            if let Some(key) = e164(&value, region) {
                out.entry(key).or_insert(id);
            }
        }
        Ok(out)
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

    /// Adds a record as a new contact, or updates the contact it matched (`found`, by
    /// `import_match`): empty fields are filled, new emails, phones, links, tags and notes
    /// added.
    fn import_record(
        &self,
        rec: &ImportRecord,
        found: Match,
        state: &mut ImportState,
        now: &str,
        today: NaiveDate,
    ) -> Result<(Action, Option<MatchedBy>, ContactId)> {
        let Match::Is(id, by) = found else {
            let id = self.import_add(rec, state, now, today)?;
            return Ok((Action::Added, None, id));
        };
        self.import_update(rec, id, by, now, today)
    }

    /// The contact a record updates, if any, by the one rule: UID, email, phone, name and
    /// a shared fact (reads only; the phones of the database are read once, on first need).
    fn import_match(&self, rec: &ImportRecord, state: &mut ImportState) -> Result<Match> {
        let c = &rec.contact;
        if let Some(uid) = &rec.uid {
            if let Some(id) = self.import_uid_match(uid, state)? {
                return Ok(Match::Is(id, MatchedBy::Uid));
            }
        }
        // An email or a phone shared under another name (a team's address, a switchboard,
        // a family's line) is not enough: the names must have a word in common.
        let mut shared = None;
        for e in &c.emails {
            let mut found = state.emails.get(&e.value.to_lowercase()).copied();
            if found.is_none() && state.max_id > 0 {
                found = self.contact_by_email(&e.value, state.max_id)?;
            }
            if let Some(id) = found {
                if names_agree(&self.contact_name(id)?, &c.name) {
                    return Ok(Match::Is(id, MatchedBy::Email));
                }
                shared.get_or_insert(id);
            }
        }
        if !c.phones.is_empty() {
            let keys: Vec<String> = c
                .phones
                .iter()
                .filter_map(|p| e164(&p.value, state.region))
                .collect();
            if !keys.is_empty() && state.max_id > 0 && state.db_phones.is_none() {
                state.db_phones = Some(self.import_db_phones(state.max_id, state.region)?);
            }
            for key in &keys {
                let found = state
                    .phones
                    .get(key)
                    .or_else(|| state.db_phones.as_ref().and_then(|m| m.get(key)));
                if let Some(&id) = found {
                    if names_agree(&self.contact_name(id)?, &c.name) {
                        return Ok(Match::Is(id, MatchedBy::Phone));
                    }
                    shared.get_or_insert(id);
                }
            }
        }
        if let Some(id) = shared {
            return Ok(Match::Maybe(id));
        }
        let name = fold(&c.name);
        let facts = Facts::of(c);
        let mut same_name: Vec<(ContactId, bool)> = state
            .names
            .get(&name)
            .into_iter()
            .flatten()
            .map(|(id, f)| (*id, f.shares(&facts)))
            .collect();
        if state.max_id > 0 {
            for (id, other) in self.import_named(&name, state.max_id)? {
                same_name.push((id, other.shares(&facts)));
            }
        }
        let sharing: Vec<ContactId> = same_name
            .iter()
            .filter(|(_, s)| *s)
            .map(|(id, _)| *id)
            .collect();
        Ok(match (sharing.as_slice(), same_name.first()) {
            ([id], _) => Match::Is(*id, MatchedBy::Name),
            // Several of that name share a fact with it: which one is not sure.
            ([first, ..], _) => Match::Maybe(*first),
            ([], Some((id, _))) => Match::Maybe(*id),
            ([], None) => Match::None,
        })
    }

    /// A contact's name.
    fn contact_name(&self, id: ContactId) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM contacts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// The contacts up to `max_id` whose folded name is `folded`, with their facts.
    fn import_named(&self, folded: &str, max_id: ContactId) -> Result<Vec<(ContactId, Facts)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, company, city, birthday FROM contacts
             WHERE name_folded = ?1 AND id <= ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![folded, max_id], |r| {
            let company: Option<String> = r.get(1)?;
            let city: Option<String> = r.get(2)?;
            let birthday: Option<String> = r.get(3)?;
            Ok((
                r.get(0)?,
                Facts::new(
                    company.as_deref(),
                    city.as_deref(),
                    birthday.as_deref().and_then(Birthday::parse),
                ),
            ))
        })?;
        let mut found: Vec<(ContactId, Facts)> = rows.collect::<rusqlite::Result<_>>()?;
        let mut links = self
            .conn
            .prepare_cached("SELECT value FROM contact_links WHERE contact_id = ?1")?;
        for (id, facts) in &mut found {
            let rows = links.query_map([*id], |r| r.get::<_, String>(0))?;
            for l in rows {
                facts.links.push(link_key(&l?));
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
        for a in &c.postal {
            if self.add_address(id, a)? {
                changed += 1;
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
            let mut state = db.import_start(None)?;
            records
                .iter()
                .map(|r| Ok(db.import_one(r, &mut state, NOW, today)?.ok()))
                .collect::<crate::store::Result<Vec<_>>>()
        })
        .unwrap()
    }

    /// Into an empty database no index is there, yet a UID or an email (in another case)
    /// seen earlier in the same import still finds its contact; later imports find them
    /// through the indexes.
    #[test]
    fn an_import_into_an_empty_database_matches_within_itself() {
        let (_d, mut s) = test_store();
        let r = import(
            &mut s,
            &[
                record("Frédéric Duval", Some("u-1"), Some("f@ex.fr"), "Vœux"),
                record("Fred Duval", None, Some("F@EX.FR"), "voeux"),
                record("Frédéric Duval", Some("u-1"), Some("fred@ex.fr"), "Québec"),
                record("Zoë Tremblay", None, Some("zoe@ex.ca"), "amis"),
            ],
        );
        let first = r[0].unwrap().2;
        assert_eq!(r[0].unwrap().0, Action::Added);
        assert_eq!(
            r[1].unwrap(),
            (Action::Unchanged, Some(MatchedBy::Email), first)
        );
        assert_eq!(
            r[2].unwrap(),
            (Action::Updated, Some(MatchedBy::Uid), first)
        );
        assert_eq!(r[3].unwrap().0, Action::Added);
        // Another's name on the same address: not merged (reported by `import_one`).
        let r = import(
            &mut s,
            &[record("Zoë Tremblay", None, Some("f@ex.fr"), "x")],
        );
        assert_eq!(r[0].unwrap().0, Action::Added);
        let c = s.db().get_contact(first).unwrap();
        assert_eq!(c.emails.len(), 2);
        assert_eq!(c.tags, ["Québec", "Vœux"]);
        assert_eq!(s.db().contact_uid(first).unwrap().as_deref(), Some("u-1"));
        let r = import(
            &mut s,
            &[
                record("Frédéric Duval", Some("u-1"), None, "amis"),
                record("Fred D.", None, Some("FRED@ex.fr"), "collègues"),
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

    fn with_phone(name: &str, phone: &str) -> ImportRecord {
        let mut r = record(name, None, None, "amis");
        r.contact.phones.push(Labeled::new(phone.to_owned(), None));
        r
    }

    fn import_in(
        s: &mut Store,
        region: &str,
        records: &[ImportRecord],
    ) -> Vec<(Action, Option<MatchedBy>, i64, Option<i64>)> {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        s.write(|db| {
            let mut state = db.import_start(crate::model::phone::Region::parse(region))?;
            let mut out = Vec::new();
            for r in records {
                let (a, by, id) = db.import_one(r, &mut state, NOW, today)?.unwrap();
                out.push((
                    a,
                    by,
                    id,
                    crate::store::Db::import_possible_duplicate(&state),
                ));
            }
            Ok::<_, crate::store::StoreError>(out)
        })
        .unwrap()
    }

    /// A card without UID or email is found by its phone number however it is written,
    /// in the file and in the database.
    #[test]
    fn a_phone_number_in_another_form_finds_its_contact() {
        let (_d, mut s) = test_store();
        let r = import_in(
            &mut s,
            "CA",
            &[
                with_phone("Marjorie", "+1 (514) 555-0100"),
                with_phone("Marjorie L.", "514.555.0100"),
                with_phone("Chana", "438 555 0199"),
            ],
        );
        assert_eq!(r[0].0, Action::Added);
        assert_eq!((r[1].1, r[1].2), (Some(MatchedBy::Phone), r[0].2));
        assert_eq!(r[2].0, Action::Added);
        let again = import_in(&mut s, "CA", &[with_phone("Chana", "+14385550199")]);
        assert_eq!((again[0].1, again[0].2), (Some(MatchedBy::Phone), r[2].2));
        // The same number under another name (a switchboard): added, reported.
        let other = import_in(&mut s, "CA", &[with_phone("Atelier Roy", "514 555 0100")]);
        assert_eq!((other[0].0, other[0].3), (Action::Added, Some(r[0].2)));
        // Without a region a number without its country code cannot be compared.
        let none = import_in(&mut s, "", &[with_phone("Chana B.", "438 555 0199")]);
        assert_eq!(none[0].0, Action::Added);
    }

    /// The same folded name and one more fact is one person; the name alone is reported
    /// as a possible duplicate and added.
    #[test]
    fn a_name_needs_one_more_fact() {
        let (_d, mut s) = test_store();
        let mut a = record("Frédéric Duval", None, None, "amis");
        a.contact.company = Some("Atelier Roy".into());
        let mut b = record("FREDERIC DUVAL", None, None, "amis");
        b.contact.company = Some("atelier roy".into());
        let mut c = record("Frederic Duval", None, None, "amis");
        c.contact.city = Some("Québec".into());
        let r = import_in(&mut s, "FR", &[a, b, c.clone()]);
        assert_eq!(r[0].0, Action::Added);
        assert_eq!(
            (r[1].1, r[1].2, r[1].3),
            (Some(MatchedBy::Name), r[0].2, None)
        );
        assert_eq!((r[2].0, r[2].3), (Action::Added, Some(r[0].2)));
        assert_ne!(r[2].2, r[0].2);
        // Against the database: the city now tells which Frédéric it is.
        let again = import_in(&mut s, "FR", &[c]);
        assert_eq!(
            (again[0].1, again[0].2, again[0].3),
            (Some(MatchedBy::Name), r[2].2, None)
        );
        // Two of that name share the fact: not sure which, so added and reported.
        let mut d = record("Frédéric Duval", None, None, "amis");
        d.contact.company = Some("Atelier Roy".into());
        d.contact.city = Some("Québec".into());
        let r2 = import_in(&mut s, "FR", &[d]);
        assert_eq!((r2[0].0, r2[0].3), (Action::Added, Some(r[0].2)));
    }

    #[test]
    fn names_of_one_number() {
        use super::names_agree;
        assert!(names_agree("Marjorie", "Marjorie L."));
        assert!(names_agree("Frédéric Duval", "FREDERIC"));
        assert!(!names_agree("Test X-Mobil", "Mäx Mustermann"));
        assert!(
            !names_agree("A B", "A C"),
            "one-letter words are not enough"
        );
        assert!(!names_agree("Jo Li", "Li Wei"));
        assert!(!names_agree("Frédéric Tremblay", "Frédéric Gagnon"));
        assert!(names_agree("Duval", "Frédéric Duval"));
        assert!(!names_agree("", "Frédéric Duval"));
        assert!(names_agree("Fred D.", "Frédéric Duval"));
        assert!(names_agree("Frédéric Duval", "Fred D."));
        assert!(
            !names_agree("Fr D.", "Frédéric Duval"),
            "two letters are not a short form"
        );
        assert!(!names_agree("Max", "Amax"));
    }

    #[test]
    fn links_compare_without_scheme_case_or_slash() {
        assert_eq!(
            super::link_key("https://www.LinkedIn.com/in/fduval/"),
            "linkedin.com/in/fduval"
        );
        assert_eq!(
            super::link_key("http://linkedin.com/in/fduval"),
            "linkedin.com/in/fduval"
        );
        assert_eq!(super::link_key(" linkedin.com/in/x "), "linkedin.com/in/x");
    }

    #[test]
    fn facts_in_common() {
        use super::Facts;
        use crate::model::Birthday;
        let f = |co: Option<&str>, city: Option<&str>, b: Option<&str>| {
            Facts::new(co, city, b.and_then(Birthday::parse))
        };
        assert!(f(Some("Roy"), None, None).shares(&f(Some("roy"), Some("Paris"), None)));
        assert!(!f(Some("Roy"), None, None).shares(&f(Some("Roy et fils"), None, None)));
        assert!(f(None, Some("Montréal"), None).shares(&f(None, Some("montreal"), None)));
        assert!(!f(None, None, None).shares(&f(None, None, None)));
        assert!(f(None, None, Some("1980-03-04")).shares(&f(None, None, Some("--03-04"))));
        assert!(f(None, None, Some("--03-04")).shares(&f(None, None, Some("1980-03-04"))));
        assert!(!f(None, None, Some("1980-03-04")).shares(&f(None, None, Some("1981-03-04"))));
        assert!(!f(None, None, Some("1980-03-04")).shares(&f(None, None, Some("1980-04-04"))));
        assert!(!f(None, None, Some("1980-03-04")).shares(&f(None, None, Some("1980-03-05"))));
        assert!(!f(Some(""), Some(""), None).shares(&f(Some(""), Some(""), None)));
        let mut a = f(None, None, None);
        let mut b = f(None, None, None);
        a.links = vec!["x.example/in/a".into(), "y".into()];
        b.links = vec!["x.example/in/b".into()];
        assert!(!a.shares(&b));
        b.links.push("y".into());
        assert!(a.shares(&b));
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
            let state = db.import_start(None)?;
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
            let state = db.import_start(None)?;
            db.import_defer_indexes(&state)?;
            Err(crate::store::StoreError::Conflict("stop".into()))
        });
        assert!(failed.is_err());
        assert_eq!(indexes(s.db()), before);
        import(&mut s, &[record("Zoë", None, None, "amis")]);
        s.write(|db| {
            let state = db.import_start(None)?;
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
