# carnet brief (src/view/brief.rs) : un écran avant un événement.

brief-title = Avant l'événement : { $name }, { $date }
brief-known = { $count ->
    [0] Personne parmi les invités que vous ayez déjà rencontré
    [one] Une personne invitée que vous avez déjà rencontrée
   *[other] { $count } personnes invitées que vous avez déjà rencontrées
  }
brief-person = { $person } #{ $id } — { $rsvp }, force { $strength }
brief-with-company = { $name } ({ $company })
brief-rsvp = { $rsvp ->
    [yes] vient
    [no] a décliné
    [maybe] peut-être
   *[none] pas encore de réponse
  }
brief-last-seen = vu·e la dernière fois { $date }, { $at }
brief-said = dit : { $note }
brief-followup = f{ $id } { $what } (pour le { $due })
brief-role = { $role } dans { $project }
brief-ref = { $name } #{ $id }
brief-new-faces = { $count ->
    [one] Une personne invitée jamais rencontrée
   *[other] { $count } personnes invitées jamais rencontrées
  }
brief-want-to-meet = Personnes que vous voulez rencontrer (étiquette to-meet)
brief-not-invited = pas invitée
brief-no-answer = { $count ->
    [0] Tous les invités ont répondu
   *[other] Pas encore de réponse, à relancer ({ $count })
  }
brief-declined = Ont décliné ({ $count })
brief-lately = Rencontrés ces { $days } derniers jours et pas invités ({ $count })
brief-met-on = vu·e { $date }
brief-no-event = Aucun événement { $which ->
    [tomorrow] demain
   *[next] à venir
  }.
brief-no-event-hint = ajoutez-en un avec `carnet event add NOM --on DATE`
