# Die Seiten des Themes (Vorlagen), in derselben Reihenfolge wie en/theme.ftl. Die Meldungen sind nach ihrem Ort gruppiert.
# Eine Meldung, die zählt, nimmt `$count` und wählt danach ihre Pluralform.
# Meldungen enthalten nie HTML: Wo ein Satz einen Link oder eine Hervorhebung umschließt, wird er
# in Teile (`-before`, `-link`, `-after`) zerlegt, die die Vorlage um das Markup setzt.
# Anrede: durchgehend „du“.

## Kopfzeile und Navigation
skip-to-content = Zum Inhalt springen
course-contents = Kursinhalt
search-label = Suche
search-the-course = Im Kurs suchen
search-keys = Die Ergebnisse erscheinen schon beim Tippen. Mit der Pfeiltaste nach unten gelangst du zu ihnen.
search-level = Niveau
search-all-levels = Alle Niveaus
search-results = Suchergebnisse
dark-theme = Dunkles Design
nav-course = Kurs
nav-all-units = { $count ->
    [one] { $count } Einheit
   *[other] Alle { $count } Einheiten
}
my-learning = Mein Lernen
learning-paths = Lernpfade
course-map = Kurskarte
all-tags = Alle Schlagwörter
glossary = Glossar
made-with = Erstellt mit Syllabus
instructor-banner-title = Ansicht für Lehrende.
instructor-banner-text = Diese Website zeigt die Notizen für Lehrende und alle Lösungen: Teile sie mit Lehrenden, niemals mit Lernenden.

## Anzahlen und Dauer
module-count = { $count ->
    [one] { $count } Modul
   *[other] { $count } Module
}
minutes-short = { $count } Min.
about-minutes = { $count ->
    [one] etwa { $count } Minute
   *[other] etwa { $count } Minuten
}
about-minutes-in-all = { $count ->
    [one] insgesamt etwa { $count } Minute
   *[other] insgesamt etwa { $count } Minuten
}
about-minutes-short = etwa { $count } Min.
by-author = von { $name }
difficulty-label = Schwierigkeit:

## Startseite und Einheiten
see-course-map = Zur Kurskarte
your-learning = Dein Lernen
start-here = Hier beginnen
modules-in-unit = Module dieser Einheit

## Modulseite
path-step = Schritt { $step } von { $count } in
path-pager-label = { $title }: Schritt { $step } von { $count }
before-you-start = Bevor du beginnst
questions = Fragen
what-you-will-learn = Das lernst du
on-this-page = Auf dieser Seite
key-points = Das Wichtigste
what-this-opens-up = Was darauf aufbaut
your-progress = Dein Fortschritt
module-updated = Dieses Modul wurde aktualisiert, seit du es abgeschlossen hast: Sieh dir an, was sich geändert hat.
module-quiz-done = Du hast alle Fragen richtig beantwortet. Dieses Modul als erledigt markieren?
mark-as-done = Als erledigt markieren
make-module-goal = Als mein Ziel festlegen
tags-label = Schlagwörter:
previous-in-path = Vorheriges in diesem Lernpfad
next-in-path = Nächstes in diesem Lernpfad
previous-and-next = Vorheriges und nächstes Modul
previous = Zurück
next = Weiter

## Lernpfade
paths-lead-before = Jeder Lernpfad führt dich durch die Module, die du für ein Ziel brauchst, vom leichtesten bis zum schwierigsten. Den ganzen Kurs siehst du auch auf der
paths-lead-link = Kurskarte
paths-lead-after = .
all-paths = Alle Lernpfade
leads-to = Führt zu:
start-with-before = Beginne mit „
start-with-after = “
make-path-goal = Diesen Lernpfad als mein Ziel festlegen
path-modules-in-order = Module dieses Lernpfads in ihrer Reihenfolge

## Kurskarte
map-lead = Alle Module des Kurses. Leichtere Module stehen oben; ein Pfeil führt von einem Modul zu den Modulen, die darauf aufbauen. Wähle ein Modul aus, um es zu öffnen.
map-states-intro = Jedes Feld zeigt auch deinen eigenen Fortschritt, der in diesem Browser gespeichert ist:
map-state-done = Erledigt
map-state-ready = Bereit zum Start
map-state-ready-note = (alles, was es voraussetzt, ist erledigt) oder
map-state-locked = Noch nicht bereit
map-states-end = Gestrichelte Felder sind noch nicht bereit.
map-units = Einheiten
map-hint = Die Karte ist breiter als dein Bildschirm: Wische seitwärts, um sie ganz zu sehen, oder lies sie unten als Liste.
map-region = Kurskarte (scrollt auf kleinen Bildschirmen seitwärts)
map-too-big = { $count ->
    [one] Dieser Kurs hat mehr als { $count } Modul, zu viele für eine Zeichnung, die lesbar bleibt, deshalb wird seine Karte als Liste gezeigt.
   *[other] Dieser Kurs hat mehr als { $count } Module, zu viele für eine Zeichnung, die lesbar bleibt, deshalb wird seine Karte als Liste gezeigt.
}
map-as-list = Die Karte als Liste
map-needs = Setzt voraus:
map-no-prerequisites = Keine Voraussetzungen

