# Teeman skriptien sanat (words.js); argumentit ovat samat kuin en/scripts.ftl:ssä.

## Moduulien tilat (moduuliluettelot, kurssikartta)

js-state-done = Tehty
js-state-ready = Voit aloittaa
js-state-locked = Ei vielä avoinna
js-state-updated-short = päivitetty
js-state-updated = muuttunut sen jälkeen, kun teit sen

## Edistymispalkit ja ajat

js-done-of-total = Tehty { $done }/{ $total }
js-progress-in = Edistyminen: { $title }
js-progress-in-course = Edistyminen koko kurssilla
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Kurssia on jäljellä noin { $count } minuutti.
   *[other] Kurssia on jäljellä noin { $count } minuuttia.
}
js-path-minutes-left = Jäljellä noin { $count } min.

## Tavoitteet, etusivu ja polkujen sivut

js-goal-reached = Tavoitteesi: { $goal }. Olet tehnyt kaikki sen vaatimat moduulit – hienoa!
js-goal-left = { $count ->
    [one] Tavoitteesi: { $goal }. Opittavaa on vielä { $count } moduuli, noin { $minutes } min.
   *[other] Tavoitteesi: { $goal }. Opittavaa on vielä { $count } moduulia, noin { $minutes } min.
}
js-start-next = Aloita seuraava: { $title }
js-continue = Jatka siitä, mihin jäit: { $title }
js-see-progress = Katso edistymisesi
js-see-progress-on-learning = { $link } Oma oppiminen -sivulla.
js-choose-goal = Valitse tavoite
js-choose-goal-on-learning = { $link } Oma oppiminen -sivulla, niin näet tarkalleen, mitä sen saavuttamiseksi on vielä opittava.
js-open-record = Avaa suoritustodistuksesi: { $title }

## Moduulin sivu

js-done-on = Tehty { $date }.
js-up-next = Seuraavaksi sinulle
js-nothing-ready = Muita moduuleja ei ole vielä avoinna: tee aloittamasi moduulit loppuun, niin uusia avautuu.
js-mark-to-see-more = Merkitse tämä moduuli tehdyksi, niin näet, mitä se avaa.
js-revisit = Kannattaa kerrata
js-revisit-because = Osa vastauksistasi ei ollut vielä oikein. Tämä moduuli pohjautuu näihin:

## Testit

