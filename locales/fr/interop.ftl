# Comment un enregistrement importé a été reconnu comme un contact déjà là (entre
# parenthèses après « mis à jour #12 Nom »).
interop-matched-phone = même numéro de téléphone
interop-matched-name = même nom et un autre point commun
# Un enregistrement ajouté comme nouveau contact qui n'a que le nom d'un autre : jamais fusionné.
interop-possible-duplicate = ajouté #{ $id } { $name } ({ $file }:{ $line }) : doublon possible de #{ $of }, seul le nom est le même
interop-possible-duplicate-hint = si c'est la même personne : carnet merge #{ $of } #{ $id }
