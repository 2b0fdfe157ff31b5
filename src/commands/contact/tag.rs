use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;

/// Add tags to a contact
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet tag frederic voeux jury\n  carnet tag '#12' \"5 à 7\"")]
pub struct TagArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// Tags to add
    #[arg(required = true, num_args = 1..)]
    pub tags: Vec<String>,
}

/// Remove tags from a contact
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet untag frederic jury\n  carnet untag '#12' voeux jury")]
pub struct UntagArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// Tags to remove
    #[arg(required = true, num_args = 1..)]
    pub tags: Vec<String>,
}

pub fn run_tag(ctx: &mut Ctx, a: TagArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let tags = args::tags(&a.tags)?;
    let now = ctx.now();
    let added = ctx.store.write(|db| -> Result<Vec<String>> {
        let added = db.add_tags(m.id, &tags)?;
        db.touch_contact(m.id, &now)?;
        Ok(added)
    })?;
    if added.is_empty() {
        ctx.out
            .status(format!("#{} {} already had those tags", m.id, m.name));
    } else {
        ctx.out
            .status(format!("Tagged #{} {}: {}", m.id, m.name, added.join(", ")));
    }
    print_tags(ctx, m.id)
}

pub fn run_untag(ctx: &mut Ctx, a: UntagArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let tags = args::tags(&a.tags)?;
    let now = ctx.now();
    let removed = ctx.store.write(|db| -> Result<Vec<String>> {
        let removed = db.remove_tags(m.id, &tags)?;
        db.touch_contact(m.id, &now)?;
        Ok(removed)
    })?;
    if removed.is_empty() {
        ctx.out
            .status(format!("#{} {} had none of those tags", m.id, m.name));
    } else {
        ctx.out.status(format!(
            "Untagged #{} {}: {}",
            m.id,
            m.name,
            removed.join(", ")
        ));
    }
    print_tags(ctx, m.id)
}

fn print_tags(ctx: &Ctx, id: i64) -> Result<()> {
    if ctx.out.json() {
        let tags = ctx.store.db().contact_tags(id)?;
        ctx.out.print_json(&tags)?;
    }
    Ok(())
}
