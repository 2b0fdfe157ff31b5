# Imports et exports : les comptes rendus d'un import, d'une restauration et d'un export
# dans un dossier (src/view/interop.rs), et ce que disent import et export (src/commands/,
# src/ops/).

interop-updated-uid = mis à jour : { $id } { $name } (même UID)
interop-updated-email = mis à jour : { $id } { $name } (même courriel)
interop-skipped = ignoré { $file }:{ $line } : { $reason }
interop-imported = Importé : { $added } { $added ->
    [one] ajouté
   *[other] ajoutés
}, { $updated } { $updated ->
    [one] mis à jour
   *[other] mis à jour
}, { $unchanged } { $unchanged ->
    [one] inchangé
   *[other] inchangés
}, { $skipped } { $skipped ->
    [one] ignoré
   *[other] ignorés
}
interop-would-import = Import prévu : { $added } { $added ->
    [one] ajouté
   *[other] ajoutés
}, { $updated } mis à jour, { $unchanged } { $unchanged ->
    [one] inchangé
   *[other] inchangés
}, { $skipped } { $skipped ->
    [one] ignoré
   *[other] ignorés
} (essai : rien n'a été écrit)
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
interop-nothing-in = remarque : aucun contact trouvé dans { $file } (lu comme { $format } ; --format en choisit un autre)
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
