# Les liens entre personnes : carnet relate, carnet unrelate, les « Liens » de carnet show
# (src/commands/relate.rs, src/view/contact.rs). $kind : partner, family, friend,
# colleague, works-for, came-with, ou un mot tapé par la personne (montré tel quel).

# Un lien vu d'un côté, suivi de l'autre personne : « conjoint·e », « travaille pour »,
# « emploie » (l'autre côté de travaille pour), « venu·e avec ». $direction : out (ce
# contact est $kind de l'autre : « mentor de »), in (l'autre est $kind de ce contact).
relation-kind = { $kind ->
    [partner] conjoint·e
    [family] famille
    [friend] ami·e
    [colleague] collègue
    [works-for] { $direction ->
        [in] emploie
       *[out] travaille pour
    }
    [came-with] venu·e avec
   *[other] { $direction ->
        [in] { $custom }
       *[out] { $custom } de
    }
  }
# Une ligne des Liens de carnet show : « r3  conjoint·e  #2 Michel Astre ».
relation-line = { $id }  { $kind }  { $contact } { $name }{ $archived ->
    [yes] {" "}[archivé]
   *[no] {""}
  }
relation-section = Liens
relation-added = { $contact } { $name } lié à { $other } { $other_name } : { $kind } ({ $id })
relation-exists = { $contact } { $name } et { $other } { $other_name } sont déjà liés ainsi ({ $id })
relation-self = un contact ne peut pas être lié à lui-même (« { $contact } »)
relation-self-hint = nommez deux personnes différentes : carnet relate CONTACT AUTRE --as partner

# Un import : un lien porté par une carte vers quelqu'un qui n'est ni dans les fichiers ni
# dans le carnet (la carte elle-même est importée).
relation-import-not-found = personne ne s'appelle « { $whom } » pour le lien { $kind }
relation-import-line = lien non fait { $file }:{ $line } : { $reason }
