# De pagina's van het thema (sjablonen), in dezelfde volgorde als en/theme.ftl. Berichten zijn gegroepeerd naar waar ze verschijnen.
# Een bericht dat telt, krijgt `$count` en kiest daarmee zijn meervoudsvorm.
# Berichten bevatten nooit HTML: waar een zin om een link of nadruk heen staat, is hij opgesplitst
# in delen (`-before`, `-link`, `-after`) die het sjabloon om de opmaak zet.
# Aanspreekvorm: overal ‘je’.

## Kop en navigatie
skip-to-content = Naar de inhoud
course-contents = Inhoud van de cursus
search-label = Zoeken
search-the-course = Doorzoek de cursus
search-keys = Resultaten verschijnen terwijl je typt. Druk op de pijl omlaag om ernaar te gaan.
search-level = Niveau
search-all-levels = Alle niveaus
search-results = Zoekresultaten
dark-theme = Donker thema
nav-course = Cursus
nav-all-units = { $count ->
    [one] { $count } onderdeel
   *[other] Alle { $count } onderdelen
}
my-learning = Mijn leertraject
learning-paths = Leerpaden
course-map = Cursuskaart
all-tags = Alle tags
glossary = Woordenlijst
made-with = Gemaakt met Syllabus
instructor-banner-title = Docentenweergave.
instructor-banner-text = Deze site toont de notities voor docenten en alle oplossingen: deel hem met docenten, nooit met cursisten.

## Aantallen en duur
module-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] ongeveer { $count } minuut
   *[other] ongeveer { $count } minuten
}
about-minutes-in-all = { $count ->
    [one] ongeveer { $count } minuut in totaal
   *[other] ongeveer { $count } minuten in totaal
}
about-minutes-short = ongeveer { $count } min
by-author = door { $name }
difficulty-label = Moeilijkheid:

## Startpagina en onderdelen
see-course-map = Bekijk de cursuskaart
your-learning = Jouw leertraject
start-here = Begin hier
modules-in-unit = Modules in dit onderdeel

## Modulepagina
path-step = Stap { $step } van { $count } in
path-pager-label = { $title }: stap { $step } van { $count }
before-you-start = Voordat je begint
questions = Vragen
what-you-will-learn = Wat je leert
on-this-page = Op deze pagina
key-points = Belangrijkste punten
what-this-opens-up = Waar dit toe leidt
your-progress = Je voortgang
module-updated = Deze module is bijgewerkt sinds je hem hebt afgerond: bekijk wat er is veranderd.
module-quiz-done = Je hebt alle vragen goed beantwoord. Deze module als afgerond markeren?
mark-as-done = Markeren als afgerond
make-module-goal = Maak dit mijn doel
tags-label = Tags:
previous-in-path = Vorige in dit leerpad
next-in-path = Volgende in dit leerpad
previous-and-next = Vorige en volgende module
previous = Vorige
next = Volgende

## Leerpaden
paths-lead-before = Elk leerpad neemt je mee door de modules die je voor een doel nodig hebt, van de makkelijkste tot de moeilijkste. Je kunt ook de hele cursus bekijken op de
paths-lead-link = cursuskaart
paths-lead-after = .
all-paths = Alle leerpaden
leads-to = Leidt naar:
start-with-before = Begin met “
start-with-after = ”
make-path-goal = Maak dit leerpad mijn doel
path-modules-in-order = Modules van dit leerpad, op volgorde

## Cursuskaart
map-lead = Alle modules van de cursus. Makkelijkere modules staan bovenaan; een pijl loopt van een module naar de modules die erop voortbouwen. Kies een module om hem te openen.
map-states-intro = Elk vak toont ook je eigen voortgang, bewaard in deze browser:
map-state-done = Afgerond
map-state-ready = Klaar om te beginnen
map-state-ready-note = (alles wat nodig is, is afgerond) of
map-state-locked = Nog niet beschikbaar
map-states-end = Gestippelde vakken zijn nog niet beschikbaar.
map-units = Onderdelen
map-hint = De kaart is breder dan je scherm: veeg opzij om alles te zien, of lees hem hieronder als lijst.
map-region = Cursuskaart (scrolt opzij op kleine schermen)
map-too-big = { $count ->
    [one] Deze cursus heeft meer dan { $count } module, te veel voor een tekening die leesbaar blijft, dus de kaart wordt als lijst getoond.
   *[other] Deze cursus heeft meer dan { $count } modules, te veel voor een tekening die leesbaar blijft, dus de kaart wordt als lijst getoond.
}
map-as-list = De kaart als lijst
map-needs = Vereist:
map-no-prerequisites = Geen voorkennis vereist

