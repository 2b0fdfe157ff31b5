# carnet today (src/view/today.rs), sa ligne --brief et --act, et carnet lancé sans
# commande (src/view/start.rs).

today-overdue = En retard
today-today = Aujourd'hui
# La section de ce qui est à faire dans les $days prochains jours.
today-upcoming = { $days ->
    [one] Demain
   *[other] Les { $days } prochains jours
}
today-reconnect = Reprendre contact
today-birthdays = Anniversaires
today-all-clear = Rien à faire, personne à relancer : tout est à jour.
# Après les premiers éléments d'une section : combien d'autres, et la commande qui les
# montre tous.
today-more = … et { $count } de plus : { $command }

# Une relance : quoi, puis pour qui.
today-what-who = { $what } — { $who }
# L'en-tête des relances d'un événement : son nom et sa date.
today-event = { $event } · { $date }
# Une personne à recontacter.
today-last-seen-at = dernière rencontre { $date }, { $place }
today-last-seen-how = dernière rencontre { $date } ({ $how })
today-last-seen = dernière rencontre { $date }
today-never-met = aucune rencontre ; fiche créée le { $date }
today-reconnect-due = à faire aujourd'hui
today-turns = { $age } ans

# --brief : « 2 en retard · 1 aujourd'hui · 3 à recontacter ».
today-brief-overdue = { $count } en retard
today-brief-today = { $count } aujourd'hui
today-brief-reconnect = { $count } à recontacter

# Les commandes sous l'agenda, pour agir sur ses premiers éléments. $id est celui d'une
# relance (f12) ou le numéro d'un contact.
today-act-done = fait : carnet fu done { $id }
today-act-snooze = plus tard : carnet fu snooze { $id } demain
today-act-met = rencontré : carnet met { $id }
today-act-pick = ou : carnet today --act

# carnet sans commande (src/view/start.rs).
start-agenda = Aujourd'hui : { $brief } → carnet today
start-all-clear = Aujourd'hui : rien à faire, personne à recontacter.
start-moments = Les trois moments :
start-after-event = Après un événement
start-after-event-do = carnet log
start-morning = Chaque matin
start-morning-do = carnet today
start-project = Pour un projet
start-project-do = carnet project show NOM
start-help = carnet --help liste toutes les commandes.
start-empty = Votre carnet est vide. Pour commencer :
start-empty-add = ajouter quelqu'un
start-empty-import = reprendre un carnet d'adresses (vCard, CSV)
start-empty-project-do = carnet project add NOM, puis carnet project assign NOM CONTACT --role allié

# carnet today --act : agir sur l'agenda depuis une liste.
today-act-which = Sur quoi agir ?
today-act-quit = Quitter
today-act-mark-done = Marquer comme faite
today-act-tomorrow = Reporter à demain
today-act-next-week = Reporter d'une semaine
today-act-later = Reporter au… (une date)
today-act-when = Quand ? (demain, dans 2 semaines, 01/12…)
today-act-back = Retour
today-act-seen = Vu aujourd'hui (note une rencontre)
today-act-reconnect = { $who } · à recontacter, { $late }
today-act-met-saved = Rencontre avec { $id } { $name } notée aujourd'hui
today-act-nothing = Plus rien à faire.
today-act-needs-terminal = carnet today --act demande sur quoi agir et a besoin d'un terminal
today-act-needs-terminal-hint = carnet fu done ID, carnet fu snooze ID QUAND et carnet met CONTACT font la même chose sans questions
