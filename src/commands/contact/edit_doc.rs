//! `edit` in the editor: the edited document read back into changes, checked as the flags
//! would be.

use anyhow::Result;

use crate::commands::args;
use crate::model::text::{fold, non_empty};
use crate::model::validate;
use crate::model::{Contact, ContactId};
use crate::ops::edit::Changes;
use crate::store::Channel;
use crate::ui::editor::ContactDoc;

/// What changed between the document shown (`before`, made from `c`) and the one saved;
/// `introducer` resolves who introduced the contact.
pub fn changes(
    c: &Contact,
    before: &ContactDoc,
    doc: &ContactDoc,
    introducer: impl FnOnce(&str) -> Result<ContactId>,
) -> Result<Changes> {
    let mut ch = Changes::default();
    let p = &mut ch.patch;
    if doc.name != before.name {
        p.name = Some(validate::name(&doc.name)?);
    }
    let text_field =
        |field: &'static str, new: &str, old: &str| -> Result<Option<Option<String>>> {
            if new == old {
                return Ok(None);
            }
            validate::check_text(field, new, false)?;
            Ok(Some(non_empty(new)))
        };
    p.company = text_field("company", &doc.company, &before.company)?;
    p.title = text_field("title", &doc.title, &before.title)?;
    p.city = text_field("city", &doc.city, &before.city)?;
    p.how_met = text_field("how_met", &doc.how_met, &before.how_met)?;
    if doc.birthday != before.birthday {
        p.birthday = Some(match non_empty(&doc.birthday) {
            None => None,
            Some(b) => Some(args::birthday(&b)?),
        });
    }
    if doc.keep_in_touch != before.keep_in_touch {
        p.keep_in_touch_days = Some(match non_empty(&doc.keep_in_touch) {
            None => None,
            Some(k) => Some(args::cadence(&k)?),
        });
    }
    if doc.introduced_by != before.introduced_by {
        p.introduced_by = Some(match non_empty(&doc.introduced_by) {
            None => None,
            Some(who) => Some(introducer(&who)?),
        });
    }
    ch.replace = Some([
        (Channel::Email, args::emails(&doc.emails)?),
        (Channel::Phone, args::phones(&doc.phones)?),
        (Channel::Link, args::links(&doc.links)?),
    ]);
    let tags = args::tags(&doc.tags)?;
    ch.add_tags = tags.clone();
    ch.remove_tags = c
        .tags
        .iter()
        .filter(|old| !tags.iter().any(|t| fold(t) == fold(old)))
        .cloned()
        .collect();
    Ok(ch)
}
