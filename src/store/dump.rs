//! The whole database as rows (`model::dump::Dump`) for the JSON export, and their
//! restore into an empty database, row for row.

use std::collections::BTreeMap;

use rusqlite::params_from_iter;
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::{quote, Db, Result, StoreError};
use crate::model::dump::{Dump, Row, FORMAT, FORMAT_VERSION};

impl Db<'_> {
    /// The ordinary tables of the database: not SQLite's own, not virtual tables (full-text
    /// indexes) nor their shadow tables, which are rebuilt from the others, nor the
    /// operation log (`undo`), which is about this file's past rather than its data.
    pub fn data_tables(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
               AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut tables: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
        tables.retain(|t| !super::HISTORY_TABLES.contains(&t.as_str()));
        Ok(tables)
    }

    fn columns(&self, table: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows = stmt.query_map([table], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The whole database as rows, every table in a stable order (all in memory: for the
    /// check after a restore; an export writes `dump_stream`).
    pub fn dump(&self, schema_version: i64) -> Result<Dump> {
        let mut tables = BTreeMap::new();
        for t in self.data_tables()? {
            let mut out = Vec::new();
            self.table_rows(&t, |cols, r| {
                let mut row = Row::new();
                for (i, c) in cols.iter().enumerate() {
                    row.insert(c.clone(), json_value(r.get_ref(i)?));
                }
                out.push(row);
                Ok(())
            })?;
            tables.insert(t, out);
        }
        Ok(Dump {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            schema_version,
            tables,
        })
    }

    /// The rows of `table` in a stable order (every column, in turn), each handed to `each`
    /// with the column names.
    fn table_rows(
        &self,
        table: &str,
        mut each: impl FnMut(&[String], &rusqlite::Row<'_>) -> rusqlite::Result<()>,
    ) -> Result<()> {
        let cols = self.columns(table)?;
        let order: Vec<String> = (1..=cols.len()).map(|i| i.to_string()).collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT * FROM {} ORDER BY {}",
            quote(table),
            order.join(", ")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(&cols, r)?;
        }
        Ok(())
    }

    /// The whole database as `dump` gives it, to serialise row by row as it is read: an
    /// export never holds the database in memory. Serialised, it is the same JSON as the
    /// `Dump` (keys in the same order).
    pub fn dump_stream(&self, schema_version: i64) -> Result<DumpStream<'_>> {
        let tables = self.data_tables()?;
        Ok(DumpStream {
            db: *self,
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
}

/// A column's value in a dump: integers, reals and text as they are; a blob as
/// `{"hex": "…"}`.
fn json_value(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::from(n),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(s) => Value::from(String::from_utf8_lossy(s).into_owned()),
        ValueRef::Blob(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            serde_json::json!({ "hex": hex })
        }
    }
}

/// The database as a `Dump` that reads its rows while it is serialised (see
/// `Db::dump_stream`). A read error stops the serialisation with its message.
pub struct DumpStream<'a> {
    db: Db<'a>,
    schema_version: i64,
    tables: Vec<String>,
}

impl DumpStream<'_> {
    /// How many contacts it holds.
    pub fn contacts(&self) -> Result<usize> {
        if !self.tables.iter().any(|t| t == "contacts") {
            return Ok(0);
        }
        let n: i64 = self
            .db
            .conn
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}

impl Serialize for DumpStream<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        // The fields of `Dump`, in its order.
        let mut st = s.serialize_struct("Dump", 4)?;
        st.serialize_field("format", FORMAT)?;
        st.serialize_field("format_version", &FORMAT_VERSION)?;
        st.serialize_field("schema_version", &self.schema_version)?;
        st.serialize_field("tables", &TablesStream(self))?;
        st.end()
    }
}

struct TablesStream<'s, 'a>(&'s DumpStream<'a>);

impl Serialize for TablesStream<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        // `data_tables` is in name order, as the BTreeMap of `Dump` is.
        let mut map = s.serialize_map(Some(self.0.tables.len()))?;
        for t in &self.0.tables {
            map.serialize_entry(
                t,
                &RowsStream {
                    db: self.0.db,
                    table: t,
                },
            )?;
        }
        map.end()
    }
}

struct RowsStream<'s, 'a> {
    db: Db<'a>,
    table: &'s str,
}

impl Serialize for RowsStream<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        let read = self.db.table_rows(self.table, |cols, r| {
            // A row's keys in the order of `Row` (a sorted map).
            let mut keys: Vec<(&String, usize)> = cols.iter().zip(0..).collect();
            keys.sort();
            let row = RowOf {
                keys: &keys,
                row: r,
            };
            if let Err(e) = seq.serialize_element(&row) {
                failed = Some(e);
                return Err(rusqlite::Error::ExecuteReturnedResults);
            }
            Ok(())
        });
        if let Some(e) = failed {
            return Err(e);
        }
        read.map_err(serde::ser::Error::custom)?;
        seq.end()
    }
}

struct RowOf<'r, 'k> {
    keys: &'k [(&'k String, usize)],
    row: &'r rusqlite::Row<'r>,
}

impl Serialize for RowOf<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.keys.len()))?;
        for (name, i) in self.keys {
            let v = self.row.get_ref(*i).map_err(serde::ser::Error::custom)?;
            map.serialize_entry(name, &json_value(v))?;
        }
        map.end()
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
    use crate::formats::json;
    use crate::model::{Labeled, NewContact};
    use crate::store::testing::{event, NOW};
    use crate::store::{test_store, StoreError, SCHEMA_VERSION};

    /// The JSON written row by row as it is read is the very file of the `Dump` in memory:
    /// same keys in the same order, same values (null, integers, text, a blob).
    #[test]
    fn the_streamed_dump_is_the_dump() {
        let (_d, mut s) = test_store();
        s.write(|db| {
            for (i, name) in ["Zoë Tremblay", "Frédéric Duval", "安藤 Hiro"]
                .iter()
                .enumerate()
            {
                let id = db.insert_contact(
                    &NewContact {
                        name: (*name).into(),
                        emails: vec![Labeled::new(format!("p{i}@ex.fr"), Some("work".into()))],
                        tags: vec!["Vœux".into(), "amis".into()],
                        company: (i == 1).then(|| "'; DROP TABLE contacts; --".into()),
                        ..Default::default()
                    },
                    NOW,
                )?;
                db.add_note(
                    id,
                    crate::store::testing::d(2026, 11, 3),
                    "plus tard\nsuite",
                    NOW,
                )?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
        event(&s, "5 à 7 Québec", "2026-12-01");
        s.db()
            .conn
            .execute_batch(
                "CREATE TABLE zz_blobs (id INTEGER PRIMARY KEY, data BLOB, ratio REAL);
                 INSERT INTO zz_blobs (data, ratio) VALUES (x'00ff10', 0.25), (NULL, NULL);",
            )
            .unwrap();
        let db = s.db();
        let whole = json::write(&db.dump(SCHEMA_VERSION).unwrap()).unwrap();
        let mut streamed = Vec::new();
        let stream = db.dump_stream(SCHEMA_VERSION).unwrap();
        json::write_to(&mut streamed, &stream).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        assert!(whole.contains("\"hex\": \"00ff10\""), "{whole}");
        assert_eq!(stream.contacts().unwrap(), 3);
    }
}
