//! The photos cards were read from (`card scan`): kept on the card, looked up by content.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{Db, Result, StoreError};
use crate::model::card::CardId;
use crate::model::ContactId;

/// A card already filed from a photo with the same content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FiledPhoto {
    pub card_id: CardId,
    pub contact_id: ContactId,
    pub contact_name: String,
    pub photo_path: String,
}

impl Db<'_> {
    /// Keeps on a card the photo it was read from.
    pub fn set_card_photo(&self, card: CardId, path: &str, hash: &str) -> Result<()> {
        let n = self.exec(
            "UPDATE cards SET photo_path = ?2, photo_hash = ?3 WHERE id = ?1",
            params![card, path, hash],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "card",
                id: card,
            });
        }
        Ok(())
    }

    /// The first card filed from a photo whose content has this hash.
    pub fn card_by_photo_hash(&self, hash: &str) -> Result<Option<FiledPhoto>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT k.id, k.contact_id, c.name, k.photo_path
                 FROM cards k JOIN contacts c ON c.id = k.contact_id
                 WHERE k.photo_hash = ?1 ORDER BY k.id LIMIT 1",
            )?
            .query_row([hash], |r| {
                Ok(FiledPhoto {
                    card_id: r.get(0)?,
                    contact_id: r.get(1)?,
                    contact_name: r.get(2)?,
                    photo_path: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                })
            })
            .optional()?)
    }
}
