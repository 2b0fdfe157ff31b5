# The calendar export (carnet export --format ics; src/formats/ical.rs): the summary of a
# follow-up's to-do.

calendar-follow-up = Follow up with { $who }
calendar-follow-up-what = Follow up with { $who }: { $what }
