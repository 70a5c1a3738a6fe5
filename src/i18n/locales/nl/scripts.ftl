# De scripts van het thema (words.js), in dezelfde volgorde als en/scripts.ftl. Andere argumenten
# dan `$count` worden `{ $name }` geschreven en door de browser ingevuld: title, done, total, date,
# score, name, goal, step, course, level, link, minutes, query.

## Status van modules (lijsten van modules, de cursuskaart)

js-state-done = Afgerond
js-state-ready = Klaar om te beginnen
js-state-locked = Nog niet beschikbaar
js-state-updated-short = bijgewerkt
js-state-updated = bijgewerkt sinds je hem hebt afgerond

## Voortgangsbalken en tijden

js-done-of-total = { $done } van { $total } afgerond
js-progress-in = Voortgang in { $title }
js-progress-in-course = Voortgang in de hele cursus
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Nog ongeveer { $count } minuut te gaan in de cursus.
   *[other] Nog ongeveer { $count } minuten te gaan in de cursus.
}
js-path-minutes-left = Nog ongeveer { $count } min te gaan.

## Doelen, de startpagina en de pagina's van leerpaden

js-goal-reached = Je doel: { $goal }. Je hebt alle modules afgerond die ervoor nodig zijn: goed gedaan!
js-goal-left = { $count ->
    [one] Je doel: { $goal }. Nog te leren: { $count } module, ongeveer { $minutes } min.
   *[other] Je doel: { $goal }. Nog te leren: { $count } modules, ongeveer { $minutes } min.
}
js-start-next = Begin met de volgende: { $title }
js-continue = Ga verder waar je gebleven was: { $title }
js-see-progress = Bekijk je voortgang
js-see-progress-on-learning = { $link } in Mijn leertraject.
js-choose-goal = Kies een doel
js-choose-goal-on-learning = { $link } in Mijn leertraject om precies te zien wat je er nog voor moet leren.
js-open-record = Open je voltooiingsoverzicht voor { $title }

## Modulepagina

js-done-on = Afgerond op { $date }.
js-up-next = Hierna voor jou
js-nothing-ready = Er is nog niets anders beschikbaar: rond de modules af waar je aan bent begonnen om meer te ontgrendelen.
js-mark-to-see-more = Markeer deze module als afgerond om te zien waar hij toe leidt.
js-revisit = De moeite waard om terug te kijken
js-revisit-because = Sommige antwoorden hier waren nog niet goed. Deze module bouwt voort op:

## Quizzen

