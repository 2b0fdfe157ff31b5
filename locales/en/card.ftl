# Business cards: one card on a line (src/view/card.rs), card list, card add and rm.

card-received = received { $date }
card-received-at = received { $date } at { $event }

card-list-id = ID
card-list-name = NAME
card-list-company = COMPANY
card-list-title = TITLE
card-list-contact = CONTACT
card-list-received = RECEIVED
card-list-event = EVENT
card-list-none = No cards.

# $card is "c7", $id "#12".
card-added = Added card { $card } to { $id } { $name }
card-deleted = Deleted card { $card } of { $id } { $name }
card-none = no card { $card }
card-none-hint = `carnet card list` shows every card
