# Temats sidor (mallar), i samma ordning som en/theme.ftl. Meddelandena är grupperade efter var de visas.
# Ett meddelande som räknar tar `$count` och väljer pluralform efter det.
# Meddelanden innehåller aldrig HTML: där en mening omsluter en länk eller en betoning delas den
# upp i delar (`-before`, `-link`, `-after`) som mallen placerar runt markeringen.

## Sidhuvud och navigering
skip-to-content = Hoppa till innehållet
course-contents = Kursens innehåll
search-label = Sök
search-the-course = Sök i kursen
search-keys = Resultaten visas medan du skriver. Tryck på nedåtpilen för att gå till dem.
search-level = Nivå
search-all-levels = Alla nivåer
search-results = Sökresultat
dark-theme = Mörkt tema
nav-course = Kurs
nav-all-units = { $count ->
    [one] Alla { $count } del
   *[other] Alla { $count } delar
}
my-learning = Mitt lärande
learning-paths = Lärstigar
course-map = Kurskarta
all-tags = Alla taggar
glossary = Ordlista
made-with = Skapad med Syllabus
instructor-banner-title = Lärarvy.
instructor-banner-text = Den här webbplatsen visar lärarens anteckningar och alla lösningar: dela den med lärare, aldrig med deltagare.

## Antal och längd
module-count = { $count ->
    [one] { $count } modul
   *[other] { $count } moduler
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] cirka { $count } minut
   *[other] cirka { $count } minuter
}
about-minutes-in-all = { $count ->
    [one] cirka { $count } minut totalt
   *[other] cirka { $count } minuter totalt
}
about-minutes-short = cirka { $count } min
by-author = av { $name }
difficulty-label = Svårighetsgrad:

## Startsida och delar
see-course-map = Visa kurskartan
your-learning = Ditt lärande
start-here = Börja här
modules-in-unit = Moduler i den här delen

## Modulsida
path-step = Steg { $step } av { $count } i
path-pager-label = { $title }: steg { $step } av { $count }
before-you-start = Innan du börjar
questions = Frågor
what-you-will-learn = Det här lär du dig
on-this-page = På den här sidan
key-points = Viktiga punkter
what-this-opens-up = Det här leder vidare till
your-progress = Dina framsteg
module-updated = Den här modulen har uppdaterats sedan du slutförde den: ta en titt på vad som har ändrats.
module-quiz-done = Du svarade rätt på alla frågor. Vill du markera modulen som klar?
mark-as-done = Markera som klar
make-module-goal = Gör detta till mitt mål
tags-label = Taggar:
previous-in-path = Föregående i lärstigen
next-in-path = Nästa i lärstigen
previous-and-next = Föregående och nästa modul
previous = Föregående
next = Nästa

## Lärstigar
paths-lead-before = Varje lärstig tar dig genom de moduler du behöver för ett mål, från den lättaste till den svåraste. Du kan också se hela kursen på
paths-lead-link = kurskartan
paths-lead-after = .
all-paths = Alla lärstigar
leads-to = Leder till:
start-with-before = Börja med ”
start-with-after = ”
make-path-goal = Gör denna lärstig till mitt mål
path-modules-in-order = Lärstigens moduler i ordning

## Kurskarta
map-lead = Alla kursens moduler. Lättare moduler står överst; en pil leder från en modul till de moduler som bygger på den. Välj en modul för att öppna den.
map-states-intro = Varje ruta visar också dina egna framsteg, som sparas i den här webbläsaren:
map-state-done = Klar
map-state-ready = Redo att börja
map-state-ready-note = (allt den kräver är klart) eller
map-state-locked = Inte redo än
map-states-end = Streckade rutor är inte redo än.
map-units = Delar
map-hint = Kartan är bredare än skärmen: svep i sidled för att se hela, eller läs den som en lista nedan.
map-region = Kurskarta (rullar i sidled på små skärmar)
map-too-big = { $count ->
    [one] Den här kursen har fler än { $count } modul, för många för en ritning som förblir läsbar, så kartan visas som en lista.
   *[other] Den här kursen har fler än { $count } moduler, för många för en ritning som förblir läsbar, så kartan visas som en lista.
}
map-as-list = Kartan som lista
map-needs = Kräver:
map-no-prerequisites = Inga förkunskapskrav

