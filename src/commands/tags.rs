use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// List tags with how many contacts carry each
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet tags\n  carnet tags --json")]
pub struct TagsArgs {
    #[command(subcommand)]
    pub command: Option<TagsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum TagsCommand {
    /// List tags with their counts (the default)
    #[command(visible_alias = "ls")]
    List,
}

pub fn run(ctx: &mut Ctx, a: TagsArgs) -> Result<()> {
    match a.command.unwrap_or(TagsCommand::List) {
        TagsCommand::List => list(ctx),
    }
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let tags = ctx.store.db().tag_counts()?;
    if ctx.out.json() {
        return ctx.out.print_json(&tags);
    }
    if tags.is_empty() {
        ctx.out.status("No tags.");
        return Ok(());
    }
    let rows = tags
        .into_iter()
        .map(|t| vec![t.name, t.count.to_string()])
        .collect();
    ctx.out.table(&["TAG", "CONTACTS"], rows)?;
    Ok(())
}
