//! carnet: a personal relationship manager over one local SQLite file.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod ctx;
pub mod error;
pub mod formats;
pub mod i18n;
pub mod model;
pub mod ops;
pub mod resolve;
pub mod scan;
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

/// What the operations of this run say about it in the log: the command line as typed, the
/// time, and how much the log keeps (`CARNET_UNDO_KEEP`, `CARNET_UNDO_DAYS`).
fn operation_meta(clock: &dyn clock::Clock) -> Result<store::OperationMeta> {
    use model::history::{command_line, HistoryBound};
    let var = |name: &str| std::env::var(name).ok();
    let bound = HistoryBound::from_values(
        var("CARNET_UNDO_KEEP").as_deref(),
        var("CARNET_UNDO_DAYS").as_deref(),
    )
    .map_err(|e| {
        CliError::new(crate::tr!(
            "history-bad-bound",
            var = e.var,
            value = e.value
        ))
        .hint(crate::tr!("history-bad-bound-hint"))
    })?;
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    Ok(store::OperationMeta {
        command: command_line(&args),
        at: clock.timestamp(),
        bound,
    })
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let mut out = Output::new(cli.json);
    if cli.no_pager {
        out.forbid_pager();
    }
    if let Some(Command::Completions(args)) = &cli.command {
        return commands::completions::run(&out, args);
    }
    let language = i18n::process_choice();
    out.set_lang(language.lang);
    for w in &language.warnings {
        out.status(crate::tr!("warning-line", message = w.text(language.lang)));
    }
    if let Some(Command::Config(args)) = &cli.command {
        return commands::config::run(&out, language, args);
    }
    let clock = SystemClock::from_env()
        .map_err(|e| CliError::new(e).hint(crate::tr!("store-bad-now-hint")))?;
    let location = ctx::db_location(cli.db)?;
    if let Some(Command::Restore(args)) = &cli.command {
        return commands::restore::run(&out, &location, args);
    }
    if cli.command.is_none() && !location.path.exists() {
        // `carnet` before anything was recorded: say how to start, create nothing.
        return view::show(&out, view::start::StartView::empty());
    }
    let mut store = Store::open(&location).with_context(|| {
        crate::tr!(
            "store-cannot-open",
            path = location.path.display().to_string()
        )
    })?;
    store.describe_operations(operation_meta(&clock)?);
    if let Some(copy) = &store.backup_before_migration {
        out.status(crate::tr!(language.lang; "store-upgraded",
            path = copy.display().to_string()));
    }
    let mut ctx = Ctx {
        store,
        out,
        prompt: ui::prompt::for_run(cli.no_input, language.lang),
        clock: Box::new(clock),
        lang: language.lang,
    };
    let result = match cli.command {
        Some(command) => commands::dispatch(&mut ctx, command),
        None => commands::start::run(&mut ctx),
    };
    match result {
        Err(e) if ctx.store.nothing_changed_after_failure() => Err(store::NothingChanged::wrap(e)),
        other => other,
    }
}
