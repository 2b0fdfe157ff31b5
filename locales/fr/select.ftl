# La sélection de plusieurs personnes (--tag, --met-at, --project… de list, tag, invite,
# follow-up add, met, archive, project assign, export, card list) : src/commands/args/select.rs.

select-no-tag = aucune étiquette « { $tag } »
select-no-tag-hint = `carnet tags` liste toutes les étiquettes
select-bad-answer = réponse invalide « { $answer } »
select-bad-answer-hint = une réponse est yes (oui), no (non), maybe (peut-être) ou none (pas encore de réponse)
select-no-words = --search « { $words } » ne contient aucun mot à chercher
select-no-words-hint = donnez des mots, par ex. --search "jazz lyon"
select-count = { $count ->
        [0] personne n'est sélectionné
        [one] { $count } personne sélectionnée
       *[other] { $count } personnes sélectionnées
    }
select-nobody = personne ne correspond à cette sélection ; rien n'a été modifié
select-nobody-hint = `carnet list` avec les mêmes options montre qui est sélectionné
select-person = { "  " }#{ $id } { $name }
select-needs-yes = { $count } personnes sont sélectionnées : rien n'est modifié sans --yes
select-needs-yes-hint = `carnet list` avec les mêmes options montre qui elles sont ; ajoutez --yes pour continuer
select-cancelled = Rien n'a été modifié

select-ask-tag = Étiqueter { $count } personnes avec { $tags } ?
select-ask-untag = Retirer { $tags } à { $count } personnes ?
select-ask-follow-up = Ajouter une relance pour chacune des { $count } personnes ?
select-ask-met = Noter une rencontre avec chacune des { $count } personnes ?
select-ask-archive = Archiver { $count } personnes ?
select-ask-unarchive = Désarchiver { $count } personnes ?
select-ask-invite = Inviter { $count } personnes à { $event } ?
select-ask-assign = Donner à { $count } personnes le rôle { $role } dans { $project } ?

select-tagged = { $count ->
        [one] { $count } personne étiquetée avec { $tags }
       *[other] { $count } personnes étiquetées avec { $tags }
    }
select-tagged-already = { $count ->
        [one] { $count } l'avait déjà
       *[other] { $count } les avaient déjà
    }
select-untagged = { $count ->
        [one] { $tags } retiré à { $count } personne
       *[other] { $tags } retiré à { $count } personnes
    }
select-followups-added = { $count ->
        [one] { $count } relance ajoutée, pour le { $due } : { $what }
       *[other] { $count } relances ajoutées, une par personne, pour le { $due } : { $what }
    }
select-archived = { $count ->
        [one] { $count } personne archivée
       *[other] { $count } personnes archivées
    }
select-unarchived = { $count ->
        [one] { $count } personne désarchivée
       *[other] { $count } personnes désarchivées
    }
select-undo-hint = `carnet undo` annule le tout en une étape
select-tag-what = nommez un contact et les étiquettes, ou sélectionnez des personnes et nommez les étiquettes
select-tag-what-hint = carnet tag frederic jury, ou carnet tag --met-at "Formation SEO" formation-seo
select-export-whole = une sélection (--tag, --project, --met-at…) choisit des contacts : elle s'applique aux exports vcard et csv
select-export-whole-hint = un export JSON contient toute la base ; un export ics contient tous les événements et toutes les relances
select-invited = { $count ->
        [one] { $count } personne invitée à { $event }
       *[other] { $count } personnes invitées à { $event }
    }{ $already ->
        [0] { "" }
       *[other] ; { $already } déjà invitées
    }
select-assigned = { $count ->
        [one] { $count } personne est désormais { $role } dans { $project }
       *[other] { $count } personnes sont désormais { $role } dans { $project }
    }{ $already ->
        [0] { "" }
       *[other] ; { $already } l'étaient déjà
    }
