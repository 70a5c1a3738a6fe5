# Teeman sivujen sanat (mallipohjat), samassa järjestyksessä kuin en/theme.ftl.
# Lukumäärän kanssa suomessa käytetään partitiivia: 1 moduuli, 3 moduulia.

## Otsikkopalkki ja navigointi
skip-to-content = Siirry sisältöön
course-contents = Kurssin sisältö
search-label = Haku
search-the-course = Hae kurssilta
search-keys = Tulokset näkyvät jo kirjoittaessasi. Siirry niihin alanuolinäppäimellä.
search-level = Taso
search-all-levels = Kaikki tasot
search-results = Hakutulokset
dark-theme = Tumma teema
nav-course = Kurssi
nav-all-units = { $count ->
    [one] Kaikki { $count } osio
   *[other] Kaikki { $count } osiota
}
my-learning = Oma oppimiseni
learning-paths = Oppimispolut
course-map = Kurssikartta
all-tags = Kaikki tunnisteet
glossary = Sanasto
made-with = Tehty Syllabuksella
instructor-banner-title = Opettajan näkymä.
instructor-banner-text = Tällä sivustolla näkyvät opettajan muistiinpanot ja kaikki ratkaisut: jaa se opettajille, älä koskaan oppijoille.

## Lukumäärät ja kestot
module-count = { $count ->
    [one] { $count } moduuli
   *[other] { $count } moduulia
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] noin { $count } minuutti
   *[other] noin { $count } minuuttia
}
about-minutes-in-all = { $count ->
    [one] yhteensä noin { $count } minuutti
   *[other] yhteensä noin { $count } minuuttia
}
about-minutes-short = noin { $count } min
by-author = tekijä: { $name }
difficulty-label = Vaikeustaso:

## Etusivu ja osiot
see-course-map = Katso kurssikartta
your-learning = Oma oppimisesi
start-here = Aloita tästä
modules-in-unit = Tämän osion moduulit

## Moduulin sivu
path-step = Vaihe { $step }/{ $count } oppimispolulla
path-pager-label = { $title }: vaihe { $step }/{ $count }
before-you-start = Ennen kuin aloitat
questions = Kysymykset
what-you-will-learn = Mitä opit
on-this-page = Tällä sivulla
key-points = Tärkeimmät asiat
what-this-opens-up = Tämän jälkeen voit opiskella
your-progress = Edistymisesi
module-updated = Tätä moduulia on päivitetty sen jälkeen, kun suoritit sen: katso, mikä on muuttunut.
module-quiz-done = Vastasit kaikkiin kysymyksiin oikein. Merkitäänkö moduuli suoritetuksi?
mark-as-done = Merkitse suoritetuksi
make-module-goal = Aseta tavoitteekseni
tags-label = Tunnisteet:
previous-in-path = Edellinen tällä polulla
next-in-path = Seuraava tällä polulla
previous-and-next = Edellinen ja seuraava moduuli
previous = Edellinen
next = Seuraava

## Oppimispolut
paths-lead-before = Jokainen polku vie sinut tavoitteeseen tarvittavien moduulien läpi helpoimmasta vaikeimpaan. Koko kurssin näet myös
paths-lead-link = kurssikartalta
paths-lead-after = .
all-paths = Kaikki polut
leads-to = Tavoitteet:
start-with-before = Aloita moduulista ”
start-with-after = ”
make-path-goal = Aseta tämä polku tavoitteekseni
path-modules-in-order = Polun moduulit järjestyksessä

## Kurssikartta
map-lead = Kurssin kaikki moduulit. Helpoimmat moduulit ovat ylimpänä; nuoli johtaa moduulista niihin moduuleihin, jotka rakentuvat sen varaan. Avaa moduuli valitsemalla se.
map-states-intro = Jokaisessa laatikossa näkyy myös oma edistymisesi, joka on tallessa tässä selaimessa:
map-state-done = Suoritettu
map-state-ready = Voit aloittaa
map-state-ready-note = (kaikki tarvittava on suoritettu) tai
map-state-locked = Ei vielä aloitettavissa
map-states-end = Katkoviivalla reunustetut laatikot eivät ole vielä aloitettavissa.
map-units = Osiot
map-hint = Kartta on näyttöäsi leveämpi: pyyhkäise sivuttain nähdäksesi sen kokonaan tai lue se alta luettelona.
map-region = Kurssikartta (vierii sivuttain pienillä näytöillä)
map-too-big = { $count ->
    [one] Tällä kurssilla on yli { $count } moduuli, liian monta selkeänä pysyvään piirrokseen, joten sen kartta esitetään luettelona.
   *[other] Tällä kurssilla on yli { $count } moduulia, liian monta selkeänä pysyvään piirrokseen, joten sen kartta esitetään luettelona.
}
map-as-list = Kartta luettelona
map-needs = Edellyttää:
map-no-prerequisites = Ei esitietovaatimuksia

## Tunnisteet ja sanasto
tag-page-title = Tunniste: { $name }
modules-tagged = Moduulit, joilla on tunniste ”{ $name }”
modules-with-tag = Moduulit, joilla on tämä tunniste
no-tags = Millään moduulilla ei ole vielä tunnisteita.
glossary-empty = Sanastossa ei ole vielä termejä.

