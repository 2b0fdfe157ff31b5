
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'carnet' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'carnet'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'carnet' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about a contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a contact and everything recorded about them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a contact and everything recorded about them')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a dated note to a contact')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags to a contact')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a contact')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'List tags with how many contacts carry each')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to a backup file')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database for damage')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;add' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company or organisation')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title or activity')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address, [LABEL=]ADDRESS (repeatable)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number, [LABEL=]NUMBER (repeatable)')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Web link, [LABEL=]URL (repeatable)')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag (repeatable, or comma-separated)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A first note, dated today')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Birthday: YYYY-MM-DD, DD/MM/YYYY, or DD/MM without the year')
            [CompletionResult]::new('--how-met', '--how-met', [CompletionResultType]::ParameterName, 'How you met')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Who introduced you (a contact)')
            [CompletionResult]::new('--keep-in-touch', '--keep-in-touch', [CompletionResultType]::ParameterName, 'Keep-in-touch cadence: 2w, 3m, 1y…')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag (repeatable: all must match)')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Only contacts whose company contains this')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'Only contacts whose city contains this')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;ls' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag (repeatable: all must match)')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Only contacts whose company contains this')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'Only contacts whose city contains this')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company ('''' clears)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title or activity ('''' clears)')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City ('''' clears)')
            [CompletionResult]::new('--how-met', '--how-met', [CompletionResultType]::ParameterName, 'How you met ('''' clears)')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Birthday: YYYY-MM-DD, DD/MM/YYYY or DD/MM ('''' clears)')
            [CompletionResult]::new('--keep-in-touch', '--keep-in-touch', [CompletionResultType]::ParameterName, 'Keep-in-touch cadence: 2w, 3m, 1y ('''' clears)')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Who introduced you ('''' clears)')
            [CompletionResult]::new('--add-email', '--add-email', [CompletionResultType]::ParameterName, 'Add an email, [LABEL=]ADDRESS (repeatable)')
            [CompletionResult]::new('--remove-email', '--remove-email', [CompletionResultType]::ParameterName, 'Remove an email (repeatable)')
            [CompletionResult]::new('--add-phone', '--add-phone', [CompletionResultType]::ParameterName, 'Add a phone number, [LABEL=]NUMBER (repeatable)')
            [CompletionResult]::new('--remove-phone', '--remove-phone', [CompletionResultType]::ParameterName, 'Remove a phone number (repeatable)')
            [CompletionResult]::new('--add-link', '--add-link', [CompletionResultType]::ParameterName, 'Add a link, [LABEL=]URL (repeatable)')
            [CompletionResult]::new('--remove-link', '--remove-link', [CompletionResultType]::ParameterName, 'Remove a link (repeatable)')
            [CompletionResult]::new('--add-tag', '--add-tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Remove a tag (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;note' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The note''s date [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tag' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;untag' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;tags;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;tags;help;list' {
            break
        }
        'carnet;tags;help;help' {
            break
        }
        'carnet;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Rebuild the search indexes before checking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about a contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a contact and everything recorded about them')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a dated note to a contact')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags to a contact')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a contact')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'List tags with how many contacts carry each')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to a backup file')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database for damage')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;help;add' {
            break
        }
        'carnet;help;list' {
            break
        }
        'carnet;help;show' {
            break
        }
        'carnet;help;edit' {
            break
        }
        'carnet;help;rm' {
            break
        }
        'carnet;help;note' {
            break
        }
        'carnet;help;tag' {
            break
        }
        'carnet;help;untag' {
            break
        }
        'carnet;help;tags' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            break
        }
        'carnet;help;tags;list' {
            break
        }
        'carnet;help;backup' {
            break
        }
        'carnet;help;check' {
            break
        }
        'carnet;help;completions' {
            break
        }
        'carnet;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
