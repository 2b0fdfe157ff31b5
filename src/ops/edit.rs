//! Changing a contact: its own fields, its emails, phones and links, its tags — all checked
//! before, and written in one transaction.

use anyhow::Result;

use crate::model::{Contact, ContactId, ContactPatch, Labeled};
use crate::store::{Channel, Db, Store};

/// Everything an edit does.
#[derive(Debug, Default)]
pub struct Changes {
    pub patch: ContactPatch,
    pub add: Vec<(Channel, Labeled)>,
    pub remove: Vec<(Channel, String)>,
    /// Each channel's whole new list (an edit in the editor).
    pub replace: Option<[(Channel, Vec<Labeled>); 3]>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
}

/// Applies `changes` to the contact; returns the values asked to be removed that it did
/// not have.
pub fn edit(store: &mut Store, id: ContactId, ch: &Changes, now: &str) -> Result<Vec<String>> {
    Ok(store.write(|db| apply(db, id, ch, now))?)
}

/// Applies the changes `prepare` works out from the contact as it is in the database, read
/// in the same transaction: what another process saved before cannot be overwritten unseen
/// (an edit in the editor compares what was opened with what is there now).
pub fn edit_current(
    store: &mut Store,
    id: ContactId,
    now: &str,
    prepare: impl FnOnce(&Contact) -> Result<Changes>,
) -> Result<Vec<String>> {
    store.write(|db| {
        let current = db.get_contact(id)?;
        let ch = prepare(&current)?;
        Ok(apply(db, id, &ch, now)?)
    })
}

fn apply(db: Db<'_>, id: ContactId, ch: &Changes, now: &str) -> crate::store::Result<Vec<String>> {
    {
        let mut missing = Vec::new();
        db.update_contact(id, &ch.patch, now)?;
        if let Some(replace) = &ch.replace {
            for (channel, values) in replace {
                db.replace_channel(id, *channel, values)?;
            }
        }
        for (channel, v) in &ch.add {
            db.add_channel(id, *channel, v)?;
        }
        for (channel, v) in &ch.remove {
            if !db.remove_channel(id, *channel, v)? {
                missing.push(v.clone());
            }
        }
        db.add_tags(id, &ch.add_tags)?;
        let removed = db.remove_tags(id, &ch.remove_tags)?;
        missing.extend(
            ch.remove_tags
                .iter()
                .filter(|t| !removed.contains(t))
                .cloned(),
        );
        Ok(missing)
    }
}
