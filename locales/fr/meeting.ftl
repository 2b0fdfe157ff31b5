# Les personnes rencontrées : ce que met enregistre, les lignes et le résumé d'une session
# de log (src/view/meeting.rs). $id est l'identifiant d'un contact (« #12 »).

meeting-saved-new = ✓ Enregistré : { $id } { $name } (nouveau contact)
meeting-saved-known = ✓ Enregistré : { $id } { $name } (déjà connu)
meeting-cards = { $count ->
    [one] { $count } carte
   *[other] { $count } cartes
}
meeting-follow-up = relance : { $what }
meeting-kept = { $count ->
    [0] personne n'avait été enregistré avant
    [one] la personne d'avant est enregistrée
   *[other] les { $count } personnes d'avant sont enregistrées
}
meeting-interrupted-dropped = Interrompu : { $name } n'a pas été enregistré ; { $kept }.
meeting-interrupted = Interrompu : { $kept }.

meeting-session-none = Personne n'a été noté dans cette session.
meeting-session = Session : { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
meeting-list-id = ID
meeting-list-name = NOM
meeting-list-new = nouveau
meeting-list-known = connu
meeting-list-cards = CARTES
meeting-list-follow-up = RELANCE
# Ce que dit met : $names sont des contacts (« #1 Zoë, #2 André »), $date une date.
meeting-met = Rencontre avec { $names } le { $date }
meeting-met-at = Rencontre avec { $names } à { $event } le { $date }
meeting-follow-up-on = Relance pour { $due } : { $what }
