# Was der Renderer selbst in die Modultexte schreibt: Beschriftungen, Hinweiskästen, Quiz-Schaltflächen.

instructor-note = Hinweis für Lehrende
code-output = Ausgabe
code-error = Fehler
exercise-number = Übung { $number }
figure-number = Abbildung { $number }:
section-link = Link zu diesem Abschnitt: { $title }
show-solution = Lösung anzeigen
show-hint = Tipp anzeigen
show-more = Mehr anzeigen
callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Vorsicht
callout-callout = Anmerkung
callout-prereq = Voraussetzung
callout-checklist = Checkliste
callout-discussion = Diskussion
callout-testimonial = Erfahrungsbericht
callout-keypoints = Das Wichtigste
callout-objectives = Lernziele
callout-questions = Fragen

## Quiz
quiz-self-check = Selbsttest
quiz-self-check-of = Selbsttest { $number } von { $total }
quiz-question-of = Frage { $number } von { $total }
quiz-check = Prüfen
quiz-show-hint = Tipp anzeigen
quiz-retry = Noch einmal versuchen
quiz-show-answer = Antwort anzeigen
quiz-your-answer = Deine Antwort
quiz-move-up = „{ $item }“ nach oben verschieben
quiz-move-down = „{ $item }“ nach unten verschieben
quiz-answer = Antwort
quiz-accepted-answers = Akzeptierte Antworten
quiz-right-order = Die richtige Reihenfolge
quiz-right = richtig
quiz-wrong = falsch
quiz-true = Wahr
quiz-false = Falsch

## Diagramme
diagram-source = Quelltext des Diagramms
diagram-flowchart = Flussdiagramm
diagram-sequence = Sequenzdiagramm
diagram-state = Zustandsdiagramm
diagram-class = Klassendiagramm
diagram-titled = { $kind }: { $title }
