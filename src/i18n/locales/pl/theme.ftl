# Strony motywu (szablony), w tej samej kolejności co en/theme.ftl. Komunikaty są pogrupowane według miejsca, w którym się pojawiają.
# Komunikat z liczbą przyjmuje `$count` i według niej wybiera formę liczby mnogiej (one/few/many/other).
# Komunikaty nigdy nie zawierają HTML: gdy zdanie otacza link lub wyróżnienie, jest podzielone
# na części (`-before`, `-link`, `-after`), które szablon umieszcza wokół znaczników.
# Zwracamy się do użytkownika na „ty”; unikamy form czasu przeszłego zależnych od rodzaju.

## Nagłówek i nawigacja
skip-to-content = Przejdź do treści
course-contents = Spis treści kursu
search-label = Szukaj
search-the-course = Przeszukaj kurs
search-keys = Wyniki pojawiają się w trakcie pisania. Naciśnij strzałkę w dół, aby do nich przejść.
search-level = Poziom
search-all-levels = Wszystkie poziomy
search-results = Wyniki wyszukiwania
dark-theme = Ciemny motyw
nav-course = Kurs
nav-all-units = { $count ->
    [one] { $count } dział
   *[other] Wszystkie działy ({ $count })
}
my-learning = Moja nauka
learning-paths = Ścieżki nauki
course-map = Mapa kursu
all-tags = Wszystkie tagi
glossary = Słowniczek
made-with = Utworzono za pomocą Syllabus
instructor-banner-title = Widok prowadzącego.
instructor-banner-text = Ta witryna pokazuje notatki dla prowadzących i wszystkie rozwiązania: udostępniaj ją prowadzącym, nigdy uczestnikom.

## Liczby i czas trwania
module-count = { $count ->
    [one] { $count } moduł
    [few] { $count } moduły
    [many] { $count } modułów
   *[other] { $count } modułu
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] około { $count } minuty
    [few] około { $count } minut
    [many] około { $count } minut
   *[other] około { $count } minuty
}
about-minutes-in-all = { $count ->
    [one] łącznie około { $count } minuty
    [few] łącznie około { $count } minut
    [many] łącznie około { $count } minut
   *[other] łącznie około { $count } minuty
}
about-minutes-short = ok. { $count } min
by-author = autor: { $name }
difficulty-label = Poziom trudności:

## Strona główna i działy
see-course-map = Zobacz mapę kursu
your-learning = Twoja nauka
start-here = Zacznij tutaj
modules-in-unit = Moduły w tym dziale

## Strona modułu
path-step = Krok { $step } z { $count } w ścieżce
path-pager-label = { $title }: krok { $step } z { $count }
before-you-start = Zanim zaczniesz
questions = Pytania
what-you-will-learn = Czego się nauczysz
on-this-page = Na tej stronie
key-points = Najważniejsze informacje
what-this-opens-up = Dokąd prowadzi ten moduł
your-progress = Twoje postępy
module-updated = Ten moduł zmienił się od czasu jego ukończenia: zobacz, co jest nowego.
module-quiz-done = Wszystkie twoje odpowiedzi są poprawne. Oznaczyć ten moduł jako ukończony?
mark-as-done = Oznacz jako ukończony
make-module-goal = Ustaw jako mój cel
tags-label = Tagi:
previous-in-path = Poprzedni w tej ścieżce
next-in-path = Następny w tej ścieżce
previous-and-next = Poprzedni i następny moduł
previous = Poprzedni
next = Następny

## Ścieżki nauki
paths-lead-before = Każda ścieżka prowadzi cię przez moduły potrzebne do osiągnięcia celu, od najłatwiejszego do najtrudniejszego. Cały kurs możesz też zobaczyć na
paths-lead-link = mapie kursu
paths-lead-after = .
all-paths = Wszystkie ścieżki
leads-to = Prowadzi do:
start-with-before = Zacznij od „
start-with-after = ”
make-path-goal = Ustaw tę ścieżkę jako mój cel
path-modules-in-order = Moduły tej ścieżki po kolei

## Mapa kursu
map-lead = Wszystkie moduły kursu. Łatwiejsze moduły są u góry; strzałka prowadzi od modułu do modułów, które na nim bazują. Wybierz moduł, aby go otworzyć.
map-states-intro = Każde pole pokazuje też twoje postępy, zapisane w tej przeglądarce:
map-state-done = Ukończony
map-state-ready = Gotowy do rozpoczęcia
map-state-ready-note = (wszystko, czego wymaga, jest ukończone) lub
map-state-locked = Jeszcze niedostępny
map-states-end = Pola z przerywaną ramką nie są jeszcze dostępne.
map-units = Działy
map-hint = Mapa jest szersza niż ekran: przesuń palcem w bok, aby zobaczyć całość, albo przeczytaj ją poniżej jako listę.
map-region = Mapa kursu (na małych ekranach przewija się w bok)
map-too-big = { $count ->
    [one] Ten kurs ma ponad { $count } moduł, za dużo na rysunek, który pozostałby czytelny, dlatego mapa jest podana jako lista.
    [few] Ten kurs ma ponad { $count } moduły, za dużo na rysunek, który pozostałby czytelny, dlatego mapa jest podana jako lista.
    [many] Ten kurs ma ponad { $count } modułów, za dużo na rysunek, który pozostałby czytelny, dlatego mapa jest podana jako lista.
   *[other] Ten kurs ma ponad { $count } modułu, za dużo na rysunek, który pozostałby czytelny, dlatego mapa jest podana jako lista.
}
map-as-list = Mapa w formie listy
map-needs = Wymaga:
map-no-prerequisites = Brak wymagań wstępnych

