# Les mots des pages du thème (modèles), dans le même ordre que en/theme.ftl.
# Un message qui compte prend `$count` et choisit sa forme plurielle selon lui (0 et 1 au singulier).
# Les messages ne contiennent jamais de HTML : quand une phrase entoure un lien ou une mise en
# valeur, elle est découpée en parties (`-before`, `-link`, `-after`) que le modèle place autour.

## En-tête et navigation
skip-to-content = Aller au contenu
course-contents = Sommaire du cours
search-label = Rechercher
search-the-course = Rechercher dans le cours
search-keys = Les résultats s’affichent pendant la saisie. Appuyez sur la flèche vers le bas pour y accéder.
search-level = Niveau
search-all-levels = Tous les niveaux
search-results = Résultats de la recherche
dark-theme = Thème sombre
nav-course = Cours
nav-all-units = { $count ->
    [one] L’unité ({ $count })
   *[other] Toutes les unités ({ $count })
}
my-learning = Mon apprentissage
learning-paths = Parcours d’apprentissage
course-map = Carte du cours
all-tags = Toutes les étiquettes
glossary = Glossaire
made-with = Créé avec Syllabus
instructor-banner-title = Vue formateur.
instructor-banner-text = Ce site affiche les notes pour les formateurs et toutes les solutions : partagez-le avec les formateurs, jamais avec les apprenants.

## Nombres et durées
module-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] environ { $count } minute
   *[other] environ { $count } minutes
}
about-minutes-in-all = { $count ->
    [one] environ { $count } minute au total
   *[other] environ { $count } minutes au total
}
about-minutes-short = env. { $count } min
by-author = par { $name }
difficulty-label = Difficulté :

## Page d’accueil et unités
see-course-map = Voir la carte du cours
your-learning = Votre apprentissage
start-here = Commencez ici
modules-in-unit = Modules de cette unité

## Page d’un module
path-step = Étape { $step } sur { $count } du parcours
path-pager-label = { $title } : étape { $step } sur { $count }
before-you-start = Avant de commencer
questions = Questions
what-you-will-learn = Ce que vous allez apprendre
on-this-page = Sur cette page
key-points = Points clés
what-this-opens-up = Pour aller plus loin
your-progress = Votre progression
module-updated = Ce module a été mis à jour depuis que vous l’avez terminé : jetez un œil aux changements.
module-quiz-done = Vous avez répondu correctement à toutes les questions. Marquer ce module comme terminé ?
mark-as-done = Marquer comme terminé
make-module-goal = En faire mon objectif
tags-label = Étiquettes :
previous-in-path = Précédent dans ce parcours
next-in-path = Suivant dans ce parcours
previous-and-next = Module précédent et module suivant
previous = Précédent
next = Suivant

## Parcours d’apprentissage
paths-lead-before = Chaque parcours vous fait suivre les modules nécessaires pour atteindre un objectif, du plus facile au plus difficile. Vous pouvez aussi voir l’ensemble du cours sur la
paths-lead-link = carte du cours
paths-lead-after = .
all-paths = Tous les parcours
leads-to = Mène à :
start-with-before = Commencer par « 
start-with-after =  »
make-path-goal = Faire de ce parcours mon objectif
path-modules-in-order = Modules de ce parcours, dans l’ordre

## Carte du cours
map-lead = Tous les modules du cours. Les plus faciles sont en haut ; une flèche mène d’un module aux modules qui s’appuient sur lui. Sélectionnez un module pour l’ouvrir.
map-states-intro = Chaque case indique aussi votre propre progression, enregistrée dans ce navigateur :
map-state-done = Terminé
map-state-ready = Prêt à commencer
map-state-ready-note = (tout ce dont il a besoin est terminé) ou
map-state-locked = Pas encore accessible
map-states-end = Les cases en pointillés ne sont pas encore accessibles.
map-units = Unités
map-hint = La carte est plus large que votre écran : faites-la défiler horizontalement pour la voir en entier, ou lisez-la sous forme de liste ci-dessous.
map-region = Carte du cours (défile horizontalement sur les petits écrans)
map-too-big = { $count ->
    [one] Ce cours compte plus de { $count } module, trop pour un schéma qui reste lisible : sa carte est donc présentée sous forme de liste.
   *[other] Ce cours compte plus de { $count } modules, trop pour un schéma qui reste lisible : sa carte est donc présentée sous forme de liste.
}
map-as-list = La carte sous forme de liste
map-needs = Prérequis :
map-no-prerequisites = Aucun prérequis

## Étiquettes et glossaire
tag-page-title = Étiquette : { $name }
modules-tagged = Modules avec l’étiquette « { $name } »
modules-with-tag = Modules avec cette étiquette
no-tags = Aucun module n’a encore d’étiquette.
glossary-empty = Le glossaire ne contient encore aucun terme.

