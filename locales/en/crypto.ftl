# Encrypted notebooks: carnet encrypt, decrypt, passphrase, lock, and opening one.

crypto-locked = { $path } is encrypted (or is not a carnet database), and no key was given; nothing was changed
crypto-wrong-key = { $source_name ->
    [command] the passphrase printed by CARNET_KEY_COMMAND
    [prompt] the passphrase typed
   *[other] the key kept in the keyring
} does not open { $path }: wrong passphrase, or not a carnet database; nothing was changed
crypto-key-hint = give the passphrase on a terminal, or set CARNET_KEY_COMMAND to a command that prints it (for example "pass show carnet"); once given, its key is kept in the system keyring. A lost passphrase cannot be recovered: restore a backup made before `carnet encrypt`, if there is one
crypto-command-failed = the key command `{ $command }` failed: { $detail }
crypto-command-not-utf8 = its output is not UTF-8 text
crypto-command-empty = it printed nothing
crypto-wrong-try-again = Wrong passphrase, try again.
crypto-ask-passphrase = Passphrase of the notebook
crypto-ask-new-passphrase = New passphrase
crypto-ask-confirm = The same passphrase again
crypto-mismatch = The two passphrases differ.
crypto-no-new-passphrase = no new passphrase given: run this on a terminal, or set CARNET_NEW_KEY_COMMAND to a command that prints it
crypto-no-random = cannot read random bytes from the operating system
crypto-already-encrypted = { $path } is already encrypted
crypto-already-encrypted-hint = `carnet passphrase` changes its passphrase
crypto-not-encrypted = { $path } is not encrypted
crypto-not-encrypted-hint = `carnet encrypt` encrypts it
crypto-encrypted = Encrypted { $path }. Keep the passphrase safe: without it the notebook cannot be opened.
crypto-encrypted-kept = Encrypted { $path }; its key is kept in the system keyring (`carnet lock` forgets it). Keep the passphrase safe: without it the notebook cannot be opened.
crypto-decrypted = Decrypted { $path }: it is stored in clear again.
crypto-cannot-read = cannot read { $path }
crypto-locked-now = Forgot the key of { $path } kept in the system keyring: the next command asks for the passphrase.
crypto-nothing-kept = No key of { $path } was kept in the system keyring.

# Exports sealed with age, and their import.
sealed-bad-recipient = '{ $recipient }' is not an age recipient (a public key starting with age1)
sealed-no-passphrase = no passphrase to seal or open the export with: run this on a terminal, set CARNET_NEW_KEY_COMMAND (or CARNET_KEY_COMMAND) to a command that prints one, give --to RECIPIENT, or --plain to write it in clear
sealed-cannot-decrypt = cannot decrypt { $file }: { $detail }
sealed-needs-identity = { $file } is sealed to an age recipient: give its identity file with --identity FILE
sealed-bad-identity = cannot read the age identity file { $file }: { $detail }
sealed-ask-passphrase = Passphrase of { $file }
sealed-not-json = { $file } holds a vCard or CSV file sealed with age: carnet imports sealed JSON exports; decrypt it with `age -d` first
sealed-vdir-in-clear = a vdir is written in clear, one file per contact, for syncing
sealed-vdir-in-clear-hint = add --plain to write it in clear from this encrypted notebook
crypto-no-key = no key was given
crypto-no-key-opens = no key given opens the notebook
