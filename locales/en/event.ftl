# Events: event show (src/view/event.rs), event list, and what event add, edit, rm, invite
# and rsvp say. $event is an event's name, $id a contact's id ("#12"), $e an event's ("e3").

event-field-date = Date
event-field-venue = Venue
event-field-kind = Kind
event-field-organizer = Organizer
event-field-note = Note

event-nobody-met = Nobody recorded as met here yet.
event-people-met = People met: { $count } ({ $new } new, { $known } already known)
event-person-new = new
event-person-known = known
event-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
event-cards-received = Cards received: { $count }
event-followups = Follow-ups: { $count } ({ $open } open, { $done } done)
# A card received, after its id: "Zoë: Studio Z — Céramiste · …".
event-card-of = { $name }: { $card }
# A follow-up of the event, after its id, state and date.
event-followup-for = { $who }: { $what }
event-followup-open = open
event-followup-overdue = overdue
event-followup-done = done
# Who a follow-up of the event is for, when it is for no one in particular.
event-the-event = (the event)
event-invitations = Invitations: { $invited } invited, { $confirmed } confirmed, { $maybe } maybe, { $declined } declined, { $no_answer } no answer; { $attended } attended
event-confirmed = Confirmed
event-maybe = Maybe
event-declined = Declined
event-no-answer = No answer
event-attended = Attended
event-came-uninvited = Came uninvited
event-invited-absent = Invited, absent

event-list-id = ID
event-list-date = DATE
event-list-name = NAME
event-list-venue = VENUE
event-list-kind = KIND
event-list-met = MET
event-list-cards = CARDS
event-list-none = No events.

event-added = Added event { $e } { $event } ({ $date })
event-nothing-to-change = nothing to change
event-nothing-to-change-hint = give at least one of --name, --on, --until, --for, --all-day, --at, --kind, --organizer, --note
event-updated = Updated event { $e } { $event }
event-invited = Invited { $id } { $name } to { $event }
event-already-invited = { $id } { $name } was already invited
event-rm-ask = Delete event { $event }?
event-rm-refused = refusing to delete event { $event } without confirmation
event-rm-hint = pass --yes to delete: carnet event rm { $id } --yes
event-deleted = Deleted event { $e } { $event }
event-bad-answer = invalid answer '{ $answer }'
event-bad-answer-hint = answer yes, no or maybe (oui, non, peut-être)
event-answered = { $id } { $name } answered { $answer } for { $event }
event-answer-yes = yes
event-answer-no = no
event-answer-maybe = maybe
