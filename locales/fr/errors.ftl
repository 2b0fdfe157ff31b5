# Comment une erreur est affichée (src/main.rs, src/error.rs), et les avertissements.

# La première ligne d'une commande qui échoue, sur stderr.
error-line = Erreur : { $message }
# La ligne qui suit, qui dit quoi faire.
hint-line = astuce : { $hint }
# Ce que carnet a laissé de côté, sur stderr.
warning-line = attention : { $message }

# Termine l'erreur d'une écriture annulée.
nothing-changed = rien n'a été modifié
error-nothing-changed = { $message } ; rien n'a été modifié