## Tagi i słowniczek
tag-page-title = Tag: { $name }
modules-tagged = Moduły z tagiem „{ $name }”
modules-with-tag = Moduły z tym tagiem
no-tags = Żaden moduł nie ma jeszcze tagów.
glossary-empty = Słowniczek nie zawiera jeszcze żadnych terminów.

## Moja nauka
learning-lead = Twoje postępy w kursie { $title }, twój cel i to, czego warto nauczyć się dalej.
privacy-title = Prywatność od podstaw.
privacy-text = Twoje postępy, cel i wyniki quizów są przechowywane tylko w tej przeglądarce, na tym urządzeniu. Nic nie jest nigdzie wysyłane i nikt inny ich nie widzi. Wyczyszczenie danych tej witryny w przeglądarce je usuwa: wyeksportuj je poniżej, aby zachować kopię lub kontynuować na innym urządzeniu.
learning-no-js-before = Ta strona wymaga JavaScriptu, który jest wyłączony. Sam kurs można bez problemu czytać bez niego: zacznij od
learning-no-js-link = strony głównej kursu
learning-no-js-after = .
learning-overall = Ogółem
your-goal = Twój cel
goal-choice = Wybierz moduł lub ścieżkę nauki jako swój cel
set-goal = Ustaw jako mój cel
clear-goal = Usuń mój cel
quiz-scores = Wyniki quizów
your-data = Twoje dane
your-data-text = Wyeksportuj swoje postępy do pliku, aby zachować kopię, i zaimportuj go w innej przeglądarce, aby tam kontynuować. Import scala dane: dla każdego modułu obowiązuje najnowsza zmiana.
export-progress = Eksportuj postępy
import-progress = Importuj postępy
reset-progress = Zresetuj moje postępy

## Potwierdzenie ukończenia
record-no-js = Potwierdzenie ukończenia jest tworzone w twojej przeglądarce na podstawie twoich postępów i wymaga JavaScriptu, który jest wyłączony.
record-name = Twoje imię i nazwisko w takiej formie, w jakiej ma się pojawić
record-print = Drukuj lub zapisz jako PDF
completion-record = Potwierdzenie ukończenia
record-modules = Moduły ścieżki
record-module = Moduł
record-minutes = Minuty
record-total = Razem
record-notice-title = Deklaracja własna.
record-notice-text = Osoba ucząca się utworzyła to potwierdzenie we własnej przeglądarce na podstawie modułów, które sama oznaczyła jako ukończone. Nie zostało ono sprawdzone przez autorów kursu.

## Nie znaleziono strony
page-not-found = Nie znaleziono strony
not-found-lead = Ta strona nie istnieje lub została przeniesiona.
not-found-link = Przejdź na początek kursu { $title }
not-found-after = i znajdź tam to, czego szukasz.

## Opisy stron (wyniki wyszukiwania i podglądy linków)
description-learner-page = { $page }: twoje postępy w kursie { $title }
description-paths = Ścieżki nauki w kursie { $title }
description-map = Wszystkie moduły kursu { $title } i to, czego każdy z nich wymaga najpierw
description-tag = Moduły kursu { $title } na temat: { $name }
description-tags = Tematy kursu { $title }
description-glossary = Terminy kursu { $title }
description-not-found = Ta strona nie istnieje lub została przeniesiona.

## Poziomy trudności, gdy kurs nie nazywa własnych
level-beginner = początkujący
level-intermediate = średniozaawansowany
level-advanced = zaawansowany

## Ścieżka, gdy kurs nie nazywa własnych
path-whole-course = Cały kurs
path-whole-course-description = Wszystkie moduły kursu, od pierwszych kroków do najtrudniejszych.

## Translated courses
language-menu = Język
untranslated-note = Ten moduł nie został jeszcze przetłumaczony: jest wyświetlany w języku oryginału ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Kurs zawiera błędy
serve-errors-summary = Ta strona pochodzi z ostatniej udanej kompilacji. Popraw pliki i zapisz: strona sama się przeładuje.
serve-errors-hide = Ukryj błędy
serve-errors-list = Błędy
serve-errors-none-yet = Żadna kompilacja tego kursu jeszcze się nie udała, więc nie ma strony do pokazania. Popraw pliki i zapisz: ta strona sama się przeładuje.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = Jesteś offline, a ta strona nie jest zapisana na tym urządzeniu. Otworzy się ponownie, gdy wrócisz do sieci.
offline-saved = Zapisane na tym urządzeniu
offline-nothing-before = Nic nie jest tu jeszcze zapisane. Gdy będziesz online, zapisz ścieżkę nauki lub cały kurs na stronie
offline-nothing-after = .
offline-reading = Czytanie offline
offline-reading-text = Zapisz ścieżkę nauki lub cały kurs na tym urządzeniu, aby czytać bez połączenia, w pociągu lub samolocie. Quizy, wyszukiwanie i Twoje postępy działają także offline.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Pytania o ten moduł?
ask-text = Zapytaj nauczyciela i innych uczestników. Link prowadzi poza tę witrynę, na forum kursu lub do Twojej poczty.
ask-question = Zadaj pytanie o ten moduł
ask-see = Zobacz pytania zadane na jego temat
