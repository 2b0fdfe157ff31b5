//! Follow-ups done and put off: what `follow-up done`, `follow-up snooze` and
//! `today --act` do.

use anyhow::Result;
use chrono::NaiveDate;

use crate::error::CliError;
use crate::i18n::fmt;
use crate::model::followup::{FollowUp, FollowUpPatch};
use crate::store::Store;
use crate::tr;

/// A follow-up marked done, with the next occurrence a recurring one gets.
pub struct Done {
    pub done: FollowUp,
    pub next: Option<FollowUp>,
}

/// Marks the follow-ups `ids` done on `on`, in one transaction: when any id is wrong,
/// nothing is marked.
pub fn done(store: &mut Store, ids: &[i64], on: NaiveDate, now: &str) -> Result<Vec<Done>> {
    store.write(|db| -> Result<Vec<Done>> {
        let mut done = Vec::new();
        for id in ids {
            let f = db.get_followup(*id)?;
            let next = db.complete_followup(*id, on, now)?;
            let next = next.map(|n| db.get_followup(n)).transpose()?;
            done.push(Done { done: f, next });
        }
        Ok(done)
    })
}

/// Puts the open follow-up `id` off to `due`; returns it as it was. A follow-up already
/// done is refused (its date said from `today`).
pub fn snooze(
    store: &mut Store,
    id: i64,
    due: NaiveDate,
    today: NaiveDate,
    now: &str,
) -> Result<FollowUp> {
    store.write(|db| -> Result<FollowUp> {
        let f = db.get_followup(id)?;
        if let Some(done) = f.done_on {
            return Err(CliError::new(tr!(
                "followup-was-done",
                id = format!("f{id}"), // as view::followup::id shows it (ops never imports view)
                done = fmt::short_date(crate::i18n::current(), done, today)
            ))
            .hint(tr!("followup-was-done-hint"))
            .into());
        }
        db.update_followup(
            id,
            &FollowUpPatch {
                due: Some(due),
                ..Default::default()
            },
            now,
        )?;
        Ok(f)
    })
}
