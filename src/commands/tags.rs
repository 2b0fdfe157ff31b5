use anyhow::Result;
use clap::{Args, Subcommand};

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;
use crate::view;
use crate::view::tag::{cadence_set, TagList};

/// List tags with how many contacts carry each
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet tags\n  carnet tags cadence client 6m\n  carnet tags --json"
)]
pub struct TagsArgs {
    #[command(subcommand)]
    pub command: Option<TagsCommand>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TagsCommand {
    /// List tags with their counts (the default)
    #[command(visible_alias = "ls")]
    List,
    Cadence(CadenceArgs),
}

/// Set the keep-in-touch cadence of the contacts carrying a tag
///
/// A contact's own cadence (add/edit --keep-in-touch) wins; otherwise the shortest cadence
/// among its tags applies. `carnet today` lists under Reconnect the contacts not met for
/// longer than their cadence. A tag with a cadence is kept even when nobody carries it.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet tags cadence client 6m\n  carnet tags cadence amis 2w\n  carnet tags cadence client --clear"
)]
pub struct CadenceArgs {
    /// The tag (created if needed)
    #[arg(add = crate::complete::tags())]
    pub tag: String,
    /// The cadence: 2w, 3m, 6m, 1y…
    #[arg(required_unless_present = "clear", conflicts_with = "clear")]
    pub period: Option<String>,
    /// Remove the tag's cadence
    #[arg(long)]
    pub clear: bool,
}

pub fn run(ctx: &mut Ctx, a: TagsArgs) -> Result<()> {
    match a.command.unwrap_or(TagsCommand::List) {
        TagsCommand::List => list(ctx),
        TagsCommand::Cadence(a) => set_cadence(ctx, a),
    }
}

fn set_cadence(ctx: &mut Ctx, a: CadenceArgs) -> Result<()> {
    let tags = args::tags(std::slice::from_ref(&a.tag))?;
    let [tag] = tags.as_slice() else {
        return Err(CliError::new(tr!("tags-one-expected", tag = a.tag.as_str())).into());
    };
    let days = a.period.as_deref().map(args::cadence).transpose()?;
    let existed = ctx.store.db().find_tag(tag)?.is_some();
    if !existed && days.is_none() {
        return Err(CliError::new(tr!("tags-none", tag = tag.as_str()))
            .hint(tr!("tags-none-hint"))
            .into());
    }
    let name = ctx.store.write(|db| db.set_tag_cadence(tag, days))?;
    if !existed {
        ctx.out
            .status(tr!(ctx.lang; "tags-unused", tag = name.as_str()));
    }
    ctx.out.status(cadence_set(ctx.lang, &name, days));
    Ok(())
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let tags = ctx.store.db().tag_counts()?;
    ctx.out.paged();
    view::show(&ctx.out, TagList(tags))
}
