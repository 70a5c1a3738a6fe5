# Wat de renderer zelf in de teksten van modules schrijft: labels, kaders, quizknoppen.

instructor-note = Notitie voor docenten
code-output = Uitvoer
code-error = Fout
exercise-number = Oefening { $number }
figure-number = Figuur { $number }:
section-link = Link naar deze sectie: { $title }
show-solution = Toon de oplossing
show-hint = Toon een hint
show-more = Toon meer
callout-note = Opmerking
callout-tip = Tip
callout-important = Belangrijk
callout-warning = Waarschuwing
callout-caution = Let op
callout-callout = Kader
callout-prereq = Voorkennis
callout-checklist = Checklist
callout-discussion = Discussie
callout-testimonial = Ervaring
callout-keypoints = Belangrijkste punten
callout-objectives = Leerdoelen
callout-questions = Vragen

## Quizzen
quiz-self-check = Zelftoets
quiz-self-check-of = Zelftoets { $number } van { $total }
quiz-question-of = Vraag { $number } van { $total }
quiz-check = Controleren
quiz-show-hint = Toon een hint
quiz-retry = Probeer opnieuw
quiz-show-answer = Toon het antwoord
quiz-your-answer = Je antwoord
quiz-move-up = “{ $item }” omhoog verplaatsen
quiz-move-down = “{ $item }” omlaag verplaatsen
quiz-answer = Antwoord
quiz-accepted-answers = Geaccepteerde antwoorden
quiz-right-order = De juiste volgorde
quiz-right = goed
quiz-wrong = fout
quiz-true = Waar
quiz-false = Onwaar

## Diagrammen
diagram-source = Broncode van het diagram
diagram-flowchart = Stroomdiagram
diagram-sequence = Sequentiediagram
diagram-state = Toestandsdiagram
diagram-class = Klassendiagram
diagram-titled = { $kind }: { $title }
