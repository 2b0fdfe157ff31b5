use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;
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
        return Err(CliError::new(tr!(
            "merge-same",
            a = a.keep.as_str(),
            b = a.other.as_str(),
            who = names::contact(&keep)
        ))
        .hint(tr!("merge-same-hint"))
        .into());
    }
    let lang = ctx.lang;
    let (o, k) = (names::contact(&other), names::contact(&keep));
    let (o, k) = (o.as_str(), k.as_str());
    let go = ctx.confirm(
        a.yes,
        &tr!(lang; "merge-ask", o = o, k = k),
        tr!(lang; "merge-refused", o = o, k = k),
        tr!(lang; "merge-hint", keep = format!("#{}", keep.id), other = format!("#{}", other.id)),
    )?;
    if !go {
        ctx.out.status(tr!(lang; "merge-nothing"));
        return Ok(());
    }
    let now = ctx.now();
    let moved = ctx
        .store
        .write(|db| db.merge_contacts(keep.id, other.id, &now))?;
    let summary: Vec<String> = moved
        .iter()
        .map(|(t, n)| {
            let mut args = crate::i18n::Args::new();
            args.set("count", *n);
            // i18n-ignore: a message id
            crate::i18n::lookup(lang, &format!("merge-rows-{t}"), Some(&args))
                .unwrap_or_else(|| format!("{n} {t}"))
        })
        .collect();
    let (other_id, keep_id) = (format!("#{}", other.id), format!("#{}", keep.id));
    let (other_name, keep_name) = (other.name.as_str(), keep.name.as_str());
    ctx.out.status(if summary.is_empty() {
        tr!(lang; "merge-done", other = other_id, other_name = other_name, keep = keep_id,
            keep_name = keep_name)
    } else {
        tr!(lang; "merge-done-moved", other = other_id, other_name = other_name,
            keep = keep_id, keep_name = keep_name, moved = summary.join(", "))
    });
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
