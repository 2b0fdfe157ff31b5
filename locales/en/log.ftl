# `carnet log`, the session after an event (src/commands/log/, src/view/meeting.rs).

log-needs-a-terminal = carnet log asks questions and needs a terminal; nothing was recorded
log-needs-a-terminal-hint = record without questions: carnet met CONTACT… --at EVENT (or carnet met --new "Name, company, email…" --at EVENT), carnet add NAME --company …, carnet card add CONTACT --company …
log-nothing-recorded = Interrupted: nothing was recorded.

# The event: "#3 5 à 7 Montréal (Sat 21 Nov 17:30–19:30)".
log-event = e{ $id } { $name } ({ $when })
log-event-at = { $day } { $start }
log-event-span = { $day } { $start }–{ $end }
log-which-event = Which event?
log-new-event = New event…
log-no-event = No event matches '{ $name }'.
log-ask-create-event = Create the event '{ $name }'? [Y/n]
log-ask-event-name = Event name
log-event-needs-a-name = An event needs a name.
log-ask-event-date = Day and time (hier 17h30, jeudi 17h-19h)
log-ask-venue = Venue
log-ask-kind = Kind
log-event-created = Created event { $event }.

log-intro = Logging the people you met at { $event }.
# $form is line-form.
log-help = One line per person: { $form }. Then Enter skips a question; < goes back one; at the name, undo removes the last person saved, ? shows this help, and Enter alone ends.

log-ask-person = Person (Enter alone: finish)
log-nothing-before = Nothing to go back to here: this is the first question (undo removes the last person saved).
log-nothing-to-undo = Nobody saved in this session yet: nothing to undo.
log-dropped = Interrupted: { $name } was not saved. Back to the name (Enter alone ends the session).
log-ended = Session ended: { $count ->
    [0] nobody was saved.
    [one] the person saved is kept.
   *[other] the { $count } people saved are kept.
}

# Who the line is about.
log-pick = Who is '{ $name }'?
log-pick-near = No contact is called '{ $name }'. Did you mean…
log-pick-new = a new contact: { $name }
log-pick-retype = ← type the line again
log-pick-introducer = Several contacts match '{ $who }': who introduced them?
log-no-introducer = No contact matches '{ $who }' (who introduced them): check the name, or leave it out.
log-did-you-mean = Did you mean { $names }?

# What was understood, before the questions.
log-understood-new = → new contact: { $line }
log-understood-known = → { $who }, already known
log-understood-known-adds = → { $who }, already known · { $fields }

log-ask-card = Were these details on their card? [y/N]
log-ask-another-card = Another card? (company, title, email, phone, website; Enter: none)
# $values: the previous card's phone, email and website.
log-ask-another-card-carrying = Another card? (keeps { $values } unless you give others; Enter: none)
log-understood-card = → card { $n }: { $fields }
log-card-removed = Card { $n } taken off: type it again, or press Enter if there is none.
log-card-via = Say who introduced them on the person's line (< goes back to it).
log-card-empty = This card says nothing: give its company, title, email, phone or website, or press Enter.

log-ask-note = What did you talk about with { $name }?
log-ask-follow-up = Follow up? (when: what, e.g. vendredi: lui écrire; Enter: none)
# "Fri 27 Nov: call her"
log-follow-up = { $date }: { $what }
log-understood-follow-up = → { $follow_up }

# "✓ Saved #12 Zoë (new contact), 2 cards, follow-up Fri 27 Nov: call her"
log-saved = ✓ Saved { $who } ({ $status }){ $details }
log-status-created = new contact
log-status-first = first meeting
log-status-known = already known
log-saved-cards = { $count ->
    [one] 1 card
   *[other] { $count } cards
}
log-saved-follow-up = follow-up { $follow_up }

log-ask-undo = Remove { $who } ({ $status }), saved just now, and everything saved with them? [y/N]
log-undone = Removed { $who }: nothing saved for them in this session is left.
log-undo-kept = { $who } is kept.

# The summary at the end.
log-summary-nobody = Nobody recorded in this session.
log-summary-title = Session: { $count ->
    [one] 1 person
   *[other] { $count } people
}
log-col-id = ID
log-col-name = NAME
log-col-new = NEW
log-col-cards = CARDS
log-col-follow-up = FOLLOW-UP
log-new-yes = new
log-new-no = known

# `carnet met --new LINE`: a person not yet known, in the one-line form.
met-new-unreadable = cannot read --new '{ $line }': { $problem }
met-new-hint = the form is: { $form }
met-new-exists = { $who } is already in carnet; --new creates a person, and this one is known
met-new-exists-hint = to record meeting them, name them: carnet met '#{ $id }'
