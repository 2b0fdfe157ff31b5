use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::model::suggest::{rank, WEAK_TIE_DAYS};
use crate::store::SuggestFilter;
use crate::view::{self, search::Suggestions};

// The help text below says 90 days.
const _: () = assert!(WEAK_TIE_DAYS == 90);

const EXAMPLES: &str = "\
Examples:
  carnet suggest
  carnet suggest --tag voeux --limit 5
  carnet suggest --project Concert --json";

/// Suggest people worth reaching out to, with the reason
///
/// First those whose keep-in-touch cadence has lapsed, most late first; then weak ties —
/// people met more than once, holding a role in an active project, or who introduced you
/// to someone — not seen for 90 days or more. Archived contacts are left out.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct SuggestArgs {
    /// Show at most N people
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// Only contacts with this tag
    #[arg(long, value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub tag: Option<String>,
    /// Only members of this project
    #[arg(long, value_name = "PROJECT")]
    #[arg(add = crate::complete::projects())]
    pub project: Option<String>,
    /// Include archived contacts
    #[arg(long)]
    pub archived: bool,
}

pub fn run(ctx: &mut Ctx, a: SuggestArgs) -> Result<()> {
    let project = match &a.project {
        Some(p) => Some(ctx.project(p)?.id),
        None => None,
    };
    let candidates = ctx.store.db().reconnect_candidates(&SuggestFilter {
        tag: a.tag.clone(),
        project,
        include_archived: a.archived,
    })?;
    let today = ctx.today();
    let mut list = rank(candidates, today);
    list.truncate(a.limit);
    ctx.out.paged();
    view::show(&ctx.out, Suggestions { list, today })
}