## Taggar och ordlista
tag-page-title = Tagg: { $name }
modules-tagged = Moduler taggade ”{ $name }”
modules-with-tag = Moduler med den här taggen
no-tags = Ingen modul har taggar än.
glossary-empty = Ordlistan har inga termer än.

## Mitt lärande
learning-lead = Dina framsteg i { $title }, ditt mål och vad du kan lära dig härnäst.
privacy-title = Privat från grunden.
privacy-text = Dina framsteg, ditt mål och dina quizresultat sparas bara i den här webbläsaren, på den här enheten. Ingenting skickas någonstans och ingen annan kan se dem. Om du rensar webbplatsens data i webbläsaren raderas de: exportera dem nedan för att spara en kopia eller fortsätta på en annan enhet.
learning-no-js-before = Den här sidan behöver JavaScript, som är avstängt. Själva kursen går bra att läsa utan det: börja från
learning-no-js-link = kursens startsida
learning-no-js-after = .
learning-overall = Totalt
your-goal = Ditt mål
goal-choice = Välj en modul eller en lärstig att arbeta mot
set-goal = Sätt som mitt mål
clear-goal = Ta bort mitt mål
quiz-scores = Quizresultat
your-data = Dina data
your-data-text = Exportera dina framsteg till en fil för att spara en kopia, och importera den i en annan webbläsare för att fortsätta där. Importen slår ihop: för varje modul gäller den senaste ändringen.
export-progress = Exportera framsteg
import-progress = Importera framsteg
reset-progress = Återställ mina framsteg

## Intyg om genomförande
record-no-js = Intyget om genomförande skapas i din webbläsare utifrån dina framsteg och behöver JavaScript, som är avstängt.
record-name = Ditt namn, så som det ska stå
record-print = Skriv ut eller spara som PDF
completion-record = Intyg om genomförande
record-modules = Lärstigens moduler
record-module = Modul
record-minutes = Minuter
record-total = Totalt
record-notice-title = Egenrapporterat.
record-notice-text = Deltagaren har skapat detta intyg i sin egen webbläsare utifrån de moduler hen har markerat som klara. Det har inte kontrollerats av kursens författare.

## Sidan hittades inte
page-not-found = Sidan hittades inte
not-found-lead = Den här sidan finns inte, eller så har den flyttats.
not-found-link = Gå till början av { $title }
not-found-after = för att hitta det du letade efter.

## Sidbeskrivningar (sökresultat och länkförhandsvisningar)
description-learner-page = { $page }: dina framsteg i { $title }
description-paths = Lärstigar genom { $title }
description-map = Alla moduler i { $title } och vad var och en kräver först
description-tag = Moduler i { $title } om { $name }
description-tags = Ämnen i { $title }
description-glossary = Termerna i { $title }
description-not-found = Den här sidan finns inte eller har flyttats.

## Svårighetsnivåer när kursen inte namnger egna
level-beginner = nybörjare
level-intermediate = medel
level-advanced = avancerad

## Vägen när kursen inte namnger egna
path-whole-course = Hela kursen
path-whole-course-description = Alla kursens moduler, från de första stegen till de svåraste.

## Translated courses
language-menu = Språk
untranslated-note = Den här modulen är inte översatt än: den visas på sitt originalspråk ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Kursen har fel
serve-errors-summary = Den här sidan kommer från det senaste bygget som lyckades. Rätta filerna och spara: sidan laddas om av sig själv.
serve-errors-hide = Dölj felen
serve-errors-list = Fel
serve-errors-none-yet = Inget bygge av kursen har lyckats än, så det finns ingen sida att visa. Rätta filerna och spara: sidan laddas om av sig själv.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = Du är offline, och den här sidan är inte sparad på den här enheten. Den öppnas igen när du är online.
offline-saved = Sparat på den här enheten
offline-nothing-before = Inget är sparat här än. När du är online kan du spara en lärstig eller hela kursen från
offline-nothing-after = .
offline-reading = Läsa offline
offline-reading-text = Spara en lärstig eller hela kursen på den här enheten för att läsa utan uppkoppling, på tåget eller planet. Quiz, sökning och dina framsteg fungerar också offline.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Frågor om den här modulen?
ask-text = Fråga läraren och de andra deltagarna. Länken leder bort från den här webbplatsen, till kursens forum eller din e-post.
ask-question = Ställ en fråga om den här modulen
ask-see = Se frågorna som ställts om den
