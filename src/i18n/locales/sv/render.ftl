# Det som renderaren själv skriver i modulernas text: etiketter, informationsrutor, quizknappar.

instructor-note = Lärarens anteckning
code-output = Utdata
code-error = Fel
exercise-number = Övning { $number }
figure-number = Figur { $number }:
section-link = Länk till det här avsnittet: { $title }
show-solution = Visa lösningen
show-hint = Visa en ledtråd
show-more = Visa mer
callout-note = Obs
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Se upp
callout-callout = Anmärkning
callout-prereq = Förkunskapskrav
callout-checklist = Checklista
callout-discussion = Diskussion
callout-testimonial = Erfarenhet
callout-keypoints = Viktiga punkter
callout-objectives = Mål
callout-questions = Frågor

## Quiz
quiz-self-check = Självtest
quiz-self-check-of = Självtest { $number } av { $total }
quiz-question-of = Fråga { $number } av { $total }
quiz-check = Kontrollera
quiz-show-hint = Visa en ledtråd
quiz-retry = Försök igen
quiz-show-answer = Visa svaret
quiz-your-answer = Ditt svar
quiz-move-up = Flytta ”{ $item }” uppåt
quiz-move-down = Flytta ”{ $item }” nedåt
quiz-answer = Svar
quiz-accepted-answers = Godtagna svar
quiz-right-order = Rätt ordning
quiz-right = rätt
quiz-wrong = fel
quiz-true = Sant
quiz-false = Falskt

## Diagram
diagram-source = Diagrammets källkod
diagram-flowchart = Flödesschema
diagram-sequence = Sekvensdiagram
diagram-state = Tillståndsdiagram
diagram-class = Klassdiagram
diagram-titled = { $kind }: { $title }
