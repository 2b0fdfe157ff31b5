use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::view::contact::{ContactView, MergeReport};
use crate::view::names;

const EXAMPLES: &str = "\
Examples:
  carnet merge '#12' '#31' --yes
  carnet merge \"Frédéric Duval\" \"Fred Duval\"";

/// Merge two contacts into one
///
/// Everything recorded about OTHER — emails, phones, links, tags, notes, cards, encounters,
/// invitations, follow-ups, project roles — moves to KEEP; KEEP's empty fields are filled
/// from OTHER; then OTHER is deleted. Asks for confirmation on a terminal; elsewhere --yes
/// is required.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct MergeArgs {
    /// The contact that stays: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub keep: String,
    /// The contact merged into KEEP, then deleted
    #[arg(add = crate::complete::contacts())]
    pub other: String,
    /// Merge without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(ctx: &mut Ctx, a: MergeArgs) -> Result<()> {
    let keep = ctx.contact(&a.keep)?;
    let other = ctx.contact(&a.other)?;
    if keep.id == other.id {
        return Err(CliError::new(format!(
            "'{}' and '{}' are the same contact {}",
            a.keep,
            a.other,
            names::contact(&keep)
        ))
        .hint("name two different contacts, e.g. by id: carnet merge '#12' '#31'")
        .into());
    }
    let (o, k) = (names::contact(&other), names::contact(&keep));
    let go = ctx.confirm(
        a.yes,
        &format!("Merge {o} into {k} and delete {o}?"),
        format!("refusing to merge {o} into {k} without confirmation"),
        format!(
            "pass --yes to merge: carnet merge '#{}' '#{}' --yes",
            keep.id, other.id
        ),
    )?;
    if !go {
        ctx.out.status("Nothing merged.");
        return Ok(());
    }
    let now = ctx.now();
    let moved = ctx
        .store
        .write(|db| db.merge_contacts(keep.id, other.id, &now))?;
    let summary: Vec<String> = moved.iter().map(|(t, n)| format!("{n} {t}")).collect();
    ctx.out.status(format!(
        "Merged #{} {} into #{} {}{}",
        other.id,
        other.name,
        keep.id,
        keep.name,
        if summary.is_empty() {
            String::new()
        } else {
            format!(" (moved {})", summary.join(", "))
        }
    ));
    if ctx.out.json() {
        let contact = ContactView::load(&ctx.store, keep.id, ctx.today())?;
        ctx.out.print_json(&MergeReport {
            kept: keep.id,
            removed: other.id,
            moved: moved.into_iter().collect(),
            contact,
        })?;
    }
    Ok(())
}
