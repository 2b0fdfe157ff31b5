# Les personnes rencontrées : ce que met enregistre, les lignes et le résumé d'une session
# de log (src/view/meeting.rs). $id est l'identifiant d'un contact (« #12 »).

# Ce que dit met : $names sont des contacts (« #1 Zoë, #2 André »), $date une date.
meeting-met = Rencontre avec { $names } le { $date }
meeting-met-at = Rencontre avec { $names } à { $event } le { $date }
meeting-follow-up-on = Relance pour { $due } : { $what }
