# Le fichier de la base et sa sûreté : fichiers que carnet refuse, sauvegardes, restauration,
# vérification (src/store/, src/commands/{backup,restore,check}.rs, src/view/database.rs).

## Fichiers que carnet refuse d'ouvrir

# $kind : ce qu'est le fichier.
store-not-regular = { $path } est { $kind ->
    [fifo] un tube nommé (FIFO)
    [char] un périphérique en mode caractère
    [block] un périphérique en mode bloc
    [socket] une socket
    [dir] un dossier
   *[other] un fichier spécial
}, pas un fichier ordinaire
store-not-regular-hint = indiquez avec --db (ou CARNET_DB) une base carnet, ou un chemin où carnet peut en créer une
store-foreign = { $path } n'est pas une base carnet : { $detail }
# Les précisions de store-foreign. $id est écrit en hexadécimal, par ex. 0x0f055112.
store-foreign-marked = c'est la base SQLite d'un autre programme (application id { $id })
store-foreign-unmarked = c'est la base SQLite d'un autre programme
store-foreign-version = c'est la base SQLite d'un autre programme (user_version { $version }, sans la marque de carnet)
store-foreign-tables = son user_version est { $version }, mais il lui manque ce qu'a le schéma { $version } de carnet ({ $missing })
store-missing-table = pas de table { $table }
store-missing-column = pas de colonne { $column } dans la table { $table }
store-not-yours = impossible d'écrire dans la base { $path } : elle appartient à { $owner }
store-not-yours-hint = lancez carnet en tant que { $owner }, ou copiez le fichier chez vous et indiquez la copie avec --db
store-owner-named = l'utilisateur { $name } (uid { $uid })
store-owner-uid = l'utilisateur d'uid { $uid }
store-read-only-folder = impossible d'écrire dans le dossier { $folder }, où carnet garde { $wal } à côté de la base
store-read-only-folder-hint = rendez le dossier accessible en écriture pour vous, ou déplacez la base dans un dossier où vous pouvez écrire
store-read-only-fs = { $path } est sur un système de fichiers en lecture seule
store-read-only-fs-hint = copiez la base sur un disque accessible en écriture et indiquez la copie avec --db
store-disk-full = le disque de { $folder } est plein
store-disk-full-hint = libérez de la place sur ce disque, puis relancez la commande
store-cannot-use-folder = impossible d'utiliser le dossier { $folder }

## Sauvegardes

store-damaged-source = la base { $path } est endommagée ({ $first }) : aucune sauvegarde n'a été faite, aucune n'a été supprimée
store-damaged-source-hint = `carnet check` montre les dégâts et la commande pour restaurer la dernière bonne sauvegarde (`carnet restore SAUVEGARDE`)
store-copy-damaged = la copie n'a pas passé sa vérification ({ $first }) ; elle a été supprimée
store-cannot-create-in = impossible de créer un fichier dans { $folder }
store-cannot-write = impossible d'écrire { $path }
store-cannot-list = impossible de lister { $folder }
store-cannot-remove-backup = impossible de supprimer l'ancienne sauvegarde { $path }
store-cannot-set-mode = impossible de régler les permissions de { $path }
store-backup-exists = { $path } existe déjà ; une sauvegarde ne remplace jamais un fichier
# Après « Sauvegardé dans … », pour chaque sauvegarde endommagée trouvée pendant la rotation.
backup-damaged-kept = la sauvegarde { $path } est endommagée ; elle ne compte pas parmi les { $keep } gardées et a été laissée en place

## Restauration

store-missing-backup = la sauvegarde { $path } n'existe pas
store-missing-backup-hint = donnez le chemin d'un fichier écrit par `carnet backup` (carnet-backup-….db, à côté de la base par défaut)
store-restore-itself = { $path } est la base elle-même, pas une sauvegarde
store-restore-itself-hint = donnez le chemin d'une sauvegarde écrite par `carnet backup`
store-backup-in-use = la sauvegarde { $path } est ouverte ailleurs, ou n'a pas été fermée : { $wal } est à côté
store-backup-in-use-hint = fermez ce qui l'a ouverte, ou lancez une fois `carnet --db { $path } check` pour y intégrer le journal ; rien n'a été modifié
store-in-use = la base { $path } est ouverte par un autre carnet (ou un autre programme)
store-in-use-hint = fermez-le (une session `carnet log`, une synchronisation) et relancez la commande ; rien n'a été modifié
store-integrity-fails = la vérification d'intégrité de SQLite échoue ({ $first })
store-cannot-create-folder = impossible de créer le dossier { $folder }
store-cannot-keep-aside = impossible de mettre { $path } de côté sous le nom { $aside }
store-cannot-move-aside = impossible de mettre { $path } de côté
store-cannot-remove = impossible de supprimer { $path }
# Sur stderr après `carnet restore`.
restore-done = Sauvegarde { $backup } restaurée dans { $database }
restore-kept-aside = La base telle qu'elle était est gardée dans { $aside }
restore-kept-aside-wal = La base telle qu'elle était est gardée dans { $aside } (avec son journal d'écriture anticipée, { $wal })

