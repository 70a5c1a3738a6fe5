# Skrypty motywu (words.js), w tej samej kolejności co en/scripts.ftl. Argumenty inne niż `$count`
# zapisuje się jako `{ $name }`, a uzupełnia je przeglądarka: title, done, total, date, score, name,
# goal, step, course, level, link, minutes, query.

## Stany modułów (listy modułów, mapa kursu)

js-state-done = Ukończony
js-state-ready = Gotowy do rozpoczęcia
js-state-locked = Jeszcze niedostępny
js-state-updated-short = zaktualizowany
js-state-updated = zaktualizowany od czasu ukończenia

## Paski postępu i czas

js-done-of-total = Ukończono { $done } z { $total }
js-progress-in = Postępy w ścieżce { $title }
js-progress-in-course = Postępy w całym kursie
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Do końca kursu zostało około { $count } minuty.
    [few] Do końca kursu zostało około { $count } minut.
    [many] Do końca kursu zostało około { $count } minut.
   *[other] Do końca kursu zostało około { $count } minuty.
}
js-path-minutes-left = Zostało ok. { $count } min.

## Cele, strona główna i strony ścieżek

js-goal-reached = Twój cel: { $goal }. Wszystkie moduły, których wymaga, są ukończone: świetna robota!
js-goal-left = { $count ->
    [one] Twój cel: { $goal }. Do nauki zostaje: { $count } moduł, około { $minutes } min.
    [few] Twój cel: { $goal }. Do nauki zostają: { $count } moduły, około { $minutes } min.
    [many] Twój cel: { $goal }. Do nauki zostaje: { $count } modułów, około { $minutes } min.
   *[other] Twój cel: { $goal }. Do nauki zostaje: { $count } modułu, około { $minutes } min.
}
js-start-next = Zacznij następny: { $title }
js-continue = Kontynuuj naukę: { $title }
js-see-progress = Zobacz swoje postępy
js-see-progress-on-learning = { $link } na stronie Moja nauka.
js-choose-goal = Wybierz cel
js-choose-goal-on-learning = { $link } na stronie Moja nauka, aby zobaczyć, czego dokładnie musisz się jeszcze do niego nauczyć.
js-open-record = Otwórz potwierdzenie ukończenia ścieżki { $title }

## Strona modułu

js-done-on = Ukończono { $date }.
js-up-next = Następne dla ciebie
js-nothing-ready = Nic więcej nie jest jeszcze dostępne: ukończ rozpoczęte moduły, aby odblokować kolejne.
js-mark-to-see-more = Oznacz ten moduł jako ukończony, aby zobaczyć, dokąd prowadzi.
js-revisit = Warto wrócić
js-revisit-because = Niektóre odpowiedzi tutaj nie były jeszcze poprawne. Ten moduł opiera się na:

## Quizy

