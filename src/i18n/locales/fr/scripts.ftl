# Les mots des scripts du thème (words.js) ; les arguments sont les mêmes que dans en/scripts.ftl.

## États des modules (listes de modules, carte du cours)

js-state-done = Terminé
js-state-ready = Prêt à commencer
js-state-locked = Pas encore accessible
js-state-updated-short = mis à jour
js-state-updated = mis à jour depuis que vous l’avez terminé

## Barres de progression et durées

js-done-of-total = Terminé : { $done } sur { $total }
js-progress-in = Progression dans { $title }
js-progress-in-course = Progression dans l’ensemble du cours
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Il reste environ { $count } minute de cours.
   *[other] Il reste environ { $count } minutes de cours.
}
js-path-minutes-left = Il reste environ { $count } min.

## Objectifs, page d’accueil et pages des parcours

js-goal-reached = Votre objectif : { $goal }. Vous avez terminé tous les modules nécessaires : bravo !
js-goal-left = { $count ->
    [one] Votre objectif : { $goal }. Reste à apprendre : { $count } module, environ { $minutes } min.
   *[other] Votre objectif : { $goal }. Reste à apprendre : { $count } modules, environ { $minutes } min.
}
js-start-next = Commencer le suivant : { $title }
js-continue = Reprendre là où vous vous êtes arrêté : { $title }
js-see-progress = Voir votre progression
js-see-progress-on-learning = { $link } dans Mon apprentissage.
js-choose-goal = Choisissez un objectif
js-choose-goal-on-learning = { $link } dans Mon apprentissage pour voir précisément ce qu’il vous reste à apprendre pour l’atteindre.
js-open-record = Ouvrir votre attestation de réussite pour { $title }

## Page d’un module

js-done-on = Terminé le { $date }.
js-up-next = À suivre pour vous
js-nothing-ready = Rien d’autre n’est encore accessible : terminez les modules commencés pour en débloquer d’autres.
js-mark-to-see-more = Marquez ce module comme terminé pour voir ce qu’il vous ouvre.
js-revisit = À revoir
js-revisit-because = Certaines réponses n’étaient pas encore justes. Ce module s’appuie sur :

## Quiz

js-quiz-so-far = { $count ->
    [one] Pour l’instant : { $count } bonne réponse sur { $total }.
   *[other] Pour l’instant : { $count } bonnes réponses sur { $total }.
}
js-quiz-last-result = { $count ->
    [one] Votre dernier résultat : { $count } bonne réponse sur { $total }.
   *[other] Votre dernier résultat : { $count } bonnes réponses sur { $total }.
}
js-quiz-correct = Bonne réponse !
js-quiz-not-quite = Pas tout à fait.
js-quiz-option-correct = Correct
js-quiz-option-incorrect = Incorrect
js-quiz-missed = { $count ->
    [one] { $count } bonne option non choisie
   *[other] { $count } bonnes options non choisies
}
js-quiz-wrong = { $count ->
    [one] { $count } option choisie est fausse
   *[other] { $count } options choisies sont fausses
}
js-quiz-detail = { $name }.
js-quiz-details = { $name } ; { $title }.
js-quiz-choose-first = Choisissez d’abord une réponse.
js-quiz-enter-first = Saisissez d’abord une réponse.
js-quiz-number-first = Saisissez d’abord un nombre.
js-quiz-moved = { $name } déplacé en position { $step } sur { $total }.
js-quiz-show-hint = Afficher un indice
js-quiz-hide-hint = Masquer l’indice
js-quiz-right-before = Vous avez déjà répondu correctement à cette question.

## Recherche

js-search-loading = Chargement de la recherche…
js-search-failed = Impossible de charger la recherche. Vérifiez votre connexion, puis recommencez la saisie.
js-search-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
js-search-best = { $count } résultats (les { $count } meilleurs)
js-search-none = Aucun résultat pour « { $query } ». Essayez des mots moins nombreux ou plus courts, ou vérifiez l’orthographe.
js-search-none-at-level = Aucun résultat pour « { $query } » au niveau { $level }. Essayez « Tous les niveaux », des mots moins nombreux ou plus courts, ou vérifiez l’orthographe.