## Schlagwörter und Glossar
tag-page-title = Schlagwort: { $name }
modules-tagged = Module mit dem Schlagwort „{ $name }“
modules-with-tag = Module mit diesem Schlagwort
no-tags = Noch hat kein Modul Schlagwörter.
glossary-empty = Das Glossar enthält noch keine Begriffe.

## Mein Lernen
learning-lead = Dein Fortschritt in { $title }, dein Ziel und was du als Nächstes lernen kannst.
privacy-title = Privat von Grund auf.
privacy-text = Dein Fortschritt, dein Ziel und deine Quizergebnisse werden nur in diesem Browser auf diesem Gerät gespeichert. Nichts wird irgendwohin gesendet und niemand sonst kann sie sehen. Wenn du die Daten dieser Website im Browser löschst, sind sie weg: Exportiere sie unten, um eine Kopie aufzubewahren oder auf einem anderen Gerät weiterzumachen.
learning-no-js-before = Diese Seite braucht JavaScript, das ausgeschaltet ist. Den Kurs selbst kannst du auch ohne lesen: Beginne auf der
learning-no-js-link = Startseite des Kurses
learning-no-js-after = .
learning-overall = Insgesamt
your-goal = Dein Ziel
goal-choice = Wähle ein Modul oder einen Lernpfad als Ziel
set-goal = Als mein Ziel festlegen
clear-goal = Mein Ziel entfernen
quiz-scores = Quizergebnisse
your-data = Deine Daten
your-data-text = Exportiere deinen Fortschritt in eine Datei, um eine Kopie aufzubewahren, und importiere sie in einem anderen Browser, um dort weiterzumachen. Beim Import wird zusammengeführt: Für jedes Modul gilt die jüngste Änderung.
export-progress = Fortschritt exportieren
import-progress = Fortschritt importieren
reset-progress = Meinen Fortschritt zurücksetzen

## Abschlussnachweis
record-no-js = Der Abschlussnachweis wird in deinem Browser aus deinem Fortschritt erstellt und braucht JavaScript, das ausgeschaltet ist.
record-name = Dein Name, wie er erscheinen soll
record-print = Drucken oder als PDF speichern
completion-record = Abschlussnachweis
record-modules = Module des Lernpfads
record-module = Modul
record-minutes = Minuten
record-total = Gesamt
record-notice-title = Selbst erstellt.
record-notice-text = Die lernende Person hat diesen Nachweis in ihrem eigenen Browser aus den Modulen erstellt, die sie als erledigt markiert hat. Er wurde nicht von den Autorinnen und Autoren des Kurses geprüft.

## Seite nicht gefunden
page-not-found = Seite nicht gefunden
not-found-lead = Diese Seite gibt es nicht, oder sie wurde verschoben.
not-found-link = Geh zum Anfang von { $title }
not-found-after = und finde dort, was du suchst.

## Seitenbeschreibungen (Suchergebnisse und Linkvorschauen)
description-learner-page = { $page }: dein Fortschritt in { $title }
description-paths = Lernpfade durch { $title }
description-map = Alle Module von { $title } und was jedes zuerst voraussetzt
description-tag = Module von { $title } zum Thema { $name }
description-tags = Themen von { $title }
description-glossary = Die Begriffe von { $title }
description-not-found = Diese Seite gibt es nicht oder sie wurde verschoben.

## Schwierigkeitsstufen, wenn der Kurs keine eigenen nennt
level-beginner = Einsteiger
level-intermediate = Fortgeschritten
level-advanced = Experte

## Der Lernpfad, wenn der Kurs keine eigenen nennt
path-whole-course = Der ganze Kurs
path-whole-course-description = Alle Module des Kurses, von den ersten Schritten bis zu den schwierigsten.

## Translated courses
language-menu = Sprache
untranslated-note = Dieses Modul ist noch nicht übersetzt: Es wird in seiner Originalsprache angezeigt ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Der Kurs enthält Fehler
serve-errors-summary = Diese Seite stammt aus dem letzten gelungenen Build. Korrigiere die Dateien und speichere: Die Seite lädt sich von selbst neu.
serve-errors-hide = Fehler ausblenden
serve-errors-list = Fehler
serve-errors-none-yet = Noch kein Build dieses Kurses ist gelungen, daher gibt es keine Seite zu zeigen. Korrigiere die Dateien und speichere: Diese Seite lädt sich von selbst neu.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = Du bist offline, und diese Seite ist auf diesem Gerät nicht gespeichert. Sie öffnet sich wieder, sobald du online bist.
offline-saved = Auf diesem Gerät gespeichert
offline-nothing-before = Hier ist noch nichts gespeichert. Wenn du online bist, speichere einen Lernpfad oder den ganzen Kurs unter
offline-nothing-after = .
offline-reading = Offline lesen
offline-reading-text = Speichere einen Lernpfad oder den ganzen Kurs auf diesem Gerät, um ohne Verbindung zu lesen, im Zug oder im Flugzeug. Quizze, Suche und dein Fortschritt funktionieren auch offline.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Fragen zu diesem Modul?
ask-text = Frag die Lehrkraft und die anderen Lernenden. Der Link verlässt diese Website, zum Forum des Kurses oder zu deiner E-Mail.
ask-question = Eine Frage zu diesem Modul stellen
ask-see = Die Fragen dazu ansehen
