# Comment un enregistrement importé a été reconnu comme un contact déjà là (entre
# parenthèses après « mis à jour #12 Nom »).
interop-matched-phone = même numéro de téléphone
interop-matched-name = même nom et un autre point commun
# Un enregistrement ajouté comme nouveau contact qui n'a que le nom d'un autre : jamais fusionné.
interop-possible-duplicate = ajouté #{ $id } { $name } ({ $file }:{ $line }) : doublon possible de #{ $of }, seul le nom est le même
interop-possible-duplicate-hint = si c'est la même personne : carnet merge #{ $of } #{ $id }
# Une note ajoutée à un contact quand un champ a changé dans carnet et de l'autre côté
# d'une synchronisation : la valeur de carnet reste, l'autre est gardée ici.
sync-conflict-note = Conflit de synchronisation : { $field } a aussi changé de l'autre côté, en : { $value }
sync-merged = modifications de l'autre côté reprises : #{ $id } { $name }
sync-conflict = conflit sur #{ $id } { $name } : { $field } vaut { $ours } ici et { $theirs } de l'autre côté ; { $ours } est gardé, l'autre valeur est dans une note
sync-deleted = supprimé #{ $id } { $name } (supprimé de l'autre côté)
sync-deletion-held = non supprimé : #{ $id } { $name } (supprimé de l'autre côté)
sync-deletions-hint = { $count ->
    [one] l'autre côté a supprimé ce contact : relancez l'import avec --yes pour le supprimer ici aussi
   *[other] l'autre côté a supprimé ces { $count } contacts : relancez l'import avec --yes pour les supprimer ici aussi
}
sync-too-many-hint = c'est plus d'un dixième des contacts synchronisés : vérifiez l'autre côté, puis ajoutez --force pour tout supprimer
sync-summary = dossier synchronisé : { $unchanged } inchangés depuis le dernier export, { $merged } modifiés de l'autre côté, { $conflicts } conflits
config-region-set = Les numéros sans indicatif de pays sont maintenant lus pour { $region } (réglé dans { $path }).
config-region-unset = Réglage de la région retiré de { $path } ; les numéros suivent de nouveau le pays de la locale.
config-region-none = aucune : seuls les numéros avec indicatif de pays sont comparés
