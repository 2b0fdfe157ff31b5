use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    // A shell asking for completions (`COMPLETE=bash carnet -- …`) is answered and carnet
    // exits; otherwise this reads one environment variable.
    carnet::complete::answer_and_exit_if_asked();
    let cli = parse_command_line();
    match carnet::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if carnet::error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if carnet::error::is_quiet(&err) => {
            ExitCode::from(carnet::error::exit_code_of(&err))
        }
        Err(err) => {
            // What the error quotes (a name, a line of a file) is shown, never obeyed.
            let safe = |s: String| carnet::model::text::escape_unsafe(&s, true).into_owned();
            let message = safe(carnet::error::message_of(&err));
            eprintln!("{}", carnet::tr!("error-line", message = message));
            if let Some(hint) = carnet::error::hint_of(&err) {
                eprintln!("{}", carnet::tr!("hint-line", hint = safe(hint)));
            }
            ExitCode::from(carnet::error::exit_code_of(&err))
        }
    }
}

/// `Cli::parse()`, made cheaper for the common case (see bench/optimisations.md): the
/// subcommands' arguments are only built for the one being run (`#[command(defer = true)]`),
/// and the command tree is not freed, as the process runs one command and exits. That was
/// half the instructions of `carnet --version`.
///
/// Help, version and errors are rendered from the fully built tree, which lists every
/// subcommand with its description.
fn parse_command_line() -> carnet::cli::Cli {
    let args: Vec<_> = std::env::args_os().collect();
    let mut command = carnet::cli::Cli::command();
    match parse(&mut command, &args) {
        Ok(cli) => {
            std::mem::forget(command);
            return cli;
        }
        Err(err) if err.kind() == clap::error::ErrorKind::DisplayVersion => err.exit(),
        Err(_) => {}
    }
    let mut full = carnet::cli::Cli::command();
    full.build();
    match parse(&mut full, &args) {
        Ok(cli) => cli,
        Err(err) => err.format(&mut full).exit(),
    }
}

fn parse(
    command: &mut clap::Command,
    args: &[std::ffi::OsString],
) -> Result<carnet::cli::Cli, clap::Error> {
    let mut matches = command.try_get_matches_from_mut(args)?;
    carnet::cli::Cli::from_arg_matches_mut(&mut matches)
}
