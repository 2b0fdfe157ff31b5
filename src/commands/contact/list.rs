use anyhow::Result;
use clap::Args;

use crate::commands::args::select::{self, SelectArgs};
use crate::ctx::Ctx;
use crate::model::{ContactFilter, SortBy};
use crate::view::{self, contact::ContactList, contact::PlainContactList};

const EXAMPLES: &str = "\
Examples:
  carnet list --tag voeux
  carnet ls --company acme --sort added --limit 20
  carnet list --met-at \"5 à 7\"
  carnet ls --project Concert --role ally
  carnet list --met-at \"Formation SEO\" --tag prospect --tag client
  carnet list --invited-to e12 --answer none
  carnet list --not-seen-since \"1 sept\" --city lyon
  carnet list --json | jq '.[].name'";

/// List contacts
///
/// The selection flags are those of every command acting on many people (tag, event
/// invite, follow-up add, met, archive, project assign, export, card list): the same flags
/// here show exactly who such a command would change. Different flags narrow (AND); a flag
/// given twice widens (OR); `--tag a,b` means both tags.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArgs {
    /// Sort order
    #[arg(long, value_enum, default_value_t = SortBy::Name)]
    pub sort: SortBy,
    /// Show at most N contacts
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let filter = ContactFilter {
        select: select::resolve(ctx, &a.select)?,
        sort: a.sort,
        limit: a.limit,
        with_channels: ctx.out.json(),
    };
    let style = ctx.out.style();
    if a.sort == SortBy::Strength {
        let today = ctx.today();
        let contacts = ctx
            .store
            .read(|db| crate::ops::strength::strongest_first(db, &filter, today))?;
        return view::show(&ctx.out, ContactList(contacts));
    }
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
