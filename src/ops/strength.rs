//! Relationship strength over a listing: `list --sort strength`.

use chrono::NaiveDate;

use crate::model::strength::score;
use crate::model::{ContactFilter, ContactSummary};
use crate::store::{Db, Result};

/// The contacts `f` selects, strongest first (then by name), each with its score; `f.limit`
/// applies after sorting.
pub fn strongest_first(
    db: Db<'_>,
    f: &ContactFilter,
    today: NaiveDate,
) -> Result<Vec<ContactSummary>> {
    let mut list = db.find_contacts(f)?;
    for c in &mut list {
        let inputs = db.strength_inputs(c.id)?.unwrap_or_default();
        c.strength = Some(score(&inputs, today));
    }
    // Stable: equal scores keep the name order of the listing.
    list.sort_by_key(|c| std::cmp::Reverse(c.strength));
    if let Some(limit) = f.limit {
        list.truncate(limit);
    }
    Ok(list)
}
