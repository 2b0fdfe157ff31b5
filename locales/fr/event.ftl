# Événements : event show (src/view/event.rs), event list, et ce que disent event add,
# edit, rm, invite et rsvp. $event est le nom d'un événement, $id l'identifiant d'un
# contact (« #12 »), $e celui d'un événement (« e3 »).

event-field-date = Date
event-field-venue = Lieu
event-field-kind = Genre
event-field-organizer = Organisation
event-field-note = Note

event-nobody-met = Personne n'a encore été noté comme rencontré ici.
event-people-met = Personnes rencontrées : { $count } ({ $new } { $new ->
    [one] nouvelle
   *[other] nouvelles
}, { $known } déjà { $known ->
    [one] connue
   *[other] connues
})
event-person-new = nouveau
event-person-known = connu
event-cards = { $count ->
    [one] { $count } carte
   *[other] { $count } cartes
}
event-cards-received = Cartes reçues : { $count }
event-followups = Relances : { $count } ({ $open } { $open ->
    [one] ouverte
   *[other] ouvertes
}, { $done } { $done ->
    [one] faite
   *[other] faites
})
# Une carte reçue, après son identifiant : « Zoë : Studio Z — Céramiste · … ».
event-card-of = { $name } : { $card }
# Une relance de l'événement, après son identifiant, son état et sa date.
event-followup-for = { $who } : { $what }
event-followup-open = ouverte
event-followup-overdue = en retard
event-followup-done = faite
# Pour qui est une relance de l'événement, quand elle n'est pour personne en particulier.
event-the-event = (l'événement)
event-invitations = Invitations : { $invited } ({ $confirmed } oui, { $maybe } peut-être, { $declined } non, { $no_answer } sans réponse) ; présents : { $attended }
event-confirmed = Oui
event-maybe = Peut-être
event-declined = Non
event-no-answer = Sans réponse
event-attended = Présents
event-came-uninvited = Venus sans invitation
event-invited-absent = Invités, absents

event-list-id = ID
event-list-date = DATE
event-list-name = NOM
event-list-venue = LIEU
event-list-kind = GENRE
event-list-met = VUS
event-list-cards = CARTES
event-list-none = Aucun événement.

event-added = Événement { $e } ajouté : { $event } ({ $date })
event-nothing-to-change = rien à changer
event-nothing-to-change-hint = donnez au moins une option parmi --name, --on, --until, --for, --all-day, --at, --kind, --organizer, --note
event-updated = Événement { $e } modifié : { $event }
event-invited = { $id } { $name } invité à { $event }
event-already-invited = { $id } { $name } était déjà invité
event-rm-ask = Supprimer l'événement { $event } ?
event-rm-refused = suppression de l'événement { $event } refusée sans confirmation
event-rm-hint = passez --yes pour supprimer : carnet event rm { $id } --yes
event-deleted = Événement { $e } supprimé : { $event }
event-bad-answer = réponse invalide « { $answer } »
event-bad-answer-hint = répondez oui, non ou peut-être (yes, no, maybe)
event-answered = { $id } { $name } a répondu { $answer } pour { $event }
event-answer-yes = oui
event-answer-no = non
event-answer-maybe = peut-être
