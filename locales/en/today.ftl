# carnet today (src/view/today.rs), its --brief line and --act, and carnet run without a
# command (src/view/start.rs).

today-overdue = Overdue
today-today = Today
# The section of what is due in the next $days days.
today-upcoming = { $days ->
    [one] Tomorrow
   *[other] Next { $days } days
}
today-reconnect = Reconnect
today-birthdays = Birthdays
today-all-clear = Nothing due, nobody to reconnect with: all clear.
# After the first items of a section: how many more, and the command that lists them all.
today-more = … and { $count } more: { $command }

# A follow-up: what, then for whom.
today-what-who = { $what } — { $who }
# The heading of the follow-ups of one event: its name and date.
today-event = { $event } · { $date }
# A person to reconnect with.
today-last-seen-at = last seen { $date } at { $place }
today-last-seen-how = last seen { $date } ({ $how })
today-last-seen = last seen { $date }
today-never-met = never met; added { $date }
today-reconnect-due = due today
today-turns = turns { $age }

# --brief: "2 overdue · 1 today · 3 to reconnect".
today-brief-overdue = { $count } overdue
today-brief-today = { $count } today
today-brief-reconnect = { $count } to reconnect

# The commands under the agenda, to act on its first items. $id is a follow-up's (f12) or
# a contact's number.
today-act-done = done: carnet fu done { $id }
today-act-snooze = later: carnet fu snooze { $id } tomorrow
today-act-met = met: carnet met { $id }
today-act-pick = or: carnet today --act

# carnet without a command (src/view/start.rs).
start-agenda = Today: { $brief } → carnet today
start-all-clear = Today: nothing due, nobody to reconnect with.
start-moments = The three moments:
start-after-event = After an event
start-after-event-do = carnet log
start-morning = Each morning
start-morning-do = carnet today
start-project = For a project
start-project-do = carnet project show NAME
start-help = carnet --help lists every command.
start-empty = Your notebook is empty. To start:
start-empty-add = add someone
start-empty-import = bring in an address book (vCard, CSV)
start-empty-project-do = carnet project add NAME, then carnet project assign NAME CONTACT --role ally

# carnet today --act: acting on the agenda from a picker.
today-act-which = What to act on?
today-act-quit = Quit
today-act-mark-done = Mark done
today-act-tomorrow = Put off to tomorrow
today-act-next-week = Put off a week
today-act-later = Put off to… (a date)
today-act-when = When? (demain, in 2 weeks, 01/12…)
today-act-back = Back
today-act-seen = Seen today (records a meeting)
today-act-reconnect = { $who } · reconnect, { $late }
today-act-met-saved = Met { $id } { $name } today
today-act-nothing = Nothing left to act on.
today-act-needs-terminal = carnet today --act asks what to act on and needs a terminal
today-act-needs-terminal-hint = carnet fu done ID, carnet fu snooze ID WHEN and carnet met CONTACT do the same without questions
