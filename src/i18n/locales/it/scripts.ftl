# Le parole degli script del tema (words.js); gli argomenti sono gli stessi di en/scripts.ftl.

## Stati dei moduli (elenchi di moduli, mappa del corso)

js-state-done = Completato
js-state-ready = Pronto per iniziare
js-state-locked = Non ancora disponibile
js-state-updated-short = aggiornato
js-state-updated = aggiornato da quando l’hai completato

## Barre di avanzamento e tempi

js-done-of-total = { $done } di { $total } completati
js-progress-in = Avanzamento in { $title }
js-progress-in-course = Avanzamento nell’intero corso
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Manca circa { $count } minuto alla fine del corso.
   *[other] Mancano circa { $count } minuti alla fine del corso.
}
js-path-minutes-left = Mancano circa { $count } min.

## Obiettivi, pagina iniziale e pagine dei percorsi

js-goal-reached = Il tuo obiettivo: { $goal }. Hai completato tutti i moduli che richiede: ottimo lavoro!
js-goal-left = { $count ->
    [one] Il tuo obiettivo: { $goal }. Ti resta da imparare { $count } modulo, circa { $minutes } min.
   *[other] Il tuo obiettivo: { $goal }. Ti restano da imparare { $count } moduli, circa { $minutes } min.
}
js-start-next = Inizia il prossimo: { $title }
js-continue = Riprendi da dove eri rimasto: { $title }
js-see-progress = Guarda i tuoi progressi
js-see-progress-on-learning = { $link } in Il mio apprendimento.
js-choose-goal = Scegli un obiettivo
js-choose-goal-on-learning = { $link } in Il mio apprendimento per vedere esattamente cosa ti resta da imparare per raggiungerlo.
js-open-record = Apri il tuo attestato di completamento per { $title }

## Pagina del modulo

js-done-on = Completato il { $date }.
js-up-next = Prossimi per te
js-nothing-ready = Non c’è ancora nient’altro di disponibile: completa i moduli che hai iniziato per sbloccarne altri.
js-mark-to-see-more = Segna questo modulo come completato per vedere cosa puoi studiare dopo.
js-revisit = Da ripassare
js-revisit-because = Alcune risposte qui non erano ancora giuste. Questo modulo si basa su:

## Quiz

js-quiz-so-far = { $count ->
    [one] Finora: { $count } risposta giusta su { $total }.
   *[other] Finora: { $count } risposte giuste su { $total }.
}
js-quiz-last-result = { $count ->
    [one] Il tuo ultimo risultato: { $count } risposta giusta su { $total }.
   *[other] Il tuo ultimo risultato: { $count } risposte giuste su { $total }.
}
js-quiz-correct = Esatto!
js-quiz-not-quite = Non proprio.
js-quiz-option-correct = Corretta
js-quiz-option-incorrect = Errata
js-quiz-missed = { $count ->
    [one] { $count } opzione giusta non scelta
   *[other] { $count } opzioni giuste non scelte
}
js-quiz-wrong = { $count ->
    [one] { $count } opzione scelta è sbagliata
   *[other] { $count } opzioni scelte sono sbagliate
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Scegli prima una risposta.
js-quiz-enter-first = Inserisci prima una risposta.
js-quiz-number-first = Inserisci prima un numero.
js-quiz-moved = { $name } spostato in posizione { $step } di { $total }.
js-quiz-show-hint = Mostra un suggerimento
js-quiz-hide-hint = Nascondi il suggerimento
js-quiz-right-before = Avevi già risposto correttamente a questa domanda.

## Ricerca

js-search-loading = Caricamento della ricerca…
js-search-failed = Impossibile caricare la ricerca. Controlla la connessione, poi scrivi di nuovo.
js-search-results = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
}
js-search-best = { $count } risultati (i { $count } migliori)
js-search-none = Nessun risultato per “{ $query }”. Prova con meno parole o parole più brevi, oppure controlla l’ortografia.
js-search-none-at-level = Nessun risultato per “{ $query }” al livello { $level }. Prova “Tutti i livelli”, meno parole o parole più brevi, oppure controlla l’ortografia.

