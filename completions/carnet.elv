
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
            cand archive 'Archive a contact: hidden from list, search and suggest, with all history kept'
            cand unarchive 'Bring an archived contact back'
            cand project 'Map the people around a project and the role each plays'
            cand search 'Find people from whatever you remember about them'
            cand suggest 'Suggest people worth reaching out to, with the reason'
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
            cand --project 'Only members of this project'
            cand --role 'Only contacts holding this role (in --project when given, else in any project)'
            cand --introduced-by 'Only contacts introduced by this contact'
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
            cand --project 'Only members of this project'
            cand --role 'Only contacts holding this role (in --project when given, else in any project)'
            cand --introduced-by 'Only contacts introduced by this contact'
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
        &'carnet;archive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;unarchive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a project'
            cand list 'List projects with their members count and the roles filled'
            cand ls 'List projects with their members count and the roles filled'
            cand show 'Show a project''s members by role, and the key roles nobody fills yet'
            cand edit 'Rename a project or change its note'
            cand rm 'Delete a project and its roles (the contacts stay)'
            cand remove 'Delete a project and its roles (the contacts stay)'
            cand archive 'Archive a project: hidden from `project list` and from suggestions, kept whole'
            cand unarchive 'Bring an archived project back'
            cand assign 'Give contacts a role in a project'
            cand unassign 'Take contacts out of a project, or out of one role in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;project;add'= {
            cand --note 'What the project is about'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived projects'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived projects'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;show'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;edit'= {
            cand --name 'New name'
            cand --note 'New note ('''' clears)'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;archive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;unarchive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;assign'= {
            cand --role 'The role they play [default: member]'
            cand --note 'Why they matter to the project'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;unassign'= {
            cand --role 'Only this role [default: every role they hold]'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;help'= {
            cand add 'Add a project'
            cand list 'List projects with their members count and the roles filled'
            cand show 'Show a project''s members by role, and the key roles nobody fills yet'
            cand edit 'Rename a project or change its note'
            cand rm 'Delete a project and its roles (the contacts stay)'
            cand archive 'Archive a project: hidden from `project list` and from suggestions, kept whole'
            cand unarchive 'Bring an archived project back'
            cand assign 'Give contacts a role in a project'
            cand unassign 'Take contacts out of a project, or out of one role in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;project;help;add'= {
        }
        &'carnet;project;help;list'= {
        }
        &'carnet;project;help;show'= {
        }
        &'carnet;project;help;edit'= {
        }
        &'carnet;project;help;rm'= {
        }
        &'carnet;project;help;archive'= {
        }
        &'carnet;project;help;unarchive'= {
        }
        &'carnet;project;help;assign'= {
        }
        &'carnet;project;help;unassign'= {
        }
        &'carnet;project;help;help'= {
        }
        &'carnet;search'= {
            cand --limit 'Show at most N contacts'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;suggest'= {
            cand --limit 'Show at most N people'
            cand --tag 'Only contacts with this tag'
            cand --project 'Only members of this project'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --archived 'Include archived contacts'
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
            cand archive 'Archive a contact: hidden from list, search and suggest, with all history kept'
            cand unarchive 'Bring an archived contact back'
            cand project 'Map the people around a project and the role each plays'
            cand search 'Find people from whatever you remember about them'
            cand suggest 'Suggest people worth reaching out to, with the reason'
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
        &'carnet;help;archive'= {
        }
        &'carnet;help;unarchive'= {
        }
        &'carnet;help;project'= {
            cand add 'Add a project'
            cand list 'List projects with their members count and the roles filled'
            cand show 'Show a project''s members by role, and the key roles nobody fills yet'
            cand edit 'Rename a project or change its note'
            cand rm 'Delete a project and its roles (the contacts stay)'
            cand archive 'Archive a project: hidden from `project list` and from suggestions, kept whole'
            cand unarchive 'Bring an archived project back'
            cand assign 'Give contacts a role in a project'
            cand unassign 'Take contacts out of a project, or out of one role in it'
        }
        &'carnet;help;project;add'= {
        }
        &'carnet;help;project;list'= {
        }
        &'carnet;help;project;show'= {
        }
        &'carnet;help;project;edit'= {
        }
        &'carnet;help;project;rm'= {
        }
        &'carnet;help;project;archive'= {
        }
        &'carnet;help;project;unarchive'= {
        }
        &'carnet;help;project;assign'= {
        }
        &'carnet;help;project;unassign'= {
        }
        &'carnet;help;search'= {
        }
        &'carnet;help;suggest'= {
        }
        &'carnet;help;completions'= {
        }
        &'carnet;help;help'= {
        }
    ]
    $completions[$command]
}
