# carnet event stats (src/view/stats.rs).

stats-none = Aucun événement sur cette période.
stats-title = Événements du { $since } au { $until } : { $events }
stats-score-rule =
    Score = nouvelles personnes + 2 × revues sous 90 jours + relances à temps
      + 2 × présentations + 3 × rôles dans vos projets
stats-by-event = Ce qui a rapporté, événement par événement
stats-by-kind = Par type
stats-by-series = Par série
stats-kind-label = { $kind ->
    [breakfast] Petits-déjeuners
    [afterwork] 5 à 7
    [meetup] Rencontres
    [training] Formations
    [conference] Conférences
   *[other] Autres événements
  } ({ $events })
stats-series-label = { $name } ({ $events })
stats-figures = vus { $met }, nouveaux { $first_time }, cartes { $cards }, revus { $seen_again }, présentations { $introductions }, rôles { $roles }
stats-followups = relances { $followups } : à temps { $on_time }, en retard { $late }, ouvertes { $open }
stats-bad-year = { $year } n'est pas une année que carnet sait compter.
