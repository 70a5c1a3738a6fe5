# The theme's scripts (words.js). Arguments other than `$count` are written `{ $name }` and
# filled in by the browser: title, done, total, date, score, name, goal, step, course, level,
# link, minutes, query.

## Module states (lists of modules, the course map)

js-state-done = Done
js-state-ready = Ready to start
js-state-locked = Not ready yet
# After a state on the course map: the module changed since the learner finished it.
js-state-updated-short = updated
# After a state in a list of modules.
js-state-updated = updated since you finished it

## Progress bars and times

# The text beside a progress bar.
js-done-of-total = { $done } of { $total } done
# The name of a progress bar, for screen readers; $title is a learning path.
js-progress-in = Progress in { $title }
js-progress-in-course = Progress in the whole course
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] About { $count } minute left in the course.
   *[other] About { $count } minutes left in the course.
}
js-path-minutes-left = About { $count } min left.

## Goals, the home page and path pages

# $goal is a link to the module or path chosen as the goal.
js-goal-reached = Your goal: { $goal }. You have done every module it needs: well done!
js-goal-left = { $count ->
    [one] Your goal: { $goal }. Still to learn: { $count } module, about { $minutes } min.
   *[other] Your goal: { $goal }. Still to learn: { $count } modules, about { $minutes } min.
}
# A button; $title is a module.
js-start-next = Start next: { $title }
# $title is a link to a module.
js-continue = Continue where you left off: { $title }
# Link texts, each the $link of the sentence after it.
js-see-progress = See your progress
js-see-progress-on-learning = { $link } on My learning.
js-choose-goal = Choose a goal
js-choose-goal-on-learning = { $link } on My learning to see exactly what is left to learn for it.
# $title is a learning path.
js-open-record = Open your completion record for { $title }

## Module page

# $date is the day the learner marked the module done, written the language's way.
js-done-on = Done on { $date }.
js-up-next = Up next for you
js-nothing-ready = Nothing else is ready yet: finish the modules you have started to unlock more.
js-mark-to-see-more = Mark this module as done to see what it opens up.
js-revisit = Worth revisiting
js-revisit-because = Some answers here were not right yet. This module builds on:

## Quizzes

# $count of the $total questions of the module are answered right.
js-quiz-so-far = So far: { $count } of { $total } correct.
js-quiz-last-result = Your last result: { $count } of { $total } correct.
js-quiz-correct = Correct!
# Followed by what was wrong, when the script can tell (js-quiz-detail).
js-quiz-not-quite = Not quite.
js-quiz-option-correct = Correct
js-quiz-option-incorrect = Incorrect
js-quiz-missed = { $count ->
    [one] { $count } right option not chosen
   *[other] { $count } right options not chosen
}
js-quiz-wrong = { $count ->
    [one] { $count } chosen option is wrong
   *[other] { $count } chosen options are wrong
}
# One of js-quiz-missed and js-quiz-wrong ($name), or both ($name and then $title).
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Choose an answer first.
js-quiz-enter-first = Enter an answer first.
js-quiz-number-first = Enter a number first.
# An item ($name) of an order question moved with its ↑/↓ buttons.
js-quiz-moved = { $name } moved to position { $step } of { $total }.
js-quiz-show-hint = Show a hint
js-quiz-hide-hint = Hide the hint
js-quiz-right-before = You answered this correctly before.

## Search

js-search-loading = Loading search…
js-search-failed = Search could not be loaded. Check your connection, then type again.
js-search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
# As many results as are shown at most ($count, 10).
js-search-best = { $count } results (the best { $count })
# $query is what the learner typed.
js-search-none = No results for “{ $query }”. Try fewer or shorter words, or check the spelling.
# $level is the level chosen beside the search field; “All levels” is its first choice.
js-search-none-at-level = No results for “{ $query }” at the { $level } level. Try “All levels”, or fewer or shorter words, or check the spelling.

## My learning

js-no-goal = No goal yet. Choose one above: the modules it needs that you have not done will be listed here.
# The groups of the goal choice.
js-goal-group-paths = Learning paths
js-goal-group-modules = Modules
js-no-quiz-yet = You have not answered any quiz yet. Each module ends with a short self-check.
# The columns of the table of quiz results.
js-quiz-column-module = Module
js-quiz-column-score = Score
js-quiz-column-answers = Answers checked
js-quiz-column-last = Last attempt
js-score = { $score } of { $total }
js-export-reminder = { $count ->
    [one] You have { $count } module done in this browser. Browsers can clear a site’s data, so export your progress now and then to keep a copy.
   *[other] You have { $count } modules done in this browser. Browsers can clear a site’s data, so export your progress now and then to keep a copy.
}
# The start of the exported file's name (then the course and the day, .json); no spaces.
js-export-file = progress
js-exported = Exported. Keep the file somewhere safe; import it here or in another browser.
js-imported = { $count ->
    [one] Imported. You now have { $count } module done.
   *[other] Imported. You now have { $count } modules done.
}
js-import-not-export = This file is not a Syllabus progress export. Nothing was changed.
js-import-newer = This export comes from a newer version of Syllabus. Nothing was changed.
# $course is the title of the course the file comes from.
js-import-other-course = This file holds progress for “{ $course }”, not for this course. Nothing was changed.
js-import-damaged = This file is damaged: some of its progress cannot be read. Nothing was changed.
js-import-unreadable = The file could not be read. Nothing was changed.
js-reset-confirm = Erase all your progress, your goal and your quiz results for this course in this browser? This cannot be undone, unless you exported them.
js-reset-done = Your progress has been reset.

## Completion record

js-record-no-path = There is no such learning path in this course.
js-record-not-yet = { $count ->
    [one] Your completion record for “{ $title }” appears here once every module of the path is done: { $count } module to go.
   *[other] Your completion record for “{ $title }” appears here once every module of the path is done: { $count } modules to go.
}
# Who finished when the learner gave no name.
js-record-learner = The learner
# $name is the learner, $title the learning path, $course the course, $date the day written out.
js-record-statement = { $name } completed the learning path “{ $title }” of { $course } on { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = This browser may delete your progress if you do not visit for a while. Install the course on your home screen, or export your progress, to keep it.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Install this course
js-install-ios = To keep your progress, install the course: tap Share, then “Add to Home Screen”.

# When the service worker has a new version of the course ready.
js-update-available = A new version of this course is available.
js-update-reload = Reload
# $size is a size such as “1.2 MB” (js-size-kb, js-size-mb); $percent a whole number.
js-offline-save = Save for offline ({ $size })
js-offline-saving = Saving for offline: { $percent }%
js-offline-saved = Saved for offline on this device
js-offline-remove = Remove from this device
js-offline-removed = Removed from this device
js-offline-failed = Not everything could be saved. Check your connection and try again.
js-offline-no-space = There is not enough space on this device: this needs { $size }, and { $free } is free.
js-size-kb = { $size } KB
js-size-mb = { $size } MB