js-quiz-so-far = Tähän mennessä { $count }/{ $total } oikein.
js-quiz-last-result = Viimeisin tuloksesi: { $count }/{ $total } oikein.
js-quiz-correct = Oikein!
js-quiz-not-quite = Ei aivan.
js-quiz-option-correct = Oikein
js-quiz-option-incorrect = Väärin
js-quiz-missed = { $count ->
    [one] { $count } oikea vaihtoehto jäi valitsematta
   *[other] { $count } oikeaa vaihtoehtoa jäi valitsematta
}
js-quiz-wrong = { $count ->
    [one] { $count } valittu vaihtoehto on väärin
   *[other] { $count } valittua vaihtoehtoa on väärin
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Valitse ensin vastaus.
js-quiz-enter-first = Kirjoita ensin vastaus.
js-quiz-number-first = Kirjoita ensin luku.
js-quiz-moved = { $name } siirretty kohtaan { $step }/{ $total }.
js-quiz-show-hint = Näytä vihje
js-quiz-hide-hint = Piilota vihje
js-quiz-right-before = Vastasit tähän aiemmin oikein.

## Haku

js-search-loading = Ladataan hakua…
js-search-failed = Hakua ei voitu ladata. Tarkista verkkoyhteys ja kirjoita sitten uudelleen.
js-search-results = { $count ->
    [one] { $count } tulos
   *[other] { $count } tulosta
}
js-search-best = { $count } tulosta (parhaat { $count })
js-search-none = Ei tuloksia haulla ”{ $query }”. Kokeile vähempiä tai lyhyempiä sanoja tai tarkista kirjoitusasu.
js-search-none-at-level = Ei tuloksia haulla ”{ $query }” tasolla { $level }. Valitse ”Kaikki tasot”, kokeile vähempiä tai lyhyempiä sanoja tai tarkista kirjoitusasu.

## Oma oppiminen

js-no-goal = Ei vielä tavoitetta. Valitse tavoite yltä: tähän tulevat ne sen vaatimat moduulit, joita et ole vielä tehnyt.
js-goal-group-paths = Oppimispolut
js-goal-group-modules = Moduulit
js-no-quiz-yet = Et ole vielä vastannut yhteenkään testiin. Jokainen moduuli päättyy lyhyeen itsetestiin.
js-quiz-column-module = Moduuli
js-quiz-column-score = Pisteet
js-quiz-column-answers = Tarkistetut vastaukset
js-quiz-column-last = Viimeisin yritys
js-score = { $score }/{ $total }
js-export-reminder = { $count ->
    [one] Olet tehnyt tällä selaimella { $count } moduulin. Selaimet voivat poistaa sivustojen tietoja, joten vie edistymisesi tiedostoon aina välillä, niin sinulla on siitä kopio.
   *[other] Olet tehnyt tällä selaimella { $count } moduulia. Selaimet voivat poistaa sivustojen tietoja, joten vie edistymisesi tiedostoon aina välillä, niin sinulla on siitä kopio.
}
js-export-file = edistyminen
js-exported = Viety. Säilytä tiedosto hyvässä tallessa; voit tuoda sen tänne tai toiseen selaimeen.
js-imported = { $count ->
    [one] Tuotu. Olet nyt tehnyt { $count } moduulin.
   *[other] Tuotu. Olet nyt tehnyt { $count } moduulia.
}
js-import-not-export = Tämä tiedosto ei ole Syllabuksesta viety edistymistiedosto. Mitään ei muutettu.
js-import-newer = Tämä tiedosto on peräisin Syllabuksen uudemmasta versiosta. Mitään ei muutettu.
js-import-other-course = Tässä tiedostossa on kurssin ”{ $course }” edistyminen, ei tämän kurssin. Mitään ei muutettu.
js-import-damaged = Tiedosto on vioittunut: osaa sen edistymistiedoista ei voi lukea. Mitään ei muutettu.
js-import-unreadable = Tiedostoa ei voitu lukea. Mitään ei muutettu.
js-reset-confirm = Poistetaanko tästä selaimesta kaikki tämän kurssin edistymisesi, tavoitteesi ja testitulokset? Tätä ei voi perua, ellet ole vienyt niitä tiedostoon.
js-reset-done = Edistymisesi on nollattu.

## Suoritustodistus

js-record-no-path = Tällä kurssilla ei ole tällaista oppimispolkua.
js-record-not-yet = { $count ->
    [one] Suoritustodistuksesi polusta ”{ $title }” näkyy tässä, kun olet tehnyt polun kaikki moduulit: { $count } moduuli on vielä jäljellä.
   *[other] Suoritustodistuksesi polusta ”{ $title }” näkyy tässä, kun olet tehnyt polun kaikki moduulit: { $count } moduulia on vielä jäljellä.
}
js-record-learner = Oppija
js-record-statement = { $name } on suorittanut kurssin { $course } oppimispolun ”{ $title }” { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Tämä selain voi poistaa edistymisesi, jos et käy sivustolla vähään aikaan. Asenna kurssi kotinäytöllesi tai vie edistymisesi tiedostoon, niin se säilyy.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Asenna tämä kurssi
js-install-ios = Jotta edistymisesi säilyy, asenna kurssi: napauta Jaa ja sitten ”Lisää Koti-valikkoon”.

js-update-available = Kurssista on uusi versio.
js-update-reload = Lataa uudelleen
js-offline-save = Tallenna offline-käyttöön ({ $size })
js-offline-saving = Tallennetaan offline-käyttöön: { $percent } %
js-offline-saved = Tallennettu tälle laitteelle offline-käyttöön
js-offline-remove = Poista tältä laitteelta
js-offline-removed = Poistettu tältä laitteelta
js-offline-failed = Kaikkea ei voitu tallentaa. Tarkista yhteys ja yritä uudelleen.
js-offline-no-space = Laitteella ei ole tarpeeksi tilaa: tarvitaan { $size }, ja vapaana on { $free }.
js-size-kb = { $size } kt
js-size-mb = { $size } Mt
