# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_carnet_global_optspecs
    string join \n db= json no-input h/help V/version
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
complete -c carnet -n "__fish_carnet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_needs_command" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "add" -d 'Add a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "list" -d 'List contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "ls" -d 'List contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "show" -d 'Show everything known about a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "edit" -d 'Change a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "rm" -d 'Delete a contact and everything recorded about them'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "remove" -d 'Delete a contact and everything recorded about them'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "note" -d 'Add a dated note to a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "tags" -d 'List tags with how many contacts carry each'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "backup" -d 'Copy the database to a backup file'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "check" -d 'Check the database for damage'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c carnet -n "__fish_carnet_using_subcommand add" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand add" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l tag -d 'Only contacts with this tag (repeatable: all must match)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l company -d 'Only contacts whose company contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l city -d 'Only contacts whose city contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l sort -d 'Sort order' -r -f -a "name\t''
added\t''
updated\t''"
complete -c carnet -n "__fish_carnet_using_subcommand list" -l limit -d 'Show at most N contacts' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand list" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l tag -d 'Only contacts with this tag (repeatable: all must match)' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l company -d 'Only contacts whose company contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l city -d 'Only contacts whose city contains this' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l sort -d 'Sort order' -r -f -a "name\t''
added\t''
updated\t''"
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l limit -d 'Show at most N contacts' -r
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l archived -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand show" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand show" -s h -l help -d 'Print help'
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
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remove" -s y -l yes -d 'Delete without asking'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand note" -l on -d 'The note\'s date [default: today]' -r
complete -c carnet -n "__fish_carnet_using_subcommand note" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand note" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand note" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand note" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tag" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand untag" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -f -a "list" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -f -a "ls" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and not __fish_seen_subcommand_from list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tags with their counts (the default)'
complete -c carnet -n "__fish_carnet_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand check" -l repair -d 'Rebuild the search indexes before checking'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l db -d 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l json -d 'Print data as JSON on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-input -d 'Never prompt; fail with a hint where an answer would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "add" -d 'Add a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "list" -d 'List contacts'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "show" -d 'Show everything known about a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "edit" -d 'Change a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "rm" -d 'Delete a contact and everything recorded about them'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "note" -d 'Add a dated note to a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "tags" -d 'List tags with how many contacts carry each'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "backup" -d 'Copy the database to a backup file'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "check" -d 'Check the database for damage'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from add list show edit rm note tag untag tags backup check completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "list" -d 'List tags with their counts (the default)'
