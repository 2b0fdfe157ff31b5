# Valeurs gardées en anglais dans la base et montrées dans la langue de l'interface : rôles
# dans un projet, genres d'événements, façons de se rencontrer. Cherchées à l'exécution
# sous role-NOM, kind-NOM, how-NOM (src/view/values.rs) ; un rôle libre est montré tel
# qu'il a été tapé.

role-ally = allié
role-opponent = opposant
role-mentor = mentor
role-client = client
role-partner = partenaire
role-referrer = prescripteur
role-supplier = fournisseur
role-investor = investisseur
role-member = membre

kind-breakfast = petit-déjeuner
kind-afterwork = 5 à 7
kind-meetup = rencontre
kind-training = formation
kind-conference = conférence
kind-other = autre

how-event = événement
how-coffee = café
how-lunch = déjeuner
how-call = appel
how-email = courriel
how-video = visio
how-other = autre
