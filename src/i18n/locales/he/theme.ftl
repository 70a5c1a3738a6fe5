# המילים של דפי ערכת העיצוב (התבניות), באותו סדר כמו ב־en/theme.ftl.
# ניסוח נטול מגדר: פעולות בשם פעולה או בשם מקור (חיפוש, הצגת הפתרון), הנחיות ב"אפשר" או ב"יש".
# צורות הריבוי בעברית: one (מודול אחד), two (שני מודולים), other (5 מודולים).

## כותרת וניווט
skip-to-content = דילוג לתוכן
course-contents = תוכן הקורס
search-label = חיפוש
search-the-course = חיפוש בקורס
search-keys = התוצאות מופיעות תוך כדי הקלדה. אפשר לעבור אליהן בלחיצה על מקש החץ למטה.
search-level = רמה
search-all-levels = כל הרמות
search-results = תוצאות החיפוש
dark-theme = ערכת נושא כהה
nav-course = הקורס
nav-all-units = { $count ->
    [one] יחידה אחת
    [two] שתי היחידות
   *[other] כל { $count } היחידות
}
my-learning = הלמידה שלי
learning-paths = מסלולי למידה
course-map = מפת הקורס
all-tags = כל התגיות
glossary = מילון מונחים
made-with = נוצר באמצעות Syllabus
instructor-banner-title = תצוגת צוות ההוראה.
instructor-banner-text = באתר זה מוצגות ההערות לצוות ההוראה וכל הפתרונות: יש לשתף אותו עם צוות ההוראה בלבד, ולעולם לא עם הלומדים.

## ספירות ומשכי זמן
module-count = { $count ->
    [one] מודול אחד
    [two] שני מודולים
   *[other] { $count } מודולים
}
# זמן הקריאה של מודול אחד, בקיצור (כרטיסים, כותרת המודול).
minutes-short = { $count } דק׳
about-minutes = { $count ->
    [one] כדקה
    [two] כשתי דקות
   *[other] כ־{ $count } דקות
}
about-minutes-in-all = { $count ->
    [one] כדקה בסך הכול
    [two] כשתי דקות בסך הכול
   *[other] כ־{ $count } דקות בסך הכול
}
about-minutes-short = כ־{ $count } דק׳
by-author = מאת { $name }
# לפני שם רמת הקושי, עבור קוראי מסך; התבנית מוסיפה רווח אחריו.
difficulty-label = רמת קושי:

## דף הבית והיחידות
see-course-map = למפת הקורס
your-learning = הלמידה שלך
start-here = מתחילים כאן
modules-in-unit = המודולים ביחידה זו

## דף המודול
path-step = שלב { $step } מתוך { $count } במסלול
path-pager-label = { $title }: שלב { $step } מתוך { $count }
before-you-start = לפני שמתחילים
questions = שאלות
what-you-will-learn = מה נלמד
on-this-page = בדף זה
key-points = נקודות עיקריות
what-this-opens-up = לאן אפשר להמשיך מכאן
your-progress = ההתקדמות שלך
module-updated = המודול עודכן מאז שסיימת אותו: כדאי לעיין במה שהשתנה.
module-quiz-done = ענית נכון על כל השאלות. לסמן את המודול כהושלם?
mark-as-done = סימון כהושלם
make-module-goal = הגדרה כיעד שלי
tags-label = תגיות:
previous-in-path = הקודם במסלול
next-in-path = הבא במסלול
previous-and-next = המודול הקודם והמודול הבא
previous = הקודם
next = הבא

## מסלולי למידה
paths-lead-before = כל מסלול עובר דרך המודולים הדרושים להשגת יעד מסוים, מהקל ביותר אל הקשה ביותר. אפשר גם לראות את הקורס כולו
paths-lead-link = במפת הקורס
paths-lead-after = .
all-paths = כל המסלולים
leads-to = מוביל אל:
# מסביב לכותרת המודול הראשון, על הכפתור שפותח אותו.
start-with-before = מתחילים ב"
start-with-after = "
make-path-goal = הגדרת המסלול כיעד שלי
path-modules-in-order = המודולים של המסלול, לפי הסדר

## מפת הקורס
map-lead = כל המודולים בקורס. המודולים הקלים יותר נמצאים למעלה; חץ מוביל ממודול אל המודולים שנבנים עליו. בחירה במודול פותחת אותו.
map-states-intro = כל תיבה מציגה גם את ההתקדמות האישית שלך, השמורה בדפדפן זה:
map-state-done = הושלם
map-state-ready = מוכן להתחלה
map-state-ready-note = (כל מה שהוא דורש הושלם) או
map-state-locked = עדיין לא זמין
map-states-end = תיבות מקווקוות עדיין אינן זמינות.
map-units = יחידות
map-hint = המפה רחבה מהמסך: אפשר להחליק הצידה כדי לראות את כולה, או לקרוא אותה כרשימה למטה.
map-region = מפת הקורס (נגללת הצידה במסכים קטנים)
map-too-big = { $count ->
    [one] בקורס זה יש יותר ממודול אחד, יותר מדי בשביל שרטוט שיישאר קריא, ולכן המפה שלו מוצגת כרשימה.
    [two] בקורס זה יש יותר משני מודולים, יותר מדי בשביל שרטוט שיישאר קריא, ולכן המפה שלו מוצגת כרשימה.
   *[other] בקורס זה יש יותר מ־{ $count } מודולים, יותר מדי בשביל שרטוט שיישאר קריא, ולכן המפה שלו מוצגת כרשימה.
}
map-as-list = המפה כרשימה
map-needs = דורש:
map-no-prerequisites = אין דרישות קדם

