# Des mots que plusieurs commandes disent de la même façon.

nothing-deleted = Rien n'a été supprimé.
