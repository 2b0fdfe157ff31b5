//! Import, export and merge: matching imported records to contacts (by UID, then email,
//! both through indexes), the whole database as rows for the JSON export and its restore,
//! and merging two contacts by moving every row that points at one to the other.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params, params_from_iter, OptionalExtension};
use serde_json::Value;

use super::{Channel, Db, Result, StoreError};
use crate::model::dump::{Dump, Row, FORMAT, FORMAT_VERSION};
use crate::model::interop::{
    Action, CalendarEvent, CalendarTodo, ExportContact, ImportRecord, MatchedBy,
};
use crate::model::text::fold;
use crate::model::{ContactFilter, ContactId, NewContact};

/// From this many contacts on, an export reads each table in one pass rather than each
/// contact's rows through the indexes.
const BULK_EXPORT: usize = 1_000;

/// Indexes an import into an empty database builds at the end (see
/// `Db::import_defer_indexes`).
const DEFERRED_INDEXES: [&str; 8] = [
    "contacts_uid",
    "contacts_name_folded",
    "contacts_created",
    "contacts_updated",
    "contacts_birthday_md",
    "contact_words_contact",
    "contact_emails_value",
    "contact_tags_tag",
];

/// Tables derived from others, rebuilt rather than moved when contacts merge.
const DERIVED: [&str; 1] = ["contact_words"];

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// Whether inserting `c` as a new contact passes every constraint of the contacts table
/// (the rows that go with it are inserted OR IGNORE, or cannot break one): a name with
/// more than spaces (SQLite's trim), a positive cadence, and no introducer (a reference).
fn insert_cannot_fail(c: &NewContact) -> bool {
    c.name.chars().any(|ch| ch != ' ')
        && c.keep_in_touch_days.map_or(true, |d| d > 0)
        && c.introduced_by.is_none()
}

/// What an import keeps between records, so that most need no lookup at all.
pub struct ImportState {
    /// The highest contact id before the import; 0 when there was none, and then no
    /// record can match an earlier contact.
    max_id: ContactId,
    /// The UIDs of the contacts this import added.
    uids: HashMap<String, ContactId>,
    /// Tag ids by folded name.
    tags: HashMap<String, i64>,
}