js-quiz-so-far = Tot nu toe: { $count } van { $total } goed.
js-quiz-last-result = Je laatste resultaat: { $count } van { $total } goed.
js-quiz-correct = Goed!
js-quiz-not-quite = Niet helemaal.
js-quiz-option-correct = Goed
js-quiz-option-incorrect = Fout
js-quiz-missed = { $count ->
    [one] { $count } juiste optie niet gekozen
   *[other] { $count } juiste opties niet gekozen
}
js-quiz-wrong = { $count ->
    [one] { $count } gekozen optie is fout
   *[other] { $count } gekozen opties zijn fout
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Kies eerst een antwoord.
js-quiz-enter-first = Vul eerst een antwoord in.
js-quiz-number-first = Vul eerst een getal in.
js-quiz-moved = { $name } verplaatst naar positie { $step } van { $total }.
js-quiz-show-hint = Toon een hint
js-quiz-hide-hint = Verberg de hint
js-quiz-right-before = Je hebt deze vraag eerder goed beantwoord.

## Zoeken

js-search-loading = Zoeken wordt geladen…
js-search-failed = Zoeken kon niet worden geladen. Controleer je verbinding en typ daarna opnieuw.
js-search-results = { $count ->
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
js-search-best = { $count } resultaten (de beste { $count })
js-search-none = Geen resultaten voor “{ $query }”. Probeer minder of kortere woorden, of controleer de spelling.
js-search-none-at-level = Geen resultaten voor “{ $query }” op niveau { $level }. Probeer “Alle niveaus”, minder of kortere woorden, of controleer de spelling.

## Mijn leertraject

js-no-goal = Nog geen doel. Kies er hierboven een: de modules die ervoor nodig zijn en die je nog niet hebt afgerond, komen dan hier te staan.
js-goal-group-paths = Leerpaden
js-goal-group-modules = Modules
js-no-quiz-yet = Je hebt nog geen quiz beantwoord. Elke module eindigt met een korte zelftoets.
js-quiz-column-module = Module
js-quiz-column-score = Score
js-quiz-column-answers = Gecontroleerde antwoorden
js-quiz-column-last = Laatste poging
js-score = { $score } van { $total }
js-export-reminder = { $count ->
    [one] Je hebt { $count } module afgerond in deze browser. Browsers kunnen de gegevens van een site wissen, dus exporteer je voortgang af en toe om een kopie te bewaren.
   *[other] Je hebt { $count } modules afgerond in deze browser. Browsers kunnen de gegevens van een site wissen, dus exporteer je voortgang af en toe om een kopie te bewaren.
}
js-export-file = voortgang
js-exported = Geëxporteerd. Bewaar het bestand op een veilige plek; importeer het hier of in een andere browser.
js-imported = { $count ->
    [one] Geïmporteerd. Je hebt nu { $count } module afgerond.
   *[other] Geïmporteerd. Je hebt nu { $count } modules afgerond.
}
js-import-not-export = Dit bestand is geen voortgangsexport van Syllabus. Er is niets gewijzigd.
js-import-newer = Deze export komt uit een nieuwere versie van Syllabus. Er is niets gewijzigd.
js-import-other-course = Dit bestand bevat voortgang voor “{ $course }”, niet voor deze cursus. Er is niets gewijzigd.
js-import-damaged = Dit bestand is beschadigd: een deel van de voortgang kan niet worden gelezen. Er is niets gewijzigd.
js-import-unreadable = Het bestand kon niet worden gelezen. Er is niets gewijzigd.
js-reset-confirm = Al je voortgang, je doel en je quizresultaten voor deze cursus in deze browser wissen? Dit kan niet ongedaan worden gemaakt, tenzij je ze hebt geëxporteerd.
js-reset-done = Je voortgang is gewist.

## Voltooiingsoverzicht

js-record-no-path = Dit leerpad bestaat niet in deze cursus.
js-record-not-yet = { $count ->
    [one] Je voltooiingsoverzicht voor “{ $title }” verschijnt hier zodra alle modules van het leerpad zijn afgerond: nog { $count } module te gaan.
   *[other] Je voltooiingsoverzicht voor “{ $title }” verschijnt hier zodra alle modules van het leerpad zijn afgerond: nog { $count } modules te gaan.
}
js-record-learner = De cursist
js-record-statement = { $name } heeft het leerpad “{ $title }” van { $course } afgerond op { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Deze browser kan je voortgang wissen als je een tijd niet langskomt. Installeer de cursus op je beginscherm, of exporteer je voortgang, om die te bewaren.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Deze cursus installeren
js-install-ios = Installeer de cursus om je voortgang te bewaren: tik op Deel en daarna op ‘Zet op beginscherm’.

js-update-available = Er is een nieuwe versie van deze cursus.
js-update-reload = Opnieuw laden
js-offline-save = Offline bewaren ({ $size })
js-offline-saving = Offline bewaren: { $percent }%
js-offline-saved = Offline bewaard op dit apparaat
js-offline-remove = Van dit apparaat verwijderen
js-offline-removed = Van dit apparaat verwijderd
js-offline-failed = Niet alles kon worden bewaard. Controleer je verbinding en probeer het opnieuw.
js-offline-no-space = Er is niet genoeg ruimte op dit apparaat: dit heeft { $size } nodig en er is { $free } vrij.
js-size-kb = { $size } kB
js-size-mb = { $size } MB
