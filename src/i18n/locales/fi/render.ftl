# Mitä sivun tekijä kirjoittaa moduulien tekstiin itse: merkinnät, huomautukset, kyselyjen painikkeet.

instructor-note = Ohjaajan muistiinpano
code-output = Tuloste
code-error = Virhe
exercise-number = Tehtävä { $number }
figure-number = Kuva { $number }:
section-link = Linkki tähän osioon: { $title }
show-solution = Näytä ratkaisu
show-hint = Näytä vihje
show-more = Näytä lisää
callout-note = Huomio
callout-tip = Vinkki
callout-important = Tärkeää
callout-warning = Varoitus
callout-caution = Varo
callout-callout = Huomautus
callout-prereq = Esitieto
callout-checklist = Tarkistuslista
callout-discussion = Keskustelu
callout-testimonial = Kokemus
callout-keypoints = Tärkeimmät asiat
callout-objectives = Tavoitteet
callout-questions = Kysymykset

## Kyselyt
quiz-self-check = Itsearviointi
quiz-self-check-of = Itsearviointi { $number }/{ $total }
quiz-question-of = Kysymys { $number }/{ $total }
quiz-check = Tarkista
quiz-show-hint = Näytä vihje
quiz-retry = Yritä uudelleen
quiz-show-answer = Näytä vastaus
quiz-your-answer = Vastauksesi
quiz-move-up = Siirrä ”{ $item }” ylös
quiz-move-down = Siirrä ”{ $item }” alas
quiz-answer = Vastaus
quiz-accepted-answers = Hyväksytyt vastaukset
quiz-right-order = Oikea järjestys
quiz-right = oikein
quiz-wrong = väärin
quiz-true = Tosi
quiz-false = Epätosi

## Kaaviot
diagram-source = Kaavion lähdekoodi
diagram-flowchart = Vuokaavio
diagram-sequence = Sekvenssikaavio
diagram-state = Tilakaavio
diagram-class = Luokkakaavio
diagram-titled = { $kind }: { $title }
