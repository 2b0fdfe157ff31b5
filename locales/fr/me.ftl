# carnet me : votre propre carte (src/view/me.rs, src/commands/me.rs).

me-empty = Votre carte est vide.
me-empty-hint = astuce : carnet me set --name "Votre Nom" --company … --email … --phone …
me-field-name = Nom
me-field-company = Société
me-field-title = Fonction
me-field-email = Courriel
me-field-phone = Téléphone
me-field-url = Site
me-no-name = votre carte n'a pas encore de nom
me-no-name-hint = donnez-le d'abord : carnet me set --name "Votre Nom" --email vous@example.org
me-too-long = votre carte est trop longue pour tenir dans un code QR sur un terminal de 80×40
me-too-long-hint = raccourcissez des champs avec carnet me set (le code QR contient le nom, la société, le téléphone, le courriel et le site)
me-nothing-to-set = rien à changer
me-nothing-to-set-hint = donnez au moins une option parmi --name, --company, --title, --email, --phone, --url
me-updated = Votre carte est à jour.
