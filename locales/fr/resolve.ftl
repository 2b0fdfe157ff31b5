# Ce que carnet dit en lisant ce qui a été tapé pour un CONTACT, un PROJET, un ÉVÉNEMENT ou
# un identifiant (src/model/ids.rs, src/ctx.rs). $kind et $expected valent : contact, note,
# encounter, card, followup, event, project, invitation, relation, operation (model::ids::Kind::key).

resolve-or = { $first } ou { $last }
resolve-and = { $first } et { $last }

resolve-no-such-id = { $kind ->
        [contact] aucun contact
        [project] aucun projet
        [event] aucun événement
       *[followup] aucune relance
    } { $shown }
resolve-no-such-id-hint = `{ $list }` montre { $kind ->
        [contact] chaque contact
        [project] chaque projet
        [event] chaque événement
       *[followup] chaque relance
    } avec son identifiant
resolve-no-match = { $kind ->
        [contact] aucun contact ne correspond
        [project] aucun projet ne correspond
        [event] aucun événement ne correspond
       *[followup] aucune relance ne correspond
    } à « { $typed } »
resolve-no-match-hint = `{ $list }` montre { $kind ->
        [contact] chaque contact
        [project] chaque projet
        [event] chaque événement
       *[followup] chaque relance
    } ; `{ $add }` en ajoute un
resolve-no-event-hint = `carnet event list` montre chaque événement avec son identifiant ; `carnet event add NOM` en ajoute un
resolve-did-you-mean = vouliez-vous dire { $names } ?
resolve-pick = Plusieurs { $kind ->
        [contact] contacts correspondent
        [project] projets correspondent
        [event] événements correspondent
       *[followup] relances correspondent
    } à « { $typed } »
resolve-none-chosen = { $kind ->
        [contact] aucun contact choisi
        [project] aucun projet choisi
        [event] aucun événement choisi
       *[followup] aucune relance choisie
    } pour « { $typed } » ; rien n'a été modifié
resolve-many = « { $typed } » correspond à { $count } { $kind ->
        [contact] contacts
        [project] projets
        [event] événements
       *[followup] relances
    } :
resolve-many-hint = désignez-en un par son identifiant, par ex. { $example }, ou citez davantage du nom entre guillemets

resolve-split = « { $typed } » est le nom de { $who }, mais a été donné comme { $count } contacts
resolve-split-hint = mettez entre guillemets un nom de plusieurs mots ("{ $typed }"), ou donnez des identifiants pour désigner plusieurs personnes (#{ $id } …)
resolve-runs-on = « { $typed } » est le nom de { $who } : est-ce ce contact, ou « { $arg } » suivi des mots d'après ?
resolve-runs-on-hint = mettez le nom entre guillemets ("{ $typed }") ou les mots qui suivent, ou donnez l'identifiant du contact (#{ $id })

resolve-followup-item = { $id } { $what } (pour le { $due })
resolve-followup-none = { $who } n'a aucune relance en cours
resolve-followup-none-hint = `carnet follow-up list` montre les relances en cours avec leurs identifiants
resolve-followup-pick = { $name } a { $count } relances en cours
resolve-followup-many = { $who } a { $count } relances en cours :
resolve-followup-many-hint = désignez-en une par son identifiant, par ex. { $example }
resolve-none-of-these = (aucun de ceux-là)
resolve-add-contact = carnet add NOM
resolve-add-project = carnet project add NOM
