use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::model::dates::parse_date;
use crate::view::{self, event::EventList};

const EXAMPLES: &str = "\
Examples:
  carnet event list
  carnet event ls --since 2026-09-01 --until 2026-12-31
  carnet event list --json";

/// List events, newest first
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArgs {
    /// Only events on or after this date
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events on or before this date
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let today = ctx.today();
    let since = a
        .since
        .as_deref()
        .map(|d| parse_date(d, today))
        .transpose()?;
    let until = a
        .until
        .as_deref()
        .map(|d| parse_date(d, today))
        .transpose()?;
    let events = ctx.store.db().list_events(since, until)?;
    ctx.out.paged();
    view::show(
        &ctx.out,
        EventList {
            events,
            today: ctx.today(),
        },
    )
}
