use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::commands::args::select::{self, SelectArgs, YesArg};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::ops::bulk;
use crate::tr;

/// Add tags to a contact, or to everyone of a selection
///
/// With a selection (--met-at, --tag, --project…), every word is a tag to add to each
/// person selected; `carnet list` with the same flags shows who. Changing several people
/// asks first on a terminal and needs --yes elsewhere; `carnet undo` takes it back in one
/// step.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet tag frederic voeux jury\n  carnet tag '#12' \"5 à 7\"\n  carnet tag --met-at \"Formation SEO\" formation-seo --yes",
    override_usage = "carnet tag CONTACT TAG...\n       carnet tag [SELECTION] TAG..."
)]
pub struct TagArgs {
    /// The contact: #ID, ID, or (part of) a name (with a selection: a tag too)
    #[arg(value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// Tags to add
    #[arg(value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// Remove tags from a contact, or from everyone of a selection
///
/// With a selection, every word is a tag to remove (see `carnet tag`).
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet untag frederic jury\n  carnet untag '#12' voeux jury\n  carnet untag --tag prospect --company acme prospect --yes",
    override_usage = "carnet untag CONTACT TAG...\n       carnet untag [SELECTION] TAG..."
)]
pub struct UntagArgs {
    /// The contact: #ID, ID, or (part of) a name (with a selection: a tag too)
    #[arg(value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// Tags to remove
    #[arg(value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run_tag(ctx: &mut Ctx, a: TagArgs) -> Result<()> {
    run(ctx, a.contact, a.tags, &a.select, a.yes.yes, true)
}

pub fn run_untag(ctx: &mut Ctx, a: UntagArgs) -> Result<()> {
    run(ctx, a.contact, a.tags, &a.select, a.yes.yes, false)
}

fn run(
    ctx: &mut Ctx,
    contact: Option<String>,
    tags: Vec<String>,
    sel: &SelectArgs,
    yes: bool,
    add: bool,
) -> Result<()> {
    if sel.given() {
        let words: Vec<String> = contact.into_iter().chain(tags).collect();
        return change_many(ctx, &words, sel, yes, add);
    }
    match contact {
        Some(c) if !tags.is_empty() => change(ctx, &c, &tags, add),
        _ => Err(CliError::new(tr!(ctx.lang; "select-tag-what"))
            .hint(tr!(ctx.lang; "select-tag-what-hint"))
            .into()),
    }
}

/// The tags of a selection's people.
fn change_many(
    ctx: &mut Ctx,
    words: &[String],
    sel: &SelectArgs,
    yes: bool,
    add: bool,
) -> Result<()> {
    if words.is_empty() {
        return Err(CliError::new(tr!(ctx.lang; "select-tag-what"))
            .hint(tr!(ctx.lang; "select-tag-what-hint"))
            .into());
    }
    let tags = args::tags(words)?;
    let people = select::people(ctx, &[], sel)?;
    let shown = tags.join(", ");
    let (lang, count) = (ctx.lang, people.len());
    let question = if add {
        tr!(lang; "select-ask-tag", count = count, tags = &shown)
    } else {
        tr!(lang; "select-ask-untag", count = count, tags = &shown)
    };
    if !select::confirm(ctx, &people, yes, question)? {
        return Ok(());
    }
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let now = ctx.now();
    let report = bulk::tag(&mut ctx.store, &ids, &tags, add, &now)?;
    let changed = report.changed.len();
    ctx.out.status(if add {
        tr!(lang; "select-tagged", count = changed, tags = &shown)
    } else {
        tr!(lang; "select-untagged", count = changed, tags = &shown)
    });
    if add && changed < count {
        ctx.out
            .status(tr!(lang; "select-tagged-already", count = count - changed));
    }
    if ctx.out.json() {
        ctx.out.print_json(&report)?;
    }
    Ok(())
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
