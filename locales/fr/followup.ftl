# Relances : follow-up list (src/view/followup.rs) et ce que disent follow-up add, done,
# snooze, edit et rm. $id est l'identifiant d'une relance tel qu'il s'affiche (« f12 ») ;
# $due une date.

followup-list-id = ID
followup-list-due = ÉCHÉANCE
followup-list-what = QUOI
followup-list-contact = CONTACT
followup-list-event = ÉVÉNEMENT
followup-list-every = RÉPÉTITION
followup-list-done = FAITE
followup-list-none = Aucune relance.
followup-list-first = Voici les { $shown } premières relances sur { $total } ; --limit 0 les montre toutes.

# Un événement et sa date, dans le sujet d'une relance.
followup-event-on = { $event } ({ $date })
# « Relance f3 ajoutée : Envoyer le dossier — Frédéric Duval, pour ven. 27 nov. (dans 5 jours) »
followup-added = Relance { $id } ajoutée : { $what } — { $about }, pour { $due } ({ $when })
followup-added-every = Relance { $id } ajoutée : { $what } — { $about }, pour { $due } ({ $when }), { $every }
followup-added-short = Relance { $id } ajoutée : { $what }, pour { $due }
followup-yesterday-late = hier, en retard d'un jour

followup-needs-subject = une relance concerne un contact ou un événement : « { $what } » n'en nomme aucun
followup-needs-subject-hint = carnet follow-up add CONTACT QUOI --due QUAND, ou QUOI --event ÉVÉNEMENT --due QUAND
followup-done = Fait : { $id } { $what }
followup-done-next = Fait : { $id } { $what } ; prochaine : { $next } pour { $due }
followup-snoozed = Reportée : { $id } { $what }, au { $due }
followup-was-done = la relance { $id } a été faite le { $done }
followup-was-done-hint = seules les relances ouvertes peuvent être reportées
followup-nothing-to-change = rien à changer dans la relance { $id }
followup-nothing-to-change-hint = passez --what, --due, --every, --once, --contact, --no-contact, --event ou --no-event
followup-updated = Relance { $id } modifiée : { $what }
followup-deleted = Relance { $id } supprimée : { $what }
