# To, co renderer sam wpisuje w treść modułów: etykiety, ramki z uwagami, przyciski quizów.

instructor-note = Notatka dla prowadzącego
code-output = Wynik
code-error = Błąd
exercise-number = Ćwiczenie { $number }
figure-number = Rysunek { $number }:
section-link = Link do tej sekcji: { $title }
show-solution = Pokaż rozwiązanie
show-hint = Pokaż podpowiedź
show-more = Pokaż więcej
callout-note = Uwaga
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Ostrożnie
callout-callout = Adnotacja
callout-prereq = Wymaganie wstępne
callout-checklist = Lista kontrolna
callout-discussion = Dyskusja
callout-testimonial = Opinia
callout-keypoints = Najważniejsze informacje
callout-objectives = Cele
callout-questions = Pytania

## Quizy
quiz-self-check = Sprawdź się
quiz-self-check-of = Sprawdź się: { $number } z { $total }
quiz-question-of = Pytanie { $number } z { $total }
quiz-check = Sprawdź
quiz-show-hint = Pokaż podpowiedź
quiz-retry = Spróbuj ponownie
quiz-show-answer = Pokaż odpowiedź
quiz-your-answer = Twoja odpowiedź
quiz-move-up = Przesuń „{ $item }” w górę
quiz-move-down = Przesuń „{ $item }” w dół
quiz-answer = Odpowiedź
quiz-accepted-answers = Akceptowane odpowiedzi
quiz-right-order = Prawidłowa kolejność
quiz-right = dobrze
quiz-wrong = źle
quiz-true = Prawda
quiz-false = Fałsz

## Diagramy
diagram-source = Kod źródłowy diagramu
diagram-flowchart = Schemat blokowy
diagram-sequence = Diagram sekwencji
diagram-state = Diagram stanów
diagram-class = Diagram klas
diagram-titled = { $kind }: { $title }