## Tags en woordenlijst
tag-page-title = Tag: { $name }
modules-tagged = Modules met de tag “{ $name }”
modules-with-tag = Modules met deze tag
no-tags = Nog geen enkele module heeft tags.
glossary-empty = De woordenlijst bevat nog geen termen.

## Mijn leertraject
learning-lead = Je voortgang in { $title }, je doel en wat je hierna kunt leren.
privacy-title = Privé vanaf het begin.
privacy-text = Je voortgang, je doel en je quizresultaten worden alleen in deze browser op dit apparaat bewaard. Er wordt niets verstuurd en niemand anders kan ze zien. Als je de gegevens van deze site in de browser wist, zijn ze weg: exporteer ze hieronder om een kopie te bewaren of om op een ander apparaat verder te gaan.
learning-no-js-before = Deze pagina heeft JavaScript nodig, en dat staat uit. De cursus zelf is zonder JavaScript prima te lezen: begin op de
learning-no-js-link = startpagina van de cursus
learning-no-js-after = .
learning-overall = Totaal
your-goal = Je doel
goal-choice = Kies een module of een leerpad om naartoe te werken
set-goal = Instellen als mijn doel
clear-goal = Mijn doel wissen
quiz-scores = Quizscores
your-data = Je gegevens
your-data-text = Exporteer je voortgang naar een bestand om een kopie te bewaren, en importeer het in een andere browser om daar verder te gaan. Importeren voegt samen: per module telt de meest recente wijziging.
export-progress = Voortgang exporteren
import-progress = Voortgang importeren
reset-progress = Mijn voortgang wissen

## Voltooiingsoverzicht
record-no-js = Het voltooiingsoverzicht wordt in je browser gemaakt op basis van je voortgang en heeft JavaScript nodig, en dat staat uit.
record-name = Je naam, zoals die moet verschijnen
record-print = Afdrukken of opslaan als pdf
completion-record = Voltooiingsoverzicht
record-modules = Modules van het leerpad
record-module = Module
record-minutes = Minuten
record-total = Totaal
record-notice-title = Zelf opgegeven.
record-notice-text = De cursist heeft dit overzicht in de eigen browser gemaakt op basis van de modules die als afgerond zijn gemarkeerd. Het is niet gecontroleerd door de makers van de cursus.

## Pagina niet gevonden
page-not-found = Pagina niet gevonden
not-found-lead = Deze pagina bestaat niet, of is verplaatst.
not-found-link = Ga naar het begin van { $title }
not-found-after = om te vinden wat je zocht.

## Paginabeschrijvingen (zoekresultaten en linkvoorbeelden)
description-learner-page = { $page }: je voortgang in { $title }
description-paths = Leerpaden door { $title }
description-map = Alle modules van { $title } en wat elke module eerst vereist
description-tag = Modules van { $title } over { $name }
description-tags = Onderwerpen van { $title }
description-glossary = De termen van { $title }
description-not-found = Deze pagina bestaat niet of is verplaatst.

## Moeilijkheidsniveaus als de cursus er zelf geen noemt
level-beginner = beginner
level-intermediate = gevorderd
level-advanced = expert

## Het leerpad als de cursus er zelf geen noemt
path-whole-course = De hele cursus
path-whole-course-description = Alle modules van de cursus, van de eerste stappen tot de moeilijkste.

## Translated courses
language-menu = Taal
untranslated-note = Deze module is nog niet vertaald: hij wordt in de oorspronkelijke taal getoond ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = De cursus bevat fouten
serve-errors-summary = Deze pagina komt uit de laatste build die lukte. Verbeter de bestanden en sla op: de pagina laadt vanzelf opnieuw.
serve-errors-hide = Fouten verbergen
serve-errors-list = Fouten
serve-errors-none-yet = Nog geen build van deze cursus is gelukt, dus er is geen pagina om te tonen. Verbeter de bestanden en sla op: deze pagina laadt vanzelf opnieuw.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = Je bent offline en deze pagina is niet op dit apparaat bewaard. Hij opent weer zodra je online bent.
offline-saved = Bewaard op dit apparaat
offline-nothing-before = Er is hier nog niets bewaard. Bewaar, als je online bent, een leerpad of de hele cursus via
offline-nothing-after = .
offline-reading = Offline lezen
offline-reading-text = Bewaar een leerpad of de hele cursus op dit apparaat om zonder verbinding te lezen, in de trein of het vliegtuig. Quizzen, zoeken en je voortgang werken ook offline.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Vragen over deze module?
ask-text = Vraag het de docent en de andere deelnemers. De link gaat buiten deze site, naar het forum van de cursus of je e-mail.
ask-question = Stel een vraag over deze module
ask-see = Bekijk de vragen die erover gesteld zijn
