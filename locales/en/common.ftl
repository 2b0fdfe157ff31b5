# Words several commands say alike.

nothing-deleted = Nothing deleted.
