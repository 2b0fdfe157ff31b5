
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
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a contact'
            cand list 'List contacts'
            cand ls 'List contacts'
            cand show 'Show everything known about a contact'
            cand edit 'Change a contact'
            cand rm 'Delete a contact and everything recorded about them, or one entry of their history'
            cand remove 'Delete a contact and everything recorded about them, or one entry of their history'
            cand note 'Add a dated note to a contact; correct or delete one'
            cand tag 'Add tags to a contact'
            cand untag 'Remove tags from a contact'
            cand tags 'List tags with how many contacts carry each'
            cand met 'Record that you met one or more contacts'
            cand log 'Record everyone you met at an event, guided by questions'
            cand event 'Record events and see what came out of them'
            cand card 'Record the business cards people give you'
            cand me 'Show your own card, or its QR code'
            cand follow-up 'Follow-ups: what to do next, and by when'
            cand fu 'Follow-ups: what to do next, and by when'
            cand today 'Show what to do today: follow-ups, people to reconnect with, birthdays'
            cand import 'Import contacts from vCard, CSV (LinkedIn, Google, Outlook…) or a carnet JSON export'
            cand export 'Export contacts, the whole database, or the calendar'
            cand merge 'Merge two contacts into one'
            cand archive 'Archive a contact: hidden from list, search and suggest, with all history kept'
            cand unarchive 'Bring an archived contact back'
            cand project 'Map the people around a project and the role each plays'
            cand search 'Find people from whatever you remember about them'
            cand suggest 'Suggest people worth reaching out to, with the reason'
            cand relate 'Tie two people: partner, family, friend, colleague, works-for, came-with…'
            cand unrelate 'Remove ties between people'
            cand undo 'Take back the last command that changed the notebook'
            cand redo 'Re-apply what `carnet undo` took back'
            cand backup 'Copy the database to a backup file'
            cand restore 'Put a backup back in place of the database'
            cand check 'Check the database for damage'
            cand config 'Show or change your settings'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;add'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
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
            cand --follow-up 'Create a follow-up due WHEN: "vendredi: send the deck", or just "2w" ("Follow up")'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --tag 'Only contacts with this tag (repeatable: all must match)'
            cand --company 'Only contacts whose company contains this'
            cand --city 'Only contacts whose city contains this'
            cand --met-at 'Only contacts met at this event (#ID or name)'
            cand --project 'Only members of this project'
            cand --role 'Only contacts holding this role (in --project when given, else in any project)'
            cand --introduced-by 'Only contacts introduced by this contact'
            cand --sort 'Sort order'
            cand --limit 'Show at most N contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived contacts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --tag 'Only contacts with this tag (repeatable: all must match)'
            cand --company 'Only contacts whose company contains this'
            cand --city 'Only contacts whose city contains this'
            cand --met-at 'Only contacts met at this event (#ID or name)'
            cand --project 'Only members of this project'
            cand --role 'Only contacts holding this role (in --project when given, else in any project)'
            cand --introduced-by 'Only contacts introduced by this contact'
            cand --sort 'Sort order'
            cand --limit 'Show at most N contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived contacts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;show'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
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
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;note'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --on 'The note''s date [default: today]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand edit 'Correct a note: its text or its date'
            cand rm 'Delete entries of a contact''s history'
            cand remove 'Delete entries of a contact''s history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;note;edit'= {
            cand --text 'The new text'
            cand --on 'The new date'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;note;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;note;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;note;help'= {
            cand edit 'Correct a note: its text or its date'
            cand rm 'Delete entries of a contact''s history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;note;help;edit'= {
        }
        &'carnet;note;help;rm'= {
        }
        &'carnet;note;help;help'= {
        }
        &'carnet;tag'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;untag'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List tags with their counts (the default)'
            cand ls 'List tags with their counts (the default)'
            cand cadence 'Set the keep-in-touch cadence of the contacts carrying a tag'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;tags;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;tags;cadence'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --clear 'Remove the tag''s cadence'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;tags;help'= {
            cand list 'List tags with their counts (the default)'
            cand cadence 'cadence'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;tags;help;list'= {
        }
        &'carnet;tags;help;cadence'= {
        }
        &'carnet;tags;help;help'= {
        }
        &'carnet;met'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --new 'A person not yet known, in one line: "Name, company, title, email, phone, website #tag, via WHO" (repeatable)'
            cand --at 'The event where you met (#ID or name)'
            cand --on 'The date [default: the event''s date, else today]'
            cand --how 'How you met [default: event with --at, else other]'
            cand --note 'What you talked about (one note shared by all the encounters)'
            cand --follow-up 'Also plan a follow-up with each of them: WHEN[: WHAT] ("vendredi: send the deck")'
            cand --came-with 'Who they came with (#ID or name; repeatable): a came-with tie, seen in `show`'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --card 'The details of the --new lines were on their business cards: recorded as cards received there (their emails and phones reach the contacts from the cards)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand edit 'Correct an encounter: its date, how, the event, the note'
            cand rm 'Delete entries of a contact''s history'
            cand remove 'Delete entries of a contact''s history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;met;edit'= {
            cand --on 'The new date'
            cand --how 'How you met'
            cand --at 'The event where you met (#ID or name; '''' for none)'
            cand --note 'What you talked about ('''' clears)'
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;met;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;met;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;met;help'= {
            cand edit 'Correct an encounter: its date, how, the event, the note'
            cand rm 'Delete entries of a contact''s history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;met;help;edit'= {
        }
        &'carnet;met;help;rm'= {
        }
        &'carnet;met;help;help'= {
        }
        &'carnet;log'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an event'
            cand list 'List events, newest first'
            cand ls 'List events, newest first'
            cand show 'Show what came out of an event'
            cand edit 'Change an event'
            cand rm 'Delete an event'
            cand remove 'Delete an event'
            cand invite 'Invite contacts to an event you organise'
            cand rsvp 'Record a guest''s answer to an invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;event;add'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --on 'Its date, with a start time or a span if it has one: "jeudi 17h30", "2026-12-03 17:30-19:30" [default: today]'
            cand --until 'When it ends: 19:30, 19h30, 7pm (the next day when before the start)'
            cand --for 'How long it lasts: 2h, 1h30, 90min'
            cand --at 'Where it takes place'
            cand --kind 'What kind of event'
            cand --organizer 'Who organises it ("me" for your own events)'
            cand --note 'A note about the event'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;event;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --since 'Only events on or after this date'
            cand --until 'Only events on or before this date'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;event;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --since 'Only events on or after this date'
            cand --until 'Only events on or before this date'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;event;show'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --name 'New name'
            cand --on 'New date, with a start time or a span to change them too: "jeudi 17h30"'
            cand --until 'New end time: 19:30, 19h30, 7pm'
            cand --for 'New length, from the start time: 2h, 1h30, 90min'
            cand --at 'New venue'
            cand --kind 'New kind'
            cand --organizer 'New organizer'
            cand --note 'New note'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --all-day 'Make it a day without a time (clears the start and end times)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event;invite'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;event;rsvp'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;event;help'= {
            cand add 'add'
            cand list 'list'
            cand show 'show'
            cand edit 'edit'
            cand rm 'rm'
            cand invite 'invite'
            cand rsvp 'rsvp'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;event;help;add'= {
        }
        &'carnet;event;help;list'= {
        }
        &'carnet;event;help;show'= {
        }
        &'carnet;event;help;edit'= {
        }
        &'carnet;event;help;rm'= {
        }
        &'carnet;event;help;invite'= {
        }
        &'carnet;event;help;rsvp'= {
        }
        &'carnet;event;help;help'= {
        }
        &'carnet;card'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Record a business card a contact gave you'
            cand list 'List business cards'
            cand ls 'List business cards'
            cand edit 'Correct a business card'
            cand rm 'Delete a business card'
            cand remove 'Delete a business card'
            cand scan 'Read business cards and badges from photos and file them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;card;add'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --company 'Company or organisation on the card'
            cand --title 'Title or activity on the card'
            cand --email 'Email address (repeatable)'
            cand --phone 'Phone number (repeatable)'
            cand --url 'Website'
            cand --address 'Postal address'
            cand --at 'The event where you received it (#ID or name)'
            cand --on 'When you received it [default: the event''s date, else today]'
            cand --note 'A note about the card'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;card;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --at 'Only cards received at this event (#ID or name)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;card;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --at 'Only cards received at this event (#ID or name)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;card;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --company 'Company or organisation ('''' clears)'
            cand --title 'Title or activity ('''' clears)'
            cand --email 'Email address (repeatable; replaces the card''s)'
            cand --phone 'Phone number (repeatable; replaces the card''s)'
            cand --url 'Website ('''' clears)'
            cand --address 'Postal address ('''' clears)'
            cand --at 'The event where you received it (#ID or name; '''' for none)'
            cand --on 'When you received it'
            cand --note 'A note about the card ('''' clears)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;card;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;card;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;card;scan'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --for 'File the cards to this contact (#ID, ID, or part of a name) instead of the person each card names'
            cand --at 'The event where you received them (#ID or name)'
            cand --on 'When you received them [default: the event''s date, else today]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --new 'Create a new contact even when one has the name read'
            cand -y 'File every card without asking'
            cand --yes 'File every card without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;card;help'= {
            cand add 'add'
            cand list 'list'
            cand edit 'edit'
            cand rm 'rm'
            cand scan 'scan'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;card;help;add'= {
        }
        &'carnet;card;help;list'= {
        }
        &'carnet;card;help;edit'= {
        }
        &'carnet;card;help;rm'= {
        }
        &'carnet;card;help;scan'= {
        }
        &'carnet;card;help;help'= {
        }
        &'carnet;me'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --qr 'Print your card as a QR code (a vCard) to be scanned by a phone'
            cand --invert 'Draw the QR code dark-on-light, for terminals with a light background'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Set fields of your own card'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;me;set'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --name 'Your name'
            cand --company 'Your company or organisation'
            cand --title 'Your title or activity'
            cand --email 'Your email address'
            cand --phone 'Your phone number'
            cand --url 'Your web site'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;me;help'= {
            cand set 'set'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;me;help;set'= {
        }
        &'carnet;me;help;help'= {
        }
        &'carnet;follow-up'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a follow-up about a contact, an event, or both'
            cand list 'List follow-ups, soonest first'
            cand ls 'List follow-ups, soonest first'
            cand done 'Mark follow-ups done'
            cand snooze 'Put a follow-up off to a later day'
            cand edit 'Change a follow-up'
            cand rm 'Delete follow-ups'
            cand remove 'Delete follow-ups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;fu'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a follow-up about a contact, an event, or both'
            cand list 'List follow-ups, soonest first'
            cand ls 'List follow-ups, soonest first'
            cand done 'Mark follow-ups done'
            cand snooze 'Put a follow-up off to a later day'
            cand edit 'Change a follow-up'
            cand rm 'Delete follow-ups'
            cand remove 'Delete follow-ups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;follow-up;add'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --due 'When it is due: demain, vendredi, in 2 weeks, 01/12…'
            cand --every 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)'
            cand --event 'The event it is about: #ID, or (the start of) its name'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;add'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --due 'When it is due: demain, vendredi, in 2 weeks, 01/12…'
            cand --every 'Repeat: 2w, 3m, 1y… (the next is due one period after it is done)'
            cand --event 'The event it is about: #ID, or (the start of) its name'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --upcoming 'Only open ones due in the next DAYS days (after today)'
            cand --contact 'Only those about this contact'
            cand --limit 'Show at most N follow-ups (0: no limit)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --overdue 'Only open ones due before today'
            cand --today 'Only open ones due today'
            cand --done 'Only done ones, latest first'
            cand --all 'Open and done ones'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --upcoming 'Only open ones due in the next DAYS days (after today)'
            cand --contact 'Only those about this contact'
            cand --limit 'Show at most N follow-ups (0: no limit)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --overdue 'Only open ones due before today'
            cand --today 'Only open ones due today'
            cand --done 'Only done ones, latest first'
            cand --all 'Open and done ones'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --upcoming 'Only open ones due in the next DAYS days (after today)'
            cand --contact 'Only those about this contact'
            cand --limit 'Show at most N follow-ups (0: no limit)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --overdue 'Only open ones due before today'
            cand --today 'Only open ones due today'
            cand --done 'Only done ones, latest first'
            cand --all 'Open and done ones'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --upcoming 'Only open ones due in the next DAYS days (after today)'
            cand --contact 'Only those about this contact'
            cand --limit 'Show at most N follow-ups (0: no limit)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --overdue 'Only open ones due before today'
            cand --today 'Only open ones due today'
            cand --done 'Only done ones, latest first'
            cand --all 'Open and done ones'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;done'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --on 'The day it was done [default: today]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;done'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --on 'The day it was done [default: today]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;snooze'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;snooze'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --what 'New text'
            cand --due 'New due date: demain, vendredi, 01/12…'
            cand --every 'Repeat every PERIOD: 2w, 3m, 1y'
            cand --contact 'About this contact instead'
            cand --event 'About this event instead'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --once 'Stop repeating'
            cand --no-contact 'About no contact (an event must remain)'
            cand --no-event 'About no event (a contact must remain)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --what 'New text'
            cand --due 'New due date: demain, vendredi, 01/12…'
            cand --every 'Repeat every PERIOD: 2w, 3m, 1y'
            cand --contact 'About this contact instead'
            cand --event 'About this event instead'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --once 'Stop repeating'
            cand --no-contact 'About no contact (an event must remain)'
            cand --no-event 'About no event (a contact must remain)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;fu;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;follow-up;help'= {
            cand add 'add'
            cand list 'list'
            cand done 'done'
            cand snooze 'snooze'
            cand edit 'edit'
            cand rm 'rm'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;follow-up;help;add'= {
        }
        &'carnet;follow-up;help;list'= {
        }
        &'carnet;follow-up;help;done'= {
        }
        &'carnet;follow-up;help;snooze'= {
        }
        &'carnet;follow-up;help;edit'= {
        }
        &'carnet;follow-up;help;rm'= {
        }
        &'carnet;follow-up;help;help'= {
        }
        &'carnet;fu;help'= {
            cand add 'add'
            cand list 'list'
            cand done 'done'
            cand snooze 'snooze'
            cand edit 'edit'
            cand rm 'rm'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;fu;help;add'= {
        }
        &'carnet;fu;help;list'= {
        }
        &'carnet;fu;help;done'= {
        }
        &'carnet;fu;help;snooze'= {
        }
        &'carnet;fu;help;edit'= {
        }
        &'carnet;fu;help;rm'= {
        }
        &'carnet;fu;help;help'= {
        }
        &'carnet;today'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --days 'How many days ahead to look for follow-ups and birthdays'
            cand --limit 'Show at most N items in each section'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --brief 'One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear'
            cand --all 'Show every item of every section'
            cand --act 'On a terminal: pick an item of the agenda, mark it done or put it off, until Quit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;import'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --format 'The format, when detection guesses wrong'
            cand --tag 'Tag every imported contact (repeatable, or comma-separated)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --dry-run 'Show what would happen; write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;export'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -o 'Write to this file instead of standard output (`-`: standard output)'
            cand --output 'Write to this file instead of standard output (`-`: standard output)'
            cand --vdir 'Write one file per contact or calendar item into this folder (a vdir)'
            cand --vcard-version 'vCard version to write'
            cand --tag 'Only contacts with this tag (repeatable: all must match; vcard and csv)'
            cand --project 'Only members of this project (vcard and csv)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;merge'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Merge without asking'
            cand --yes 'Merge without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;archive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;unarchive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
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
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --note 'What the project is about'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;list'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived projects'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;ls'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived projects'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;show'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;edit'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --name 'New name'
            cand --note 'New note ('''' clears)'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;rm'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;remove'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;archive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;unarchive'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;assign'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --role 'The role they play [default: member]'
            cand --note 'Why they matter to the project'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;project;unassign'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --role 'Only this role [default: every role they hold]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;project;help'= {
            cand add 'add'
            cand list 'list'
            cand show 'show'
            cand edit 'edit'
            cand rm 'rm'
            cand archive 'archive'
            cand unarchive 'unarchive'
            cand assign 'assign'
            cand unassign 'unassign'
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
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --limit 'Show at most N contacts'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived contacts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;suggest'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --limit 'Show at most N people'
            cand --tag 'Only contacts with this tag'
            cand --project 'Only members of this project'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --archived 'Include archived contacts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;relate'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --as 'How CONTACT is tied to OTHER'
            cand --note 'A note about the tie'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;unrelate'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -y 'Remove without asking'
            cand --yes 'Remove without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;undo'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand -n 'How many operations `--list` shows'
            cand --limit 'How many operations `--list` shows'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -l 'Show the operation log instead, newest first'
            cand --list 'Show the operation log instead, newest first'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;redo'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;backup'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;restore'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;check'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --repair 'Rebuild the search indexes before checking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;config'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand --unset 'Remove the setting from the file'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;completions'= {
            cand --db 'Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]'
            cand --json 'Print data as JSON on stdout'
            cand --no-input 'Never prompt; fail with a hint where an answer would be needed'
            cand --no-pager 'Never send long output through a pager ($CARNET_PAGER, $PAGER, less)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;help'= {
            cand add 'add'
            cand list 'list'
            cand show 'show'
            cand edit 'edit'
            cand rm 'rm'
            cand note 'note'
            cand tag 'tag'
            cand untag 'untag'
            cand tags 'tags'
            cand met 'met'
            cand log 'log'
            cand event 'event'
            cand card 'card'
            cand me 'me'
            cand follow-up 'follow-up'
            cand today 'today'
            cand import 'import'
            cand export 'export'
            cand merge 'merge'
            cand archive 'archive'
            cand unarchive 'unarchive'
            cand project 'project'
            cand search 'search'
            cand suggest 'suggest'
            cand relate 'relate'
            cand unrelate 'unrelate'
            cand undo 'undo'
            cand redo 'redo'
            cand backup 'backup'
            cand restore 'restore'
            cand check 'check'
            cand config 'config'
            cand completions 'completions'
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
        }
        &'carnet;help;met'= {
        }
        &'carnet;help;log'= {
        }
        &'carnet;help;event'= {
        }
        &'carnet;help;card'= {
        }
        &'carnet;help;me'= {
        }
        &'carnet;help;follow-up'= {
        }
        &'carnet;help;today'= {
        }
        &'carnet;help;import'= {
        }
        &'carnet;help;export'= {
        }
        &'carnet;help;merge'= {
        }
        &'carnet;help;archive'= {
        }
        &'carnet;help;unarchive'= {
        }
        &'carnet;help;project'= {
        }
        &'carnet;help;search'= {
        }
        &'carnet;help;suggest'= {
        }
        &'carnet;help;relate'= {
        }
        &'carnet;help;unrelate'= {
        }
        &'carnet;help;undo'= {
        }
        &'carnet;help;redo'= {
        }
        &'carnet;help;backup'= {
        }
        &'carnet;help;restore'= {
        }
        &'carnet;help;check'= {
        }
        &'carnet;help;config'= {
        }
        &'carnet;help;completions'= {
        }
        &'carnet;help;help'= {
        }
    ]
    $completions[$command]
}
