# `carnet log`, la séance après un événement (src/commands/log/, src/view/meeting.rs).

log-needs-a-terminal = carnet log pose des questions et a besoin d'un terminal ; rien n'a été enregistré
log-needs-a-terminal-hint = pour enregistrer sans questions : carnet met CONTACT… --at ÉVÉNEMENT (ou carnet met --new "Nom, entreprise, courriel…" --at ÉVÉNEMENT), carnet add NOM --company …, carnet card add CONTACT --company …
log-nothing-recorded = Interrompu : rien n'a été enregistré.

# L'événement : « #3 5 à 7 Montréal (sam. 21 nov. 17 h 30–19 h 30) ».
log-event = e{ $id } { $name } ({ $when })
log-event-at = { $day } { $start }
log-event-span = { $day } { $start }–{ $end }
log-which-event = Quel événement ?
log-new-event = Nouvel événement…
log-no-event = Aucun événement ne correspond à « { $name } ».
log-ask-create-event = Créer l'événement « { $name } » ? [O/n]
log-ask-event-name = Nom de l'événement
log-event-needs-a-name = Un événement a besoin d'un nom.
log-ask-event-date = Jour et heure (hier 17h30, jeudi 17h-19h)
log-ask-venue = Lieu
log-ask-kind = Genre
log-event-created = Événement créé : { $event }.

log-intro = Les personnes rencontrées à { $event }.
# $form est line-form.
log-help = Une ligne par personne : { $form }. Ensuite Entrée passe une question ; < revient d'une question ; au nom, annuler retire la dernière personne enregistrée, ? affiche cette aide, et Entrée seule termine.

log-ask-person = Personne (Entrée seule : terminer)
log-nothing-before = Rien avant : c'est la première question (annuler retire la dernière personne enregistrée).
log-nothing-to-undo = Personne n'a encore été enregistré dans cette séance : rien à annuler.
log-dropped = Interrompu : { $name } n'a pas été enregistré. Retour au nom (Entrée seule termine la séance).
log-ended = Séance terminée : { $count ->
    [0] personne n'a été enregistré.
    [one] la personne enregistrée est gardée.
   *[other] les { $count } personnes enregistrées sont gardées.
}

# De qui parle la ligne.
log-pick = Qui est « { $name } » ?
log-pick-near = Aucun contact ne s'appelle « { $name } ». Vouliez-vous dire…
log-pick-new = un nouveau contact : { $name }
log-pick-retype = ← retaper la ligne
log-pick-introducer = Plusieurs contacts correspondent à « { $who } » : qui vous l'a présenté ?
log-no-introducer = Aucun contact ne correspond à « { $who } » (qui vous l'a présenté) : vérifiez le nom, ou enlevez-le.
log-did-you-mean = Vouliez-vous dire { $names } ?

# Ce qui a été compris, avant les questions.
log-understood-new = → nouveau contact : { $line }
log-understood-known = → { $who }, déjà connu
log-understood-known-adds = → { $who }, déjà connu · { $fields }

log-ask-card = Ces coordonnées étaient-elles sur sa carte ? [o/N]
log-ask-another-card = Une autre carte ? (entreprise, titre, courriel, téléphone, site ; Entrée : aucune)
# $values : le téléphone, le courriel et le site de la carte précédente.
log-ask-another-card-carrying = Une autre carte ? (garde { $values } sauf si vous en donnez d'autres ; Entrée : aucune)
log-understood-card = → carte { $n } : { $fields }
log-card-removed = Carte { $n } retirée : retapez-la, ou Entrée s'il n'y en a pas.
log-card-via = Dites qui vous l'a présenté sur la ligne de la personne (< y revient).
log-card-empty = Cette carte ne dit rien : donnez son entreprise, son titre, un courriel, un téléphone ou un site, ou Entrée.

log-ask-note = De quoi avez-vous parlé avec { $name } ?
log-ask-follow-up = Relance ? (quand : quoi, par exemple vendredi : lui écrire ; Entrée : aucune)
# « ven. 27 nov. : l'appeler »
log-follow-up = { $date } : { $what }
log-understood-follow-up = → { $follow_up }

# « ✓ Enregistré : #12 Zoë (nouveau contact), 2 cartes, relance ven. 27 nov. : l'appeler »
log-saved = ✓ Enregistré : { $who } ({ $status }){ $details }
log-status-created = nouveau contact
log-status-first = première rencontre
log-status-known = déjà connu
log-saved-cards = { $count ->
    [one] 1 carte
   *[other] { $count } cartes
}
log-saved-follow-up = relance { $follow_up }

log-ask-undo = Retirer { $who } ({ $status }), enregistré à l'instant, avec tout ce qui a été enregistré avec ? [o/N]
log-undone = { $who } retiré : rien de ce qui a été enregistré pour cette personne dans la séance ne reste.
log-undo-kept = { $who } est gardé.

# Le résumé à la fin.
log-summary-nobody = Personne n'a été enregistré dans cette séance.
log-summary-title = Séance : { $count ->
    [one] 1 personne
   *[other] { $count } personnes
}
log-col-id = NUMÉRO
log-col-name = NOM
log-col-new = NOUVEAU
log-col-cards = CARTES
log-col-follow-up = RELANCE
log-new-yes = nouveau
log-new-no = déjà connu

# `carnet met --new LIGNE` : une personne pas encore connue, sur une ligne.
met-new-unreadable = impossible de lire --new « { $line } » : { $problem }
met-new-hint = la forme est : { $form }
met-new-exists = { $who } est déjà dans carnet ; --new crée une personne, et celle-ci est connue
met-new-exists-hint = pour noter la rencontre, nommez-la : carnet met '#{ $id }'