impl Db<'_> {
    /// The highest contact id now: records of one import only match contacts up to it by
    /// email, so two people sharing an address in one file stay two contacts.
    pub fn max_contact_id(&self) -> Result<ContactId> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM contacts", [], |r| {
                r.get(0)
            })?)
    }

    pub fn contact_by_uid(&self, uid: &str) -> Result<Option<ContactId>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM contacts WHERE uid = ?1")?
            .query_row([uid], |r| r.get(0))
            .optional()?)
    }

    pub fn contact_uid(&self, id: ContactId) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT uid FROM contacts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// The lowest-id contact (up to `max_id`) with this email, through the email index.
    pub fn contact_by_email(&self, email: &str, max_id: ContactId) -> Result<Option<ContactId>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT min(contact_id) FROM contact_emails
                 WHERE value = ?1 COLLATE NOCASE AND contact_id <= ?2",
            )?
            .query_row(params![email, max_id], |r| r.get(0))?)
    }

    /// Starts an import: what it needs to know of the database as it is now.
    pub fn import_start(&self) -> Result<ImportState> {
        Ok(ImportState {
            max_id: self.max_contact_id()?,
            uids: HashMap::new(),
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
                state.uids.insert(uid.clone(), id);
            }
            return Ok(Ok((Action::Added, None, id)));
        }
        let tags_before = state.tags.len();
        let result = self.attempt(|db| db.import_record(rec, state, now, today))?;
        match &result {
            Ok((Action::Added, _, id)) => {
                if let Some(uid) = &rec.uid {
                    state.uids.insert(uid.clone(), *id);
                }
            }
            Ok(_) => {}
            // Tags created by the failed record were rolled back with it.
            Err(_) if state.tags.len() != tags_before => state.tags.clear(),
            Err(_) => {}
        }
        Ok(result)
    }

    /// The contact a record's UID names: one added earlier in this import, else (when the
    /// database held contacts before) one found through the UID index.
    fn import_uid_match(&self, uid: &str, state: &ImportState) -> Result<Option<ContactId>> {
        if let Some(id) = state.uids.get(uid) {
            return Ok(Some(*id));
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
                };
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

    /// Every contact (archived too) with the given tags and in the given project, complete,
    /// with its UID.
    pub fn export_contacts(
        &self,
        tags: &[String],
        project: Option<crate::model::project::ProjectId>,
    ) -> Result<Vec<ExportContact>> {
        let filter = ContactFilter {
            tags: tags.to_vec(),
            project,
            include_archived: true,
            ..Default::default()
        };
        // One read transaction for the whole export: statement by statement, each of the
        // ~8 reads per contact took and released the file lock (half of the time went to
        // those system calls on 100,000 contacts). A savepoint also nests in a transaction.
        // And the file is read through a memory map meanwhile: the whole database is read
        // in no particular order, which through the 2 MB page cache meant 700,000 reads.
        self.conn
            .execute_batch("PRAGMA mmap_size = 1073741824; SAVEPOINT carnet_export")?;
        let read = || -> Result<Vec<ExportContact>> {
            let ids = self.listed_ids(&filter)?;
            let uid = |id: ContactId, uid: Option<String>| {
                uid.unwrap_or_else(|| format!("carnet-contact-{id}"))
            };
            if ids.len() >= BULK_EXPORT {
                return Ok(self
                    .complete_contacts(&ids)?
                    .into_iter()
                    .map(|(contact, u)| ExportContact {
                        uid: uid(contact.id, u),
                        contact,
                    })
                    .collect());
            }
            let mut out = Vec::new();
            for id in ids {
                let contact = self.get_contact(id)?;
                out.push(ExportContact {
                    uid: uid(id, self.contact_uid(id)?),
                    contact,
                });
            }
            Ok(out)
        };
        let out = read();
        self.conn
            .execute_batch("RELEASE carnet_export; PRAGMA mmap_size = 0")?;
        out
    }

    /// Every event, oldest first.
    pub fn calendar_events(&self) -> Result<Vec<CalendarEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, date, venue, kind, note, updated_at FROM events ORDER BY date, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CalendarEvent {
                id: r.get(0)?,
                name: r.get(1)?,
                date: r.get(2)?,
                venue: r.get(3)?,
                kind: r.get(4)?,
                note: r.get(5)?,
                updated_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open follow-ups for the calendar, soonest first. The `followups` table comes with
    /// the follow-ups part of carnet (schema 3); without it there are none.
    pub fn calendar_todos(&self) -> Result<Vec<CalendarTodo>> {
        let exists = self
            .conn
            .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'followups'")?
            .exists([])?;
        if !exists {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT f.id, coalesce(c.name, e.name, ''), f.due, f.what, f.every, f.updated_at
             FROM followups f
             LEFT JOIN contacts c ON c.id = f.contact_id
             LEFT JOIN events e ON e.id = f.event_id
             WHERE f.done_on IS NULL ORDER BY f.due, f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let due: String = r.get(2)?;
            let every: Option<String> = r.get(4)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                due,
                r.get::<_, Option<String>>(3)?,
                every,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, about, due, what, every, updated_at) = row?;
            let Some(due) = due
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            else {
                continue;
            };
            out.push(CalendarTodo {
                id,
                contact_name: about,
                due,
                what,
                every,
                done: false,
                updated_at,
            });
        }
        Ok(out)
    }

    /// The ordinary tables of the database: not SQLite's own, not virtual tables (full-text
    /// indexes) nor their shadow tables, which are rebuilt from the others.
    pub fn data_tables(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
               AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn columns(&self, table: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows = stmt.query_map([table], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The whole database as rows, every table in a stable order.
    pub fn dump(&self, schema_version: i64) -> Result<Dump> {
        let mut tables = BTreeMap::new();
        for t in self.data_tables()? {
            let cols = self.columns(&t)?;
            let order: Vec<String> = (1..=cols.len()).map(|i| i.to_string()).collect();
            let mut stmt = self.conn.prepare(&format!(
                "SELECT * FROM {} ORDER BY {}",
                quote(&t),
                order.join(", ")
            ))?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let mut row = Row::new();
                for (i, c) in cols.iter().enumerate() {
                    let v = match r.get_ref(i)? {
                        ValueRef::Null => Value::Null,
                        ValueRef::Integer(n) => Value::from(n),
                        ValueRef::Real(f) => Value::from(f),
                        ValueRef::Text(s) => Value::from(String::from_utf8_lossy(s).into_owned()),
                        ValueRef::Blob(b) => {
                            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
                            serde_json::json!({ "hex": hex })
                        }
                    };
                    row.insert(c.clone(), v);
                }
                out.push(row);
            }
            tables.insert(t, out);
        }
        Ok(Dump {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            schema_version,
            tables,
        })
    }

    /// Whether every data table is empty.
    pub fn is_empty(&self) -> Result<bool> {
        for t in self.data_tables()? {
            let any = self
                .conn
                .prepare(&format!("SELECT 1 FROM {} LIMIT 1", quote(&t)))?
                .exists([])?;
            if any {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Tables ordered parents first (by their foreign keys), so that triggers fired by a
    /// restored row see the rows it refers to; ties and cycles in name order.
    fn tables_parents_first(&self, tables: &[String]) -> Result<Vec<String>> {
        let mut deps: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for t in tables {
            let mut stmt = self
                .conn
                .prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)")?;
            let parents: Vec<String> = stmt
                .query_map([t], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            deps.insert(
                t.clone(),
                parents
                    .into_iter()
                    .filter(|p| p != t && tables.contains(p))
                    .collect(),
            );
        }
        let mut order: Vec<String> = Vec::new();
        while order.len() < tables.len() {
            let ready = deps
                .iter()
                .find(|(t, ps)| !order.contains(t) && ps.iter().all(|p| order.contains(p)))
                .map(|(t, _)| t.clone());
            match ready {
                Some(t) => order.push(t),
                None => {
                    // A cycle: take the rest in name order (foreign keys are deferred).
                    for t in deps.keys() {
                        if !order.contains(t) {
                            order.push(t.clone());
                        }
                    }
                }
            }
        }
        Ok(order)
    }

    /// Restores a dump into an empty database, row for row. Returns the rows written.
    /// A dump of the current schema is checked after the writes: if a trigger rewrote a
    /// restored value, the restore fails (and the transaction with it) rather than be lossy.
    pub fn restore(&self, dump: &Dump) -> Result<usize> {
        self.conn.pragma_update(None, "defer_foreign_keys", "ON")?;
        let known = self.data_tables()?;
        for table in dump.tables.keys() {
            if !known.contains(table) {
                return Err(StoreError::Conflict(format!(
                    "the export has a table '{table}' this database does not have"
                )));
            }
        }
        let names: Vec<String> = dump.tables.keys().cloned().collect();
        let mut n = 0;
        for table in self.tables_parents_first(&names)? {
            let Some(rows) = dump.tables.get(&table) else {
                continue;
            };
            let table = &table;
            let cols = self.columns(table)?;
            for row in rows {
                let mut names = Vec::new();
                let mut values = Vec::new();
                for (k, v) in row {
                    if !cols.contains(k) {
                        return Err(StoreError::Conflict(format!(
                            "the export has a column '{k}' in table '{table}' this database does not have"
                        )));
                    }
                    names.push(quote(k));
                    values.push(json_to_sql(v).ok_or_else(|| {
                        StoreError::Conflict(format!(
                            "unsupported value {v} in column '{k}' of table '{table}'"
                        ))
                    })?);
                }
                let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
                self.conn
                    .prepare_cached(&format!(
                        "INSERT INTO {} ({}) VALUES ({})",
                        quote(table),
                        names.join(", "),
                        marks.join(", ")
                    ))?
                    .execute(params_from_iter(values))?;
                n += 1;
            }
        }
        if dump.schema_version == super::SCHEMA_VERSION {
            let now = self.dump(dump.schema_version)?;
            for (table, rows) in &dump.tables {
                if now.tables.get(table) != Some(rows) {
                    return Err(StoreError::Conflict(format!(
                        "restoring table '{table}' did not give back the exported rows"
                    )));
                }
            }
        }
        Ok(n)
    }

    /// Merges OTHER into KEEP: every row of any table that points at OTHER is moved to KEEP
    /// (a row KEEP already has, such as the same email, is dropped), KEEP's empty fields are
    /// filled from OTHER, and OTHER is deleted. Tables added later are covered as long as
    /// they reference `contacts(id)` with a foreign key. Returns the rows moved per table.
    pub fn merge_contacts(
        &self,
        keep: ContactId,
        other: ContactId,
        now: &str,
    ) -> Result<Vec<(String, usize)>> {
        if keep == other {
            return Err(StoreError::Conflict(
                "cannot merge a contact with itself".to_owned(),
            ));
        }
        for id in [keep, other] {
            if !self.contact_exists(id)? {
                return Err(StoreError::NotFound {
                    what: "contact",
                    id,
                });
            }
        }
        self.conn.execute(
            "UPDATE contacts SET
                company = coalesce(contacts.company, o.company),
                title = coalesce(contacts.title, o.title),
                city = coalesce(contacts.city, o.city),
                how_met = coalesce(contacts.how_met, o.how_met),
                birthday = coalesce(contacts.birthday, o.birthday),
                keep_in_touch_days = coalesce(contacts.keep_in_touch_days, o.keep_in_touch_days),
                introduced_by = coalesce(contacts.introduced_by, nullif(o.introduced_by, ?1))
             FROM (SELECT * FROM contacts WHERE id = ?2) AS o
             WHERE contacts.id = ?1",
            params![keep, other],
        )?;
        let mut refs: Vec<(String, String)> = Vec::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT m.name, p.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) p
                 WHERE m.type = 'table' AND p.\"table\" = 'contacts' ORDER BY m.name, p.\"from\"",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            for r in rows {
                refs.push(r?);
            }
        }
        let mut moved = Vec::new();
        for (table, column) in refs {
            if DERIVED.contains(&table.as_str()) {
                continue;
            }
            let n = if table == "contacts" {
                self.conn.execute(
                    &format!(
                        "UPDATE contacts SET {c} = CASE WHEN id = ?1 THEN NULL ELSE ?1 END WHERE {c} = ?2",
                        c = quote(&column)
                    ),
                    params![keep, other],
                )?
            } else {
                self.conn.execute(
                    &format!(
                        "UPDATE OR IGNORE {t} SET {c} = ?1 WHERE {c} = ?2",
                        t = quote(&table),
                        c = quote(&column)
                    ),
                    params![keep, other],
                )?
            };
            if n > 0 {
                moved.push((table, n));
            }
        }
        self.delete_contact(other)?;
        self.touch_contact(keep, now)?;
        Ok(moved)
    }
}

impl Db<'_> {
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

fn json_to_sql(v: &Value) -> Option<SqlValue> {
    Some(match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64()?),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Object(o) => {
            let hex = o.get("hex")?.as_str()?;
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| {
                    hex.get(i..i + 2)
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                })
                .collect();
            SqlValue::Blob(bytes?)
        }
        Value::Array(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::model::interop::{Action, ImportRecord, MatchedBy};
    use crate::model::{Labeled, NewContact};
    use crate::store::{test_store, Location, Store};

    const NOW: &str = "2026-11-22T09:00:00Z";

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
