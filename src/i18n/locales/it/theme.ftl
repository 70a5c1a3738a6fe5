# Le parole delle pagine del tema (modelli), nello stesso ordine di en/theme.ftl.
# Un messaggio che conta riceve `$count` e sceglie la forma plurale in base a esso.
# I messaggi non contengono mai HTML: quando una frase racchiude un link o un’enfasi, è divisa in
# parti (`-before`, `-link`, `-after`) che il modello dispone attorno al markup.

## Intestazione e navigazione
skip-to-content = Vai al contenuto
course-contents = Indice del corso
search-label = Cerca
search-the-course = Cerca nel corso
search-keys = I risultati compaiono mentre scrivi. Premi la freccia giù per spostarti su di essi.
search-level = Livello
search-all-levels = Tutti i livelli
search-results = Risultati della ricerca
dark-theme = Tema scuro
nav-course = Corso
nav-all-units = { $count ->
    [one] L’unità ({ $count })
   *[other] Tutte le { $count } unità
}
my-learning = Il mio apprendimento
learning-paths = Percorsi di apprendimento
course-map = Mappa del corso
all-tags = Tutti i tag
glossary = Glossario
made-with = Realizzato con Syllabus
instructor-banner-title = Vista docente.
instructor-banner-text = Questo sito mostra le note per i docenti e tutte le soluzioni: condividilo con i docenti, mai con gli studenti.

## Conteggi e durate
module-count = { $count ->
    [one] { $count } modulo
   *[other] { $count } moduli
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] circa { $count } minuto
   *[other] circa { $count } minuti
}
about-minutes-in-all = { $count ->
    [one] circa { $count } minuto in tutto
   *[other] circa { $count } minuti in tutto
}
about-minutes-short = circa { $count } min
by-author = di { $name }
difficulty-label = Difficoltà:

## Pagina iniziale e unità
see-course-map = Vedi la mappa del corso
your-learning = Il tuo apprendimento
start-here = Inizia da qui
modules-in-unit = Moduli di questa unità

## Pagina del modulo
path-step = Passo { $step } di { $count } in
path-pager-label = { $title }: passo { $step } di { $count }
before-you-start = Prima di iniziare
questions = Domande
what-you-will-learn = Cosa imparerai
on-this-page = In questa pagina
key-points = Punti chiave
what-this-opens-up = Cosa puoi studiare dopo
your-progress = I tuoi progressi
module-updated = Questo modulo è stato aggiornato da quando l’hai completato: dai un’occhiata a cosa è cambiato.
module-quiz-done = Hai risposto correttamente a tutte le domande. Vuoi segnare questo modulo come completato?
mark-as-done = Segna come completato
make-module-goal = Impostalo come mio obiettivo
tags-label = Tag:
previous-in-path = Precedente in questo percorso
next-in-path = Successivo in questo percorso
previous-and-next = Modulo precedente e successivo
previous = Precedente
next = Successivo

## Percorsi di apprendimento
paths-lead-before = Ogni percorso ti guida attraverso i moduli che ti servono per un obiettivo, dal più facile al più difficile. Puoi anche vedere l’intero corso nella
paths-lead-link = mappa del corso
paths-lead-after = .
all-paths = Tutti i percorsi
leads-to = Porta a:
start-with-before = Inizia con “
start-with-after = ”
make-path-goal = Imposta questo percorso come mio obiettivo
path-modules-in-order = Moduli di questo percorso, in ordine

## Mappa del corso
map-lead = Tutti i moduli del corso. I più facili sono in alto; una freccia va da un modulo ai moduli che si basano su di esso. Seleziona un modulo per aprirlo.
map-states-intro = Ogni riquadro mostra anche i tuoi progressi, salvati in questo browser:
map-state-done = Completato
map-state-ready = Pronto per iniziare
map-state-ready-note = (tutto ciò che richiede è completato) o
map-state-locked = Non ancora disponibile
map-states-end = I riquadri tratteggiati non sono ancora disponibili.
map-units = Unità
map-hint = La mappa è più larga dello schermo: scorri lateralmente per vederla tutta, oppure leggila come elenco qui sotto.
map-region = Mappa del corso (scorre lateralmente sugli schermi piccoli)
map-too-big = { $count ->
    [one] Questo corso ha più di { $count } modulo, troppi per un disegno che resti leggibile, quindi la sua mappa è presentata come elenco.
   *[other] Questo corso ha più di { $count } moduli, troppi per un disegno che resti leggibile, quindi la sua mappa è presentata come elenco.
}
map-as-list = La mappa come elenco
map-needs = Richiede:
map-no-prerequisites = Nessun prerequisito

