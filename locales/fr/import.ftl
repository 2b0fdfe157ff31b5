# Le compte rendu de `carnet import` (src/view/interop.rs), sur stderr, et les erreurs de
# lecture d'un fichier de contacts (src/formats/, src/ops/import.rs). Variables : $file est
# un nom de fichier, $line un numéro de ligne, $size une taille de import-size-*.

# Un contact mis à jour par l'import, et ce qui l'a reconnu.
import-updated = mis à jour #{ $id } { $name } ({ $by })
import-matched-uid = même UID
import-matched-email = même e-mail
# Un enregistrement du fichier non importé, et pourquoi (un des import-skip-*).
import-skipped = ignoré { $file }:{ $line } : { $reason }
# Un enregistrement importé sans une partie de son contenu, et laquelle (un des import-cut-*).
import-shortened = raccourci { $file }:{ $line } : { $reason }
import-nothing-in = remarque : aucun contact trouvé dans { $file } (lu comme { $format } ; --format en choisit un autre)
# La dernière ligne. $from est un nom de fichier ou import-files ; chaque nombre est donné
# en chiffres ($total, pour les pluriels) et en texte, ses chiffres groupés ($total_text).
import-summary = { $total ->
        [one] { $total_text } enregistrement lu
       *[other] { $total_text } enregistrements lus
    } dans { $from } : { $added ->
        [one] { $added_text } ajouté
       *[other] { $added_text } ajoutés
    }, { $updated ->
        [one] { $updated_text } mis à jour
       *[other] { $updated_text } mis à jour
    }, { $unchanged ->
        [one] { $unchanged_text } inchangé
       *[other] { $unchanged_text } inchangés
    }, { $skipped ->
        [one] { $skipped_text } ignoré
       *[other] { $skipped_text } ignorés
    }
import-summary-shortened = { $summary }, { $shortened ->
        [one] { $shortened_text } raccourci
       *[other] { $shortened_text } raccourcis
    }
import-summary-dry-run = { $summary } (essai : rien n'a été écrit)
import-files = { $count } fichiers

import-skip-no-name-card = pas de nom : la fiche n'a ni FN, ni N, ni ORG, ni EMAIL
import-skip-no-name-row = pas de nom : la ligne n'a ni nom, ni e-mail, ni société
import-skip-quote = un guillemet ouvert ligne { $line } n'est jamais fermé ({ $how }) ; la ligne est laissée de côté et la lecture reprend ligne { $next }
import-quote-end-of-file = il est encore ouvert à la fin du fichier
import-quote-swallows-rows = les lignes qui le suivent sont des lignes à part entière
import-quote-too-long = son champ dépasserait { $size }
import-skip-line-too-long = la ligne dépasse { $size } : elle est laissée de côté
import-skip-refused = refusé par la base de données : { $why }

import-cut-too-long = { $field } dépasse { $size } : ses { $kept } premiers octets ont été gardés
import-cut-not-a-property = cette ligne n'est pas une propriété vCard (NOM:valeur) : laissée de côté
import-cut-no-end-before = la fiche n'a pas de END:VCARD avant le BEGIN:VCARD de la ligne { $next } : elle est peut-être incomplète
import-cut-no-end = le fichier se termine avant le END:VCARD de la fiche : elle est peut-être incomplète
import-cut-nested = la fiche commencée ligne { $line } à l'intérieur de celle-ci, sans AGENT, a été laissée de côté
import-cut-card-too-large = la fiche contient plus de { $size } de valeurs : le reste a été laissé de côté

import-size-mib = { $n } Mio
import-size-kib = { $n } Kio
import-size-bytes = { $n ->
        [one] { $n } octet
       *[other] { $n } octets
    }

# Un fichier CSV qui ne peut pas du tout être lu comme des contacts.
import-csv-no-header = aucune ligne d'en-tête nommant des colonnes connues (nom, e-mail, …) dans ses { $within } premières lignes
# Lecture des fichiers donnés à importer (src/ops/import.rs).
import-json-in-folder = « { $file } » est un export JSON : il s'importe seul, pas depuis un dossier
import-json-on-its-own = « { $file } » est lu comme un export JSON de carnet, à importer seul
# $format est le nom d'un format (vCard, CSV, CSV Google, CSV LinkedIn) ; $why l'un des import-csv-*.
import-cannot-read-as = impossible d'importer « { $file } » comme { $format } : { $why }
import-cannot-read-as-hint = si c'est une vCard ou un export JSON, dites-le avec --format vcard ou --format json
