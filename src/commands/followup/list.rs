use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::model::followup::FollowUpWhen;
use crate::tr;
use crate::view::{self, count, followup::FollowUpList};

const EXAMPLES: &str = "\
Examples:
  carnet follow-up list
  carnet fu ls --overdue --contact frederic
  carnet fu list --upcoming 14 --json";

/// List follow-ups, soonest first
///
/// Without a filter: every open follow-up. Archived contacts' follow-ups are listed too.
/// At most 100 are shown (--limit), with a note saying how many more there are.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, group(clap::ArgGroup::new("when").multiple(false)))]
pub struct ListArgs {
    /// Only open ones due before today
    #[arg(long, group = "when")]
    pub overdue: bool,
    /// Only open ones due today
    #[arg(long, group = "when")]
    pub today: bool,
    /// Only open ones due in the next DAYS days (after today)
    #[arg(long, value_name = "DAYS", group = "when")]
    pub upcoming: Option<u32>,
    /// Only done ones, latest first
    #[arg(long, group = "when")]
    pub done: bool,
    /// Open and done ones
    #[arg(long, group = "when")]
    pub all: bool,
    /// Only those about this contact
    #[arg(long, value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// Show at most N follow-ups (0: no limit)
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: usize,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let when = if a.overdue {
        FollowUpWhen::Overdue
    } else if a.today {
        FollowUpWhen::Today
    } else if let Some(days) = a.upcoming {
        FollowUpWhen::Upcoming(days)
    } else if a.done {
        FollowUpWhen::Done
    } else if a.all {
        FollowUpWhen::All
    } else {
        FollowUpWhen::Open
    };
    let contact = a
        .contact
        .as_deref()
        .map(|c| ctx.contact(c))
        .transpose()?
        .map(|c| c.id);
    let today = ctx.today();
    let limit = (a.limit > 0).then_some(a.limit);
    let db = ctx.store.db();
    let list = db.followups(when, contact, today, limit)?;
    if limit.is_some_and(|l| list.len() >= l) {
        // Counted up to a cap, as `today` does: the cost stays that of one screen.
        let cap = count::cap_for(limit);
        let total = db.count_followups(when, contact, today, cap)?;
        if total > list.len() as i64 {
            ctx.out
                .status(tr!(ctx.lang; "followup-list-first", shown = list.len(),
                total = count::text(total, cap)));
        }
    }
    let with_done = matches!(when, FollowUpWhen::Done | FollowUpWhen::All);
    ctx.out.paged();
    view::show(
        &ctx.out,
        FollowUpList {
            list,
            with_done,
            today,
        },
    )
}