js-quiz-so-far = Jak dotąd poprawnie: { $count } z { $total }.
js-quiz-last-result = Twój ostatni wynik: { $count } z { $total } poprawnie.
js-quiz-correct = Dobrze!
js-quiz-not-quite = Nie do końca.
js-quiz-option-correct = Poprawna
js-quiz-option-incorrect = Niepoprawna
js-quiz-missed = { $count ->
    [one] { $count } poprawna odpowiedź nie została wybrana
    [few] { $count } poprawne odpowiedzi nie zostały wybrane
    [many] { $count } poprawnych odpowiedzi nie zostało wybranych
   *[other] { $count } poprawnej odpowiedzi nie wybrano
}
js-quiz-wrong = { $count ->
    [one] { $count } wybrana odpowiedź jest błędna
    [few] { $count } wybrane odpowiedzi są błędne
    [many] { $count } wybranych odpowiedzi jest błędnych
   *[other] { $count } wybranej odpowiedzi jest błędne
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Najpierw wybierz odpowiedź.
js-quiz-enter-first = Najpierw wpisz odpowiedź.
js-quiz-number-first = Najpierw wpisz liczbę.
js-quiz-moved = Przeniesiono { $name } na pozycję { $step } z { $total }.
js-quiz-show-hint = Pokaż podpowiedź
js-quiz-hide-hint = Ukryj podpowiedź
js-quiz-right-before = Wcześniej odpowiedź na to pytanie była poprawna.

## Wyszukiwanie

js-search-loading = Wczytywanie wyszukiwarki…
js-search-failed = Nie udało się wczytać wyszukiwarki. Sprawdź połączenie i wpisz zapytanie ponownie.
js-search-results = { $count ->
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
js-search-best = { $count ->
    [one] { $count } najlepszy wynik
    [few] { $count } najlepsze wyniki
    [many] { $count } najlepszych wyników
   *[other] { $count } najlepszego wyniku
}
js-search-none = Brak wyników dla „{ $query }”. Spróbuj użyć mniej słów lub krótszych słów albo sprawdź pisownię.
js-search-none-at-level = Brak wyników dla „{ $query }” na poziomie { $level }. Wybierz „Wszystkie poziomy”, użyj mniej słów lub krótszych słów albo sprawdź pisownię.

## Moja nauka

js-no-goal = Nie masz jeszcze celu. Wybierz go powyżej: moduły, których wymaga, a które nie są jeszcze ukończone, pojawią się tutaj.
js-goal-group-paths = Ścieżki nauki
js-goal-group-modules = Moduły
js-no-quiz-yet = Nie ma jeszcze żadnych odpowiedzi w quizach. Każdy moduł kończy się krótkim sprawdzianem.
js-quiz-column-module = Moduł
js-quiz-column-score = Wynik
js-quiz-column-answers = Sprawdzone odpowiedzi
js-quiz-column-last = Ostatnia próba
js-score = { $score } z { $total }
js-export-reminder = { $count ->
    [one] Masz w tej przeglądarce { $count } ukończony moduł. Przeglądarki mogą usuwać dane witryn, więc co jakiś czas eksportuj swoje postępy, aby mieć kopię.
    [few] Masz w tej przeglądarce { $count } ukończone moduły. Przeglądarki mogą usuwać dane witryn, więc co jakiś czas eksportuj swoje postępy, aby mieć kopię.
    [many] Masz w tej przeglądarce { $count } ukończonych modułów. Przeglądarki mogą usuwać dane witryn, więc co jakiś czas eksportuj swoje postępy, aby mieć kopię.
   *[other] Masz w tej przeglądarce { $count } ukończonego modułu. Przeglądarki mogą usuwać dane witryn, więc co jakiś czas eksportuj swoje postępy, aby mieć kopię.
}
js-export-file = postepy
js-exported = Wyeksportowano. Przechowuj plik w bezpiecznym miejscu; zaimportuj go tutaj lub w innej przeglądarce.
js-imported = { $count ->
    [one] Zaimportowano. Masz teraz { $count } ukończony moduł.
    [few] Zaimportowano. Masz teraz { $count } ukończone moduły.
    [many] Zaimportowano. Masz teraz { $count } ukończonych modułów.
   *[other] Zaimportowano. Masz teraz { $count } ukończonego modułu.
}
js-import-not-export = Ten plik nie jest eksportem postępów z Syllabus. Niczego nie zmieniono.
js-import-newer = Ten eksport pochodzi z nowszej wersji Syllabus. Niczego nie zmieniono.
js-import-other-course = Ten plik zawiera postępy z kursu „{ $course }”, a nie z tego kursu. Niczego nie zmieniono.
js-import-damaged = Ten plik jest uszkodzony: części postępów nie da się odczytać. Niczego nie zmieniono.
js-import-unreadable = Nie udało się odczytać pliku. Niczego nie zmieniono.
js-reset-confirm = Usunąć wszystkie twoje postępy, cel i wyniki quizów z tego kursu w tej przeglądarce? Tej operacji nie można cofnąć, chyba że masz ich eksport.
js-reset-done = Twoje postępy zostały zresetowane.

## Potwierdzenie ukończenia

js-record-no-path = W tym kursie nie ma takiej ścieżki nauki.
js-record-not-yet = { $count ->
    [one] Twoje potwierdzenie ukończenia ścieżki „{ $title }” pojawi się tutaj, gdy wszystkie jej moduły będą ukończone: został jeszcze { $count } moduł.
    [few] Twoje potwierdzenie ukończenia ścieżki „{ $title }” pojawi się tutaj, gdy wszystkie jej moduły będą ukończone: zostały jeszcze { $count } moduły.
    [many] Twoje potwierdzenie ukończenia ścieżki „{ $title }” pojawi się tutaj, gdy wszystkie jej moduły będą ukończone: zostało jeszcze { $count } modułów.
   *[other] Twoje potwierdzenie ukończenia ścieżki „{ $title }” pojawi się tutaj, gdy wszystkie jej moduły będą ukończone: zostało jeszcze { $count } modułu.
}
js-record-learner = Osoba ucząca się
js-record-statement = { $name } – ukończenie ścieżki nauki „{ $title }” w kursie { $course }, { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Ta przeglądarka może usunąć twoje postępy, jeśli przez jakiś czas tu nie zajrzysz. Zainstaluj kurs na ekranie głównym albo wyeksportuj postępy, aby je zachować.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Zainstaluj ten kurs
js-install-ios = Aby zachować postępy, zainstaluj kurs: stuknij Udostępnij, a potem „Do ekranu początkowego”.

js-update-available = Dostępna jest nowa wersja tego kursu.
js-update-reload = Odśwież
js-offline-save = Zapisz offline ({ $size })
js-offline-saving = Zapisywanie offline: { $percent }%
js-offline-saved = Zapisano offline na tym urządzeniu
js-offline-remove = Usuń z tego urządzenia
js-offline-removed = Usunięto z tego urządzenia
js-offline-failed = Nie udało się zapisać wszystkiego. Sprawdź połączenie i spróbuj ponownie.
js-offline-no-space = Na tym urządzeniu brakuje miejsca: potrzeba { $size }, a wolne jest { $free }.
js-size-kb = { $size } KB
js-size-mb = { $size } MB
