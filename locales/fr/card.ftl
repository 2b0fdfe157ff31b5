# Cartes de visite : une carte sur une ligne (src/view/card.rs), card list, card add et rm.

card-received = reçue le { $date }
card-received-at = reçue le { $date }, { $event }

card-list-id = ID
card-list-name = NOM
card-list-company = SOCIÉTÉ
card-list-title = FONCTION
card-list-contact = COORDONNÉES
card-list-received = REÇUE
card-list-event = ÉVÉNEMENT
card-list-none = Aucune carte.

# $card vaut « c7 », $id « #12 ».
card-added = Carte { $card } ajoutée à { $id } { $name }
card-deleted = Carte { $card } de { $id } { $name } supprimée
card-none = pas de carte { $card }
card-none-hint = `carnet card list` montre toutes les cartes
