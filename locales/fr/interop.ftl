# Imports et exports : les comptes rendus d'un import, d'une restauration et d'un export
# dans un dossier (src/view/interop.rs), et ce que disent import et export (src/commands/,
# src/ops/).

interop-restored = { $rows } lignes de { $tables } tables restaurées depuis { $file }
interop-would-restore = Restauration prévue : { $rows } lignes de { $tables } tables depuis { $file }
interop-vdir = { $folder } : { $written } { $written ->
    [one] écrit
   *[other] écrits
}, { $unchanged } { $unchanged ->
    [one] inchangé
   *[other] inchangés
}, { $removed } { $removed ->
    [one] supprimé
   *[other] supprimés
}
interop-exported-contacts = { $count ->
    [one] { $count } contact exporté
   *[other] { $count } contacts exportés
} vers { $path }
interop-exported-calendar = { $count ->
    [one] { $count } élément d'agenda exporté
   *[other] { $count } éléments d'agenda exportés
} vers { $path }

export-filter-not-here = --tag et --project filtrent des contacts : ils s'appliquent aux exports vcard et csv
export-filter-not-here-hint = un export JSON contient toute la base ; un export ics contient tous les événements et toutes les relances
export-vdir-kinds = --vdir écrit des exports vcard ou ics
export-vdir-kinds-hint = utilisez -o FICHIER pour csv et json

import-cannot-read = impossible de lire « { $path } »
import-no-such-file = pas de fichier « { $path } »
import-no-such-file-hint = donnez un fichier .vcf, .csv ou .json, ou un dossier de fichiers .vcf
import-cannot-read-folder = impossible de lire le dossier { $path }
import-no-vcf = pas de fichier .vcf dans « { $path } »
import-no-vcf-hint = un dossier est lu comme un vdir : un ou plusieurs fichiers .vcf
import-cannot-import = impossible d'importer « { $path } »
import-newer = « { $path } » a été exporté par un carnet plus récent (schéma { $found }, celui-ci connaît { $known })
import-newer-hint = mettez carnet à jour pour l'importer
import-not-empty = impossible de restaurer « { $path } » : la base n'est pas vide
import-not-empty-hint = un export JSON restaure une base entière dans une base vide : carnet --db nouvelle.db import FICHIER
import-cannot-restore = impossible de restaurer « { $path } »
import-not-json-export = pas un export JSON de carnet : { $error }
import-not-json-format = pas un export JSON de carnet (format « { $format } »)
import-json-newer = la version { $found } du format d'export JSON est plus récente que celles que ce carnet connaît ({ $known })

export-cannot-write-csv = impossible d'écrire le CSV
export-no-folder = impossible d'écrire { $path } : le dossier { $folder } n'existe pas
export-no-folder-hint = créez d'abord le dossier, ou donnez un autre chemin avec -o
export-cannot-write-why = impossible d'écrire { $path } : { $why }
export-cannot-write = impossible d'écrire { $path }
export-cannot-create-folder = impossible de créer le dossier { $path }
export-not-a-folder = « { $path } » n'est pas un dossier
export-not-a-folder-hint = --vdir prend un dossier, créé s'il manque

# Issue 17: matching, sync, region.
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
