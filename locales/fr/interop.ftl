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