## Tag e glossario
tag-page-title = Tag: { $name }
modules-tagged = Moduli con il tag “{ $name }”
modules-with-tag = Moduli con questo tag
no-tags = Nessun modulo ha ancora dei tag.
glossary-empty = Il glossario non contiene ancora termini.

## Il mio apprendimento
learning-lead = I tuoi progressi in { $title }, il tuo obiettivo e cosa imparare dopo.
privacy-title = Privato per progettazione.
privacy-text = I tuoi progressi, il tuo obiettivo e i risultati dei quiz sono salvati solo in questo browser, su questo dispositivo. Nulla viene inviato altrove e nessun altro può vederli. Se cancelli i dati di questo sito nel browser, vengono eliminati: esportali qui sotto per conservarne una copia o per continuare su un altro dispositivo.
learning-no-js-before = Questa pagina richiede JavaScript, che è disattivato. Il corso in sé si legge bene anche senza: parti dalla
learning-no-js-link = pagina iniziale del corso
learning-no-js-after = .
learning-overall = Nel complesso
your-goal = Il tuo obiettivo
goal-choice = Scegli un modulo o un percorso di apprendimento come obiettivo
set-goal = Imposta come mio obiettivo
clear-goal = Rimuovi il mio obiettivo
quiz-scores = Punteggi dei quiz
your-data = I tuoi dati
your-data-text = Esporta i tuoi progressi in un file per conservarne una copia e importalo in un altro browser per continuare lì. L’importazione unisce i dati: per ogni modulo prevale la modifica più recente.
export-progress = Esporta i progressi
import-progress = Importa i progressi
reset-progress = Azzera i miei progressi

## Attestato di completamento
record-no-js = L’attestato di completamento viene creato nel tuo browser a partire dai tuoi progressi e richiede JavaScript, che è disattivato.
record-name = Il tuo nome, come deve comparire
record-print = Stampa o salva come PDF
completion-record = Attestato di completamento
record-modules = Moduli del percorso
record-module = Modulo
record-minutes = Minuti
record-total = Totale
record-notice-title = Autodichiarato.
record-notice-text = Lo studente ha creato questo attestato nel proprio browser, a partire dai moduli che ha segnato come completati. Non è stato verificato dagli autori del corso.

## Pagina non trovata
page-not-found = Pagina non trovata
not-found-lead = Questa pagina non esiste o è stata spostata.
not-found-link = Vai all’inizio di { $title }
not-found-after = per trovare quello che cercavi.

## Descrizioni delle pagine (risultati di ricerca e anteprime dei link)
description-learner-page = { $page }: i tuoi progressi in { $title }
description-paths = Percorsi di apprendimento di { $title }
description-map = Tutti i moduli di { $title } e cosa richiede ciascuno
description-tag = Moduli di { $title } su { $name }
description-tags = Argomenti di { $title }
description-glossary = I termini di { $title }
description-not-found = Questa pagina non esiste o è stata spostata.

## Livelli di difficoltà quando il corso non ne nomina di propri
level-beginner = principiante
level-intermediate = intermedio
level-advanced = avanzato

## Il percorso quando il corso non ne nomina di propri
path-whole-course = Tutto il corso
path-whole-course-description = Tutti i moduli del corso, dai primi passi ai più difficili.

## Translated courses
language-menu = Lingua
untranslated-note = Questo modulo non è ancora tradotto: è mostrato nella sua lingua originale ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Il corso contiene errori
serve-errors-summary = Questa pagina viene dall’ultima compilazione riuscita. Correggi i file e salva: la pagina si ricarica da sola.
serve-errors-hide = Nascondi gli errori
serve-errors-list = Errori
serve-errors-none-yet = Nessuna compilazione di questo corso è ancora riuscita, quindi non c’è una pagina da mostrare. Correggi i file e salva: questa pagina si ricarica da sola.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = Sei offline e questa pagina non è salvata su questo dispositivo. Si aprirà di nuovo quando sarai online.
offline-saved = Salvato su questo dispositivo
offline-nothing-before = Qui non c’è ancora niente di salvato. Quando sei online, salva un percorso o l’intero corso da
offline-nothing-after = .
offline-reading = Lettura offline
offline-reading-text = Salva un percorso o l’intero corso su questo dispositivo per leggerlo senza connessione, in treno o in aereo. Quiz, ricerca e i tuoi progressi funzionano anche offline.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Domande su questo modulo?
ask-text = Chiedi all’insegnante e agli altri partecipanti. Il link esce da questo sito, verso il forum del corso o la tua e-mail.
ask-question = Fai una domanda su questo modulo
ask-see = Vedi le domande fatte su di esso
