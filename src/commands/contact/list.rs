use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::model::{ContactFilter, SortBy};
use crate::view::{self, contact::ContactList, contact::PlainContactList};

const EXAMPLES: &str = "\
Examples:
  carnet list --tag voeux
  carnet ls --company acme --sort added --limit 20
  carnet list --met-at \"5 à 7\"
  carnet ls --project Concert --role ally
  carnet list --json | jq '.[].name'";

/// List contacts
///
/// Filters combine: every --tag must be present; --company and --city match part of the
/// value, without regard to case or accents; --project, --role and --introduced-by narrow
/// further.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArgs {
    /// Only contacts with this tag (repeatable: all must match)
    #[arg(long = "tag", value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
    /// Only contacts whose company contains this
    #[arg(long)]
    pub company: Option<String>,
    /// Only contacts whose city contains this
    #[arg(long)]
    pub city: Option<String>,
    /// Only contacts met at this event (#ID or name)
    #[arg(long, value_name = "EVENT")]
    pub met_at: Option<String>,
    /// Only members of this project
    #[arg(long, value_name = "PROJECT")]
    #[arg(add = crate::complete::projects())]
    pub project: Option<String>,
    /// Only contacts holding this role (in --project when given, else in any project)
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Only contacts introduced by this contact
    #[arg(long, value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub introduced_by: Option<String>,
    /// Include archived contacts
    #[arg(long)]
    pub archived: bool,
    /// Sort order
    #[arg(long, value_enum, default_value_t = SortBy::Name)]
    pub sort: SortBy,
    /// Show at most N contacts
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let met_at = match &a.met_at {
        Some(e) => Some(ctx.event(e)?.id),
        None => None,
    };
    let project = match &a.project {
        Some(p) => Some(ctx.project(p)?.id),
        None => None,
    };
    let introduced_by = match &a.introduced_by {
        Some(c) => Some(ctx.contact(c)?.id),
        None => None,
    };
    let filter = ContactFilter {
        met_at,
        project,
        role: a.role.as_deref().map(args::role).transpose()?,
        introduced_by,
        tags: a.tags,
        company: a.company,
        city: a.city,
        include_archived: a.archived,
        sort: a.sort,
        limit: a.limit,
        with_channels: ctx.out.json(),
    };
    let style = ctx.out.style();
    if !ctx.out.json() && !style.fancy && style.width.is_none() {
        // Piped: rows go straight from SQLite into one text buffer.
        let mut list = PlainContactList::new(ctx.lang);
        ctx.store
            .db()
            .each_listed_contact(&filter, |c| list.push(c))?;
        ctx.out.print(list.text())?;
        return Ok(());
    }
    let contacts = ctx.store.db().find_contacts(&filter)?;
    ctx.out.paged();
    view::show(&ctx.out, ContactList(contacts))
}
