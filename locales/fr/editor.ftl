# Modifier un contact dans $VISUAL ou $EDITOR (src/ui/editor.rs). Les clés du document
# (name, company, …) sont son format : elles restent en anglais.

editor-invalid = éditeur invalide « { $editor } »
editor-invalid-hint = donnez un programme à EDITOR, par exemple EDITOR=nano
editor-cannot-start = impossible de lancer l'éditeur « { $program } »
editor-cannot-start-hint = donnez à VISUAL ou EDITOR un éditeur de votre PATH, par exemple EDITOR=nano
editor-failed = l'éditeur « { $program } » s'est terminé avec { $status } ; rien n'a changé
editor-cancelled = modification annulée : le fichier a été vidé ; rien n'a changé
editor-render = impossible d'écrire le contact en TOML
editor-cannot-create = impossible de créer un fichier temporaire à modifier
editor-cannot-write = impossible d'écrire le fichier à modifier
editor-cannot-read = impossible de lire le fichier modifié
editor-not-valid = le fichier n'est pas valide : { $error }
# Les lignes de commentaire en haut du document ; chacune commence par « # ».
editor-header =
    # Modifiez le contact ci-dessous et enregistrez ; les lignes commençant par # sont ignorées.
    # Videz une valeur ("") pour l'effacer. Les listes prennent des entrées "étiquette=valeur".
    # birthday : AAAA-MM-JJ ou --MM-JJ · keep_in_touch : 2w, 3m, 1y · introduced_by : #ID ou un nom
    # Effacez tout pour annuler.
editor-error = # Erreur : { $message }
editor-hint = # astuce : { $hint }
