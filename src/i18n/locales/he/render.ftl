# מה שהמחולל כותב בעצמו בגוף המודולים: תוויות, תיבות הדגשה, כפתורי הבחנים.

instructor-note = הערה לצוות ההוראה
code-output = פלט
code-error = שגיאה
exercise-number = תרגיל { $number }
figure-number = איור { $number }:
section-link = קישור לסעיף זה: { $title }
show-solution = הצגת הפתרון
show-hint = הצגת רמז
show-more = הצגת עוד
callout-note = הערה
callout-tip = טיפ
callout-important = חשוב
callout-warning = אזהרה
callout-caution = זהירות
callout-callout = לתשומת לב
callout-prereq = דרישת קדם
callout-checklist = רשימת תיוג
callout-discussion = דיון
callout-testimonial = המלצה
callout-keypoints = נקודות עיקריות
callout-objectives = מטרות
callout-questions = שאלות

## בחנים
quiz-self-check = בדיקה עצמית
quiz-self-check-of = בדיקה עצמית { $number } מתוך { $total }
quiz-question-of = שאלה { $number } מתוך { $total }
quiz-check = בדיקה
quiz-show-hint = הצגת רמז
quiz-retry = ניסיון נוסף
quiz-show-answer = הצגת התשובה
quiz-your-answer = התשובה שלך
quiz-move-up = הזזת "{ $item }" למעלה
quiz-move-down = הזזת "{ $item }" למטה
quiz-answer = תשובה
quiz-accepted-answers = תשובות קבילות
quiz-right-order = הסדר הנכון
quiz-right = נכון
quiz-wrong = שגוי
quiz-true = נכון
quiz-false = לא נכון

## תרשימים
diagram-source = קוד המקור של התרשים
diagram-flowchart = תרשים זרימה
diagram-sequence = תרשים רצף
diagram-state = תרשים מצבים
diagram-class = תרשים מחלקות
diagram-titled = { $kind }: { $title }
