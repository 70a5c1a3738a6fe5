# The theme's scripts (words.js). Arguments other than `$count` are written `{ $name }` and
# filled in by the browser: title, done, total, date, score, name, goal, step.

js-correct-count = { $count ->
    [one] { $count } of { $total } correct
   *[other] { $count } of { $total } correct
}
