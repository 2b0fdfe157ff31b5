# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_carnet_global_optspecs
    string join \n db= json no-input no-pager h/help V/version
end

function __fish_carnet_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_carnet_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_carnet_using_subcommand
    set -l cmd (__fish_carnet_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c carnet -n "__fish_carnet_needs_command" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_needs_command" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_needs_command" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_needs_command" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_needs_command" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "add" -d 'Add a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "list" -d 'List contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "ls" -d 'List contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "show" -d 'Show everything known about a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "edit" -d 'Change a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "rm" -d 'Delete a contact and everything recorded about them, or one entry of their history'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "remove" -d 'Delete a contact and everything recorded about them, or one entry of their history'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "note" -d 'Add a dated note to a contact; correct or delete one'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "tags" -d 'List tags with how many contacts carry each'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "met" -d 'Record that you met one or more contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "log" -d 'Record everyone you met at an event, guided by questions'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "event" -d 'Record events and see what came out of them'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "card" -d 'Record the business cards people give you'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "me" -d 'Show your own card, or its QR code'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "follow-up" -d 'Follow-ups: what to do next, and by when'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "fu" -d 'Follow-ups: what to do next, and by when'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "today" -d 'Show what to do today: follow-ups, people to reconnect with, birthdays'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "import" -d 'Import contacts from vCard, CSV (LinkedIn, Google, Outlook…) or a carnet JSON export'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "export" -d 'Export contacts, the whole database, or the calendar'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "merge" -d 'Merge two contacts into one'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "archive" -d 'Archive a contact: hidden from list, search and suggest, with all history kept'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "unarchive" -d 'Bring an archived contact back'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "project" -d 'Map the people around a project and the role each plays'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "search" -d 'Find people from whatever you remember about them'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "suggest" -d 'Suggest people worth reaching out to, with the reason'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "relate" -d 'Tie two people: partner, family, friend, colleague, works-for, came-with…'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "unrelate" -d 'Remove ties between people'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "undo" -d 'Take back the last command that changed the notebook'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "redo" -d 'Re-apply what `carnet undo` took back'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "backup" -d 'Copy the database to a backup file'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "restore" -d 'Put a backup back in place of the database'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "check" -d 'Check the database for damage'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "config" -d 'Show or change your settings'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand add" -l company -d 'Company or organisation' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l title -d 'Job title or activity' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l email -d 'Email address, [LABEL=]ADDRESS (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l phone -d 'Phone number, [LABEL=]NUMBER (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l link -d 'Web link, [LABEL=]URL (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l city -d 'City' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l tag -d 'Tag (repeatable, or comma-separated)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l note -d 'A first note, dated today' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l birthday -d 'Birthday: YYYY-MM-DD, DD/MM/YYYY, or DD/MM without the year' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l how-met -d 'How you met' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l introduced-by -d 'Who introduced you (a contact)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l keep-in-touch -d 'Keep-in-touch cadence: 2w, 3m, 1y…' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l follow-up -d 'Create a follow-up due WHEN: "vendredi: send the deck", or just "2w" ("Follow up")' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand list" -l tag -d 'Only contacts with this tag (repeatable: all must match)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l company -d 'Only contacts whose company contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l city -d 'Only contacts whose city contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l met-at -d 'Only contacts met at this event (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l project -d 'Only members of this project' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l role -d 'Only contacts holding this role (in --project when given, else in any project)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l introduced-by -d 'Only contacts introduced by this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l sort -d 'Sort order' -r -f -a "name\t''
added\t''
updated\t''"
complete -c carnet -n "__fish_carnet_using_subcommand list" -l limit -d 'Show at most N contacts' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l tag -d 'Only contacts with this tag (repeatable: all must match)' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l company -d 'Only contacts whose company contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l city -d 'Only contacts whose city contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l met-at -d 'Only contacts met at this event (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l project -d 'Only members of this project' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l role -d 'Only contacts holding this role (in --project when given, else in any project)' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l introduced-by -d 'Only contacts introduced by this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l sort -d 'Sort order' -r -f -a "name\t''
added\t''
updated\t''"
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l limit -d 'Show at most N contacts' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand show" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand show" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l name -d 'New name' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l company -d 'Company (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l title -d 'Job title or activity (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l city -d 'City (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l how-met -d 'How you met (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l birthday -d 'Birthday: YYYY-MM-DD, DD/MM/YYYY or DD/MM (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l keep-in-touch -d 'Keep-in-touch cadence: 2w, 3m, 1y (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l introduced-by -d 'Who introduced you (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l add-email -d 'Add an email, [LABEL=]ADDRESS (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l remove-email -d 'Remove an email (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l add-phone -d 'Add a phone number, [LABEL=]NUMBER (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l remove-phone -d 'Remove a phone number (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l add-link -d 'Add a link, [LABEL=]URL (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l remove-link -d 'Remove a link (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l add-tag -d 'Add a tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l remove-tag -d 'Remove a tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -l on -d 'The note\'s date [default: today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -a "edit" -d 'Correct a note: its text or its date'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -a "rm" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -a "remove" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand note; and not __fish_seen_subcommand_from edit rm remove help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l text -d 'The new text' -r
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l on -d 'The new date' -r
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a note: its text or its date'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -f -a "list" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -f -a "ls" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -f -a "cadence" -d 'Set the keep-in-touch cadence of the contacts carrying a tag'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls cadence help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -l clear -d 'Remove the tag\'s cadence'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from cadence" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "cadence"
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l new -d 'A person not yet known, in one line: "Name, company, title, email, phone, website #tag, via WHO" (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l at -d 'The event where you met (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l on -d 'The date [default: the event\'s date, else today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l how -d 'How you met [default: event with --at, else other]' -r -f -a "event\t''
coffee\t''
lunch\t''
call\t''
email\t''
video\t''
other\t''"
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l note -d 'What you talked about (one note shared by all the encounters)' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l follow-up -d 'Also plan a follow-up with each of them: WHEN[: WHAT] ("vendredi: send the deck")' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l came-with -d 'Who they came with (#ID or name; repeatable): a came-with tie, seen in `show`' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -l card -d 'The details of the --new lines were on their business cards: recorded as cards received there (their emails and phones reach the contacts from the cards)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -a "edit" -d 'Correct an encounter: its date, how, the event, the note'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -a "rm" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -a "remove" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand met; and not __fish_seen_subcommand_from edit rm remove help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l on -d 'The new date' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l how -d 'How you met' -r -f -a "event\t''
coffee\t''
lunch\t''
call\t''
email\t''
video\t''
other\t''"
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l at -d 'The event where you met (#ID or name; \'\' for none)' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l note -d 'What you talked about (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct an encounter: its date, how, the event, the note'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete entries of a contact\'s history'
complete -c carnet -n "__fish_carnet_using_subcommand met; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand log" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand log" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand log" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand log" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "add" -d 'Add an event'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "list" -d 'List events, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "ls" -d 'List events, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "show" -d 'Show what came out of an event'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "edit" -d 'Change an event'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "rm" -d 'Delete an event'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "remove" -d 'Delete an event'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "invite" -d 'Invite contacts to an event you organise'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "rsvp" -d 'Record a guest\'s answer to an invitation'
complete -c carnet -n "__fish_carnet_using_subcommand event; and not __fish_seen_subcommand_from add list ls show edit rm remove invite rsvp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l on -d 'Its date, with a start time or a span if it has one: "jeudi 17h30", "2026-12-03 17:30-19:30" [default: today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l until -d 'When it ends: 19:30, 19h30, 7pm (the next day when before the start)' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l for -d 'How long it lasts: 2h, 1h30, 90min' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l at -d 'Where it takes place' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l kind -d 'What kind of event' -r -f -a "breakfast\t''
afterwork\t''
meetup\t''
training\t''
conference\t''
other\t''"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l organizer -d 'Who organises it ("me" for your own events)' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l note -d 'A note about the event' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l since -d 'Only events on or after this date' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l until -d 'Only events on or before this date' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l since -d 'Only events on or after this date' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l until -d 'Only events on or before this date' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from show" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l on -d 'New date, with a start time or a span to change them too: "jeudi 17h30"' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l until -d 'New end time: 19:30, 19h30, 7pm' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l for -d 'New length, from the start time: 2h, 1h30, 90min' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l at -d 'New venue' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l kind -d 'New kind' -r -f -a "breakfast\t''
afterwork\t''
meetup\t''
training\t''
conference\t''
other\t''"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l organizer -d 'New organizer' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l note -d 'New note' -r
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -l all-day -d 'Make it a day without a time (clears the start and end times)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from invite" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from invite" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from invite" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rsvp" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rsvp" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rsvp" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rsvp" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from rsvp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "show"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "invite"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "rsvp"
complete -c carnet -n "__fish_carnet_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "add" -d 'Record a business card a contact gave you'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "list" -d 'List business cards'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "ls" -d 'List business cards'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "edit" -d 'Correct a business card'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "rm" -d 'Delete a business card'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "remove" -d 'Delete a business card'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "scan" -d 'Read business cards and badges from photos and file them'
complete -c carnet -n "__fish_carnet_using_subcommand card; and not __fish_seen_subcommand_from add list ls edit rm remove scan help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l company -d 'Company or organisation on the card' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l title -d 'Title or activity on the card' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l email -d 'Email address (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l phone -d 'Phone number (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l url -d 'Website' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l address -d 'Postal address' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l at -d 'The event where you received it (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l on -d 'When you received it [default: the event\'s date, else today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l note -d 'A note about the card' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -l at -d 'Only cards received at this event (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -l at -d 'Only cards received at this event (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l company -d 'Company or organisation (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l title -d 'Title or activity (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l email -d 'Email address (repeatable; replaces the card\'s)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l phone -d 'Phone number (repeatable; replaces the card\'s)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l url -d 'Website (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l address -d 'Postal address (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l at -d 'The event where you received it (#ID or name; \'\' for none)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l on -d 'When you received it' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l note -d 'A note about the card (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l for -d 'File the cards to this contact (#ID, ID, or part of a name) instead of the person each card names' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l at -d 'The event where you received them (#ID or name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l on -d 'When you received them [default: the event\'s date, else today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -l new -d 'Create a new contact even when one has the name read'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -s y -l yes -d 'File every card without asking'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "scan"
complete -c carnet -n "__fish_carnet_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l qr -d 'Print your card as a QR code (a vCard) to be scanned by a phone'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -l invert -d 'Draw the QR code dark-on-light, for terminals with a light background'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -f -a "set" -d 'Set fields of your own card'
complete -c carnet -n "__fish_carnet_using_subcommand me; and not __fish_seen_subcommand_from set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l name -d 'Your name' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l company -d 'Your company or organisation' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l title -d 'Your title or activity' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l email -d 'Your email address' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l phone -d 'Your phone number' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l url -d 'Your web site' -r
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "set"
complete -c carnet -n "__fish_carnet_using_subcommand me; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "add" -d 'Add a follow-up about a contact, an event, or both'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "list" -d 'List follow-ups, soonest first'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "ls" -d 'List follow-ups, soonest first'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "done" -d 'Mark follow-ups done'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "snooze" -d 'Put a follow-up off to a later day'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "edit" -d 'Change a follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "rm" -d 'Delete follow-ups'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "remove" -d 'Delete follow-ups'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l due -d 'When it is due: demain, vendredi, in 2 weeks, 01/12…' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l every -d 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l event -d 'The event it is about: #ID, or (the start of) its name' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l upcoming -d 'Only open ones due in the next DAYS days (after today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l contact -d 'Only those about this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N follow-ups (0: no limit)' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l overdue -d 'Only open ones due before today'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l today -d 'Only open ones due today'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l done -d 'Only done ones, latest first'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -l all -d 'Open and done ones'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l upcoming -d 'Only open ones due in the next DAYS days (after today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l contact -d 'Only those about this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N follow-ups (0: no limit)' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l overdue -d 'Only open ones due before today'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l today -d 'Only open ones due today'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l done -d 'Only done ones, latest first'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -l all -d 'Open and done ones'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -l on -d 'The day it was done [default: today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from snooze" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from snooze" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from snooze" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from snooze" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from snooze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l what -d 'New text' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l due -d 'New due date: demain, vendredi, 01/12…' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l every -d 'Repeat every PERIOD: 2w, 3m, 1y' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l contact -d 'About this contact instead' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l event -d 'About this event instead' -r
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l once -d 'Stop repeating'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l no-contact -d 'About no contact (an event must remain)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -l no-event -d 'About no event (a contact must remain)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "done"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "snooze"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand follow-up; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "add" -d 'Add a follow-up about a contact, an event, or both'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "list" -d 'List follow-ups, soonest first'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "ls" -d 'List follow-ups, soonest first'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "done" -d 'Mark follow-ups done'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "snooze" -d 'Put a follow-up off to a later day'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "edit" -d 'Change a follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "rm" -d 'Delete follow-ups'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "remove" -d 'Delete follow-ups'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and not __fish_seen_subcommand_from add list ls done snooze edit rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l due -d 'When it is due: demain, vendredi, in 2 weeks, 01/12…' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l every -d 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l event -d 'The event it is about: #ID, or (the start of) its name' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l upcoming -d 'Only open ones due in the next DAYS days (after today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l contact -d 'Only those about this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N follow-ups (0: no limit)' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l overdue -d 'Only open ones due before today'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l today -d 'Only open ones due today'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l done -d 'Only done ones, latest first'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -l all -d 'Open and done ones'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l upcoming -d 'Only open ones due in the next DAYS days (after today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l contact -d 'Only those about this contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N follow-ups (0: no limit)' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l overdue -d 'Only open ones due before today'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l today -d 'Only open ones due today'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l done -d 'Only done ones, latest first'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -l all -d 'Open and done ones'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -l on -d 'The day it was done [default: today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from snooze" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from snooze" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from snooze" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from snooze" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from snooze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l what -d 'New text' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l due -d 'New due date: demain, vendredi, 01/12…' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l every -d 'Repeat every PERIOD: 2w, 3m, 1y' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l contact -d 'About this contact instead' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l event -d 'About this event instead' -r
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l once -d 'Stop repeating'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l no-contact -d 'About no contact (an event must remain)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -l no-event -d 'About no event (a contact must remain)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "done"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "snooze"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand fu; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand today" -l days -d 'How many days ahead to look for follow-ups and birthdays' -r
complete -c carnet -n "__fish_carnet_using_subcommand today" -l limit -d 'Show at most N items in each section' -r
complete -c carnet -n "__fish_carnet_using_subcommand today" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l brief -d 'One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l all -d 'Show every item of every section'
complete -c carnet -n "__fish_carnet_using_subcommand today" -l act -d 'On a terminal: pick an item of the agenda, mark it done or put it off, until Quit'
complete -c carnet -n "__fish_carnet_using_subcommand today" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand import" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand import" -l format -d 'The format, when detection guesses wrong' -r -f -a "vcard\t''
csv\t''
linkedin\t''
google\t''
json\t''"
complete -c carnet -n "__fish_carnet_using_subcommand import" -l tag -d 'Tag every imported contact (repeatable, or comma-separated)' -r
complete -c carnet -n "__fish_carnet_using_subcommand import" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand import" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand import" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand import" -l dry-run -d 'Show what would happen; write nothing'
complete -c carnet -n "__fish_carnet_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output (`-`: standard output)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l vdir -d 'Write one file per contact or calendar item into this folder (a vdir)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l vcard-version -d 'vCard version to write' -r -f -a "3\t''
4\t''"
complete -c carnet -n "__fish_carnet_using_subcommand export" -l tag -d 'Only contacts with this tag (repeatable: all must match; vcard and csv)' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -l project -d 'Only members of this project (vcard and csv)' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand merge" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand merge" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand merge" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand merge" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand merge" -s y -l yes -d 'Merge without asking'
complete -c carnet -n "__fish_carnet_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand archive" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand archive" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand archive" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand archive" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand unarchive" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand unarchive" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand unarchive" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand unarchive" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand unarchive" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "add" -d 'Add a project'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "list" -d 'List projects with their members count and the roles filled'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "ls" -d 'List projects with their members count and the roles filled'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "show" -d 'Show a project\'s members by role, and the key roles nobody fills yet'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "edit" -d 'Rename a project or change its note'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "rm" -d 'Delete a project and its roles (the contacts stay)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "remove" -d 'Delete a project and its roles (the contacts stay)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "archive" -d 'Archive a project: hidden from `project list` and from suggestions, kept whole'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "unarchive" -d 'Bring an archived project back'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "assign" -d 'Give contacts a role in a project'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "unassign" -d 'Take contacts out of a project, or out of one role in it'
complete -c carnet -n "__fish_carnet_using_subcommand project; and not __fish_seen_subcommand_from add list ls show edit rm remove archive unarchive assign unassign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -l note -d 'What the project is about' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -l archived -d 'Include archived projects'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -l archived -d 'Include archived projects'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from show" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l note -d 'New note (\'\' clears)' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from archive" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from archive" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from archive" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from archive" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unarchive" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unarchive" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unarchive" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unarchive" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l role -d 'The role they play [default: member]' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l note -d 'Why they matter to the project' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -l role -d 'Only this role [default: every role they hold]' -r
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "archive"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "unarchive"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "assign"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "unassign"
complete -c carnet -n "__fish_carnet_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand search" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand search" -l limit -d 'Show at most N contacts' -r
complete -c carnet -n "__fish_carnet_using_subcommand search" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand search" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand search" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand search" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l limit -d 'Show at most N people' -r
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l tag -d 'Only contacts with this tag' -r
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l project -d 'Only members of this project' -r
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l as -d 'How CONTACT is tied to OTHER' -r
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l note -d 'A note about the tie' -r
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand relate" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand relate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -s y -l yes -d 'Remove without asking'
complete -c carnet -n "__fish_carnet_using_subcommand unrelate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand undo" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand undo" -s n -l limit -d 'How many operations `--list` shows' -r
complete -c carnet -n "__fish_carnet_using_subcommand undo" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand undo" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand undo" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand undo" -s l -l list -d 'Show the operation log instead, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand redo" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand redo" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand redo" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand redo" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand redo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand check" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l repair -d 'Rebuild the search indexes before checking'
complete -c carnet -n "__fish_carnet_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand config" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand config" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand config" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand config" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand config" -l unset -d 'Remove the setting from the file'
complete -c carnet -n "__fish_carnet_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-pager -d 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "add"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "list"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "show"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "edit"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "rm"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "note"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "tag"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "untag"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "tags"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "met"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "log"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "event"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "card"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "me"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "follow-up"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "today"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "import"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "export"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "merge"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "archive"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "unarchive"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "project"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "search"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "suggest"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "relate"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "unrelate"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "undo"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "redo"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "backup"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "restore"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "check"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "config"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "completions"
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags met log event card me follow-up today import export merge archive unarchive project search suggest relate unrelate undo redo backup restore check config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
