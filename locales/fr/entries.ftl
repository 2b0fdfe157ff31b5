# Corriger et supprimer les entrées de l'historique d'un contact par leur numéro (n12 note,
# m12 rencontre, c12 carte, f12 relance) : carnet note edit, carnet met edit, carnet card
# edit, carnet rm ID (src/ops/entry.rs, src/commands/entry/). $kind : note, encounter,
# card, followup, event, project, invitation, relation, contact, operation.


# « note n12 de #3 Zoë Tremblay »
entry-of = { $kind ->
    [note] note
    [encounter] rencontre
    [card] carte
    [followup] relance
    [event] événement
    [project] projet
    [invitation] invitation
    [relation] lien
    [contact] contact
   *[other] opération
  } { $id } de { $contact } { $name }
entry-alone = { $kind ->
    [note] note
    [encounter] rencontre
    [card] carte
    [followup] relance
    [event] événement
    [project] projet
    [invitation] invitation
    [relation] lien
    [contact] contact
   *[other] opération
  } { $id }
entry-no-such = pas de { $kind ->
    [note] note
    [encounter] rencontre
    [card] carte
    [followup] relance
    [event] événement
    [project] projet
    [invitation] invitation
    [relation] lien
    [contact] contact
   *[other] opération
  } { $id }
entry-no-such-hint = { $kind ->
    [followup] `carnet follow-up list` montre les relances avec leur numéro
    [card] `carnet card list` montre les cartes avec leur numéro
   *[other] `carnet show CONTACT` montre chaque entrée de son historique avec son numéro
  }
entry-not-removable = { $id } est { $kind ->
    [event] un événement
    [project] un projet
    [invitation] une invitation
    [relation] un lien
    [contact] un contact
   *[other] une opération
  } : `carnet rm` prend des contacts, des notes (n12), des rencontres (m12), des cartes (c12), des relances (f12) et des liens (r12)
entry-not-removable-hint = { $kind ->
    [event] `carnet event rm { $id }` supprime un événement
    [project] `carnet project rm { $id }` supprime un projet
    [contact] `carnet rm { $id }` supprime un contact
   *[other] `carnet undo --list` montre les opérations
  }
# Demandé avant de supprimer, dans un terminal.
entry-rm-ask = { $count ->
    [one] Supprimer { $what } ?
   *[other] Supprimer ces { $count } entrées : { $what } ?
  }
entry-rm-refused = suppression de { $what } refusée sans confirmation
entry-rm-refused-hint = ajoutez --yes pour supprimer : carnet rm { $ids } --yes
entry-rm-nothing = Rien n'a été supprimé.
entry-removed = Supprimé : { $what }
entry-removed-undo = `carnet undo` { $count ->
    [one] la rétablit
   *[other] les rétablit
  }
entry-edited = Modifié : { $what }
entry-nothing-to-change = rien à changer dans { $id } : indiquez ce qu'il faut changer par une option
entry-nothing-to-change-hint = { $kind ->
    [note] par ex. carnet note edit { $id } --text "…" --on 2026-11-20
    [encounter] par ex. carnet met edit { $id } --on hier --how coffee --note "…"
   *[other] par ex. carnet card edit { $id } --company "…" --email …
  }
entry-empty-text = le texte de la note est vide
entry-empty-text-hint = pour supprimer la note : carnet rm { $id }
entry-unchanged = Rien n'a changé.
