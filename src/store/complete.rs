//! Names for shell completion, read straight from the file: a completion runs at every Tab,
//! so it opens the database read-only, without the checks and migration of `Store::open`,
//! and a database it cannot read completes nothing.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::Result;
use crate::model::text::fold;

/// What a completed argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completed {
    Contact,
    Event,
    Project,
    Tag,
}

/// How long a completion waits for a writer's lock.
const BUSY_MS: u64 = 200;

/// Upper bound for a prefix range scan on a folded text column.
fn prefix_end(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

/// The names of `what` whose folded name starts with the folded `typed`, or (for contacts)
/// with a word of it, names first; at most `limit`, each once. Archived contacts and
/// projects are left out.
pub fn completion_names(
    path: &Path,
    what: Completed,
    typed: &str,
    limit: usize,
) -> Result<Vec<String>> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // An encrypted notebook completes only with the key kept in the keyring: completion
    // never asks, nor runs the key command.
    if let Ok(salt) = crate::crypto::salt_of(path) {
        if &salt != b"SQLite format 3\0" {
            match crate::crypto::keys::Keyring::for_salt(salt).and_then(|k| k.get()) {
                Some(key) => super::cipher::apply_key(&conn, &key)?,
                None => return Ok(Vec::new()),
            }
        }
    }
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_MS))?;
    let folded = fold(typed);
    // Read in index order until enough different names are found: many contacts may
    // share a name, and a prefix may start thousands of them.
    let sources: &[&str] = match what {
        Completed::Contact => &[
            "SELECT name FROM contacts
              WHERE name_folded >= ?1 AND name_folded < ?2 AND archived = 0
              ORDER BY name_folded",
            "SELECT c.name FROM contact_words w JOIN contacts c ON c.id = w.contact_id
              WHERE ?1 <> '' AND w.word >= ?1 AND w.word < ?2 AND c.archived = 0
              ORDER BY w.word",
        ],
        Completed::Event => &["SELECT name FROM events
              WHERE name_folded >= ?1 AND name_folded < ?2 ORDER BY name_folded"],
        Completed::Project => &["SELECT name FROM projects
              WHERE name_folded >= ?1 AND name_folded < ?2 AND archived = 0
              ORDER BY name_folded"],
        Completed::Tag => &["SELECT name FROM tags
              WHERE folded >= ?1 AND folded < ?2 ORDER BY folded"],
    };
    let mut names: Vec<String> = Vec::new();
    for sql in sources {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query(rusqlite::params![folded, prefix_end(&folded)])?;
        while names.len() < limit {
            let Some(row) = rows.next()? else { break };
            let name: String = row.get(0)?;
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;

    #[test]
    fn names_by_folded_prefix_then_by_word() {
        let (dir, mut s) = test_store();
        for name in ["Frédéric Duval", "Marie Frey", "Zoë", "Fred Astaire"] {
            s.write(|db| {
                db.insert_contact(
                    &crate::model::NewContact {
                        name: name.into(),
                        tags: vec!["Vœux".into(), "vin".into()],
                        ..Default::default()
                    },
                    "2026-11-22T09:00:00Z",
                )
            })
            .unwrap();
        }
        s.write(|db| db.insert_project("Concert", None, "2026-11-22T09:00:00Z"))
            .unwrap();
        let path = dir.path().join("t.db");
        let names = |what, typed: &str| completion_names(&path, what, typed, 10).unwrap();
        assert_eq!(
            names(Completed::Contact, "fre"),
            ["Fred Astaire", "Frédéric Duval", "Marie Frey"]
        );
        assert_eq!(
            names(Completed::Contact, "FRÉD"),
            ["Fred Astaire", "Frédéric Duval"]
        );
        assert_eq!(names(Completed::Contact, "zoe"), ["Zoë"]);
        assert_eq!(names(Completed::Contact, "").len(), 4);
        assert!(names(Completed::Contact, "x").is_empty());
        assert_eq!(names(Completed::Tag, "v"), ["vin", "Vœux"]);
        assert_eq!(names(Completed::Tag, "voe"), ["Vœux"]);
        assert_eq!(names(Completed::Project, "con"), ["Concert"]);
        assert!(names(Completed::Event, "").is_empty());
        assert_eq!(
            completion_names(&path, Completed::Contact, "fre", 1)
                .unwrap()
                .len(),
            1
        );
        assert!(completion_names(&dir.path().join("none.db"), Completed::Tag, "", 5).is_err());
    }
}