## Mon apprentissage

js-no-goal = Pas encore d’objectif. Choisissez-en un ci-dessus : les modules nécessaires que vous n’avez pas encore terminés s’afficheront ici.
js-goal-group-paths = Parcours d’apprentissage
js-goal-group-modules = Modules
js-no-quiz-yet = Vous n’avez encore répondu à aucun quiz. Chaque module se termine par une courte auto-évaluation.
js-quiz-column-module = Module
js-quiz-column-score = Score
js-quiz-column-answers = Réponses vérifiées
js-quiz-column-last = Dernière tentative
js-score = { $score } sur { $total }
js-export-reminder = { $count ->
    [one] Vous avez terminé { $count } module dans ce navigateur. Les navigateurs peuvent effacer les données d’un site : exportez régulièrement votre progression pour en garder une copie.
   *[other] Vous avez terminé { $count } modules dans ce navigateur. Les navigateurs peuvent effacer les données d’un site : exportez régulièrement votre progression pour en garder une copie.
}
js-export-file = progression
js-exported = Exportation terminée. Conservez le fichier en lieu sûr ; importez-le ici ou dans un autre navigateur.
js-imported = { $count ->
    [one] Importation terminée. Vous avez maintenant { $count } module terminé.
   *[other] Importation terminée. Vous avez maintenant { $count } modules terminés.
}
js-import-not-export = Ce fichier n’est pas une exportation de progression Syllabus. Rien n’a été modifié.
js-import-newer = Cette exportation provient d’une version plus récente de Syllabus. Rien n’a été modifié.
js-import-other-course = Ce fichier contient la progression du cours « { $course } », et non de ce cours. Rien n’a été modifié.
js-import-damaged = Ce fichier est endommagé : une partie de la progression est illisible. Rien n’a été modifié.
js-import-unreadable = Impossible de lire le fichier. Rien n’a été modifié.
js-reset-confirm = Effacer toute votre progression, votre objectif et vos résultats aux quiz pour ce cours dans ce navigateur ? Cette action est irréversible, sauf si vous les avez exportés.
js-reset-done = Votre progression a été réinitialisée.

## Attestation de réussite

js-record-no-path = Ce parcours d’apprentissage n’existe pas dans ce cours.
js-record-not-yet = { $count ->
    [one] Votre attestation de réussite pour « { $title } » s’affichera ici une fois tous les modules du parcours terminés : plus que { $count } module.
   *[other] Votre attestation de réussite pour « { $title } » s’affichera ici une fois tous les modules du parcours terminés : plus que { $count } modules.
}
js-record-learner = L’apprenant
js-record-statement = { $name } a terminé le parcours d’apprentissage « { $title } » du cours { $course } le { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Ce navigateur peut effacer votre progression si vous ne revenez pas pendant un moment. Installez le cours sur votre écran d’accueil, ou exportez votre progression, pour la garder.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Installer ce cours
js-install-ios = Pour garder votre progression, installez le cours : touchez Partager, puis « Sur l’écran d’accueil ».

js-update-available = Une nouvelle version de ce cours est disponible.
js-update-reload = Recharger
js-offline-save = Enregistrer hors ligne ({ $size })
js-offline-saving = Enregistrement hors ligne : { $percent } %
js-offline-saved = Enregistré hors ligne sur cet appareil
js-offline-remove = Retirer de cet appareil
js-offline-removed = Retiré de cet appareil
js-offline-failed = Tout n’a pas pu être enregistré. Vérifiez votre connexion et réessayez.
js-offline-no-space = Il n’y a pas assez d’espace sur cet appareil : il faut { $size } et { $free } sont libres.
js-size-kb = { $size } ko
js-size-mb = { $size } Mo
