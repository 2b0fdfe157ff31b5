//! Changing a contact: its own fields, its emails, phones and links, its tags — all checked
//! before, and written in one transaction.

use anyhow::Result;

use crate::model::{ContactId, ContactPatch, Labeled};
use crate::store::{Channel, Store};

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
    Ok(store.write(|db| -> crate::store::Result<Vec<String>> {
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
    })?)
}
