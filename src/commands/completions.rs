use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use crate::ui::output::Output;

/// Print a shell completion script
///
/// The script asks carnet itself what to complete at each Tab (`COMPLETE=bash carnet -- …`):
/// commands and flags, and the names of contacts, events and projects and the tags in the
/// database (`--db` or CARNET_DB, else the default one), accents typed plain: "fre" gives
/// Frédéric. The scripts are also kept in the repository's completions/ folder.
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
    crate::complete::registration(shell)
}

pub fn run(out: &Output, a: &CompletionsArgs) -> Result<()> {
    out.text(&script(a.shell))?;
    Ok(())
}
