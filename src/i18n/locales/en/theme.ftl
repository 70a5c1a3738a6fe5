# The theme's pages (templates). Messages are grouped by where they appear.
# A message that counts takes `$count` and selects its plural form by it.
# Messages never hold HTML: where a sentence wraps a link or an emphasis, it is split into
# parts (`-before`, `-link`, `-after`) that the template puts around the markup.

## Header and navigation
skip-to-content = Skip to content
course-contents = Course contents
search-label = Search
search-the-course = Search the course
search-keys = Results appear as you type. Press the down arrow to move to them.
search-level = Level
search-all-levels = All levels
search-results = Search results
dark-theme = Dark theme
nav-course = Course
nav-all-units = { $count ->
    [one] All { $count } unit
   *[other] All { $count } units
}
my-learning = My learning
learning-paths = Learning paths
course-map = Course map
all-tags = All tags
glossary = Glossary
made-with = Made with Syllabus
instructor-banner-title = Instructor view.
instructor-banner-text = This site shows instructor notes and every solution: share it with instructors, never with learners.

## Counts and lengths
module-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
# The reading time of one module, short (cards, module header).
minutes-short = { $count } min
about-minutes = { $count ->
    [one] about { $count } minute
   *[other] about { $count } minutes
}
about-minutes-in-all = { $count ->
    [one] about { $count } minute in all
   *[other] about { $count } minutes in all
}
about-minutes-short = about { $count } min
by-author = by { $name }
# Before the difficulty level's name, for screen readers; the template adds a space after it.
difficulty-label = Difficulty:

## Home page and units
see-course-map = See the course map
your-learning = Your learning
start-here = Start here
modules-in-unit = Modules in this unit

## Module page
path-step = Step { $step } of { $count } in
path-pager-label = { $title }: step { $step } of { $count }
before-you-start = Before you start
questions = Questions
what-you-will-learn = What you will learn
on-this-page = On this page
key-points = Key points
what-this-opens-up = What this opens up
your-progress = Your progress
module-updated = This module has been updated since you finished it: have a look at what changed.
module-quiz-done = You answered every question correctly. Mark this module as done?
mark-as-done = Mark as done
make-module-goal = Make this my goal
tags-label = Tags:
previous-in-path = Previous in this path
next-in-path = Next in this path
previous-and-next = Previous and next module
previous = Previous
next = Next

## Learning paths
paths-lead-before = Each path takes you through the modules you need for a goal, from the easiest to the hardest. You can also see the whole course on the
paths-lead-link = course map
paths-lead-after = .
all-paths = All paths
leads-to = Leads to:
# Around the first module's title, on the button that opens it.
start-with-before = Start with “
start-with-after = ”
make-path-goal = Make this path my goal
path-modules-in-order = Modules of this path, in order

## Course map
map-lead = Every module of the course. Easier modules are at the top; an arrow leads from a module to the modules that build on it. Select a module to open it.
map-states-intro = Each box also shows your own progress, kept in this browser:
map-state-done = Done
map-state-ready = Ready to start
map-state-ready-note = (everything it needs is done) or
map-state-locked = Not ready yet
map-states-end = Dashed boxes are not ready yet.
map-units = Units
map-hint = The map is wider than your screen: swipe sideways to see all of it, or read it as a list below.
map-region = Course map (scrolls sideways on small screens)
map-too-big = { $count ->
    [one] This course has more than { $count } module, too many for a drawing that stays readable, so its map is given as a list.
   *[other] This course has more than { $count } modules, too many for a drawing that stays readable, so its map is given as a list.
}
map-as-list = The map as a list
map-needs = Needs:
map-no-prerequisites = No prerequisites

## Tags and glossary
tag-page-title = Tag: { $name }
modules-tagged = Modules tagged “{ $name }”
modules-with-tag = Modules with this tag
no-tags = No module has tags yet.
glossary-empty = The glossary has no terms yet.

## My learning
learning-lead = Your progress through { $title }, your goal, and what to learn next.
privacy-title = Private by design.
privacy-text = Your progress, goal and quiz results are kept only in this browser, on this device. Nothing is sent anywhere and nobody else can see them. Clearing this site’s data in the browser erases them: export them below to keep a copy or to continue on another device.
learning-no-js-before = This page needs JavaScript, which is turned off. The course itself reads fine without it: start from the
learning-no-js-link = course home
learning-no-js-after = .
learning-overall = Overall
your-goal = Your goal
goal-choice = Choose a module or a learning path to work towards
set-goal = Set as my goal
clear-goal = Clear my goal
quiz-scores = Quiz scores
your-data = Your data
your-data-text = Export your progress to a file to keep a copy, and import it in another browser to continue there. Importing merges: for each module the most recent change wins.
export-progress = Export progress
import-progress = Import progress
reset-progress = Reset my progress

## Completion record
record-no-js = The completion record is made in your browser from your progress, and needs JavaScript, which is turned off.
record-name = Your name, as it should appear
record-print = Print or save as PDF
completion-record = Completion record
record-modules = Modules of the path
record-module = Module
record-minutes = Minutes
record-total = Total
record-notice-title = Self-reported.
record-notice-text = The learner made this record in their own browser from the modules they marked as done. It has not been checked by the course’s authors.

## Page not found
page-not-found = Page not found
not-found-lead = This page does not exist, or it has moved.
not-found-link = Go to the start of { $title }
not-found-after = to find what you were looking for.

## Page descriptions (search results and link previews)
description-learner-page = { $page }: your progress in { $title }
description-paths = Learning paths through { $title }
description-map = Every module of { $title } and what each one needs first
description-tag = Modules of { $title } about { $name }
description-tags = Topics of { $title }
description-glossary = The terms of { $title }
description-not-found = This page does not exist or has moved.

## Difficulty levels of a course that names none
level-beginner = beginner
level-intermediate = intermediate
level-advanced = advanced

## The path of a course that names none
path-whole-course = The whole course
path-whole-course-description = Every module of the course, from the first steps to the hardest.

## Translated courses
language-menu = Language
untranslated-note = This module is not translated yet: it is shown in its original language ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = The course has errors
serve-errors-summary = This page is from the last build that worked. Fix the files and save: the page reloads by itself.
serve-errors-hide = Hide the errors
serve-errors-list = Errors
serve-errors-none-yet = No build of this course has worked yet, so there is no page to show. Fix the files and save: this page reloads by itself.

## Offline reading (the page shown offline, and My learning)
offline-title = Offline
offline-lead = You are offline, and this page is not saved on this device. It opens again when you are back online.
offline-saved = Saved on this device
offline-nothing-before = Nothing is saved here yet. When you are online, save a learning path or the whole course from
offline-nothing-after = .
offline-reading = Offline reading
offline-reading-text = Save a learning path or the whole course on this device to read it without a connection, on a train or a plane. Quizzes, search and your progress work offline as well.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Questions about this module?
ask-text = Ask the teacher and the other learners. The link leaves this site, for the course’s forum or your e-mail.
ask-question = Ask a question about this module
ask-see = See the questions asked about it
