//! Ties between people: `carnet relate`, shown on both sides in `show`.

use rusqlite::{params, OptionalExtension};

use super::{Db, Result, StoreError};
use crate::model::relation::{symmetric, Direction, RelationId, Tie};
use crate::model::ContactId;

/// A tie as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub id: RelationId,
    pub contact_id: ContactId,
    pub contact_name: String,
    pub other_id: ContactId,
    pub other_name: String,
    pub kind: String,
}

impl Db<'_> {
    /// Ties `contact` to `other` as `kind` (already normalised); the existing tie's id and
    /// `false` when they are already tied so (either way round for a symmetric kind).
    pub fn relate(
        &self,
        contact: ContactId,
        other: ContactId,
        kind: &str,
        note: Option<&str>,
        now: &str,
    ) -> Result<(RelationId, bool)> {
        if contact == other {
            return Err(StoreError::Conflict(
                "a contact cannot be tied to themselves".to_owned(), // i18n-ignore: refused before, by the command
            ));
        }
        let existing: Option<RelationId> = self
            .conn
            .query_row(
                "SELECT id FROM relations WHERE kind = ?3 AND
                    ((contact_id = ?1 AND other_id = ?2) OR (?4 AND contact_id = ?2 AND other_id = ?1))",
                params![contact, other, kind, symmetric(kind)],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok((id, false));
        }
        self.exec(
            "INSERT INTO relations (contact_id, other_id, kind, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![contact, other, kind, note, now],
        )?;
        Ok((self.conn.last_insert_rowid(), true))
    }

    pub fn get_relation(&self, id: RelationId) -> Result<Relation> {
        self.conn
            .query_row(
                "SELECT r.id, r.contact_id, a.name, r.other_id, b.name, r.kind
                   FROM relations r JOIN contacts a ON a.id = r.contact_id
                   JOIN contacts b ON b.id = r.other_id WHERE r.id = ?1",
                [id],
                |r| {
                    Ok(Relation {
                        id: r.get(0)?,
                        contact_id: r.get(1)?,
                        contact_name: r.get(2)?,
                        other_id: r.get(3)?,
                        other_name: r.get(4)?,
                        kind: r.get(5)?,
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "relation",
                id,
            })
    }

    pub fn delete_relation(&self, id: RelationId) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM relations WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "relation",
                id,
            });
        }
        Ok(())
    }

    /// The ties of `contact`, seen from them: symmetric kinds and their own first, then by
    /// kind and name.
    pub fn ties(&self, contact: ContactId) -> Result<Vec<Tie>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.kind, r.contact_id = ?1, c.id, c.name, c.archived, r.note
               FROM relations r JOIN contacts c
                 ON c.id = CASE WHEN r.contact_id = ?1 THEN r.other_id ELSE r.contact_id END
              WHERE r.contact_id = ?1 OR r.other_id = ?1
              ORDER BY r.kind, c.name, r.id",
        )?;
        let rows = stmt.query_map([contact], |r| {
            let kind: String = r.get(1)?;
            let out: bool = r.get(2)?;
            Ok(Tie {
                id: r.get(0)?,
                direction: if out || symmetric(&kind) {
                    Direction::Out
                } else {
                    Direction::In
                },
                kind,
                contact_id: r.get(3)?,
                name: r.get(4)?,
                archived: r.get(5)?,
                note: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Db<'_> {
    /// Makes a tie read from a file for `contact`: to the contact with its UID, else to the
    /// one contact with exactly its name. Whether its other side was found (a tie already
    /// there counts as made).
    pub fn tie_imported(
        &self,
        contact: ContactId,
        tie: &crate::model::interop::ImportTie,
        now: &str,
    ) -> Result<bool> {
        let mut other: Option<ContactId> = None;
        if let Some(uid) = &tie.uid {
            other = self
                .conn
                .query_row("SELECT id FROM contacts WHERE uid = ?1", [uid], |r| {
                    r.get(0)
                })
                .optional()?;
        }
        if other.is_none() {
            if let Some(name) = &tie.name {
                let folded = crate::model::text::fold(name);
                let mut stmt = self.conn.prepare_cached(
                    "SELECT id FROM contacts WHERE name_folded = ?1 AND name = ?2 LIMIT 2",
                )?;
                let ids: Vec<ContactId> = stmt
                    .query_map(params![folded, name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                if let [one] = ids[..] {
                    other = Some(one);
                }
            }
        }
        match other {
            Some(o) if o != contact => {
                self.relate(contact, o, &tie.kind, None, now)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
