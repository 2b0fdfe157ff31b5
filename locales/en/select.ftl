# The selection of many people (--tag, --met-at, --project… on list, tag, invite, follow-up
# add, met, archive, project assign, export, card list): src/commands/args/select.rs.

select-no-tag = no tag '{ $tag }'
select-no-tag-hint = `carnet tags` lists every tag
select-bad-answer = invalid answer '{ $answer }'
select-bad-answer-hint = an answer is yes, no, maybe or none (not answered yet)
select-no-words = --search '{ $words }' has no word to search for
select-no-words-hint = give words, e.g. --search "jazz lyon"
# Said on stderr before a bulk change.
select-count = { $count ->
        [0] nobody selected
        [one] { $count } person selected
       *[other] { $count } people selected
    }
select-nobody = no one matches this selection; nothing was changed
select-nobody-hint = `carnet list` with the same flags shows who is selected
# One line of the names shown before the question.
select-person = { "  " }#{ $id } { $name }
select-needs-yes = { $count } people are selected: not changing them without --yes
select-needs-yes-hint = `carnet list` with the same flags shows who they are; add --yes to go ahead
select-cancelled = Nothing was changed

# The questions of the bulk commands.
select-ask-tag = Tag { $count } people with { $tags }?
select-ask-untag = Remove { $tags } from { $count } people?
select-ask-follow-up = Add a follow-up for each of { $count } people?
select-ask-met = Record a meeting with each of { $count } people?
select-ask-archive = Archive { $count } people?
select-ask-unarchive = Unarchive { $count } people?
select-ask-invite = Invite { $count } people to { $event }?
select-ask-assign = Make { $count } people { $role } in { $project }?

# What the bulk commands did.
select-tagged = { $count ->
        [one] Tagged { $count } person with { $tags }
       *[other] Tagged { $count } people with { $tags }
    }
select-tagged-already = { $count ->
        [one] { $count } already had those tags
       *[other] { $count } already had those tags
    }
select-untagged = { $count ->
        [one] Removed { $tags } from { $count } person
       *[other] Removed { $tags } from { $count } people
    }
select-followups-added = { $count ->
        [one] Added { $count } follow-up, due { $due }: { $what }
       *[other] Added { $count } follow-ups, one per person, due { $due }: { $what }
    }
select-archived = { $count ->
        [one] Archived { $count } person
       *[other] Archived { $count } people
    }
select-unarchived = { $count ->
        [one] Unarchived { $count } person
       *[other] Unarchived { $count } people
    }
select-undo-hint = `carnet undo` takes it all back in one step
select-tag-what = name a contact and the tags, or select people and name the tags
select-tag-what-hint = carnet tag frederic jury, or carnet tag --met-at "Formation SEO" formation-seo
# export json/ics with --tag, --project…
select-export-whole = a selection (--tag, --project, --met-at…) picks contacts: it applies to vcard and csv exports
select-export-whole-hint = a JSON export is the whole database; an ics export holds every event and follow-up
select-invited = { $count ->
        [one] Invited { $count } person to { $event }
       *[other] Invited { $count } people to { $event }
    }{ $already ->
        [0] { "" }
       *[other] ; { $already } already invited
    }
select-assigned = { $count ->
        [one] { $count } person is now { $role } in { $project }
       *[other] { $count } people are now { $role } in { $project }
    }{ $already ->
        [0] { "" }
       *[other] ; { $already } already were
    }
