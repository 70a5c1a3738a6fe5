# Die Skripte des Themes (words.js), in derselben Reihenfolge wie en/scripts.ftl. Andere Argumente
# als `$count` werden `{ $name }` geschrieben und vom Browser ausgefüllt: title, done, total, date,
# score, name, goal, step, course, level, link, minutes, query.

## Modulzustände (Modullisten, die Kurskarte)

js-state-done = Erledigt
js-state-ready = Bereit zum Start
js-state-locked = Noch nicht bereit
js-state-updated-short = aktualisiert
js-state-updated = aktualisiert, seit du es abgeschlossen hast

## Fortschrittsbalken und Zeiten

js-done-of-total = { $done } von { $total } erledigt
js-progress-in = Fortschritt in { $title }
js-progress-in-course = Fortschritt im ganzen Kurs
js-minutes = { $count } Min.
js-course-minutes-left = { $count ->
    [one] Noch etwa { $count } Minute bis zum Ende des Kurses.
   *[other] Noch etwa { $count } Minuten bis zum Ende des Kurses.
}
js-path-minutes-left = Noch etwa { $count } Min.

## Ziele, die Startseite und die Seiten der Lernpfade

js-goal-reached = Dein Ziel: { $goal }. Du hast alle Module erledigt, die es voraussetzt – gut gemacht!
js-goal-left = { $count ->
    [one] Dein Ziel: { $goal }. Noch zu lernen: { $count } Modul, etwa { $minutes } Min.
   *[other] Dein Ziel: { $goal }. Noch zu lernen: { $count } Module, etwa { $minutes } Min.
}
js-start-next = Weiter mit: { $title }
js-continue = Mach dort weiter, wo du aufgehört hast: { $title }
js-see-progress = Zu deinem Fortschritt
js-see-progress-on-learning = { $link } unter „Mein Lernen“.
js-choose-goal = Wähle ein Ziel
js-choose-goal-on-learning = { $link } unter „Mein Lernen“, um genau zu sehen, was dafür noch zu lernen ist.
js-open-record = Deinen Abschlussnachweis für { $title } öffnen

## Modulseite

js-done-on = Erledigt am { $date }.
js-up-next = Als Nächstes für dich
js-nothing-ready = Sonst ist noch nichts bereit: Schließe die begonnenen Module ab, um weitere freizuschalten.
js-mark-to-see-more = Markiere dieses Modul als erledigt, um zu sehen, was darauf aufbaut.
js-revisit = Ein zweiter Blick lohnt sich
js-revisit-because = Einige Antworten hier waren noch nicht richtig. Dieses Modul baut auf diesen Modulen auf:

## Quiz