## Oma oppimiseni
learning-lead = Edistymisesi kurssilla { $title }, tavoitteesi ja mitä opiskella seuraavaksi.
privacy-title = Yksityinen alusta alkaen.
privacy-text = Edistymisesi, tavoitteesi ja testien tulokset tallentuvat vain tähän selaimeen tällä laitteella. Mitään ei lähetetä minnekään, eikä kukaan muu näe niitä. Jos tyhjennät tämän sivuston tiedot selaimesta, ne katoavat: vie ne alla tiedostoon, jos haluat säilyttää kopion tai jatkaa toisella laitteella.
learning-no-js-before = Tämä sivu tarvitsee JavaScriptiä, joka on poistettu käytöstä. Itse kurssia voi lukea hyvin ilman sitä: aloita
learning-no-js-link = kurssin etusivulta
learning-no-js-after = .
learning-overall = Yleiskuva
your-goal = Tavoitteesi
goal-choice = Valitse moduuli tai oppimispolku, jota kohti haluat edetä
set-goal = Aseta tavoitteekseni
clear-goal = Poista tavoitteeni
quiz-scores = Testien tulokset
your-data = Tietosi
your-data-text = Vie edistymisesi tiedostoon säilyttääksesi kopion, ja tuo se toiseen selaimeen jatkaaksesi siellä. Tuonti yhdistää tiedot: kunkin moduulin kohdalla uusin muutos jää voimaan.
export-progress = Vie edistyminen
import-progress = Tuo edistyminen
reset-progress = Nollaa edistymiseni

## Suoritusote
record-no-js = Suoritusote laaditaan selaimessasi edistymisesi perusteella, ja se tarvitsee JavaScriptiä, joka on poistettu käytöstä.
record-name = Nimesi siinä muodossa kuin sen kuuluu näkyä
record-print = Tulosta tai tallenna PDF:nä
completion-record = Suoritusote
record-modules = Polun moduulit
record-module = Moduuli
record-minutes = Minuuttia
record-total = Yhteensä
record-notice-title = Oppijan oma ilmoitus.
record-notice-text = Oppija on laatinut tämän otteen omassa selaimessaan moduuleista, jotka hän on merkinnyt suoritetuiksi. Kurssin tekijät eivät ole tarkistaneet sitä.

## Sivua ei löytynyt
page-not-found = Sivua ei löytynyt
not-found-lead = Tätä sivua ei ole olemassa, tai se on siirretty.
not-found-link = Siirry sivuston { $title } etusivulle
not-found-after = ja etsi sieltä hakemaasi.

## Sivujen kuvaukset (hakutulokset ja linkkien esikatselut)
description-learner-page = { $page }: edistymisesi kurssilla { $title }
description-paths = Kurssin { $title } oppimispolut
description-map = Kurssin { $title } kaikki moduulit ja mitä kukin edellyttää ensin
description-tag = Kurssin { $title } moduulit aiheesta { $name }
description-tags = Kurssin { $title } aiheet
description-glossary = Kurssin { $title } termit
description-not-found = Tätä sivua ei ole olemassa, tai se on siirretty.

## Vaikeustasot, kun kurssi ei nimeä omiaan
level-beginner = aloittelija
level-intermediate = keskitaso
level-advanced = edistynyt

## Polku, kun kurssi ei nimeä omiaan
path-whole-course = Koko kurssi
path-whole-course-description = Kurssin kaikki moduulit ensimmäisistä askelista vaikeimpiin.

## Translated courses
language-menu = Kieli
untranslated-note = Tätä moduulia ei ole vielä käännetty, joten se näytetään alkuperäisellä kielellään ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Kurssissa on virheitä
serve-errors-summary = Tämä sivu on viimeisimmästä onnistuneesta koostamisesta. Korjaa tiedostot ja tallenna: sivu latautuu itsestään uudelleen.
serve-errors-hide = Piilota virheet
serve-errors-list = Virheet
serve-errors-none-yet = Kurssin koostaminen ei ole vielä kertaakaan onnistunut, joten näytettävää sivua ei ole. Korjaa tiedostot ja tallenna: tämä sivu latautuu itsestään uudelleen.

## Offline reading (the page shown offline, and My learning)
offline-title = Ei yhteyttä
offline-lead = Olet offline-tilassa, eikä tätä sivua ole tallennettu tälle laitteelle. Se avautuu taas, kun yhteys palaa.
offline-saved = Tallennettu tälle laitteelle
offline-nothing-before = Mitään ei ole vielä tallennettu. Kun olet verkossa, tallenna oppimispolku tai koko kurssi sivulla
offline-nothing-after = .
offline-reading = Lukeminen ilman yhteyttä
offline-reading-text = Tallenna oppimispolku tai koko kurssi tälle laitteelle, niin voit lukea sitä ilman yhteyttä, junassa tai lentokoneessa. Tehtävät, haku ja edistymisesi toimivat myös ilman yhteyttä.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Kysyttävää tästä moduulista?
ask-text = Kysy opettajalta ja muilta oppijoilta. Linkki vie tämän sivuston ulkopuolelle, kurssin keskustelupalstalle tai sähköpostiisi.
ask-question = Kysy tästä moduulista
ask-see = Katso siitä kysytyt kysymykset
