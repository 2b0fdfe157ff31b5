use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::model::ContactPatch;
use crate::tr;
use crate::view::contact::ContactView;

/// Archive a contact: hidden from list, search and suggest, with all history kept
///
/// `--archived` on those commands shows archived contacts again.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet archive \"André Roy\"\n  carnet list --archived")]
pub struct ArchiveArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
}

/// Bring an archived contact back
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  carnet unarchive andre\n  carnet unarchive '#12'")]
pub struct UnarchiveArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
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

pub fn run_archive(ctx: &mut Ctx, a: ArchiveArgs) -> Result<()> {
    set(ctx, &a.contact, true)
}

pub fn run_unarchive(ctx: &mut Ctx, a: UnarchiveArgs) -> Result<()> {
    set(ctx, &a.contact, false)
}
