# Dates, times and periods as people type them (src/model/dates.rs): what could not be read,
# and the forms accepted. The forms are examples to type, in both languages.

date-unrecognised = unrecognised date '{ $input }'
date-out-of-range = date out of range '{ $input }': carnet takes dates from 1900 to 9999
period-unrecognised = unrecognised period '{ $input }'
time-unrecognised = unrecognised time '{ $input }'
duration-unrecognised = unrecognised duration '{ $input }'

date-forms = accepted forms: 2026-12-01, 01/12/2026, 01/12 (day first), 1 déc, 15 septembre, Dec 1, today/aujourd'hui, tomorrow/demain, yesterday/hier, demain matin, ce soir, friday/vendredi, next friday/vendredi prochain, last friday/vendredi dernier, jeudi en huit, in 3 days/dans 3 jours, in 2 weeks/dans 2 semaines (in words too: dans deux semaines, dans quinze jours), in a month/dans un mois, next week/la semaine prochaine, next month/le mois prochain, end of the month/fin du mois, 3 days ago/il y a 3 jours, 3d, +3d, 2w, 1m, 1y; a time may follow: jeudi 17h30, hier 17:30-19:30
period-forms = accepted forms: 3d, 2w, 3m, 1y (days, weeks, months, years; also '2 weeks', 'trois mois', 'quinze jours')
time-forms = accepted forms: 17:30, 17h30, 17h, 5pm, 5:30 pm, midi/noon
duration-forms = accepted forms: 2h, 1h30, 90min, 45 min, 2 heures

# An event's --until or --for without a start time (carnet event add/edit).
event-end-needs-a-start = an end time needs a start time
event-end-needs-a-start-hint = give the start with --on, e.g. --on "jeudi 17h30" --until 19h30
