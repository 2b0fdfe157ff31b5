# Answers to the questions asked on the terminal (src/ui/prompt.rs, src/commands/log/).

# A yes/no question answered with something else; asked again after this.
answer-yes-or-no = '{ $answer }' is neither yes nor no: answer y or n, or press Enter for the default.
