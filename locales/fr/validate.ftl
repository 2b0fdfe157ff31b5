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

# Les formes d'une date (les mêmes que DATE_FORMS dans src/model/dates.rs).
