use anyhow::Result;
use clap::Args;

use crate::commands::args::select::{self, SelectArgs, YesArg, SELECTORS};
use crate::ctx::Ctx;
use crate::model::ContactPatch;
use crate::ops::bulk;
use crate::tr;
use crate::view::contact::ContactView;

/// Archive a contact: hidden from list, search and suggest, with all history kept
///
/// `--archived` on those commands shows archived contacts again.
#[derive(Debug, Args)]
///
/// With a selection (--tag, --not-seen-since…), everyone selected is archived: asked first
/// on a terminal, --yes elsewhere; `carnet undo` brings them all back in one step.
#[command(
    after_help = "Examples:\n  carnet archive \"André Roy\"\n  carnet archive --not-seen-since 2024-01-01 --tag prospect\n  carnet list --archived"
)]
pub struct ArchiveArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    #[arg(required_unless_present_any = SELECTORS)]
    pub contact: Option<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// Bring an archived contact back
#[derive(Debug, Args)]
///
/// With a selection, everyone selected among the archived contacts is brought back.
#[command(
    after_help = "Examples:\n  carnet unarchive andre\n  carnet unarchive '#12'\n  carnet unarchive --tag jury --yes"
)]
pub struct UnarchiveArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    #[arg(required_unless_present_any = SELECTORS)]
    pub contact: Option<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

fn set(ctx: &mut Ctx, arg: &str, archived: bool) -> Result<()> {
    let m = ctx.contact(arg)?;
    let now = ctx.now();
    let patch = ContactPatch {
        archived: Some(archived),
        ..Default::default()
    };
    let (id, name) = (format!("#{}", m.id), m.name.as_str());
    if m.archived == archived {
        ctx.out.status(if archived {
            tr!(ctx.lang; "contact-already-archived", id = id, name = name)
        } else {
            tr!(ctx.lang; "contact-not-archived", id = id, name = name)
        });
    } else {
        ctx.store
            .write(|db| db.update_contact(m.id, &patch, &now))?;
        ctx.out.status(if archived {
            tr!(ctx.lang; "contact-archived-now", id = id, name = name)
        } else {
            tr!(ctx.lang; "contact-unarchived-now", id = id, name = name)
        });
    }
    if ctx.out.json() {
        let v = ContactView::load(&ctx.store, m.id, ctx.today())?;
        ctx.out.print_json(&v)?;
    }
    Ok(())
}

/// The contact named and everyone selected, archived (or not): one contact named alone is
/// said as before; more are asked about first.
fn set_many(
    ctx: &mut Ctx,
    contact: Option<String>,
    mut sel: SelectArgs,
    yes: bool,
    archived: bool,
) -> Result<()> {
    if !sel.given() {
        if let Some(c) = contact {
            return set(ctx, &c, archived);
        }
    }
    // Bringing back looks among the archived.
    sel.people.sel_archived |= !archived;
    let named: Vec<String> = contact.into_iter().collect();
    let people = select::people(ctx, &named, &sel)?;
    let (lang, count) = (ctx.lang, people.len());
    let question = if archived {
        tr!(lang; "select-ask-archive", count = count)
    } else {
        tr!(lang; "select-ask-unarchive", count = count)
    };
    if !select::confirm(ctx, &people, yes, question)? {
        return Ok(());
    }
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let now = ctx.now();
    let report = bulk::archive(&mut ctx.store, &ids, archived, &now)?;
    let changed = report.changed.len();
    ctx.out.status(if archived {
        tr!(lang; "select-archived", count = changed)
    } else {
        tr!(lang; "select-unarchived", count = changed)
    });
    if ctx.out.json() {
        ctx.out.print_json(&report)?;
    }
    Ok(())
}

pub fn run_archive(ctx: &mut Ctx, a: ArchiveArgs) -> Result<()> {
    set_many(ctx, a.contact, a.select, a.yes.yes, true)
}

pub fn run_unarchive(ctx: &mut Ctx, a: UnarchiveArgs) -> Result<()> {
    set_many(ctx, a.contact, a.select, a.yes.yes, false)
}
