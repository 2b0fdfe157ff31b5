use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::search::parse_query;
use crate::resolve::nearest;
use crate::store::{SearchQuery, MAX_SEARCH_TERMS};
use crate::tr;
use crate::view::names;
use crate::view::{self, search::SearchHits};

const EXAMPLES: &str = "\
Examples:
  carnet search chocolat           # a word from a note or an encounter, a prefix is enough
  carnet search frederic duval     # several words narrow the result
  carnet search \"petit déj\" --json";

/// Find people from whatever you remember about them
///
/// Looks through names, companies, titles, cities, how you met, tags, notes, encounter
/// notes, the events where you met, business cards and emails. Case and accents never
/// matter ("oeuvre" finds Œuvre); the last word may be the start of a word; several words
/// must all be found. Best matches first, one line per contact with the field that matched.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct SearchArgs {
    /// What you remember (several words narrow the result)
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Include archived contacts
    #[arg(long)]
    pub archived: bool,
    /// Show at most N contacts
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

pub fn run(ctx: &mut Ctx, a: SearchArgs) -> Result<()> {
    let text = a.query.join(" ");
    let terms = parse_query(&text);
    if terms.is_empty() {
        return Err(
            CliError::new(tr!(ctx.lang; "search-nothing", query = &text))
                .hint(tr!(ctx.lang; "search-nothing-hint"))
                .usage()
                .into(),
        );
    }
    if terms.len() > MAX_SEARCH_TERMS {
        return Err(CliError::new(tr!(
            ctx.lang; "search-too-many",
            count = terms.len(),
            max = MAX_SEARCH_TERMS
        ))
        .hint(tr!(ctx.lang; "search-too-many-hint"))
        .into());
    }
    let hits = ctx.store.read(|db| {
        db.search(&SearchQuery {
            text: text.clone(),
            include_archived: a.archived,
            limit: a.limit,
        })
    })?;
    let near = if hits.is_empty() {
        nearest(ctx.store.db(), &text)?
            .iter()
            .map(names::contact)
            .collect()
    } else {
        Vec::new()
    };
    ctx.out.paged();
    view::show(
        &ctx.out,
        SearchHits {
            hits,
            query: text,
            near,
        },
    )
}
