# People met: what met records, the lines and the summary of a log session
# (src/view/meeting.rs). $id is a contact's id ("#12").

meeting-saved-new = ✓ Saved { $id } { $name } (new contact)
meeting-saved-known = ✓ Saved { $id } { $name } (already known)
meeting-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
meeting-follow-up = follow up: { $what }
meeting-kept = { $count ->
    [0] nobody was saved before
    [one] the 1 person before is saved
   *[other] the { $count } people before are saved
}
meeting-interrupted-dropped = Interrupted: { $name } was not saved; { $kept }.
meeting-interrupted = Interrupted: { $kept }.

meeting-session-none = Nobody recorded in this session.
meeting-session = Session: { $count ->
    [one] { $count } person
   *[other] { $count } people
}
meeting-list-id = ID
meeting-list-name = NAME
meeting-list-new = new
meeting-list-known = known
meeting-list-cards = CARDS
meeting-list-follow-up = FOLLOW UP
# What met says: $names are contacts ("#1 Zoë, #2 André"), $date a date.
meeting-met = Met { $names } on { $date }
meeting-met-at = Met { $names } at { $event } on { $date }
meeting-follow-up-on = Follow-up on { $due }: { $what }
