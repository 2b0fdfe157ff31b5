# Projets : project show (src/view/project.rs), project list, et ce que disent project add,
# edit, rm, archive, assign et unassign. $p est l'identifiant d'un projet (« p2 »),
# $project son nom, $id celui d'un contact (« #12 »), $role un rôle dans la langue de
# l'interface.

project-archived = [archivé]
project-nobody = Personne pour l'instant : ajoutez des gens avec `carnet project assign`.
project-last-seen = dernière rencontre { $date }
project-never-seen = jamais rencontré
project-open-followups = { $count ->
    [one] { $count } relance ouverte, prochaine { $due }
   *[other] { $count } relances ouvertes, prochaine { $due }
}
# Un rôle clé que personne ne tient.
project-no-role = pas encore de rôle « { $role } »

project-list-id = ID
project-list-project = PROJET
project-list-members = MEMBRES
project-list-roles = RÔLES
project-list-none = Aucun projet.

project-exists = un projet nommé « { $project } » existe déjà ({ $p })
project-exists-add-hint = choisissez un autre nom, ou ajoutez-y des gens avec `carnet project assign`
project-exists-hint = choisissez un autre nom
project-added = Projet { $p } ajouté : { $project }
project-archived-now = Projet { $p } archivé : { $project }
project-unarchived-now = Projet { $p } désarchivé : { $project }
project-now-role = { $id } { $name } a maintenant le rôle « { $role } » dans { $project }
project-already-role = { $id } { $name } avait déjà le rôle « { $role } » dans { $project }
project-nothing-to-change = rien à changer dans le projet { $p } { $project }
project-nothing-to-change-hint = passez --name ou --note
project-updated = Projet { $p } modifié : { $project }
project-rm-ask = Supprimer le projet { $p } { $project } et ses rôles ?
project-rm-refused = suppression du projet { $p } { $project } refusée sans confirmation
project-rm-hint = passez --yes pour supprimer : carnet project rm { $id } --yes
project-deleted = Projet { $p } supprimé : { $project }
project-was-not = remarque : { $id } { $name } n'avait pas le rôle « { $role } » dans { $project }
project-had-no-role = remarque : { $id } { $name } n'avait aucun rôle dans { $project }
project-no-longer = { $id } { $name } n'a plus le rôle « { $role } » dans { $project }
project-took-out = { $id } { $name } retiré de { $project }
project-no-match = aucun projet ne correspond à « { $what } »
