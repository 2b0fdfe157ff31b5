use crate::commands::args::select::{self, SelectArgs, YesArg, SELECTORS};
use crate::ctx::Ctx;
use crate::tr;
use crate::view::event::Invited;
use anyhow::Result;
use clap::Args;

const EXAMPLES: &str = "\
Examples:
  carnet event invite \"Petit-déjeuner des vœux\" frederic \"Marie Côté\"
  carnet event invite '#3' '#12' '#14'
  carnet event invite \"Petit-déjeuner 3\" --met-at e1 --met-at e2 --yes
  carnet list --invited-to \"Petit-déjeuner 3\" --answer none";

/// Invite contacts to an event you organise
///
/// With a selection (--met-at, --tag, --project…), everyone selected is invited (those
/// already invited stay as they are): asked first on a terminal, --yes elsewhere.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct InviteArgs {
    /// The event: #ID, ID, or (part of) its name
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required_unless_present_any = SELECTORS, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &mut Ctx, a: InviteArgs) -> Result<()> {
    let e = ctx.event(&a.event)?;
    let many = a.select.given();
    let people = if many {
        let people = select::people(ctx, &a.contacts, &a.select)?;
        let question = tr!(ctx.lang; "select-ask-invite", count = people.len(), event = &e.name);
        if !select::confirm(ctx, &people, a.yes.yes, question)? {
            return Ok(());
        }
        people
    } else {
        ctx.contacts(&a.contacts)?
    };
    let now = ctx.now();
    let added = ctx.store.write(|db| -> Result<Vec<bool>> {
        people
            .iter()
            .map(|p| Ok(db.invite(e.id, p.id, &now)?))
            .collect()
    })?;
    let mut report = Vec::new();
    if many {
        let invited = added.iter().filter(|new| **new).count();
        ctx.out.status(tr!(
            ctx.lang; "select-invited",
            count = invited,
            event = &e.name,
            already = added.len() - invited
        ));
    }
    for (p, new) in people.into_iter().zip(added) {
        if !many {
            let (id, name) = (format!("#{}", p.id), p.name.as_str());
            ctx.out.status(if new {
                tr!(ctx.lang; "event-invited", id = id, name = name, event = e.name.as_str())
            } else {
                tr!(ctx.lang; "event-already-invited", id = id, name = name)
            });
        }
        report.push(Invited {
            contact_id: p.id,
            name: p.name,
            already_invited: !new,
        });
    }
    if ctx.out.json() {
        ctx.out.print_json(&report)?;
    }
    Ok(())
}
