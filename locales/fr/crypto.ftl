# Carnets chiffrés : carnet encrypt, decrypt, passphrase, lock, et leur ouverture.

crypto-locked = { $path } est chiffré (ou n'est pas une base carnet), et aucune clé n'a été donnée ; rien n'a été modifié
crypto-wrong-key = { $source_name ->
    [command] la phrase de passe donnée par CARNET_KEY_COMMAND
    [prompt] la phrase de passe saisie
   *[other] la clé gardée dans le trousseau
} n'ouvre pas { $path } : phrase de passe erronée, ou pas une base carnet ; rien n'a été modifié
crypto-key-hint = donnez la phrase de passe sur un terminal, ou réglez CARNET_KEY_COMMAND sur une commande qui l'affiche (par exemple « pass show carnet ») ; une fois donnée, sa clé est gardée dans le trousseau du système. Une phrase de passe perdue ne se récupère pas : restaurez une sauvegarde faite avant `carnet encrypt`, s'il y en a une
crypto-command-failed = la commande de clé `{ $command }` a échoué : { $detail }
crypto-command-not-utf8 = sa sortie n'est pas du texte UTF-8
crypto-command-empty = elle n'a rien affiché
crypto-wrong-try-again = Phrase de passe erronée, réessayez.
crypto-ask-passphrase = Phrase de passe du carnet
crypto-ask-new-passphrase = Nouvelle phrase de passe
crypto-ask-confirm = La même phrase de passe encore
crypto-mismatch = Les deux phrases de passe diffèrent.
crypto-no-new-passphrase = aucune nouvelle phrase de passe : lancez ceci sur un terminal, ou réglez CARNET_NEW_KEY_COMMAND sur une commande qui l'affiche
crypto-no-random = impossible de lire des octets aléatoires du système
crypto-already-encrypted = { $path } est déjà chiffré
crypto-already-encrypted-hint = `carnet passphrase` change sa phrase de passe
crypto-not-encrypted = { $path } n'est pas chiffré
crypto-not-encrypted-hint = `carnet encrypt` le chiffre
crypto-encrypted = { $path } est chiffré. Gardez la phrase de passe en lieu sûr : sans elle, le carnet ne s'ouvre plus.
crypto-encrypted-kept = { $path } est chiffré ; sa clé est gardée dans le trousseau du système (`carnet lock` l'oublie). Gardez la phrase de passe en lieu sûr : sans elle, le carnet ne s'ouvre plus.
crypto-decrypted = { $path } est déchiffré : il est de nouveau stocké en clair.
crypto-cannot-read = impossible de lire { $path }
crypto-locked-now = Clé de { $path } oubliée du trousseau du système : la prochaine commande demandera la phrase de passe.
crypto-nothing-kept = Aucune clé de { $path } n'était gardée dans le trousseau du système.

# Exports scellés avec age, et leur import.
sealed-bad-recipient = « { $recipient } » n'est pas un destinataire age (une clé publique qui commence par age1)
sealed-no-passphrase = aucune phrase de passe pour sceller ou ouvrir l'export : lancez ceci sur un terminal, réglez CARNET_NEW_KEY_COMMAND (ou CARNET_KEY_COMMAND) sur une commande qui en affiche une, donnez --to DESTINATAIRE, ou --plain pour l'écrire en clair
sealed-cannot-decrypt = impossible de déchiffrer { $file } : { $detail }
sealed-needs-identity = { $file } est scellé pour un destinataire age : donnez son fichier d'identité avec --identity FICHIER
sealed-bad-identity = impossible de lire le fichier d'identité age { $file } : { $detail }
sealed-ask-passphrase = Phrase de passe de { $file }
sealed-not-json = { $file } contient un fichier vCard ou CSV scellé avec age : carnet importe les exports JSON scellés ; déchiffrez-le d'abord avec `age -d`
sealed-vdir-in-clear = un vdir s'écrit en clair, un fichier par contact, pour la synchronisation
sealed-vdir-in-clear-hint = ajoutez --plain pour l'écrire en clair depuis ce carnet chiffré
crypto-no-key = aucune clé n'a été donnée
crypto-no-key-opens = aucune clé donnée n'ouvre le carnet
