//! Fixtures shared by the store's unit tests.

use super::Store;
use crate::model::{ContactId, NewContact};

/// Adds a contact with only a name.
pub fn add(store: &mut Store, name: &str) -> ContactId {
    store
        .write(|db| {
            db.insert_contact(
                &NewContact {
                    name: name.into(),
                    ..Default::default()
                },
                "2026-11-22T00:00:00Z",
            )
        })
        .unwrap()
}
