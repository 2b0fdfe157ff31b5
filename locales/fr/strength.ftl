# Force d'une relation (src/view/strength.rs) : la ligne de carnet show, la colonne de
# carnet list --sort strength et les raisons de carnet suggest.

strength-line = Force { $score }/100 : { $reasons }
strength-none = Force 0/100 : rien d'enregistré pour l'instant
strength-how = { $how ->
    [event] { $event ->
        [none] à un événement
       *[other] à { $event }
    }
    [coffee] un café
    [lunch] un déjeuner
    [call] un appel
    [email] un courriel
    [video] une visio
   *[other] une rencontre
  }
strength-meetings = { $months ->
    [0] { $count ->
        [one] une rencontre, { $how } le { $date }
       *[other] { $count } rencontres, la dernière { $how } le { $date }
    }
   *[other] { $count ->
        [one] une rencontre en { $months } mois, { $how } le { $date }
       *[other] { $count } rencontres en { $months } mois, la dernière { $how } le { $date }
    }
  }
strength-followups-on-time = { $count ->
    [one] une relance faite à temps
   *[other] { $count } relances faites à temps
  }
strength-followups-late = { $count ->
    [one] une relance faite en retard
   *[other] { $count } relances faites en retard
  }
strength-followups-overdue = { $count ->
    [one] une relance en retard
   *[other] { $count } relances en retard
  }
strength-introduced = vous a présenté { $names }
strength-introduced-by = présenté·e par { $name }
strength-ties = lié·e à { $names }
strength-cooling = se refroidit : { $from } → { $to } en 3 mois
strength-separator = {" ; "}