## Mon apprentissage
learning-lead = Votre progression dans { $title }, votre objectif et ce que vous pouvez apprendre ensuite.
privacy-title = Confidentiel par conception.
privacy-text = Votre progression, votre objectif et vos résultats aux quiz sont enregistrés uniquement dans ce navigateur, sur cet appareil. Rien n’est envoyé nulle part et personne d’autre ne peut les voir. Effacer les données de ce site dans le navigateur les supprime : exportez-les ci-dessous pour en garder une copie ou pour continuer sur un autre appareil.
learning-no-js-before = Cette page a besoin de JavaScript, qui est désactivé. Le cours lui-même se lit très bien sans : commencez par la
learning-no-js-link = page d’accueil du cours
learning-no-js-after = .
learning-overall = Vue d’ensemble
your-goal = Votre objectif
goal-choice = Choisissez un module ou un parcours d’apprentissage comme objectif
set-goal = Définir comme objectif
clear-goal = Supprimer mon objectif
quiz-scores = Résultats des quiz
your-data = Vos données
your-data-text = Exportez votre progression dans un fichier pour en garder une copie, et importez-la dans un autre navigateur pour y continuer. L’importation fusionne les données : pour chaque module, c’est la modification la plus récente qui l’emporte.
export-progress = Exporter la progression
import-progress = Importer la progression
reset-progress = Réinitialiser ma progression

## Attestation de réussite
record-no-js = L’attestation de réussite est générée dans votre navigateur à partir de votre progression et nécessite JavaScript, qui est désactivé.
record-name = Votre nom, tel qu’il doit apparaître
record-print = Imprimer ou enregistrer en PDF
completion-record = Attestation de réussite
record-modules = Modules du parcours
record-module = Module
record-minutes = Minutes
record-total = Total
record-notice-title = Auto-déclaré.
record-notice-text = L’apprenant a créé cette attestation dans son propre navigateur, à partir des modules qu’il a marqués comme terminés. Elle n’a pas été vérifiée par les auteurs du cours.

## Page introuvable
page-not-found = Page introuvable
not-found-lead = Cette page n’existe pas ou a été déplacée.
not-found-link = Aller au début de { $title }
not-found-after = pour trouver ce que vous cherchiez.

## Descriptions des pages (résultats de recherche et aperçus de liens)
description-learner-page = { $page } : votre progression dans { $title }
description-paths = Parcours d’apprentissage de { $title }
description-map = Tous les modules de { $title } et leurs prérequis
description-tag = Modules de { $title } sur { $name }
description-tags = Thèmes de { $title }
description-glossary = Les termes de { $title }
description-not-found = Cette page n’existe pas ou a été déplacée.

## Niveaux de difficulté quand le cours n’en nomme pas
level-beginner = débutant
level-intermediate = intermédiaire
level-advanced = avancé

## Le parcours quand le cours n’en nomme pas
path-whole-course = Tout le cours
path-whole-course-description = Tous les modules du cours, des premiers pas aux plus difficiles.

## Translated courses
language-menu = Langue
untranslated-note = Ce module n’est pas encore traduit : il est affiché dans sa langue d’origine ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = Le cours contient des erreurs
serve-errors-summary = Cette page vient de la dernière construction réussie. Corrigez les fichiers et enregistrez : la page se recharge d’elle-même.
serve-errors-hide = Masquer les erreurs
serve-errors-list = Erreurs
serve-errors-none-yet = Aucune construction de ce cours n’a encore réussi : il n’y a pas de page à montrer. Corrigez les fichiers et enregistrez : cette page se recharge d’elle-même.

## Offline reading (the page shown offline, and My learning)
offline-title = Hors ligne
offline-lead = Vous êtes hors ligne et cette page n’est pas enregistrée sur cet appareil. Elle s’ouvrira de nouveau quand vous serez en ligne.
offline-saved = Enregistré sur cet appareil
offline-nothing-before = Rien n’est encore enregistré ici. Une fois en ligne, enregistrez un parcours ou tout le cours depuis
offline-nothing-after = .
offline-reading = Lecture hors ligne
offline-reading-text = Enregistrez un parcours ou tout le cours sur cet appareil pour le lire sans connexion, dans le train ou l’avion. Les quiz, la recherche et votre progression fonctionnent aussi hors ligne.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Des questions sur ce module ?
ask-text = Posez-la à l’enseignant et aux autres apprenants. Le lien quitte ce site, pour le forum du cours ou votre messagerie.
ask-question = Poser une question sur ce module
ask-see = Voir les questions posées à son sujet
