# Les réponses aux questions posées dans le terminal (src/ui/prompt.rs, src/commands/log/).

# Une question oui/non à laquelle on a répondu autre chose ; reposée ensuite.
answer-yes-or-no = « { $answer } » n'est ni oui ni non : répondez o ou n, ou appuyez sur Entrée pour la réponse par défaut.
