
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
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about a contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a contact and everything recorded about them, or one entry of their history')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a contact and everything recorded about them, or one entry of their history')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a dated note to a contact; correct or delete one')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags to a contact')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a contact')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'List tags with how many contacts carry each')
            [CompletionResult]::new('met', 'met', [CompletionResultType]::ParameterValue, 'Record that you met one or more contacts')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record everyone you met at an event, guided by questions')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Record events and see what came out of them')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'Record the business cards people give you')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Show your own card, or its QR code')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'Follow-ups: what to do next, and by when')
            [CompletionResult]::new('fu', 'fu', [CompletionResultType]::ParameterValue, 'Follow-ups: what to do next, and by when')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'Show what to do today: follow-ups, people to reconnect with, birthdays')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from vCard, CSV (LinkedIn, Google, Outlook…) or a carnet JSON export')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export contacts, the whole database, or the calendar')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge two contacts into one')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a contact: hidden from list, search and suggest, with all history kept')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived contact back')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Map the people around a project and the role each plays')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people from whatever you remember about them')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest people worth reaching out to, with the reason')
            [CompletionResult]::new('relate', 'relate', [CompletionResultType]::ParameterValue, 'Tie two people: partner, family, friend, colleague, works-for, came-with…')
            [CompletionResult]::new('unrelate', 'unrelate', [CompletionResultType]::ParameterValue, 'Remove ties between people')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back the last command that changed the notebook')
            [CompletionResult]::new('redo', 'redo', [CompletionResultType]::ParameterValue, 'Re-apply what `carnet undo` took back')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to a backup file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back in place of the database')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database for damage')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change your settings')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
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
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'Create a follow-up due WHEN: "vendredi: send the deck", or just "2w" ("Follow up")')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag (repeatable: all must match)')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Only contacts whose company contains this')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'Only contacts whose city contains this')
            [CompletionResult]::new('--met-at', '--met-at', [CompletionResultType]::ParameterName, 'Only contacts met at this event (#ID or name)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only contacts holding this role (in --project when given, else in any project)')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Only contacts introduced by this contact')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag (repeatable: all must match)')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Only contacts whose company contains this')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'Only contacts whose city contains this')
            [CompletionResult]::new('--met-at', '--met-at', [CompletionResultType]::ParameterName, 'Only contacts met at this event (#ID or name)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only contacts holding this role (in --project when given, else in any project)')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Only contacts introduced by this contact')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The note''s date [default: today]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a note: its text or its date')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;note;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The new text')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The new date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;note;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;note;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;note;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a note: its text or its date')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;note;help;edit' {
            break
        }
        'carnet;note;help;rm' {
            break
        }
        'carnet;note;help;help' {
            break
        }
        'carnet;tag' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;untag' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('cadence', 'cadence', [CompletionResultType]::ParameterValue, 'Set the keep-in-touch cadence of the contacts carrying a tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;tags;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;tags;cadence' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Remove the tag''s cadence')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;tags;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with their counts (the default)')
            [CompletionResult]::new('cadence', 'cadence', [CompletionResultType]::ParameterValue, 'cadence')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;tags;help;list' {
            break
        }
        'carnet;tags;help;cadence' {
            break
        }
        'carnet;tags;help;help' {
            break
        }
        'carnet;met' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'A person not yet known, in one line: "Name, company, title, email, phone, website #tag, via WHO" (repeatable)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The event where you met (#ID or name)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date [default: the event''s date, else today]')
            [CompletionResult]::new('--how', '--how', [CompletionResultType]::ParameterName, 'How you met [default: event with --at, else other]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What you talked about (one note shared by all the encounters)')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'Also plan a follow-up with each of them: WHEN[: WHAT] ("vendredi: send the deck")')
            [CompletionResult]::new('--came-with', '--came-with', [CompletionResultType]::ParameterName, 'Who they came with (#ID or name; repeatable): a came-with tie, seen in `show`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'The details of the --new lines were on their business cards: recorded as cards received there (their emails and phones reach the contacts from the cards)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct an encounter: its date, how, the event, the note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;met;edit' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The new date')
            [CompletionResult]::new('--how', '--how', [CompletionResultType]::ParameterName, 'How you met')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The event where you met (#ID or name; '''' for none)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What you talked about ('''' clears)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;met;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;met;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;met;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct an encounter: its date, how, the event, the note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete entries of a contact''s history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;met;help;edit' {
            break
        }
        'carnet;met;help;rm' {
            break
        }
        'carnet;met;help;help' {
            break
        }
        'carnet;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List events, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show what came out of an event')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an event')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an event')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an event')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite contacts to an event you organise')
            [CompletionResult]::new('rsvp', 'rsvp', [CompletionResultType]::ParameterValue, 'Record a guest''s answer to an invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;event;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Its date, with a start time or a span if it has one: "jeudi 17h30", "2026-12-03 17:30-19:30" [default: today]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'When it ends: 19:30, 19h30, 7pm (the next day when before the start)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long it lasts: 2h, 1h30, 90min')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Where it takes place')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of event')
            [CompletionResult]::new('--organizer', '--organizer', [CompletionResultType]::ParameterName, 'Who organises it ("me" for your own events)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note about the event')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;event;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events on or after this date')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events on or before this date')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;event;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events on or after this date')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events on or before this date')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;event;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'New date, with a start time or a span to change them too: "jeudi 17h30"')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'New end time: 19:30, 19h30, 7pm')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'New length, from the start time: 2h, 1h30, 90min')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'New venue')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'New kind')
            [CompletionResult]::new('--organizer', '--organizer', [CompletionResultType]::ParameterName, 'New organizer')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--all-day', '--all-day', [CompletionResultType]::ParameterName, 'Make it a day without a time (clears the start and end times)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;event;rsvp' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;event;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'show')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'invite')
            [CompletionResult]::new('rsvp', 'rsvp', [CompletionResultType]::ParameterValue, 'rsvp')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;event;help;add' {
            break
        }
        'carnet;event;help;list' {
            break
        }
        'carnet;event;help;show' {
            break
        }
        'carnet;event;help;edit' {
            break
        }
        'carnet;event;help;rm' {
            break
        }
        'carnet;event;help;invite' {
            break
        }
        'carnet;event;help;rsvp' {
            break
        }
        'carnet;event;help;help' {
            break
        }
        'carnet;card' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a business card a contact gave you')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List business cards')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List business cards')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a business card')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a business card')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a business card')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read business cards and badges from photos and file them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;card;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company or organisation on the card')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title or activity on the card')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (repeatable)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Website')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The event where you received it (#ID or name)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'When you received it [default: the event''s date, else today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note about the card')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;card;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Only cards received at this event (#ID or name)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;card;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Only cards received at this event (#ID or name)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;card;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company or organisation ('''' clears)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title or activity ('''' clears)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (repeatable; replaces the card''s)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number (repeatable; replaces the card''s)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Website ('''' clears)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address ('''' clears)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The event where you received it (#ID or name; '''' for none)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'When you received it')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note about the card ('''' clears)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;card;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;card;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;card;scan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'File the cards to this contact (#ID, ID, or part of a name) instead of the person each card names')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The event where you received them (#ID or name)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'When you received them [default: the event''s date, else today]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Create a new contact even when one has the name read')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'File every card without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'File every card without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;card;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'scan')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;card;help;add' {
            break
        }
        'carnet;card;help;list' {
            break
        }
        'carnet;card;help;edit' {
            break
        }
        'carnet;card;help;rm' {
            break
        }
        'carnet;card;help;scan' {
            break
        }
        'carnet;card;help;help' {
            break
        }
        'carnet;me' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Print your card as a QR code (a vCard) to be scanned by a phone')
            [CompletionResult]::new('--invert', '--invert', [CompletionResultType]::ParameterName, 'Draw the QR code dark-on-light, for terminals with a light background')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set fields of your own card')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;me;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Your name')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Your company or organisation')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Your title or activity')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Your email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Your phone number')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Your web site')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;me;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'set')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;me;help;set' {
            break
        }
        'carnet;me;help;help' {
            break
        }
        'carnet;follow-up' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a follow-up about a contact, an event, or both')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List follow-ups, soonest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List follow-ups, soonest first')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark follow-ups done')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Put a follow-up off to a later day')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a follow-up')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete follow-ups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete follow-ups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;fu' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a follow-up about a contact, an event, or both')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List follow-ups, soonest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List follow-ups, soonest first')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark follow-ups done')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Put a follow-up off to a later day')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a follow-up')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete follow-ups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete follow-ups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;follow-up;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due: demain, vendredi, in 2 weeks, 01/12…')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event it is about: #ID, or (the start of) its name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due: demain, vendredi, in 2 weeks, 01/12…')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event it is about: #ID, or (the start of) its name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only open ones due in the next DAYS days (after today)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Only those about this contact')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N follow-ups (0: no limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones due before today')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only open ones due today')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Only done ones, latest first')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Open and done ones')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only open ones due in the next DAYS days (after today)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Only those about this contact')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N follow-ups (0: no limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones due before today')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only open ones due today')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Only done ones, latest first')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Open and done ones')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only open ones due in the next DAYS days (after today)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Only those about this contact')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N follow-ups (0: no limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones due before today')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only open ones due today')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Only done ones, latest first')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Open and done ones')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only open ones due in the next DAYS days (after today)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Only those about this contact')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N follow-ups (0: no limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open ones due before today')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only open ones due today')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Only done ones, latest first')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Open and done ones')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it was done [default: today]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it was done [default: today]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;snooze' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;snooze' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'New text')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'New due date: demain, vendredi, 01/12…')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat every PERIOD: 2w, 3m, 1y')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'About this contact instead')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'About this event instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Stop repeating')
            [CompletionResult]::new('--no-contact', '--no-contact', [CompletionResultType]::ParameterName, 'About no contact (an event must remain)')
            [CompletionResult]::new('--no-event', '--no-event', [CompletionResultType]::ParameterName, 'About no event (a contact must remain)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'New text')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'New due date: demain, vendredi, 01/12…')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat every PERIOD: 2w, 3m, 1y')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'About this contact instead')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'About this event instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Stop repeating')
            [CompletionResult]::new('--no-contact', '--no-contact', [CompletionResultType]::ParameterName, 'About no contact (an event must remain)')
            [CompletionResult]::new('--no-event', '--no-event', [CompletionResultType]::ParameterName, 'About no event (a contact must remain)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;fu;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;follow-up;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'done')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'snooze')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;follow-up;help;add' {
            break
        }
        'carnet;follow-up;help;list' {
            break
        }
        'carnet;follow-up;help;done' {
            break
        }
        'carnet;follow-up;help;snooze' {
            break
        }
        'carnet;follow-up;help;edit' {
            break
        }
        'carnet;follow-up;help;rm' {
            break
        }
        'carnet;follow-up;help;help' {
            break
        }
        'carnet;fu;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'done')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'snooze')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;fu;help;add' {
            break
        }
        'carnet;fu;help;list' {
            break
        }
        'carnet;fu;help;done' {
            break
        }
        'carnet;fu;help;snooze' {
            break
        }
        'carnet;fu;help;edit' {
            break
        }
        'carnet;fu;help;rm' {
            break
        }
        'carnet;fu;help;help' {
            break
        }
        'carnet;today' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days ahead to look for follow-ups and birthdays')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N items in each section')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--brief', '--brief', [CompletionResultType]::ParameterName, 'One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item of every section')
            [CompletionResult]::new('--act', '--act', [CompletionResultType]::ParameterName, 'On a terminal: pick an item of the agenda, mark it done or put it off, until Quit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The format, when detection guesses wrong')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag every imported contact (repeatable, or comma-separated)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen; write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (`-`: standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (`-`: standard output)')
            [CompletionResult]::new('--vdir', '--vdir', [CompletionResultType]::ParameterName, 'Write one file per contact or calendar item into this folder (a vdir)')
            [CompletionResult]::new('--vcard-version', '--vcard-version', [CompletionResultType]::ParameterName, 'vCard version to write')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag (repeatable: all must match; vcard and csv)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project (vcard and csv)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;merge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Merge without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Merge without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;unarchive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a project')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects with their members count and the roles filled')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List projects with their members count and the roles filled')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s members by role, and the key roles nobody fills yet')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a project or change its note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a project and its roles (the contacts stay)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a project and its roles (the contacts stay)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a project: hidden from `project list` and from suggestions, kept whole')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived project back')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give contacts a role in a project')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take contacts out of a project, or out of one role in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;project;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the project is about')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived projects')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived projects')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note ('''' clears)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;unarchive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;assign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role they play [default: member]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why they matter to the project')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;unassign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role [default: every role they hold]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'show')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'archive')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'unarchive')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'assign')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'unassign')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;project;help;add' {
            break
        }
        'carnet;project;help;list' {
            break
        }
        'carnet;project;help;show' {
            break
        }
        'carnet;project;help;edit' {
            break
        }
        'carnet;project;help;rm' {
            break
        }
        'carnet;project;help;archive' {
            break
        }
        'carnet;project;help;unarchive' {
            break
        }
        'carnet;project;help;assign' {
            break
        }
        'carnet;project;help;unassign' {
            break
        }
        'carnet;project;help;help' {
            break
        }
        'carnet;search' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;suggest' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N people')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;relate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'How CONTACT is tied to OTHER')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note about the tie')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;unrelate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Remove without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Remove without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many operations `--list` shows')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many operations `--list` shows')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show the operation log instead, newest first')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Show the operation log instead, newest first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;redo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Rebuild the search indexes before checking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove the setting from the file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'show')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'edit')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'rm')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'note')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'tag')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'untag')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'tags')
            [CompletionResult]::new('met', 'met', [CompletionResultType]::ParameterValue, 'met')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'log')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'event')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'card')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'me')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'follow-up')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'today')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'import')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'export')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'merge')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'archive')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'unarchive')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'project')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'search')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'suggest')
            [CompletionResult]::new('relate', 'relate', [CompletionResultType]::ParameterValue, 'relate')
            [CompletionResult]::new('unrelate', 'unrelate', [CompletionResultType]::ParameterValue, 'unrelate')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'undo')
            [CompletionResult]::new('redo', 'redo', [CompletionResultType]::ParameterValue, 'redo')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'backup')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'restore')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'check')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'config')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'completions')
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
            break
        }
        'carnet;help;met' {
            break
        }
        'carnet;help;log' {
            break
        }
        'carnet;help;event' {
            break
        }
        'carnet;help;card' {
            break
        }
        'carnet;help;me' {
            break
        }
        'carnet;help;follow-up' {
            break
        }
        'carnet;help;today' {
            break
        }
        'carnet;help;import' {
            break
        }
        'carnet;help;export' {
            break
        }
        'carnet;help;merge' {
            break
        }
        'carnet;help;archive' {
            break
        }
        'carnet;help;unarchive' {
            break
        }
        'carnet;help;project' {
            break
        }
        'carnet;help;search' {
            break
        }
        'carnet;help;suggest' {
            break
        }
        'carnet;help;relate' {
            break
        }
        'carnet;help;unrelate' {
            break
        }
        'carnet;help;undo' {
            break
        }
        'carnet;help;redo' {
            break
        }
        'carnet;help;backup' {
            break
        }
        'carnet;help;restore' {
            break
        }
        'carnet;help;check' {
            break
        }
        'carnet;help;config' {
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
