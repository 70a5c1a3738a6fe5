# Ce que le moteur de rendu écrit lui-même dans le corps des modules : libellés, encadrés, boutons des quiz.

instructor-note = Note pour le formateur
code-output = Sortie
code-error = Erreur
exercise-number = Exercice { $number }
figure-number = Figure { $number } :
section-link = Lien vers cette section : { $title }
show-solution = Afficher la solution
show-hint = Afficher un indice
show-more = Afficher plus
callout-note = Remarque
callout-tip = Astuce
callout-important = Important
callout-warning = Avertissement
callout-caution = Attention
callout-callout = Encadré
callout-prereq = Prérequis
callout-checklist = Liste de contrôle
callout-discussion = Discussion
callout-testimonial = Témoignage
callout-keypoints = Points clés
callout-objectives = Objectifs
callout-questions = Questions

## Quiz
quiz-self-check = Auto-évaluation
quiz-self-check-of = Auto-évaluation { $number } sur { $total }
quiz-question-of = Question { $number } sur { $total }
quiz-check = Vérifier
quiz-show-hint = Afficher un indice
quiz-retry = Réessayer
quiz-show-answer = Afficher la réponse
quiz-your-answer = Votre réponse
quiz-move-up = Monter « { $item } »
quiz-move-down = Descendre « { $item } »
quiz-answer = Réponse
quiz-accepted-answers = Réponses acceptées
quiz-right-order = Le bon ordre
quiz-right = correct
quiz-wrong = incorrect
quiz-true = Vrai
quiz-false = Faux

## Diagrammes
diagram-source = Source du diagramme
diagram-flowchart = Organigramme
diagram-sequence = Diagramme de séquence
diagram-state = Diagramme d’états
diagram-class = Diagramme de classes
diagram-titled = { $kind } : { $title }
