//! The selection of many people, the same in every command that takes one: its flags (a
//! clap `Args` flattened into each command), their resolution into a
//! `model::selection::Selection` (events, projects, tags and contacts named, an error naming
//! what is unknown), and the question asked before changing more than one person.

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::{parse_when, Lean};
use crate::model::invitation::Rsvp;
use crate::model::selection::{Answer, Selection};
use crate::model::text::fold;
use crate::store::ContactMatch as Selected;
use crate::tr;

/// The ids of the selectors, for `required_unless_present_any` on a CONTACT argument.
pub const SELECTORS: [&str; 12] = [
    "sel_project",
    "sel_role",
    "sel_tag",
    "sel_met_at",
    "sel_new_at",
    "sel_company",
    "sel_city",
    "sel_not_seen_since",
    "sel_invited_to",
    "sel_answer",
    "sel_search",
    "sel_introduced_by",
];

/// `SELECTORS` but --project and --role (see `PeopleArgs`).
pub const PEOPLE_SELECTORS: [&str; 10] = [
    "sel_tag",
    "sel_met_at",
    "sel_new_at",
    "sel_company",
    "sel_city",
    "sel_not_seen_since",
    "sel_invited_to",
    "sel_answer",
    "sel_search",
    "sel_introduced_by",
];

/// At most this many names are listed before the question.
const NAMES_SHOWN: usize = 20;

/// Who to act on: every flag narrows (AND); a flag repeated widens (OR)
#[derive(Debug, Clone, Default, Args)]
pub struct SelectArgs {
    #[command(flatten)]
    pub people: PeopleArgs,
    #[command(flatten)]
    pub roles: RoleArgs,
}

/// The selectors but --project and --role (which `project assign` has its own of).
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = HEADING)]
pub struct PeopleArgs {
    /// People with this tag; a,b: with both (repeatable: any)
    #[arg(long = "tag", value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub sel_tag: Vec<String>,
    /// People met at this event: #ID or name (repeatable: any)
    #[arg(long = "met-at", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub sel_met_at: Vec<String>,
    /// People first met at this event (repeatable: any)
    #[arg(long = "new-at", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub sel_new_at: Vec<String>,
    /// People whose company contains this, regardless of case and accents (repeatable: any)
    #[arg(long = "company", value_name = "TEXT")]
    pub sel_company: Vec<String>,
    /// People whose city contains this (repeatable: any)
    #[arg(long = "city", value_name = "TEXT")]
    pub sel_city: Vec<String>,
    /// People not met on this day or after (never met included): 2026-09-01, 1 sept, 01/09…
    #[arg(long = "not-seen-since", value_name = "DATE")]
    pub sel_not_seen_since: Option<String>,
    /// People invited to this event (repeatable: any)
    #[arg(long = "invited-to", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub sel_invited_to: Vec<String>,
    /// With this answer to --invited-to: yes, no, maybe or none (repeatable: any)
    #[arg(long = "answer", value_name = "ANSWER", requires = "sel_invited_to")]
    pub sel_answer: Vec<String>,
    /// People whose notes, details, encounters… hold these words, as `carnet search`
    /// finds them (repeatable: any)
    #[arg(long = "search", value_name = "WORDS")]
    pub sel_search: Vec<String>,
    /// People introduced by this contact (repeatable: any)
    #[arg(long = "introduced-by", value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub sel_introduced_by: Vec<String>,
    /// Archived contacts too
    #[arg(long = "archived")]
    pub sel_archived: bool,
}

/// The selectors by project and role.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = HEADING)]
pub struct RoleArgs {
    /// Members of this project (repeatable: any)
    #[arg(long = "project", value_name = "PROJECT")]
    #[arg(add = crate::complete::projects())]
    pub sel_project: Vec<String>,
    /// Holding this role, in --project when given, else in any project (repeatable: any)
    #[arg(long = "role", value_name = "ROLE")]
    pub sel_role: Vec<String>,
}

const HEADING: &str = "Selection (AND across flags, OR when one is repeated)";

impl From<PeopleArgs> for SelectArgs {
    fn from(people: PeopleArgs) -> SelectArgs {
        SelectArgs {
            people,
            roles: RoleArgs::default(),
        }
    }
}