## Il mio apprendimento

js-no-goal = Nessun obiettivo per ora. Scegline uno qui sopra: qui verranno elencati i moduli che richiede e che non hai ancora completato.
js-goal-group-paths = Percorsi di apprendimento
js-goal-group-modules = Moduli
js-no-quiz-yet = Non hai ancora risposto a nessun quiz. Ogni modulo termina con una breve autoverifica.
js-quiz-column-module = Modulo
js-quiz-column-score = Punteggio
js-quiz-column-answers = Risposte verificate
js-quiz-column-last = Ultimo tentativo
js-score = { $score } su { $total }
js-export-reminder = { $count ->
    [one] Hai completato { $count } modulo in questo browser. I browser possono cancellare i dati di un sito, quindi esporta i tuoi progressi ogni tanto per conservarne una copia.
   *[other] Hai completato { $count } moduli in questo browser. I browser possono cancellare i dati di un sito, quindi esporta i tuoi progressi ogni tanto per conservarne una copia.
}
js-export-file = progressi
js-exported = Esportazione completata. Conserva il file in un posto sicuro; importalo qui o in un altro browser.
js-imported = { $count ->
    [one] Importazione completata. Ora hai { $count } modulo completato.
   *[other] Importazione completata. Ora hai { $count } moduli completati.
}
js-import-not-export = Questo file non è un’esportazione dei progressi di Syllabus. Non è stato modificato nulla.
js-import-newer = Questa esportazione proviene da una versione più recente di Syllabus. Non è stato modificato nulla.
js-import-other-course = Questo file contiene i progressi di “{ $course }”, non di questo corso. Non è stato modificato nulla.
js-import-damaged = Questo file è danneggiato: una parte dei progressi non può essere letta. Non è stato modificato nulla.
js-import-unreadable = Impossibile leggere il file. Non è stato modificato nulla.
js-reset-confirm = Cancellare tutti i tuoi progressi, il tuo obiettivo e i risultati dei quiz di questo corso in questo browser? L’operazione non può essere annullata, a meno che tu non li abbia esportati.
js-reset-done = I tuoi progressi sono stati azzerati.

## Attestato di completamento

js-record-no-path = Questo percorso di apprendimento non esiste in questo corso.
js-record-not-yet = { $count ->
    [one] Il tuo attestato di completamento per “{ $title }” comparirà qui quando avrai completato tutti i moduli del percorso: manca ancora { $count } modulo.
   *[other] Il tuo attestato di completamento per “{ $title }” comparirà qui quando avrai completato tutti i moduli del percorso: mancano ancora { $count } moduli.
}
js-record-learner = Lo studente
js-record-statement = { $name } ha completato il percorso di apprendimento “{ $title }” di { $course } il { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Questo browser può cancellare i tuoi progressi se non torni per un po’. Installa il corso nella schermata iniziale, oppure esporta i tuoi progressi, per conservarli.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Installa questo corso
js-install-ios = Per conservare i tuoi progressi, installa il corso: tocca Condividi, poi «Aggiungi alla schermata Home».

js-update-available = È disponibile una nuova versione di questo corso.
js-update-reload = Ricarica
js-offline-save = Salva offline ({ $size })
js-offline-saving = Salvataggio offline: { $percent }%
js-offline-saved = Salvato offline su questo dispositivo
js-offline-remove = Rimuovi da questo dispositivo
js-offline-removed = Rimosso da questo dispositivo
js-offline-failed = Non è stato possibile salvare tutto. Controlla la connessione e riprova.
js-offline-no-space = Non c’è abbastanza spazio su questo dispositivo: servono { $size } e ne sono liberi { $free }.
js-size-kb = { $size } kB
js-size-mb = { $size } MB
