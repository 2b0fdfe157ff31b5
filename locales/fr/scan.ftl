# carnet card scan : cartes de visite et badges lus sur des photos (src/commands/card/scan.rs,
# src/view/scan.rs, src/ops/scan/, src/scan/).

scan-cannot-ask = card scan ne peut pas demander à qui est chaque carte : l'entrée standard n'est pas un terminal
scan-cannot-ask-hint = passez --yes pour classer les cartes (chacune à la personne qu'elle nomme, ou à --for CONTACT), ou --json pour afficher ce qui est lu sans rien classer

scan-no-such-photo = fichier ou dossier introuvable : { $path }
scan-empty-folder = aucune photo JPEG ou PNG dans le dossier { $path }
scan-reads-photo-files = card scan lit les fichiers .jpg, .jpeg et .png
scan-cannot-read = impossible de lire { $path } : { $reason }
scan-not-a-photo = { $path } n'est pas une photo que carnet sait lire : { $reason }
# La raison donnée quand un fichier n'est ni un JPEG ni un PNG.
scan-not-jpeg-png = ni un fichier JPEG ni un fichier PNG
scan-not-a-photo-hint = card scan lit les photos JPEG et PNG

scan-tesseract-missing = Tesseract n'est pas installé : carnet en a besoin pour lire le texte imprimé sur une carte
scan-tesseract-no-language = Tesseract n'a ni ses données françaises ni ses données anglaises
scan-tesseract-cannot-run = impossible de lancer tesseract : { $error }
scan-tesseract-failed = tesseract a échoué ({ $status }) : { $detail }
scan-tesseract-refused = tesseract n'a pas pris l'image : { $error }
# L'indication après « Tesseract n'est pas installé », un système par ligne.
scan-install-hint = installez Tesseract avec ses données françaises :
    {"  "}Debian/Ubuntu : sudo apt-get install tesseract-ocr tesseract-ocr-fra
    {"  "}Fedora :        sudo dnf install tesseract tesseract-langpack-fra
    {"  "}macOS :         brew install tesseract tesseract-lang
    (un code QR qui porte une vCard ou une MeCard se lit sans lui)
scan-without-french = Tesseract n'a pas ses données françaises : les lettres accentuées risquent d'être mal lues (Debian/Ubuntu : apt-get install tesseract-ocr-fra)
scan-qr-only = Tesseract n'est pas installé : seul le code QR a été lu

scan-already-filed = { $path } : déjà classée, carte c{ $card } de #{ $contact } { $name } ; passée
scan-same-photo = { $path } : la même photo que { $other }, déjà classée, carte c{ $card } de #{ $contact } { $name } ; passée

scan-nothing-read = rien n'a pu être lu sur { $path }
scan-nothing-read-hint = une photo nette prise d'au-dessus, la carte remplissant presque tout le cadre, se lit le mieux
scan-no-name = aucun nom n'a été lu sur { $path }
scan-no-name-hint = passez --for CONTACT pour classer la carte chez quelqu'un, ou scannez-la sur un terminal pour dire à qui elle est
scan-name-taken = « { $name } » est déjà un contact ({ $ids })
scan-name-taken-hint = ajoutez --for '#{ $id }' pour la classer chez ce contact, ou --new pour créer un autre contact

# Ce qui a été lu, montré avant la question ; le code aligne les libellés.
scan-label-read = lu :
scan-label-address = adresse :
scan-label-also = aussi :
scan-nothing-sorted = (ni nom, ni entreprise, ni coordonnées)

scan-whose = À qui est cette carte ?
scan-existing = contact existant { $who }
scan-new-contact = nouveau contact : { $name }
scan-someone-else = quelqu'un d'autre (taper un nom)
scan-skip = passer cette photo
scan-ask-name = Nom (Entrée pour passer la photo)
scan-file-to = La classer comme carte de { $who } ?
scan-skipped = { $path } : passée

scan-filed = Carte c{ $card } classée pour #{ $contact } { $name }
scan-filed-new = Carte c{ $card } classée pour #{ $contact } { $name } (nouveau contact)
scan-filed-at = Carte c{ $card } classée pour #{ $contact } { $name } à { $event }
scan-filed-new-at = Carte c{ $card } classée pour #{ $contact } { $name } (nouveau contact) à { $event }
scan-photo-failed = erreur : { $path } : { $error }

# Le bilan d'une série de photos : « Photos : 2 classées, 1 en échec ».
scan-summary = Photos : { $parts }
scan-count-read = { $count ->
    [one] { $count } lue
   *[other] { $count } lues
}
scan-count-filed = { $count ->
    [one] { $count } classée
   *[other] { $count } classées
}
scan-count-skipped = { $count ->
    [one] { $count } passée
   *[other] { $count } passées
}
scan-count-failed = { $count } en échec
scan-some-failed = { $failed ->
    [one] { $failed } photo sur { $total } n'a pas pu être classée
   *[other] { $failed } photos sur { $total } n'ont pas pu être classées
}
scan-some-unread = { $failed ->
    [one] { $failed } photo sur { $total } n'a pas pu être lue
   *[other] { $failed } photos sur { $total } n'ont pas pu être lues
}

# Corriger ce qui a été lu, sous la forme d'une ligne de `carnet log`.
scan-correct = corriger ce qui a été lu
scan-correct-ask = Corrigez la carte (nom, entreprise, titre, courriel, téléphone, site ; une ligne vide la garde telle que lue)
scan-corrected = → { $line }
scan-correct-via = une carte ne dit pas qui a présenté la personne (« via { $who } ») : dites-le avec carnet edit une fois la carte classée
scan-correct-tags = une carte ne porte pas d'étiquettes ({ $tags }) : ajoutez-les avec carnet tag
