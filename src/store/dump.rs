//! The whole database as rows (`model::dump::Dump`) for the JSON export, and their
//! restore into an empty database, row for row.

use std::collections::BTreeMap;

use rusqlite::params_from_iter;
use rusqlite::types::{Value as SqlValue, ValueRef};
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
