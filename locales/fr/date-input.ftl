# Les dates, heures et durées telles qu'on les tape (src/model/dates.rs) : ce qui n'a pas pu
# être lu, et les formes acceptées. Les formes sont des exemples à taper, dans les deux langues.

date-unrecognised = date non reconnue « { $input } »
date-out-of-range = date hors limites « { $input } » : carnet prend les dates de 1900 à 9999
period-unrecognised = durée non reconnue « { $input } »
time-unrecognised = heure non reconnue « { $input } »
duration-unrecognised = durée non reconnue « { $input } »

date-forms = formes acceptées : 2026-12-01, 01/12/2026, 01/12 (le jour d'abord), 1 déc, 15 septembre, aujourd'hui, demain, hier, demain matin, ce soir, vendredi, vendredi prochain, vendredi dernier, jeudi en huit, dans 3 jours, dans 2 semaines (ou en lettres : dans deux semaines, dans quinze jours), dans un mois, la semaine prochaine, le mois prochain, fin du mois, il y a 3 jours, 3j, +3j, 2w, 1m, 1y ; en anglais aussi : tomorrow, next friday, in 2 weeks ; une heure peut suivre : jeudi 17h30, hier 17:30-19:30
period-forms = formes acceptées : 3j, 2w, 3m, 1y (jours, semaines, mois, années ; aussi « 2 semaines », « trois mois », « quinze jours »)
time-forms = formes acceptées : 17:30, 17h30, 17h, 5pm, midi, minuit
duration-forms = formes acceptées : 2h, 1h30, 90min, 45 min, 2 heures

# --until ou --for d'un événement sans heure de début (carnet event add/edit).
event-end-needs-a-start = une heure de fin a besoin d'une heure de début
event-end-needs-a-start-hint = donnez le début avec --on, par exemple --on "jeudi 17h30" --until 19h30
