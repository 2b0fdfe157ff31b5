# Asking at the terminal (src/ui/prompt.rs).

# A question that needs an answer when carnet cannot ask: $what is the question, $why one
# of the prompt-why- messages.
prompt-cannot-ask = '{ $what }' needs an answer, but carnet cannot ask: { $why }
prompt-why-no-input = --no-input was given
prompt-why-not-a-terminal = standard input is not a terminal
prompt-interrupted = interrupted
prompt-terminal-error = terminal error: { $error }
# After a yes/no question: the keys, the default in capitals.
prompt-yes-no-default-yes = [Y/n]
prompt-yes-no-default-no = [y/N]
prompt-yes = yes
prompt-no = no
