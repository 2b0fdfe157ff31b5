# Le journal des opérations : carnet undo, carnet redo, carnet undo --list
# (src/store/history.rs, src/commands/undo.rs, src/view/history.rs).

# Un enregistrement nommé quand une annulation est refusée : `key` est son numéro.
history-row = { $table ->
    [contacts] contact #{ $key }
    [notes] note n{ $key }
    [encounters] rencontre m{ $key }
    [cards] carte c{ $key }
    [followups] relance f{ $key }
    [invitations] invitation i{ $key }
    [relations] lien r{ $key }
    [events] événement e{ $key }
    [projects] projet p{ $key }
    [tags] étiquette { $key }
    [contact_emails] e-mail { $key }
    [contact_phones] numéro de téléphone { $key }
    [contact_links] lien web { $key }
   *[other] ligne { $key } de { $table }
}

history-nothing-to-undo = rien à annuler
history-nothing-to-undo-hint = `carnet undo --list` montre les opérations que le journal garde
history-nothing-to-redo = rien à refaire
history-nothing-to-redo-hint = redo refait ce que `carnet undo` a annulé, tant qu'aucune autre commande n'a modifié la base
history-no-such-operation = pas d'opération o{ $id } dans le journal
history-no-such-operation-hint = `carnet undo --list` montre les opérations que le journal garde
history-already-undone = o{ $id } est déjà annulée
history-already-undone-hint = `carnet redo` refait la dernière opération annulée
history-undo-of = o{ $id } est l'annulation de o{ $target }, pas une commande
history-undo-of-hint = `carnet redo` refait o{ $target }
history-redo-of = o{ $id } refait o{ $target }, ce n'est pas une commande
history-redo-of-hint = `carnet undo o{ $target }` l'annule à nouveau
history-changed-since = impossible { $undo ->
    [yes] d'annuler
   *[no] de refaire
  } o{ $id } : o{ $later } a modifié le même enregistrement depuis ({ $row })
history-later-first-hint = annulez d'abord o{ $later } (`carnet undo o{ $later }`), ou laissez o{ $id } tel quel
history-would-touch-later = impossible { $undo ->
    [yes] d'annuler
   *[no] de refaire
  } o{ $id } : cela reprendrait aussi ce que o{ $later } a fait depuis ({ $row })
history-would-touch = impossible { $undo ->
    [yes] d'annuler
   *[no] de refaire
  } o{ $id } : cela modifierait aussi { $row }, que l'opération n'avait pas touché
history-cannot-apply = impossible { $undo ->
    [yes] d'annuler
   *[no] de refaire
  } o{ $id } proprement : { $detail }

# Une écriture en masse (un import) que le journal ne peut pas enregistrer fidèlement ; un défaut de carnet.
history-bulk-unrecorded = une écriture en masse a ajouté à { $table } des lignes que le journal des opérations ne peut pas enregistrer (sous le plus grand numéro de la table)

# Une limite du journal donnée dans l'environnement qui n'est pas un nombre
# (CARNET_UNDO_KEEP, CARNET_UNDO_DAYS).
history-bad-bound = { $var } invalide : « { $value } »
history-bad-bound-hint = CARNET_UNDO_KEEP est le nombre d'opérations que `carnet undo` garde (1 ou plus, 1000 par défaut) ; CARNET_UNDO_DAYS le nombre de jours (0 : quel que soit leur âge ; 90 par défaut)

# Ce qu'une opération a changé dans une table, dans `carnet undo --list` et après une
# annulation : un nombre et le nom des fiches de la table.
history-table = { $table ->
    [contacts] { $count ->
        [one] contact
       *[other] contacts
    }
    [notes] { $count ->
        [one] note
       *[other] notes
    }
    [encounters] { $count ->
        [one] rencontre
       *[other] rencontres
    }
    [cards] { $count ->
        [one] carte
       *[other] cartes
    }
    [followups] { $count ->
        [one] relance
       *[other] relances
    }
    [invitations] { $count ->
        [one] invitation
       *[other] invitations
    }
    [events] { $count ->
        [one] événement
       *[other] événements
    }
    [projects] { $count ->
        [one] projet
       *[other] projets
    }
    [tags] { $count ->
        [one] étiquette
       *[other] étiquettes
    }
    [contact_tags] { $count ->
        [one] étiquetage
       *[other] étiquetages
    }
    [contact_emails] { $count ->
        [one] e-mail
       *[other] e-mails
    }
    [contact_phones] { $count ->
        [one] numéro de téléphone
       *[other] numéros de téléphone
    }
    [contact_links] { $count ->
        [one] lien web
       *[other] liens web
    }
    [relations] { $count ->
        [one] lien
       *[other] liens
    }
   *[other] { $count ->
        [one] ligne de { $table }
       *[other] lignes de { $table }
    }
  }
# « +2 contacts (Zoë, Łukasz) » : ajoutés (+), modifiés (~) ou supprimés (−).
history-change = { $sign }{ $count } { $rows }
history-change-named = { $sign }{ $count } { $rows } ({ $names })
history-no-change = aucun changement
# Une ligne de `carnet undo --list` : l'opération, quand, ce que c'était (ce qu'elle a changé suit sur la ligne d'après).
history-line = { $id }  { $when }  { $command }{ $state ->
    [undone] {"  "}[annulée]
    [undo] {"  "}[annulation de o{ $target }]
    [redo] {"  "}[rétablissement de o{ $target }]
   *[do] {""}
  }
history-log-empty = Le journal des opérations est vide : rien à annuler.
# Après `carnet undo` / `carnet redo`.
history-undone = o{ $id } annulée ({ $command }) : { $changes }
history-redone = o{ $id } rétablie ({ $command }) : { $changes }
history-redo-hint = `carnet redo` la rétablit
