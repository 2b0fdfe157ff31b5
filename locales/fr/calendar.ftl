# L'export d'agenda (carnet export --format ics ; src/formats/ical.rs) : le résumé de la
# tâche d'une relance.

calendar-follow-up = Relancer { $who }
calendar-follow-up-what = Relancer { $who } : { $what }