impl SelectArgs {
    /// Whether any selector was given (`--archived` alone selects nobody in particular).
    pub fn given(&self) -> bool {
        let (p, r) = (&self.people, &self.roles);
        !(p.sel_tag.is_empty()
            && p.sel_met_at.is_empty()
            && p.sel_new_at.is_empty()
            && r.sel_project.is_empty()
            && r.sel_role.is_empty()
            && p.sel_company.is_empty()
            && p.sel_city.is_empty()
            && p.sel_not_seen_since.is_none()
            && p.sel_invited_to.is_empty()
            && p.sel_answer.is_empty()
            && p.sel_search.is_empty()
            && p.sel_introduced_by.is_empty())
    }
}

/// A text selector: folded, not empty.
fn text_parts(raw: &[String]) -> Vec<String> {
    raw.iter()
        .map(|t| fold(t.trim()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The answer to an invitation as `--answer` takes it.
pub fn answer(raw: &str) -> Result<Answer> {
    let folded = fold(raw.trim());
    if matches!(
        folded.as_str(),
        "none" | "aucune" | "aucun" | "pending" | ""
    ) {
        return Ok(Answer::None);
    }
    Rsvp::parse(raw).map(Answer::Said).ok_or_else(|| {
        CliError::new(tr!("select-bad-answer", answer = raw))
            .hint(tr!("select-bad-answer-hint"))
            .into()
    })
}

/// The selection the flags name, each event, project, tag and contact resolved: an
/// unknown one is an error naming it.
pub fn resolve(ctx: &mut Ctx, a: &SelectArgs) -> Result<Selection> {
    let (a, r) = (&a.people, &a.roles);
    let mut tags = Vec::new();
    for raw in &a.sel_tag {
        let mut group = Vec::new();
        for tag in super::tags(std::slice::from_ref(raw))? {
            if ctx.store.db().find_tag(&tag)?.is_none() {
                return Err(CliError::new(tr!(ctx.lang; "select-no-tag", tag = &tag))
                    .hint(tr!(ctx.lang; "select-no-tag-hint"))
                    .into());
            }
            group.push(fold(&tag));
        }
        tags.push(group);
    }
    let events = |ctx: &mut Ctx, raw: &[String]| -> Result<Vec<i64>> {
        let mut ids = Vec::new();
        for e in raw {
            let id = ctx.event(e)?.id;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    };
    let met_at = events(ctx, &a.sel_met_at)?;
    let new_at = events(ctx, &a.sel_new_at)?;
    let invited_to = events(ctx, &a.sel_invited_to)?;
    let mut projects = Vec::new();
    for p in &r.sel_project {
        let id = ctx.project(p)?.id;
        if !projects.contains(&id) {
            projects.push(id);
        }
    }
    let roles = r
        .sel_role
        .iter()
        .map(|r| super::role(r))
        .collect::<Result<Vec<_>>>()?;
    let mut introduced_by = Vec::new();
    for c in &a.sel_introduced_by {
        let id = ctx.contact(c)?.id;
        if !introduced_by.contains(&id) {
            introduced_by.push(id);
        }
    }
    let not_seen_since = match &a.sel_not_seen_since {
        Some(d) => Some(parse_when(d, ctx.today(), Lean::Past)?.date),
        None => None,
    };
    let answers = a
        .sel_answer
        .iter()
        .map(|r| answer(r))
        .collect::<Result<Vec<_>>>()?;
    let mut search = Vec::new();
    for words in &a.sel_search {
        match ctx.store.db().search_expression(words)? {
            Some(expr) => search.push(expr),
            None => {
                return Err(
                    CliError::new(tr!(ctx.lang; "select-no-words", words = words))
                        .hint(tr!(ctx.lang; "select-no-words-hint"))
                        .into(),
                )
            }
        }
    }
    Ok(Selection {
        tags,
        met_at,
        new_at,
        projects,
        roles,
        companies: text_parts(&a.sel_company),
        cities: text_parts(&a.sel_city),
        not_seen_since,
        invited_to,
        answers,
        search,
        introduced_by,
        include_archived: a.sel_archived,
    })
}

/// The people a bulk command acts on: those named as CONTACT arguments, then those the
/// selection holds, each once. Nobody is an error (exit 1) saying nothing was changed.
pub fn people(ctx: &mut Ctx, named: &[String], a: &SelectArgs) -> Result<Vec<Selected>> {
    let mut people: Vec<Selected> = ctx.contacts(named)?;
    if a.given() {
        let s = resolve(ctx, a)?;
        let mut seen: std::collections::HashSet<i64> = people.iter().map(|p| p.id).collect();
        for p in ctx.store.db().selected(&s)? {
            if seen.insert(p.id) {
                people.push(p);
            }
        }
        ctx.out
            .status(tr!(ctx.lang; "select-count", count = people.len()));
    }
    if people.is_empty() {
        return Err(CliError::new(tr!(ctx.lang; "select-nobody"))
            .hint(tr!(ctx.lang; "select-nobody-hint"))
            .into());
    }
    Ok(people)
}

/// Whether to go ahead with a change to `people`: without asking for one person; with
/// `--yes` (`yes`); else on a terminal as answered to `question` (after their names when
/// they are 20 or fewer), the default being no; elsewhere an error asking for --yes.
/// Says so when the answer is no.
pub fn confirm(ctx: &mut Ctx, people: &[Selected], yes: bool, question: String) -> Result<bool> {
    if people.len() <= 1 || yes {
        return Ok(true);
    }
    let lang = ctx.lang;
    if ctx.prompt.is_interactive() && people.len() <= NAMES_SHOWN {
        let names: Vec<String> = people
            .iter()
            .map(|p| tr!(lang; "select-person", id = p.id, name = &p.name))
            .collect();
        ctx.out.status(names.join("\n"));
    }
    let go = ctx.confirm(
        false,
        &question,
        tr!(lang; "select-needs-yes", count = people.len()),
        tr!(lang; "select-needs-yes-hint"),
    )?;
    if !go {
        ctx.out.status(tr!(lang; "select-cancelled"));
    }
    Ok(go)
}

/// `--yes`, the same in every bulk command.
#[derive(Debug, Clone, Default, Args)]
pub struct YesArg {
    /// Change several people without asking (needed when not on a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_english_and_french() {
        assert_eq!(answer("yes").unwrap(), Answer::Said(Rsvp::Yes));
        assert_eq!(answer("Oui").unwrap(), Answer::Said(Rsvp::Yes));
        assert_eq!(answer("non").unwrap(), Answer::Said(Rsvp::No));
        assert_eq!(answer("peut-être").unwrap(), Answer::Said(Rsvp::Maybe));
        assert_eq!(answer("none").unwrap(), Answer::None);
        assert_eq!(answer("aucune").unwrap(), Answer::None);
        let e = answer("perhaps").unwrap_err();
        assert!(e.to_string().contains("'perhaps'"), "{e}");
    }

    #[test]
    fn text_selectors_are_folded_and_blank_ones_dropped() {
        assert_eq!(
            text_parts(&[" Montréal ".into(), "  ".into()]),
            ["montreal"]
        );
    }

    #[test]
    fn any_selector_counts_as_given_but_archived_alone() {
        assert!(!SelectArgs::default().given());
        let archived = SelectArgs::from(PeopleArgs {
            sel_archived: true,
            ..Default::default()
        });
        assert!(!archived.given());
        let one = |f: fn(&mut PeopleArgs, &mut RoleArgs)| {
            let mut a = SelectArgs::default();
            f(&mut a.people, &mut a.roles);
            a.given()
        };
        assert!(one(|a, _| a.sel_tag.push("x".into())));
        assert!(one(|a, _| a.sel_met_at.push("x".into())));
        assert!(one(|a, _| a.sel_new_at.push("x".into())));
        assert!(one(|_, a| a.sel_project.push("x".into())));
        assert!(one(|_, a| a.sel_role.push("x".into())));
        assert!(one(|a, _| a.sel_company.push("x".into())));
        assert!(one(|a, _| a.sel_city.push("x".into())));
        assert!(one(|a, _| a.sel_not_seen_since = Some("x".into())));
        assert!(one(|a, _| a.sel_invited_to.push("x".into())));
        assert!(one(|a, _| a.sel_answer.push("x".into())));
        assert!(one(|a, _| a.sel_search.push("x".into())));
        assert!(one(|a, _| a.sel_introduced_by.push("x".into())));
    }
}
