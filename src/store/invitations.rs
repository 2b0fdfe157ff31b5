//! Invitations to the events the user organises, and the guests' answers.

use rusqlite::params;

use super::{Db, Result};
use crate::model::event::EventId;
use crate::model::invitation::{Invitation, Rsvp};
use crate::model::ContactId;

impl Db<'_> {
    /// Invites a contact; returns false when they already were.
    pub fn invite(&self, event: EventId, contact: ContactId, now: &str) -> Result<bool> {
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO invitations (event_id, contact_id, invited_at) VALUES (?1, ?2, ?3)",
            params![event, contact, now],
        )?;
        Ok(n > 0)
    }

    /// Records a guest's answer, inviting them if they were not yet.
    pub fn set_rsvp(
        &self,
        event: EventId,
        contact: ContactId,
        rsvp: Rsvp,
        now: &str,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO invitations (event_id, contact_id, rsvp, invited_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (event_id, contact_id) DO UPDATE SET rsvp = excluded.rsvp",
            params![event, contact, rsvp.as_str(), now],
        )?;
        Ok(())
    }

    /// An event's invitations by name, each with whether the guest was met there.
    pub fn invitations(&self, event: EventId) -> Result<Vec<Invitation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.contact_id, c.name, i.rsvp,
                 EXISTS (SELECT 1 FROM encounters x WHERE x.event_id = i.event_id AND x.contact_id = i.contact_id)
             FROM invitations i JOIN contacts c ON c.id = i.contact_id
             WHERE i.event_id = ?1 ORDER BY c.name_folded, c.id",
        )?;
        let rows = stmt.query_map([event], |r| {
            let rsvp: Option<String> = r.get(2)?;
            Ok(Invitation {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                rsvp: rsvp.as_deref().and_then(Rsvp::parse),
                attended: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
