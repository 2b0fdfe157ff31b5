# carnet log, la session guidée après un événement (src/commands/log/) : ses questions et ce
# qu'elle dit entre elles.

log-needs-terminal = carnet log pose des questions et a besoin d'un terminal ; rien n'a été enregistré
log-needs-terminal-hint = pour enregistrer sans questions : carnet met CONTACT… --at ÉVÉNEMENT, carnet add NOM --company …, carnet card add CONTACT --company …
log-interrupted-before = Interrompu : rien n'a été enregistré.
log-start = Les personnes rencontrées à { $event }. Laissez le nom vide pour terminer.
log-try-again = { $error } ; réessayez
log-try-again-or-skip = { $error } ; réessayez ou appuyez sur Entrée pour passer
log-try-again-or-skip-hint = { $error } ({ $hint }) ; réessayez ou appuyez sur Entrée pour passer
log-error-hint = { $error } ; { $hint }

# Le choix de l'événement.
log-new-event = Nouvel événement…
log-which-event = Quel événement ?
log-event-name = Nom de l'événement
log-event-needs-name = Un événement a besoin d'un nom.
log-event-date = Date
log-event-venue = Lieu
log-event-kind = Genre
log-event-created = Événement créé : { $event }

# Chaque personne.
log-name = Nom (Entrée pour terminer)
log-existing = déjà connu : { $who }
log-new-contact = nouveau contact : { $name }
log-who-is = « { $name } », c'est…
log-company = Société
log-title = Activité / fonction
log-email = Courriel
log-phone = Téléphone
log-card = Vous a-t-on donné une carte ?
log-another-card = Une autre carte ?
log-card-company = { "  " }Société sur la carte
log-card-title = { "  " }Fonction / activité sur la carte
log-card-email = { "  " }Courriel sur la carte
log-card-phone = { "  " }Téléphone sur la carte
log-card-website = { "  " }Site sur la carte
log-talked = De quoi avez-vous parlé ?
log-follow-up-when = Relancer quand ? (dans 3 jours, la semaine prochaine, une date)
log-follow-up-what = Que faire ?
log-tags = Étiquettes (séparées par des virgules)
