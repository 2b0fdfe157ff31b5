use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::ui::output::Output;

/// Print a shell completion script
///
/// The scripts are also kept in the repository's completions/ folder.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet completions bash > ~/.local/share/bash-completion/completions/carnet\n  carnet completions zsh > ~/.zfunc/_carnet\n  carnet completions fish > ~/.config/fish/completions/carnet.fish"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    let mut command = Cli::command();
    // Subcommands are built lazily (`defer`); completions describe them all.
    command.build();
    clap_complete::generate(shell, &mut command, "carnet", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn run(out: &Output, a: &CompletionsArgs) -> Result<()> {
    out.text(&script(a.shell))?;
    Ok(())
}