## תגיות ומילון מונחים
tag-page-title = תגית: { $name }
modules-tagged = מודולים עם התגית "{ $name }"
modules-with-tag = מודולים עם תגית זו
no-tags = עדיין אין מודולים עם תגיות.
glossary-empty = במילון המונחים עדיין אין מונחים.

## הלמידה שלי
learning-lead = ההתקדמות שלך בקורס { $title }, היעד שלך ומה כדאי ללמוד בהמשך.
privacy-title = פרטיות מובנית.
privacy-text = ההתקדמות, היעד ותוצאות הבחנים שלך נשמרים רק בדפדפן זה, במכשיר זה. שום דבר לא נשלח לשום מקום, ואף אחד אחר לא יכול לראות אותם. ניקוי נתוני האתר בדפדפן מוחק אותם: אפשר לייצא אותם למטה כדי לשמור עותק או כדי להמשיך במכשיר אחר.
learning-no-js-before = דף זה דורש JavaScript, שכרגע מושבת. הקורס עצמו נקרא היטב גם בלעדיו: אפשר להתחיל
learning-no-js-link = מדף הבית של הקורס
learning-no-js-after = .
learning-overall = סך הכול
your-goal = היעד שלך
goal-choice = בחירת מודול או מסלול למידה שאליו רוצים להגיע
set-goal = הגדרה כיעד שלי
clear-goal = ניקוי היעד שלי
quiz-scores = ציוני הבחנים
your-data = הנתונים שלך
your-data-text = אפשר לייצא את ההתקדמות לקובץ כדי לשמור עותק, ולייבא אותו בדפדפן אחר כדי להמשיך שם. הייבוא ממזג את הנתונים: לכל מודול, השינוי האחרון קובע.
export-progress = ייצוא ההתקדמות
import-progress = ייבוא התקדמות
reset-progress = איפוס ההתקדמות שלי

## אישור השלמה
record-no-js = אישור ההשלמה נוצר בדפדפן שלך מתוך ההתקדמות שלך, והוא דורש JavaScript, שכרגע מושבת.
record-name = השם שלך, כפי שהוא צריך להופיע
record-print = הדפסה או שמירה כ־PDF
completion-record = אישור השלמה
record-modules = המודולים של המסלול
record-module = מודול
record-minutes = דקות
record-total = סך הכול
record-notice-title = בדיווח עצמי.
record-notice-text = האישור הזה הופק בדפדפן של הלומד/ת, על סמך המודולים שסומנו בו כהושלמו. הוא לא נבדק על ידי מחברי הקורס.

## הדף לא נמצא
page-not-found = הדף לא נמצא
not-found-lead = הדף הזה לא קיים, או שהוא הועבר.
not-found-link = מעבר לתחילת { $title }
not-found-after = כדי למצוא את מה שחיפשת.

## תיאורי דפים (תוצאות חיפוש ותצוגות מקדימות של קישורים)
description-learner-page = { $page }: ההתקדמות שלך בקורס { $title }
description-paths = מסלולי למידה בקורס { $title }
description-map = כל המודולים של { $title } ומה כל אחד מהם דורש קודם
description-tag = המודולים של { $title } בנושא { $name }
description-tags = הנושאים של { $title }
description-glossary = המונחים של { $title }
description-not-found = הדף הזה לא קיים או שהועבר.

## רמות קושי כשהקורס אינו מגדיר רמות משלו
level-beginner = מתחילים
level-intermediate = בינוני
level-advanced = מתקדמים

## המסלול כשהקורס אינו מגדיר מסלולים משלו
path-whole-course = הקורס כולו
path-whole-course-description = כל המודולים של הקורס, מהצעדים הראשונים ועד הקשים ביותר.

## Translated courses
language-menu = שפה
untranslated-note = היחידה הזאת עדיין לא תורגמה: היא מוצגת בשפת המקור שלה ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = בקורס יש שגיאות
serve-errors-summary = הדף הזה הוא מהבנייה האחרונה שהצליחה. תקנו את הקבצים ושמרו: הדף ייטען מחדש מעצמו.
serve-errors-hide = הסתרת השגיאות
serve-errors-list = שגיאות
serve-errors-none-yet = אף בנייה של הקורס עוד לא הצליחה, ולכן אין דף להציג. תקנו את הקבצים ושמרו: הדף הזה ייטען מחדש מעצמו.

## Offline reading (the page shown offline, and My learning)
offline-title = לא מקוון
offline-lead = אין חיבור לרשת, והדף הזה לא שמור במכשיר הזה. הוא ייפתח שוב כשהחיבור יחזור.
offline-saved = שמור במכשיר הזה
offline-nothing-before = עדיין לא נשמר כאן דבר. כשיהיה חיבור, שמרו מסלול למידה או את הקורס כולו מהדף
offline-nothing-after = .
offline-reading = קריאה בלי חיבור
offline-reading-text = שמרו מסלול למידה או את הקורס כולו במכשיר הזה כדי לקרוא בלי חיבור, ברכבת או במטוס. בחנים, חיפוש וההתקדמות שלכם עובדים גם בלי חיבור.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = שאלות על היחידה הזו?
ask-text = שאלו את המורה ואת הלומדים האחרים. הקישור יוצא מהאתר הזה, לפורום של הקורס או לדואר שלכם.
ask-question = שאלו שאלה על היחידה הזו
ask-see = ראו את השאלות שנשאלו עליה
