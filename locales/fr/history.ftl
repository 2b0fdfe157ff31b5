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
