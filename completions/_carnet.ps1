
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
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a contact: hidden from list, search and suggest, with all history kept')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived contact back')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Map the people around a project and the role each plays')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people from whatever you remember about them')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest people worth reaching out to, with the reason')
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
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only contacts holding this role (in --project when given, else in any project)')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Only contacts introduced by this contact')
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
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only contacts holding this role (in --project when given, else in any project)')
            [CompletionResult]::new('--introduced-by', '--introduced-by', [CompletionResultType]::ParameterName, 'Only contacts introduced by this contact')
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
        'carnet;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;unarchive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
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
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the project is about')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived projects')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived projects')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note ('''' clears)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;unarchive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;assign' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role they play [default: member]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why they matter to the project')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;project;unassign' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role [default: every role they hold]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;project;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a project')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects with their members count and the roles filled')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s members by role, and the key roles nobody fills yet')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a project or change its note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a project and its roles (the contacts stay)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a project: hidden from `project list` and from suggestions, kept whole')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived project back')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give contacts a role in a project')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take contacts out of a project, or out of one role in it')
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
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N contacts')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where an answer would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;suggest' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N people')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only contacts with this tag')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only members of this project')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived contacts')
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
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a contact: hidden from list, search and suggest, with all history kept')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived contact back')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Map the people around a project and the role each plays')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people from whatever you remember about them')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest people worth reaching out to, with the reason')
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
        'carnet;help;archive' {
            break
        }
        'carnet;help;unarchive' {
            break
        }
        'carnet;help;project' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a project')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects with their members count and the roles filled')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s members by role, and the key roles nobody fills yet')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a project or change its note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a project and its roles (the contacts stay)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a project: hidden from `project list` and from suggestions, kept whole')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived project back')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give contacts a role in a project')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take contacts out of a project, or out of one role in it')
            break
        }
        'carnet;help;project;add' {
            break
        }
        'carnet;help;project;list' {
            break
        }
        'carnet;help;project;show' {
            break
        }
        'carnet;help;project;edit' {
            break
        }
        'carnet;help;project;rm' {
            break
        }
        'carnet;help;project;archive' {
            break
        }
        'carnet;help;project;unarchive' {
            break
        }
        'carnet;help;project;assign' {
            break
        }
        'carnet;help;project;unassign' {
            break
        }
        'carnet;help;search' {
            break
        }
        'carnet;help;suggest' {
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