## carnet check

# Le nom d'une vérification, tel que `carnet check` l'affiche (son nom en JSON reste anglais).
check-name-integrity = intégrité
check-name-foreign-keys = clés étrangères
check-name-name-index = index des noms
check-name-search-index = index de recherche
check-name-reconnect-dates = dates de reprise de contact
check-name-fts = index plein texte { $table }
check-name-fts-all = index plein texte
check-ok = { $check } : ok
check-problems = { $check } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
# SQLite a cessé de compter à sa limite.
check-problems-at-least = { $check } : au moins { $count } problèmes
check-more = … et { $count } de plus
check-more-at-least = … et au moins { $count } de plus
# Une vérification que les dégâts ont arrêtée en route ; $error est le message de SQLite.
check-stopped = n'a pas pu être vérifié jusqu'au bout : { $error }
check-rebuilt = { $index } : reconstruit
check-damaged = la base { $path } est endommagée : les vérifications de SQLite ont trouvé { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
check-damaged-at-least = la base { $path } est endommagée : les vérifications de SQLite ont trouvé au moins { $count } problèmes
check-found = la vérification de la base a trouvé { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} dans { $path }
check-found-hint = `carnet check --repair` reconstruit les index de recherche à partir des données
# $command : la commande exacte, par ex. carnet restore /home/zoe/.local/share/carnet/carnet-backup-20261122-090000-000000.db
check-restore-hint = restaurez la dernière bonne sauvegarde : { $command } (la base telle qu'elle est est gardée de côté)
check-no-backup-hint = aucune bonne sauvegarde n'a été trouvée à côté de la base ; sauvez d'abord ce qui peut encore être lu : carnet export json -o sauvetage.json
check-repair-refused = pas de réparation de { $path } : la base est endommagée ({ $first }), et une réparation écrit dans le fichier

## carnet backup

backup-done = Sauvegardé dans { $path }
backup-removed = Ancienne sauvegarde supprimée : { $path }
backup-not-pruned = la sauvegarde a été écrite, mais les anciennes n'ont pas pu être supprimées

## Modifier dans $EDITOR pendant qu'un autre carnet écrit (src/ui/editor.rs, src/commands/contact/edit.rs)

editor-cannot-merge = impossible de fusionner vos modifications avec la fiche telle qu'elle est maintenant
# En haut du fichier quand il se rouvre, chaque ligne après « # ».
editor-conflict = pendant que vous modifiiez, une autre modification de cette fiche a été enregistrée :
# $ours, $theirs, $base : les valeurs telles qu'écrites dans le fichier, par ex. "Vœux & Cie".
editor-conflict-field =   { $field } : vous avez écrit { $ours }, c'est maintenant { $theirs } (c'était { $base })
editor-conflict-end = Voici votre version, avec les autres modifications intégrées : enregistrez-la pour la garder, ou modifiez-la.
editor-contact-gone = le contact #{ $id } a été supprimé pendant que vous le modifiiez

## Du texte qui n'en est pas (src/model/validate.rs)

# $field : ce qui a été tapé (name, company, note…) ; $value : sa valeur, les caractères
# dangereux écrits \u{202e} ; $code : le caractère, par ex. U+202E.
validate-bidi = { $field } invalide '{ $value }' : il contient un caractère de contrôle bidirectionnel ({ $code }), qui changerait l'affichage du texte autour
# $codes : les caractères présents, par ex. U+200B U+FEFF.
validate-invisible = { $field } invalide : aucun caractère visible (seulement { $codes })
# Un export JSON refusé : $row compte à partir de 1 dans la liste de la table.
json-unsafe-text = la ligne { $row } de la table { $table } a des caractères de contrôle dans sa colonne { $column } : '{ $value }' ; un export JSON qui en contient est refusé en entier

## export -o

export-is-folder = impossible d'écrire l'export dans { $path } : c'est un dossier
export-is-folder-hint = donnez un nom de fichier dans ce dossier avec -o, ou utilisez --vdir pour écrire un fichier par contact
# $kind : ce qu'est le fichier.
export-special = impossible d'écrire l'export dans { $path } : c'est { $kind ->
    [block] un périphérique de bloc
    [socket] une socket
   *[other] un fichier spécial
}
export-special-hint = donnez un nom de fichier avec -o, ou - pour la sortie standard
export-cannot-read-link = impossible de lire le lien symbolique { $path }
export-link-loop = { $path } passe par plus de { $count } liens symboliques (une boucle ?)
# Sur stderr avant « Exporté … vers CIBLE » quand -o désigne un lien symbolique.
export-through-link = { $link } est un lien symbolique : l'export va dans le fichier vers lequel il pointe, { $target }
