//! carnet: a personal relationship manager over one local SQLite file.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod ctx;
pub mod error;
pub mod formats;
pub mod i18n;
pub mod model;
pub mod ops;
pub mod resolve;
pub mod settings;
pub mod store;
pub mod ui;
pub mod view;

use anyhow::{Context, Result};

use cli::{Cli, Command};
use clock::SystemClock;
use ctx::Ctx;
use error::CliError;
use store::Store;
use ui::output::Output;

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let mut out = Output::new(cli.json);
    if let Command::Completions(args) = &cli.command {
        return commands::completions::run(&out, args);
    }
    let language = i18n::process_choice();
    out.set_lang(language.lang);
    for w in &language.warnings {
        out.status(crate::tr!("warning-line", message = w.text(language.lang)));
    }
    if let Command::Config(args) = &cli.command {
        return commands::config::run(&out, language, args);
    }
    let clock = SystemClock::from_env()
        .map_err(|e| CliError::new(e).hint("CARNET_NOW takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"))?;
    let location = ctx::db_location(cli.db)?;
    let store = Store::open(&location)
        .with_context(|| format!("cannot open the database {}", location.path.display()))?;
    if let Some(copy) = &store.backup_before_migration {
        out.status(format!(
            "Upgraded the database schema; the previous version is kept in {}",
            copy.display()
        ));
    }
    let mut ctx = Ctx {
        store,
        out,
        prompt: ui::prompt::for_run(cli.no_input),
        clock: Box::new(clock),
        lang: language.lang,
    };
    let result = commands::dispatch(&mut ctx, cli.command);
    match result {
        Err(e) if ctx.store.nothing_changed_after_failure() => Err(store::NothingChanged::wrap(e)),
        other => other,
    }
}