js-quiz-so-far = Bisher: { $count } von { $total } richtig.
js-quiz-last-result = Dein letztes Ergebnis: { $count } von { $total } richtig.
js-quiz-correct = Richtig!
js-quiz-not-quite = Nicht ganz.
js-quiz-option-correct = Richtig
js-quiz-option-incorrect = Falsch
js-quiz-missed = { $count ->
    [one] { $count } richtige Option nicht gewählt
   *[other] { $count } richtige Optionen nicht gewählt
}
js-quiz-wrong = { $count ->
    [one] { $count } gewählte Option ist falsch
   *[other] { $count } gewählte Optionen sind falsch
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Wähle zuerst eine Antwort.
js-quiz-enter-first = Gib zuerst eine Antwort ein.
js-quiz-number-first = Gib zuerst eine Zahl ein.
js-quiz-moved = { $name } auf Position { $step } von { $total } verschoben.
js-quiz-show-hint = Tipp anzeigen
js-quiz-hide-hint = Tipp ausblenden
js-quiz-right-before = Diese Frage hast du schon einmal richtig beantwortet.

## Suche

js-search-loading = Suche wird geladen…
js-search-failed = Die Suche konnte nicht geladen werden. Prüfe deine Verbindung und tippe dann noch einmal.
js-search-results = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
js-search-best = { $count } Ergebnisse (die besten { $count })
js-search-none = Keine Ergebnisse für „{ $query }“. Versuche es mit weniger oder kürzeren Wörtern oder prüfe die Schreibweise.
js-search-none-at-level = Keine Ergebnisse für „{ $query }“ auf dem Niveau { $level }. Versuche es mit „Alle Niveaus“, mit weniger oder kürzeren Wörtern oder prüfe die Schreibweise.

## Mein Lernen

js-no-goal = Noch kein Ziel. Wähle oben eines: Die Module, die es voraussetzt und die du noch nicht erledigt hast, werden hier aufgelistet.
js-goal-group-paths = Lernpfade
js-goal-group-modules = Module
js-no-quiz-yet = Du hast noch kein Quiz beantwortet. Jedes Modul endet mit einem kurzen Selbsttest.
js-quiz-column-module = Modul
js-quiz-column-score = Ergebnis
js-quiz-column-answers = Geprüfte Antworten
js-quiz-column-last = Letzter Versuch
js-score = { $score } von { $total }
js-export-reminder = { $count ->
    [one] Du hast in diesem Browser { $count } Modul erledigt. Browser können die Daten einer Website löschen, also exportiere deinen Fortschritt ab und zu, um eine Kopie aufzubewahren.
   *[other] Du hast in diesem Browser { $count } Module erledigt. Browser können die Daten einer Website löschen, also exportiere deinen Fortschritt ab und zu, um eine Kopie aufzubewahren.
}
js-export-file = fortschritt
js-exported = Exportiert. Bewahre die Datei gut auf; importiere sie hier oder in einem anderen Browser.
js-imported = { $count ->
    [one] Importiert. Du hast jetzt { $count } Modul erledigt.
   *[other] Importiert. Du hast jetzt { $count } Module erledigt.
}
js-import-not-export = Diese Datei ist kein Fortschrittsexport von Syllabus. Es wurde nichts geändert.
js-import-newer = Dieser Export stammt aus einer neueren Version von Syllabus. Es wurde nichts geändert.
js-import-other-course = Diese Datei enthält den Fortschritt für „{ $course }“, nicht für diesen Kurs. Es wurde nichts geändert.
js-import-damaged = Diese Datei ist beschädigt: Ein Teil des Fortschritts kann nicht gelesen werden. Es wurde nichts geändert.
js-import-unreadable = Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.
js-reset-confirm = Deinen gesamten Fortschritt, dein Ziel und deine Quizergebnisse für diesen Kurs in diesem Browser löschen? Das kann nicht rückgängig gemacht werden, außer du hast sie exportiert.
js-reset-done = Dein Fortschritt wurde zurückgesetzt.

## Abschlussnachweis

js-record-no-path = Diesen Lernpfad gibt es in diesem Kurs nicht.
js-record-not-yet = { $count ->
    [one] Dein Abschlussnachweis für „{ $title }“ erscheint hier, sobald alle Module des Lernpfads erledigt sind: noch { $count } Modul.
   *[other] Dein Abschlussnachweis für „{ $title }“ erscheint hier, sobald alle Module des Lernpfads erledigt sind: noch { $count } Module.
}
js-record-learner = Die lernende Person
js-record-statement = { $name } hat den Lernpfad „{ $title }“ von { $course } am { $date } abgeschlossen.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Dieser Browser kann deinen Fortschritt löschen, wenn du die Seite eine Weile nicht besuchst. Installiere den Kurs auf deinem Startbildschirm oder exportiere deinen Fortschritt, um ihn zu behalten.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Diesen Kurs installieren
js-install-ios = Damit dein Fortschritt erhalten bleibt, installiere den Kurs: Tippe auf „Teilen“ und dann auf „Zum Home-Bildschirm“.

js-update-available = Eine neue Version dieses Kurses ist verfügbar.
js-update-reload = Neu laden
js-offline-save = Offline speichern ({ $size })
js-offline-saving = Wird offline gespeichert: { $percent } %
js-offline-saved = Offline auf diesem Gerät gespeichert
js-offline-remove = Von diesem Gerät entfernen
js-offline-removed = Von diesem Gerät entfernt
js-offline-failed = Nicht alles konnte gespeichert werden. Prüfe die Verbindung und versuche es noch einmal.
js-offline-no-space = Auf diesem Gerät ist nicht genug Platz: Nötig sind { $size }, frei sind { $free }.
js-size-kb = { $size } KB
js-size-mb = { $size } MB
