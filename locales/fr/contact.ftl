# Un contact : carnet show (src/view/contact.rs), list, et ce que disent add, edit, rm,
# note, tag, untag, archive et unarchive. $id vaut « #12 » ; $name est le nom d'un contact.

contact-archived = [archivé]

# Les champs de carnet show.
contact-field-company = Société
contact-field-title = Fonction
contact-field-emails = Courriels
contact-field-phones = Téléphones
contact-field-links = Liens
contact-field-addresses = Adresses
contact-field-city = Ville
contact-field-tags = Étiquettes
contact-field-birthday = Anniversaire
contact-field-how-met = Rencontre
contact-field-keep-in-touch = Garder le contact
contact-field-introduced-by = Présentation par
contact-field-introduced = A présenté
contact-field-last-seen = Dernière rencontre
contact-field-projects = Projets
contact-field-added = Fiche créée
# Un projet dans le champ Projets : son nom et les rôles du contact.
contact-project = { $project } ({ $roles })
contact-project-archived = { $project } ({ $roles }, archivé)

contact-section-followups = Relances
contact-section-cards = Cartes
contact-section-timeline = Historique
contact-followup-every = { $what }, { $every }
contact-met-at = Rencontre : { $event }
contact-met-how = Rencontre ({ $how })
contact-met-note = { $met } : { $note }
contact-note = Note : { $text }
# La relance prévue à une rencontre, sous celle-ci dans l’historique.
contact-follow-up = relance : { $due } : { $what }
contact-follow-up-done = relance : { $due } : { $what } ; faite le { $done }

# Les colonnes de carnet list.
contact-list-id = ID
contact-list-name = NOM
contact-list-company = SOCIÉTÉ
contact-list-title = FONCTION
contact-list-tags = ÉTIQUETTES
contact-list-city = VILLE
contact-list-email = COURRIEL
contact-list-none = Aucun contact.

contact-added = Ajouté : { $id } { $name }
contact-same-name = remarque : { $id } s'appelle aussi { $name } ; utilisez les numéros pour les distinguer
contact-updated = Modifié : { $id } { $name }
contact-no-changes = Aucun changement.
contact-nothing-to-change = rien à changer pour { $id } { $name }
contact-nothing-to-change-hint = passez une option comme --company, --add-email ou --add-tag (voir `carnet edit --help`), ou lancez la commande dans un terminal pour ouvrir $EDITOR
contact-had-no = remarque : { $id } n'avait pas « { $value } » à retirer
contact-self-introduced = « { $who } » est le contact en cours de modification
contact-self-introduced-hint = un contact ne peut pas être présenté par lui-même
contact-note-empty = la note est vide
contact-note-empty-hint = donnez le texte de la note après le contact
contact-noted = Note ajoutée pour { $id } { $name }
contact-rm-ask = Supprimer { $who } et toutes ses notes ?
contact-rm-refused = suppression de { $who } refusée sans confirmation
contact-rm-hint = passez --yes pour supprimer : carnet rm '{ $id }' --yes
contact-deleted = Supprimé : { $id } { $name }
contact-tags-had = { $id } { $name } avait déjà ces étiquettes
contact-tagged = Étiquettes ajoutées à { $id } { $name } : { $tags }
contact-tags-had-none = { $id } { $name } n'avait aucune de ces étiquettes
contact-untagged = Étiquettes retirées à { $id } { $name } : { $tags }
contact-already-archived = { $id } { $name } est déjà archivé
contact-not-archived = { $id } { $name } n'est pas archivé
contact-archived-now = Archivé : { $id } { $name }
contact-unarchived-now = Désarchivé : { $id } { $name }
