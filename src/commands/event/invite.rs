use crate::ctx::Ctx;
use crate::tr;
use crate::view::event::Invited;
use anyhow::Result;
use clap::Args;

const EXAMPLES: &str = "\
Examples:
  carnet event invite \"Petit-déjeuner des vœux\" frederic \"Marie Côté\"
  carnet event invite '#3' '#12' '#14'";

/// Invite contacts to an event you organise
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct InviteArgs {
    /// The event: #ID, ID, or (part of) its name
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required = true, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
}

pub fn run(ctx: &mut Ctx, a: InviteArgs) -> Result<()> {
    let e = ctx.event(&a.event)?;
    let people = ctx.contacts(&a.contacts)?;
    let now = ctx.now();
    let added = ctx.store.write(|db| -> Result<Vec<bool>> {
        people
            .iter()
            .map(|p| Ok(db.invite(e.id, p.id, &now)?))
            .collect()
    })?;
    let mut report = Vec::new();
    for (p, new) in people.into_iter().zip(added) {
        let (id, name) = (format!("#{}", p.id), p.name.as_str());
        ctx.out.status(if new {
            tr!(ctx.lang; "event-invited", id = id, name = name, event = e.name.as_str())
        } else {
            tr!(ctx.lang; "event-already-invited", id = id, name = name)
        });
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
