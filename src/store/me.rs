//! The user's own card: one row.

use rusqlite::{params, OptionalExtension};

use super::{Db, Result};
use crate::model::me::Me;

impl Db<'_> {
    pub fn me(&self) -> Result<Me> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, company, title, email, phone, url FROM me WHERE id = 1",
                [],
                |r| {
                    Ok(Me {
                        name: r.get(0)?,
                        company: r.get(1)?,
                        title: r.get(2)?,
                        email: r.get(3)?,
                        phone: r.get(4)?,
                        url: r.get(5)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    pub fn set_me(&self, me: &Me, now: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO me (id, name, company, title, email, phone, url, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, company = excluded.company,
                 title = excluded.title, email = excluded.email, phone = excluded.phone,
                 url = excluded.url, updated_at = excluded.updated_at",
            params![me.name, me.company, me.title, me.email, me.phone, me.url, now],
        )?;
        Ok(())
    }
}
