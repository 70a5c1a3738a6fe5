# Ciò che il generatore scrive da sé nel corpo dei moduli: etichette, riquadri, pulsanti dei quiz.

instructor-note = Nota per il docente
code-output = Output
code-error = Errore
exercise-number = Esercizio { $number }
figure-number = Figura { $number }:
section-link = Link a questa sezione: { $title }
show-solution = Mostra la soluzione
show-hint = Mostra un suggerimento
show-more = Mostra altro
callout-note = Nota
callout-tip = Suggerimento
callout-important = Importante
callout-warning = Avviso
callout-caution = Attenzione
callout-callout = Riquadro
callout-prereq = Prerequisito
callout-checklist = Lista di controllo
callout-discussion = Discussione
callout-testimonial = Testimonianza
callout-keypoints = Punti chiave
callout-objectives = Obiettivi
callout-questions = Domande

## Quiz
quiz-self-check = Autoverifica
quiz-self-check-of = Autoverifica { $number } di { $total }
quiz-question-of = Domanda { $number } di { $total }
quiz-check = Verifica
quiz-show-hint = Mostra un suggerimento
quiz-retry = Riprova
quiz-show-answer = Mostra la risposta
quiz-your-answer = La tua risposta
quiz-move-up = Sposta “{ $item }” in alto
quiz-move-down = Sposta “{ $item }” in basso
quiz-answer = Risposta
quiz-accepted-answers = Risposte accettate
quiz-right-order = L’ordine giusto
quiz-right = giusto
quiz-wrong = sbagliato
quiz-true = Vero
quiz-false = Falso

## Diagrammi
diagram-source = Sorgente del diagramma
diagram-flowchart = Diagramma di flusso
diagram-sequence = Diagramma di sequenza
diagram-state = Diagramma di stato
diagram-class = Diagramma delle classi
diagram-titled = { $kind }: { $title }
