# Les valeurs refusées telles que tapées ou lues dans un fichier (src/model/validate.rs et
# la lecture des dates et des durées dans src/model/dates.rs).

validate-email = adresse de courriel invalide « { $value } »
validate-email-hint = un courriel s'écrit nom@exemple.org ; pour une étiquette, préfixez : 'travail=nom@exemple.org'
validate-phone = numéro de téléphone invalide « { $value } »
validate-phone-hint = un numéro de téléphone a des chiffres, des espaces et + - . ( ) /, par exemple '+33 6 12 34 56 78' ou 'mobile=514-555-0199'
validate-url = lien invalide « { $value } »
validate-url-hint = un lien s'écrit https://exemple.org/page ou exemple.org ; pour une étiquette, préfixez : 'site=https://…'
validate-empty-name = nom invalide « { $value } » : un nom ne peut pas être vide
validate-empty-name-hint = donnez le nom de la personne, par exemple carnet add "Frédéric Duval"
# $field est l'un des messages validate-field-, $reason l'un des validate-reason-.
validate-field = { $field } invalide « { $value } » : { $reason }

validate-field-name = nom
validate-field-company = société
validate-field-title = fonction
validate-field-city = ville
validate-field-note = note
validate-field-how-met = rencontre
validate-field-venue = lieu
validate-field-organizer = organisation
validate-field-address = adresse
validate-field-tag = étiquette
validate-field-role = rôle
validate-field-project-name = nom de projet
validate-field-follow-up = relance

validate-reason-too-long = plus de 100 Kio
validate-reason-control = les caractères de contrôle ne sont pas permis
validate-reason-name-too-long = plus de 500 caractères
validate-reason-empty-tag = une étiquette ne peut pas être vide
validate-reason-empty-role = un rôle ne peut pas être vide

date-unrecognised = date non reconnue « { $value } »
date-unrecognised-period = durée non reconnue « { $value } »
# Les formes d'une date (les mêmes que DATE_FORMS dans src/model/dates.rs).
date-forms-hint = formes acceptées : 2026-12-01, 01/12/2026, 01/12 (le jour d'abord ; sans l'année, la plus proche), 1 déc, Dec 1, aujourd'hui/today, demain/tomorrow, hier/yesterday, vendredi/friday, vendredi prochain/next friday (le prochain de ces jours après aujourd'hui), dans 3 jours/in 3 days, dans 2 semaines/in 2 weeks, dans un mois/in a month, la semaine prochaine/next week, le mois prochain/next month, il y a 3 jours/3 days ago, 3d, +3d, 2w, 1m, 1y
period-forms-hint = formes acceptées : 3d, 2w, 3m, 1y (jours, semaines, mois, années ; aussi « 2 semaines », « 3 mois », « 1 an »)
