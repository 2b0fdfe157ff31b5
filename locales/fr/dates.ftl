# Dates, heures et durées, assemblées par src/i18n/fmt.rs.
# Heures sur 24 heures. Variables : $weekday et $month sont des noms de ce fichier,
# $day, $year, $days, $hour et $n des nombres, $minute deux chiffres (« 05 »).

weekday-short-mon = lun.
weekday-short-tue = mar.
weekday-short-wed = mer.
weekday-short-thu = jeu.
weekday-short-fri = ven.
weekday-short-sat = sam.
weekday-short-sun = dim.

weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche

month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# « ven. 4 déc. », « mar. 1er déc. »
date-short = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# « ven. 4 déc. 2027 », une date d'une autre année que celle d'aujourd'hui
date-short-year = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « vendredi 4 décembre 2026 »
date-long = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

# « 4 mai 1970 », « 1er mai » : un anniversaire, un jour sans son jour de la semaine
date-day-month-year = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }

date-today = aujourd'hui
date-tomorrow = demain
date-yesterday = hier
date-in-days = dans { $days } { $days ->
    [one] jour
   *[other] jours
}
date-days-ago = il y a { $days } { $days ->
    [one] jour
   *[other] jours
}
date-days-late = { $days ->
    [1] en retard d'un jour
   *[other] en retard de { $days } { $days ->
        [one] jour
       *[other] jours
    }
}
date-days = { $days } { $days ->
    [one] jour
   *[other] jours
}

# « 17 h 30 »
time = { $hour } h { $minute }
# « 17 h »
time-on-the-hour = { $hour } h

period-days = { $n } { $n ->
    [one] jour
   *[other] jours
}
period-weeks = { $n } { $n ->
    [one] semaine
   *[other] semaines
}
period-months = { $n } mois
period-years = { $n } { $n ->
    [one] an
   *[other] ans
}

every-days = { $n ->
    [1] tous les jours
   *[other] tous les { $n } jours
}
every-weeks = { $n ->
    [1] toutes les semaines
   *[other] toutes les { $n } semaines
}
every-months = { $n ->
    [1] tous les mois
   *[other] tous les { $n } mois
}
every-years = { $n ->
    [1] tous les ans
   *[other] tous les { $n } ans
}
