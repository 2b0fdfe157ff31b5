use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = carnet::cli::Cli::parse();
    match carnet::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if carnet::error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Error: {}", carnet::error::message_of(&err));
            if let Some(hint) = carnet::error::hint_of(&err) {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(carnet::error::exit_code_of(&err))
        }
    }
}
