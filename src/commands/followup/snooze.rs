use anyhow::Result;
use clap::Args;

use crate::commands::args::{followup_id, DATES_HELP};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::i18n::fmt;
use crate::model::dates::parse_date;
use crate::model::followup::FollowUpPatch;
use crate::tr;
use crate::view::followup;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up snooze 3 lundi
  carnet fu snooze 3 \"in 2 weeks\"
  carnet fu snooze '#3' 1m";

/// Put a follow-up off to a later day
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, after_long_help = format!("{DATES_HELP}\n\n{EXAMPLES}"))]
pub struct SnoozeArgs {
    /// The follow-up id
    pub id: String,
    /// The new due date: lundi, in 2 weeks, 3d…
    pub when: String,
}

pub fn run(ctx: &mut Ctx, a: SnoozeArgs) -> Result<()> {
    let id = followup_id(&a.id)?;
    let today = ctx.today();
    let due = parse_date(&a.when, today)?;
    let now = ctx.now();
    let f = ctx.store.write(|db| -> Result<_> {
        let f = db.get_followup(id)?;
        if let Some(done) = f.done_on {
            return Err(CliError::new(tr!(
                "followup-was-done",
                id = followup::id(id),
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
            &now,
        )?;
        Ok(f)
    })?;
    ctx.out
        .status(tr!(ctx.lang; "followup-snoozed", id = followup::id(id),
        what = f.what.as_str(), due = fmt::short_date(ctx.lang, due, today)));
    Ok(())
}
