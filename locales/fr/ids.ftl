# Les numéros que l'on voit et tape : #12 contact, n12 note, m12 rencontre, c12 carte,
# f12 relance, e12 événement, p12 projet, i12 invitation, r12 lien, o12 opération
# (src/model/ids.rs). $kind, $found : contact, note, encounter, card, followup, event,
# project, invitation, relation, operation.

# Une sorte d'entrée avec son article, dans une phrase.
id-kind = { $kind ->
     [contact] un contact
     [note] une note
     [encounter] une rencontre
     [card] une carte
     [followup] une relance
     [event] un événement
     [project] un projet
     [invitation] une invitation
     [relation] un lien
    *[operation] une opération
  }
id-invalid = numéro de { $kind ->
         [contact] contact
         [note] note
         [encounter] rencontre
         [card] carte
         [followup] relance
         [event] événement
         [project] projet
         [invitation] invitation
         [relation] lien
        *[operation] opération
      } invalide : « { $raw } »
# « c12 est une carte, pas une relance »
id-wrong-kind = { $id } est { $found ->
         [contact] un contact
         [note] une note
         [encounter] une rencontre
         [card] une carte
         [followup] une relance
         [event] un événement
         [project] un projet
         [invitation] une invitation
         [relation] un lien
        *[operation] une opération
      }, pas { $kind ->
         [contact] un contact
         [note] une note
         [encounter] une rencontre
         [card] une carte
         [followup] une relance
         [event] un événement
         [project] un projet
         [invitation] une invitation
         [relation] un lien
        *[operation] une opération
      }
id-form-hint = les numéros de { $kind ->
         [contact] contact
         [note] note
         [encounter] rencontre
         [card] carte
         [followup] relance
         [event] événement
         [project] projet
         [invitation] invitation
         [relation] lien
        *[operation] opération
      } s'écrivent comme { $example }{ $kind ->
    [contact] {""}
   *[other] {" "}(12 et #12 marchent aussi)
  } ; { $kind ->
    [operation] `carnet undo --list` les montre
    [followup] `carnet follow-up list` les montre
    [event] `carnet event list` les montre
    [project] `carnet project list` les montre
   *[other] `carnet show CONTACT` les montre
}
