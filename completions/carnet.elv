
use builtin;
use str;

set edit:completion:arg-completer[carnet] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'carnet'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'carnet'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a contact'
            cand list 'List contacts'
            cand ls 'List contacts'
            cand show 'Show everything known about a contact'
            cand edit 'Change a contact'
            cand rm 'Delete a contact and everything recorded about them'
            cand remove 'Delete a contact and everything recorded about them'
            cand note 'Add a dated note to a contact'
            cand tag 'Add tags to a contact'
            cand untag 'Remove tags from a contact'
            cand tags 'List tags with how many contacts carry each'
            cand backup 'Copy the database to a backup file'
            cand check 'Check the database for damage'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;add'= {
            cand --company 'Company or organisation'
            cand --title 'Job title or activity'
            cand --email 'Email address, [LABEL=]ADDRESS (repeatable)'
            cand --phone 'Phone number, [LABEL=]NUMBER (repeatable)'
            cand --link 'Web link, [LABEL=]URL (repeatable)'
            cand --city 'City'
            cand --tag 'Tag (repeatable, or comma-separated)'
            cand --note 'A first note, dated today'
            cand --birthday 'Birthday: YYYY-MM-DD, DD/MM/YYYY, or DD/MM without the year'
            cand --how-met 'How you met'
            cand --introduced-by 'Who introduced you (a contact)'
            cand --keep-in-touch 'Keep-in-touch cadence: 2w, 3m, 1y…'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;list'= {
            cand --tag 'Only contacts with this tag (repeatable: all must match)'
            cand --company 'Only contacts whose company contains this'
            cand --city 'Only contacts whose city contains this'
            cand --sort 'Sort order'
            cand --limit 'Show at most N contacts'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;ls'= {
            cand --tag 'Only contacts with this tag (repeatable: all must match)'
            cand --company 'Only contacts whose company contains this'
            cand --city 'Only contacts whose city contains this'
            cand --sort 'Sort order'
            cand --limit 'Show at most N contacts'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;show'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;edit'= {
            cand --name 'New name'
            cand --company 'Company ('''' clears)'
            cand --title 'Job title or activity ('''' clears)'
            cand --city 'City ('''' clears)'
            cand --how-met 'How you met ('''' clears)'
            cand --birthday 'Birthday: YYYY-MM-DD, DD/MM/YYYY or DD/MM ('''' clears)'
            cand --keep-in-touch 'Keep-in-touch cadence: 2w, 3m, 1y ('''' clears)'
            cand --introduced-by 'Who introduced you ('''' clears)'
            cand --add-email 'Add an email, [LABEL=]ADDRESS (repeatable)'
            cand --remove-email 'Remove an email (repeatable)'
            cand --add-phone 'Add a phone number, [LABEL=]NUMBER (repeatable)'
            cand --remove-phone 'Remove a phone number (repeatable)'
            cand --add-link 'Add a link, [LABEL=]URL (repeatable)'
            cand --remove-link 'Remove a link (repeatable)'
            cand --add-tag 'Add a tag (repeatable)'
            cand --remove-tag 'Remove a tag (repeatable)'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;note'= {
            cand --on 'The note''s date [default: today]'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tag'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;untag'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List tags with their counts (the default)'
            cand ls 'List tags with their counts (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;tags;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags;help'= {
            cand list 'List tags with their counts (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;tags;help;list'= {
        }
        &'carnet;tags;help;help'= {
        }
        &'carnet;backup'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;check'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --repair 'Rebuild the search indexes before checking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;completions'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;help'= {
            cand add 'Add a contact'
            cand list 'List contacts'
            cand show 'Show everything known about a contact'
            cand edit 'Change a contact'
            cand rm 'Delete a contact and everything recorded about them'
            cand note 'Add a dated note to a contact'
            cand tag 'Add tags to a contact'
            cand untag 'Remove tags from a contact'
            cand tags 'List tags with how many contacts carry each'
            cand backup 'Copy the database to a backup file'
            cand check 'Check the database for damage'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;help;add'= {
        }
        &'carnet;help;list'= {
        }
        &'carnet;help;show'= {
        }
        &'carnet;help;edit'= {
        }
        &'carnet;help;rm'= {
        }
        &'carnet;help;note'= {
        }
        &'carnet;help;tag'= {
        }
        &'carnet;help;untag'= {
        }
        &'carnet;help;tags'= {
            cand list 'List tags with their counts (the default)'
        }
        &'carnet;help;tags;list'= {
        }
        &'carnet;help;backup'= {
        }
        &'carnet;help;check'= {
        }
        &'carnet;help;completions'= {
        }
        &'carnet;help;help'= {
        }
    ]
    $completions[$command]
}
