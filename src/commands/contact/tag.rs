use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::tr;

/// Add tags to a contact
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet tag frederic voeux jury\n  carnet tag '#12' \"5 à 7\"")]
pub struct TagArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// Tags to add
    #[arg(required = true, num_args = 1..)]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
}

/// Remove tags from a contact
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet untag frederic jury\n  carnet untag '#12' voeux jury")]
pub struct UntagArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// Tags to remove
    #[arg(required = true, num_args = 1..)]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
}

pub fn run_tag(ctx: &mut Ctx, a: TagArgs) -> Result<()> {
    change(ctx, &a.contact, &a.tags, true)
}

pub fn run_untag(ctx: &mut Ctx, a: UntagArgs) -> Result<()> {
    change(ctx, &a.contact, &a.tags, false)
}

/// Adds (`add`) or removes the tags, then says which changed.
fn change(ctx: &mut Ctx, contact: &str, tags: &[String], add: bool) -> Result<()> {
    let m = ctx.contact_before(contact, tags)?;
    let tags = args::tags(tags)?;
    let now = ctx.now();
    let changed = ctx.store.write(|db| -> Result<Vec<String>> {
        let changed = if add {
            db.add_tags(m.id, &tags)?
        } else {
            db.remove_tags(m.id, &tags)?
        };
        db.touch_contact(m.id, &now)?;
        Ok(changed)
    })?;
    let (id, name, tags) = (format!("#{}", m.id), m.name.as_str(), changed.join(", "));
    let lang = ctx.lang;
    ctx.out.status(match (add, changed.is_empty()) {
        (true, true) => tr!(lang; "contact-tags-had", id = id, name = name),
        (true, false) => tr!(lang; "contact-tagged", id = id, name = name, tags = tags),
        (false, true) => tr!(lang; "contact-tags-had-none", id = id, name = name),
        (false, false) => tr!(lang; "contact-untagged", id = id, name = name, tags = tags),
    });
    if ctx.out.json() {
        ctx.out.print_json(&ctx.store.db().contact_tags(m.id)?)?;
    }
    Ok(())
}
