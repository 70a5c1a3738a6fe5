# What the renderer writes into module bodies itself: labels, callouts, quiz buttons.

instructor-note = Instructor note
code-output = Output
code-error = Error
exercise-number = Exercise { $number }
figure-number = Figure { $number }:
section-link = Link to this section: { $title }
show-solution = Show the solution
show-hint = Show a hint
show-more = Show more
callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution
callout-callout = Callout
callout-prereq = Prerequisite
callout-checklist = Checklist
callout-discussion = Discussion
callout-testimonial = Testimonial
callout-keypoints = Key points
callout-objectives = Objectives
callout-questions = Questions

## Quizzes
quiz-self-check = Self-check
quiz-self-check-of = Self-check { $number } of { $total }
quiz-question-of = Question { $number } of { $total }
quiz-check = Check
quiz-show-hint = Show a hint
quiz-retry = Try again
quiz-show-answer = Show the answer
quiz-your-answer = Your answer
quiz-move-up = Move “{ $item }” up
quiz-move-down = Move “{ $item }” down
quiz-answer = Answer
quiz-accepted-answers = Accepted answers
quiz-right-order = The right order
quiz-right = right
quiz-wrong = wrong
quiz-true = True
quiz-false = False

## Diagrams
diagram-source = Diagram source
diagram-flowchart = Flowchart
diagram-sequence = Sequence diagram
diagram-state = State diagram
diagram-class = Class diagram
diagram-titled = { $kind }: { $title }
