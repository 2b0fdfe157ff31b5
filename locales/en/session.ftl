# carnet log, the guided session after an event (src/commands/log/): its questions and what
# it says between them.

log-needs-terminal = carnet log asks questions and needs a terminal; nothing was recorded
log-needs-terminal-hint = record without questions: carnet met CONTACT… --at EVENT, carnet add NAME --company …, carnet card add CONTACT --company …
log-interrupted-before = Interrupted: nothing was recorded.
log-start = Logging the people you met at { $event }. Leave the name empty to finish.
log-try-again = { $error }; try again
log-try-again-or-skip = { $error }; try again or press Enter to skip
log-try-again-or-skip-hint = { $error } ({ $hint }); try again or press Enter to skip
log-error-hint = { $error }; { $hint }

# Choosing the event.
log-new-event = New event…
log-which-event = Which event?
log-event-name = Event name
log-event-needs-name = An event needs a name.
log-event-date = Date
log-event-venue = Venue
log-event-kind = Kind
log-event-created = Created event { $event }

# Each person.
log-name = Name (Enter to finish)
log-existing = existing { $who }
log-new-contact = new contact: { $name }
log-who-is = '{ $name }' is…
log-company = Company
log-title = Activity / title
log-email = Email
log-phone = Phone
log-card = Did they give you a card?
log-another-card = Another card?
log-card-company = { "  " }Card company
log-card-title = { "  " }Card title / activity
log-card-email = { "  " }Card email
log-card-phone = { "  " }Card phone
log-card-website = { "  " }Card website
log-talked = What did you talk about?
log-follow-up-when = Follow up when? (in 3 days, next week, a date)
log-follow-up-what = What to do?
log-tags = Tags (comma-separated)
