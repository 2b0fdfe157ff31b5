//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::today::{Counts, TodayView};
use crate::view::{self, count};

const EXAMPLES: &str = "\
Examples:
  carnet today
  carnet today --days 14 --json
  carnet today --brief          # in a shell start-up file
  carnet today --all --json     # every item, not only the first of each section";

/// Show what to do today: follow-ups, people to reconnect with, birthdays
///
/// Sections, each left out when empty: Overdue (oldest first), Today, Next 7 days, Reconnect
/// (a keep-in-touch cadence has lapsed since you last met, or since the contact was added)
/// and Birthdays. Archived contacts never appear. The exit status is 0 whatever is due.
///
/// To keep to one screen, each section shows its first 20 items (--limit) and says how many
/// more there are, counted up to 1,000 ("980+ more"); --all shows everything. The JSON has
/// the same items and the exact totals.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TodayArgs {
    /// How many days ahead to look for follow-ups and birthdays
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=366))]
    pub days: u32,
    /// One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear
    #[arg(long)]
    pub brief: bool,
    /// Show at most N items in each section
    #[arg(long, value_name = "N", default_value_t = 20, conflicts_with = "all")]
    pub limit: usize,
    /// Show every item of every section
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &mut Ctx, a: TodayArgs) -> Result<()> {
    let today = ctx.today();
    if a.brief && !ctx.out.json() {
        let cap = count::CAP + 1;
        let counts = Counts::load_brief(&ctx.store, today, cap)?;
        if let Some(line) = counts.brief(ctx.lang, Some(cap)) {
            ctx.out.line(line)?;
        }
        return Ok(());
    }
    let limit = (!a.all).then_some(a.limit);
    // The JSON has exact totals; the text counts up to a cap.
    let cap = if ctx.out.json() {
        None
    } else {
        count::cap_for(limit)
    };
    let mut v = TodayView::load(&ctx.store, today, a.days, limit, cap)?;
    v.width = ctx.out.style().lines;
    v.can_act = ctx.prompt.is_interactive() && ctx.out.is_terminal();
    view::show(&ctx.out, v)
}
