# Les questions posées dans le terminal (src/ui/prompt.rs).

# Une question qui attend une réponse quand carnet ne peut pas la poser : $what est la
# question, $why l'un des messages prompt-why-.
prompt-cannot-ask = « { $what } » attend une réponse, mais carnet ne peut pas la demander : { $why }
prompt-why-no-input = --no-input a été passé
prompt-why-not-a-terminal = l'entrée standard n'est pas un terminal
prompt-interrupted = interrompu
prompt-terminal-error = erreur du terminal : { $error }
# Après une question oui/non : les touches, celle par défaut en capitale.
prompt-yes-no-default-yes = [O/n]
prompt-yes-no-default-no = [o/N]
prompt-yes = oui
prompt-no = non
