use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::search::{query_terms, snippet};
use crate::store::SearchQuery;
use crate::tr;
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

const SNIPPET_WIDTH: usize = 60;

pub fn run(ctx: &mut Ctx, a: SearchArgs) -> Result<()> {
    let text = a.query.join(" ");
    let terms = query_terms(&text);
    if terms.is_empty() {
        return Err(CliError::new(tr!("search-nothing", text = text.as_str()))
            .hint(tr!("search-nothing-hint"))
            .into());
    }
    let mut hits = ctx.store.db().search(&SearchQuery {
        text: text.clone(),
        include_archived: a.archived,
        limit: a.limit,
    })?;
    let mark = (!ctx.out.json()).then_some(("[", "]"));
    for h in &mut hits {
        h.snippet = snippet(&h.text, &terms, SNIPPET_WIDTH, mark);
    }
    ctx.out.paged();
    view::show(&ctx.out, SearchHits { hits, query: text })
}
