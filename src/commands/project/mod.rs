//! Projects: the people around a piece of work and the role each plays.

pub mod add;
pub mod archive;
pub mod assign;
pub mod edit;
pub mod list;
pub mod rm;
pub mod show;
pub mod unassign;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::project::{normalize_role, Project, STANDARD_ROLES};
use crate::store::StoreError;

const EXAMPLES: &str = "\
Examples:
  carnet project add Concert --note \"Spring concert at the Musée\"
  carnet project assign Concert frederic marie --role ally
  carnet project show concert";

/// Map the people around a project and the role each plays
///
/// Standard roles: ally, opponent, mentor, client, partner, referrer, supplier, investor
/// (French works too: allié, adversaire, mentor, cliente, partenaire, prescripteur,
/// fournisseur, investisseur). Any other word is a custom role.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ProjectArgs {
    #[command(subcommand)]
    pub command: ProjectCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProjectCommand {
    Add(add::AddArgs),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Show(show::ShowArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
    Archive(archive::ArchiveArgs),
    Unarchive(archive::UnarchiveArgs),
    Assign(assign::AssignArgs),
    Unassign(unassign::UnassignArgs),
}

pub fn run(ctx: &mut Ctx, a: ProjectArgs) -> Result<()> {
    match a.command {
        ProjectCommand::Add(a) => add::run(ctx, a),
        ProjectCommand::List(a) => list::run(ctx, a),
        ProjectCommand::Show(a) => show::run(ctx, a),
        ProjectCommand::Edit(a) => edit::run(ctx, a),
        ProjectCommand::Rm(a) => rm::run(ctx, a),
        ProjectCommand::Archive(a) => archive::run_archive(ctx, a),
        ProjectCommand::Unarchive(a) => archive::run_unarchive(ctx, a),
        ProjectCommand::Assign(a) => assign::run(ctx, a),
        ProjectCommand::Unassign(a) => unassign::run(ctx, a),
    }
}

/// Resolves a PROJECT argument: `#ID`, an exact name, or a unique prefix of the name or of
/// one of its words, in any case and without accents.
pub fn project(ctx: &Ctx, arg: &str) -> Result<Project> {
    let db = ctx.store.db();
    let arg = arg.trim();
    let digits = arg.strip_prefix('#').unwrap_or(arg);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        if let Ok(id) = digits.parse::<i64>() {
            match db.get_project(id) {
                Ok(p) => return Ok(p),
                Err(StoreError::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        if arg.starts_with('#') {
            return Err(CliError::new(format!("no project {arg}"))
                .hint("`carnet project list` shows every project with its id")
                .into());
        }
    }
    if let Some(p) = db.project_named(arg)? {
        return Ok(p);
    }
    let mut found = db.projects_matching(arg)?;
    let active: Vec<&Project> = found.iter().filter(|p| !p.archived).collect();
    if active.len() == 1 && found.len() > 1 {
        return Ok(active[0].clone());
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(CliError::new(format!("no project matches '{arg}'"))
            .hint("`carnet project list` shows every project; `carnet project add NAME` adds one")
            .into()),
        n => {
            let names: Vec<String> = found
                .iter()
                .map(|p| format!("  #{} {}", p.id, p.name))
                .collect();
            Err(CliError::new(format!(
                "'{arg}' matches {n} projects:\n{}",
                names.join("\n")
            ))
            .hint(format!("name one by id, e.g. #{}", found[0].id))
            .into())
        }
    }
}

/// Cleans a ROLE argument: a standard role in English or French, or any custom word.
pub fn role(raw: &str) -> Result<String> {
    normalize_role(raw).map_err(|e| {
        anyhow::Error::from(CliError::new(e.to_string()).hint(format!(
            "standard roles: {}; any other word is a custom role",
            STANDARD_ROLES.join(", ")
        )))
    })
}

/// An optional note: trimmed, `None` when empty.
pub fn note(raw: &Option<String>) -> Result<Option<String>> {
    Ok(crate::commands::contact::text("note", raw)?)
}
