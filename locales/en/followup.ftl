# Follow-ups: follow-up list (src/view/followup.rs) and what follow-up add, done, snooze,
# edit and rm say. $id is a follow-up's id as shown ("f12"); $due a date.

followup-list-id = ID
followup-list-due = DUE
followup-list-what = WHAT
followup-list-contact = CONTACT
followup-list-event = EVENT
followup-list-every = EVERY
followup-list-done = DONE
followup-list-none = No follow-ups.
followup-list-first = Showing the first { $shown } of { $total } follow-ups; --limit 0 shows them all.

# An event named with its date, in a follow-up's subject.
followup-event-on = { $event } ({ $date })
# "Added follow-up f3: Send the deck — Frédéric Duval, due Fri 27 Nov (in 5 days)"
followup-added = Added follow-up { $id }: { $what } — { $about }, due { $due } ({ $when })
followup-added-every = Added follow-up { $id }: { $what } — { $about }, due { $due } ({ $when }), { $every }
followup-added-short = Added follow-up { $id }: { $what }, due { $due }
followup-yesterday-late = yesterday, 1 day late

followup-needs-subject = a follow-up needs a contact or an event: '{ $what }' names neither
followup-needs-subject-hint = carnet follow-up add CONTACT WHAT --due WHEN, or WHAT --event EVENT --due WHEN
followup-done = Done { $id } { $what }
followup-done-next = Done { $id } { $what }; next { $next } due { $due }
followup-snoozed = Snoozed { $id } { $what } to { $due }
followup-was-done = follow-up { $id } was done on { $done }
followup-was-done-hint = only open follow-ups can be snoozed
followup-nothing-to-change = nothing to change in follow-up { $id }
followup-nothing-to-change-hint = pass --what, --due, --every, --once, --contact, --no-contact, --event or --no-event
followup-updated = Updated follow-up { $id } { $what }
followup-deleted = Deleted follow-up { $id } { $what }
