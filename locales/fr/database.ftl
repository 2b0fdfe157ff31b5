# Le fichier de la base : backup et check (src/view/database.rs, src/commands/backup.rs,
# src/commands/check.rs).

backup-done = Sauvegarde écrite dans { $path }
backup-removed = Ancienne sauvegarde supprimée : { $path }
backup-not-pruned = la sauvegarde a été écrite, mais les plus anciennes n'ont pas pu être supprimées

check-ok = { $check } : ok
check-problems = { $check } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
check-rebuilt = Reconstruit : { $index }
check-failed = la vérification de la base a trouvé { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} dans { $path }
check-failed-hint = `carnet check --repair` reconstruit les index de recherche ; pour le reste, restaurez une sauvegarde faite par `carnet backup`
# Les noms des vérifications.
check-integrity = intégrité
check-foreign-keys = clés étrangères
check-name-index = index des noms
check-search-index = index de recherche
check-reconnect-dates = dates de reprise de contact
check-full-text = index plein texte { $table }
