# Temats skript (words.js), i samma ordning som en/scripts.ftl. Andra argument än `$count`
# skrivs `{ $name }` och fylls i av webbläsaren: title, done, total, date, score, name, goal,
# step, course, level, link, minutes, query.

## Modulernas tillstånd (modullistor, kurskartan)

js-state-done = Klar
js-state-ready = Redo att börja
js-state-locked = Inte redo än
js-state-updated-short = uppdaterad
js-state-updated = uppdaterad sedan du slutförde den

## Förloppsindikatorer och tider

js-done-of-total = { $done } av { $total } klara
js-progress-in = Framsteg i { $title }
js-progress-in-course = Framsteg i hela kursen
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Cirka { $count } minut kvar av kursen.
   *[other] Cirka { $count } minuter kvar av kursen.
}
js-path-minutes-left = Cirka { $count } min kvar.

## Mål, startsidan och lärstigarnas sidor

js-goal-reached = Ditt mål: { $goal }. Du har gjort alla moduler som det kräver – bra jobbat!
js-goal-left = { $count ->
    [one] Ditt mål: { $goal }. Kvar att lära: { $count } modul, cirka { $minutes } min.
   *[other] Ditt mål: { $goal }. Kvar att lära: { $count } moduler, cirka { $minutes } min.
}
js-start-next = Börja med nästa: { $title }
js-continue = Fortsätt där du slutade: { $title }
js-see-progress = Se dina framsteg
js-see-progress-on-learning = { $link } under Mitt lärande.
js-choose-goal = Välj ett mål
js-choose-goal-on-learning = { $link } under Mitt lärande för att se exakt vad som återstår att lära för det.
js-open-record = Öppna ditt intyg om genomförande för { $title }

## Modulsida

js-done-on = Klar den { $date }.
js-up-next = Näst på tur för dig
js-nothing-ready = Inget annat är redo än: slutför de moduler du har påbörjat för att låsa upp fler.
js-mark-to-see-more = Markera modulen som klar för att se vad den leder vidare till.
js-revisit = Värt att gå tillbaka till
js-revisit-because = Några svar här var inte rätt än. Den här modulen bygger på:

## Quiz

js-quiz-so-far = Hittills: { $count } av { $total } rätt.
js-quiz-last-result = Ditt senaste resultat: { $count } av { $total } rätt.
js-quiz-correct = Rätt!
js-quiz-not-quite = Inte riktigt.
js-quiz-option-correct = Rätt
js-quiz-option-incorrect = Fel
js-quiz-missed = { $count ->
    [one] { $count } rätt alternativ har inte valts
   *[other] { $count } rätta alternativ har inte valts
}
js-quiz-wrong = { $count ->
    [one] { $count } valt alternativ är fel
   *[other] { $count } valda alternativ är fel
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Välj ett svar först.
js-quiz-enter-first = Skriv ett svar först.
js-quiz-number-first = Skriv ett tal först.
js-quiz-moved = { $name } flyttad till plats { $step } av { $total }.
js-quiz-show-hint = Visa en ledtråd
js-quiz-hide-hint = Dölj ledtråden
js-quiz-right-before = Du har svarat rätt på den här tidigare.

## Sök

js-search-loading = Läser in sökningen…
js-search-failed = Sökningen kunde inte läsas in. Kontrollera anslutningen och skriv sedan igen.
js-search-results = { $count ->
    [one] { $count } resultat
   *[other] { $count } resultat
}
js-search-best = { $count } resultat (de { $count } bästa)
js-search-none = Inga resultat för ”{ $query }”. Prova färre eller kortare ord, eller kontrollera stavningen.
js-search-none-at-level = Inga resultat för ”{ $query }” på nivån { $level }. Prova ”Alla nivåer”, färre eller kortare ord, eller kontrollera stavningen.

## Mitt lärande

js-no-goal = Inget mål än. Välj ett ovan: de moduler som det kräver och som du inte har gjort listas här.
js-goal-group-paths = Lärstigar
js-goal-group-modules = Moduler
js-no-quiz-yet = Du har inte svarat på något quiz än. Varje modul avslutas med ett kort självtest.
js-quiz-column-module = Modul
js-quiz-column-score = Resultat
js-quiz-column-answers = Kontrollerade svar
js-quiz-column-last = Senaste försök
js-score = { $score } av { $total }
js-export-reminder = { $count ->
    [one] Du har { $count } modul klar i den här webbläsaren. Webbläsare kan rensa en webbplats data, så exportera dina framsteg då och då för att spara en kopia.
   *[other] Du har { $count } moduler klara i den här webbläsaren. Webbläsare kan rensa en webbplats data, så exportera dina framsteg då och då för att spara en kopia.
}
js-export-file = framsteg
js-exported = Exporterat. Spara filen på ett säkert ställe; importera den här eller i en annan webbläsare.
js-imported = { $count ->
    [one] Importerat. Du har nu { $count } modul klar.
   *[other] Importerat. Du har nu { $count } moduler klara.
}
js-import-not-export = Den här filen är ingen export av framsteg från Syllabus. Ingenting har ändrats.
js-import-newer = Den här exporten kommer från en nyare version av Syllabus. Ingenting har ändrats.
js-import-other-course = Den här filen innehåller framsteg för ”{ $course }”, inte för den här kursen. Ingenting har ändrats.
js-import-damaged = Den här filen är skadad: en del av framstegen kan inte läsas. Ingenting har ändrats.
js-import-unreadable = Filen kunde inte läsas. Ingenting har ändrats.
js-reset-confirm = Vill du radera alla dina framsteg, ditt mål och dina quizresultat för den här kursen i den här webbläsaren? Det går inte att ångra, om du inte har exporterat dem.
js-reset-done = Dina framsteg har återställts.

## Intyg om genomförande

js-record-no-path = Det finns ingen sådan lärstig i den här kursen.
js-record-not-yet = { $count ->
    [one] Ditt intyg om genomförande för ”{ $title }” visas här när alla moduler i lärstigen är klara: { $count } modul kvar.
   *[other] Ditt intyg om genomförande för ”{ $title }” visas här när alla moduler i lärstigen är klara: { $count } moduler kvar.
}
js-record-learner = Deltagaren
js-record-statement = { $name } har genomfört lärstigen ”{ $title }” i { $course } den { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Den här webbläsaren kan radera dina framsteg om du inte besöker sidan på ett tag. Installera kursen på hemskärmen, eller exportera dina framsteg, för att behålla dem.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Installera kursen
js-install-ios = Installera kursen så att dina framsteg sparas: tryck på Dela och sedan ”Lägg till på hemskärmen”.

js-update-available = En ny version av kursen finns.
js-update-reload = Ladda om
js-offline-save = Spara för offline ({ $size })
js-offline-saving = Sparar för offline: { $percent } %
js-offline-saved = Sparad för offline på den här enheten
js-offline-remove = Ta bort från den här enheten
js-offline-removed = Borttagen från den här enheten
js-offline-failed = Allt kunde inte sparas. Kontrollera uppkopplingen och försök igen.
js-offline-no-space = Det finns inte tillräckligt med utrymme på enheten: det behövs { $size }, och { $free } är ledigt.
js-size-kb = { $size } kB
js-size-mb = { $size } MB
