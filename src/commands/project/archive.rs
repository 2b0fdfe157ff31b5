use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::store::ProjectPatch;
use crate::tr;

/// Archive a project: hidden from `project list` and from suggestions, kept whole
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet project archive Concert\n  carnet project list --archived"
)]
pub struct ArchiveArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
}

/// Bring an archived project back
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet project unarchive Concert\n  carnet project unarchive '#2'"
)]
pub struct UnarchiveArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
}

fn set(ctx: &mut Ctx, arg: &str, archived: bool) -> Result<()> {
    let p = ctx.project(arg)?;
    let now = ctx.now();
    let patch = ProjectPatch {
        archived: Some(archived),
        ..Default::default()
    };
    ctx.store
        .write(|db| db.update_project(p.id, &patch, &now))?;
    let (id, project) = (format!("p{}", p.id), p.name.as_str());
    ctx.out.status(if archived {
        tr!(ctx.lang; "project-archived-now", p = id, project = project)
    } else {
        tr!(ctx.lang; "project-unarchived-now", p = id, project = project)
    });
    if ctx.out.json() {
        let p = ctx.store.db().get_project(p.id)?;
        ctx.out.print_json(&p)?;
    }
    Ok(())
}

pub fn run_archive(ctx: &mut Ctx, a: ArchiveArgs) -> Result<()> {
    set(ctx, &a.project, true)
}

pub fn run_unarchive(ctx: &mut Ctx, a: UnarchiveArgs) -> Result<()> {
    set(ctx, &a.project, false)
}
