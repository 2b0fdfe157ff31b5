# What carnet says when it reads what was typed for a CONTACT, a PROJECT, an EVENT or an id
# (src/model/ids.rs, src/ctx.rs). $kind and $expected are one of: contact, note, encounter,
# card, followup, event, project, invitation, relation, operation (model::ids::Kind::key).

# Two names or more in a sentence: "A or B", "A, B or C".
resolve-or = { $first } or { $last }
resolve-and = { $first } and { $last }

# An id of the right kind that names nothing: "no contact #99".
resolve-no-such-id = no { $kind ->
        [contact] contact
        [project] project
        [event] event
       *[followup] follow-up
    } { $shown }
resolve-no-such-id-hint = `{ $list }` shows every { $kind ->
        [contact] contact
        [project] project
        [event] event
       *[followup] follow-up
    } with its id
# Nothing named like what was typed.
resolve-no-match = no { $kind ->
        [contact] contact
        [project] project
        [event] event
       *[followup] follow-up
    } matches '{ $typed }'
resolve-no-match-hint = `{ $list }` shows every { $kind ->
        [contact] contact
        [project] project
        [event] event
       *[followup] follow-up
    }; `{ $add }` adds one
resolve-no-event-hint = `carnet event list` shows every event with its id; `carnet event add NAME` adds one
# Names close to what was typed, when nothing matches: $names is "A" or "A or B".
resolve-did-you-mean = did you mean { $names }?
# The question of the picker when several records match.
resolve-pick = Several { $kind ->
        [contact] contacts
        [project] projects
        [event] events
       *[followup] follow-ups
    } match '{ $typed }'
# The picker was left without choosing.
resolve-none-chosen = no { $kind ->
        [contact] contact
        [project] project
        [event] event
       *[followup] follow-up
    } chosen for '{ $typed }'; nothing was changed
# Off a terminal: the first line of the refusal, followed by the candidates, one a line.
resolve-many = '{ $typed }' matches { $count } { $kind ->
        [contact] contacts
        [project] projects
        [event] events
       *[followup] follow-ups
    }:
resolve-many-hint = name one by id, e.g. { $example }, or quote more of the name

# A contact's whole name typed as several arguments: "carnet met michel gagnon".
resolve-split = '{ $typed }' is the name of { $who }, but was given as { $count } contacts
resolve-split-hint = quote a name of several words ("{ $typed }"), or give ids to mean several people (#{ $id } …)
# A contact followed by words that, with it, name another contact:
# "carnet note michel gagnon a envoyé ses liens".
resolve-runs-on = '{ $typed }' is the name of { $who }: is it the contact, or '{ $arg }' and then the words after it?
resolve-runs-on-hint = quote the name ("{ $typed }") or the words after it, or give the contact's id (#{ $id })

# A follow-up named by its contact (carnet follow-up done|snooze|edit CONTACT).
# One open follow-up in a list: "f3 Call back (due Fri 4 Dec)".
resolve-followup-item = { $id } { $what } (due { $due })
resolve-followup-none = { $who } has no open follow-up
resolve-followup-none-hint = `carnet follow-up list` shows the open follow-ups with their ids
resolve-followup-pick = { $name } has { $count } open follow-ups
resolve-followup-many = { $who } has { $count } open follow-ups:
resolve-followup-many-hint = name one by id, e.g. { $example }
# The last line of the picker, which chooses nobody.
resolve-none-of-these = (none of these)
resolve-add-contact = carnet add NAME
resolve-add-project = carnet project add NAME
