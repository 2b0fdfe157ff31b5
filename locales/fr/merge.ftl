# carnet merge (src/commands/merge.rs). $o et $k sont les deux contacts nommés sur une ligne.

merge-same = « { $a } » et « { $b } » sont le même contact { $who }
merge-same-hint = nommez deux contacts différents, par exemple par leur numéro : carnet merge '#12' '#31'
merge-ask = Fusionner { $o } dans { $k } et supprimer { $o } ?
merge-refused = fusion de { $o } dans { $k } refusée sans confirmation
merge-hint = passez --yes pour fusionner : carnet merge '{ $keep }' '{ $other }' --yes
merge-nothing = Rien n'a été fusionné.
merge-done = { $other } { $other_name } fusionné dans { $keep } { $keep_name }
merge-done-moved = { $other } { $other_name } fusionné dans { $keep } { $keep_name } (déplacé : { $moved })
# Ce qui a été déplacé, par table : merge-rows-TABLE.
merge-rows-contact_emails = { $count ->
    [one] { $count } courriel
   *[other] { $count } courriels
}
merge-rows-contact_phones = { $count ->
    [one] { $count } téléphone
   *[other] { $count } téléphones
}
merge-rows-contact_links = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}
merge-rows-contact_tags = { $count ->
    [one] { $count } étiquette
   *[other] { $count } étiquettes
}
merge-rows-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
merge-rows-invitations = { $count ->
    [one] { $count } invitation
   *[other] { $count } invitations
}
merge-rows-encounters = { $count ->
    [one] { $count } rencontre
   *[other] { $count } rencontres
}
merge-rows-cards = { $count ->
    [one] { $count } carte
   *[other] { $count } cartes
}
merge-rows-followups = { $count ->
    [one] { $count } relance
   *[other] { $count } relances
}
merge-rows-project_roles = { $count ->
    [one] { $count } rôle dans un projet
   *[other] { $count } rôles dans des projets
}
merge-rows-contacts = { $count ->
    [one] { $count } présentation
   *[other] { $count } présentations
}
