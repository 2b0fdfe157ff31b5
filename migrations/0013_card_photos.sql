-- carnet schema 13: a card read from a photo (`card scan`) keeps the photo's path and the
-- SHA-256 of its content, so that a folder scanned again skips the photos already filed.
ALTER TABLE cards ADD COLUMN photo_path TEXT;
ALTER TABLE cards ADD COLUMN photo_hash TEXT;
CREATE INDEX cards_photo_hash ON cards(photo_hash) WHERE photo_hash IS NOT NULL;
