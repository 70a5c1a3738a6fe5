# המילים של הסקריפטים של ערכת העיצוב (words.js); הארגומנטים זהים לאלה שב־en/scripts.ftl.
# צורות הריבוי בעברית: one, two, other.

## מצבי המודולים (רשימות מודולים, מפת הקורס)

js-state-done = הושלם
js-state-ready = מוכן להתחלה
js-state-locked = עדיין לא זמין
# אחרי מצב במפת הקורס: המודול השתנה מאז שהלומד/ת סיימו אותו.
js-state-updated-short = עודכן
# אחרי מצב ברשימת מודולים.
js-state-updated = עודכן מאז שסיימת אותו

## סרגלי התקדמות וזמנים

# הטקסט שליד סרגל התקדמות.
js-done-of-total = { $done } מתוך { $total } הושלמו
# שם סרגל ההתקדמות, עבור קוראי מסך; $title הוא מסלול למידה.
js-progress-in = התקדמות במסלול { $title }
js-progress-in-course = התקדמות בקורס כולו
js-minutes = { $count } דק׳
js-course-minutes-left = { $count ->
    [one] נותרה כדקה לסיום הקורס.
    [two] נותרו כשתי דקות לסיום הקורס.
   *[other] נותרו כ־{ $count } דקות לסיום הקורס.
}
js-path-minutes-left = נותרו כ־{ $count } דק׳.

## יעדים, דף הבית ודפי המסלולים

# $goal הוא קישור למודול או למסלול שנבחרו כיעד.
js-goal-reached = היעד שלך: { $goal }. השלמת את כל המודולים שהוא דורש: כל הכבוד!
js-goal-left = { $count ->
    [one] היעד שלך: { $goal }. נותר ללמוד: מודול אחד, כ־{ $minutes } דק׳.
    [two] היעד שלך: { $goal }. נותר ללמוד: שני מודולים, כ־{ $minutes } דק׳.
   *[other] היעד שלך: { $goal }. נותר ללמוד: { $count } מודולים, כ־{ $minutes } דק׳.
}
# כפתור; $title הוא מודול.
js-start-next = התחלת המודול הבא: { $title }
# $title הוא קישור למודול.
js-continue = המשך מהמקום שבו הפסקת: { $title }
# טקסטים של קישורים, כל אחד הוא ה־$link של המשפט שאחריו.
js-see-progress = צפייה בהתקדמות שלך
js-see-progress-on-learning = { $link } בדף "הלמידה שלי".
js-choose-goal = בחירת יעד
js-choose-goal-on-learning = { $link } בדף "הלמידה שלי" כדי לראות בדיוק מה נותר ללמוד בשבילו.
# $title הוא מסלול למידה.
js-open-record = פתיחת אישור ההשלמה שלך עבור { $title }

## דף המודול

# $date הוא היום שבו המודול סומן כהושלם, כתוב בדרך של השפה.
js-done-on = הושלם בתאריך { $date }.
js-up-next = הבא בתור בשבילך
js-nothing-ready = עדיין אין מודול נוסף שזמין: כדי לפתוח מודולים נוספים, יש להשלים את המודולים שהתחלת.
js-mark-to-see-more = אפשר לסמן את המודול הזה כהושלם כדי לראות לאן הוא מוביל.
js-revisit = כדאי לרענן
js-revisit-because = חלק מהתשובות כאן עדיין לא היו נכונות. המודול הזה מבוסס על:

## בחנים

# $count מתוך $total השאלות של המודול נענו נכון.
js-quiz-so-far = עד כה: { $count } מתוך { $total } תשובות נכונות.
js-quiz-last-result = התוצאה האחרונה שלך: { $count } מתוך { $total } תשובות נכונות.
js-quiz-correct = נכון!
# אחריו מופיע מה היה שגוי, כשהסקריפט יכול לדעת (js-quiz-detail).
js-quiz-not-quite = לא בדיוק.
js-quiz-option-correct = נכון
js-quiz-option-incorrect = שגוי
js-quiz-missed = { $count ->
    [one] אפשרות נכונה אחת לא נבחרה
    [two] שתי אפשרויות נכונות לא נבחרו
   *[other] { $count } אפשרויות נכונות לא נבחרו
}
js-quiz-wrong = { $count ->
    [one] אפשרות אחת שנבחרה שגויה
    [two] שתי אפשרויות שנבחרו שגויות
   *[other] { $count } אפשרויות שנבחרו שגויות
}
# אחת מ־js-quiz-missed ו־js-quiz-wrong ($name), או שתיהן ($name ואחריה $title).
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = יש לבחור תשובה קודם.
js-quiz-enter-first = יש להזין תשובה קודם.
js-quiz-number-first = יש להזין מספר קודם.
# פריט ($name) של שאלת סידור שהוזז בכפתורי ↑/↓.
js-quiz-moved = { $name } הוזז למקום { $step } מתוך { $total }.
js-quiz-show-hint = הצגת רמז
js-quiz-hide-hint = הסתרת הרמז
js-quiz-right-before = כבר ענית על השאלה הזו נכון בעבר.

## חיפוש

js-search-loading = החיפוש נטען…
js-search-failed = לא ניתן היה לטעון את החיפוש. כדאי לבדוק את החיבור ואז להקליד שוב.
js-search-results = { $count ->
    [one] תוצאה אחת
    [two] שתי תוצאות
   *[other] { $count } תוצאות
}
# מספר התוצאות המרבי שמוצג ($count, כלומר 10).
js-search-best = { $count } תוצאות (ה־{ $count } הטובות ביותר)
# $query הוא מה שהוקלד.
js-search-none = אין תוצאות עבור "{ $query }". כדאי לנסות פחות מילים או מילים קצרות יותר, או לבדוק את האיות.
# $level היא הרמה שנבחרה ליד שדה החיפוש; "כל הרמות" היא האפשרות הראשונה שלו.
js-search-none-at-level = אין תוצאות עבור "{ $query }" ברמה { $level }. כדאי לנסות "כל הרמות", פחות מילים או מילים קצרות יותר, או לבדוק את האיות.

## הלמידה שלי

js-no-goal = עדיין לא הוגדר יעד. אפשר לבחור יעד למעלה: המודולים שהוא דורש ועדיין לא השלמת יופיעו כאן.
# הקבוצות של בחירת היעד.
js-goal-group-paths = מסלולי למידה
js-goal-group-modules = מודולים
js-no-quiz-yet = עדיין לא ענית על אף בוחן. כל מודול מסתיים בבדיקה עצמית קצרה.
# העמודות של טבלת תוצאות הבחנים.
js-quiz-column-module = מודול
js-quiz-column-score = ציון
js-quiz-column-answers = תשובות שנבדקו
js-quiz-column-last = ניסיון אחרון
js-score = { $score } מתוך { $total }
js-export-reminder = { $count ->
    [one] השלמת מודול אחד בדפדפן זה. דפדפנים עלולים למחוק נתוני אתרים, ולכן כדאי לייצא את ההתקדמות מדי פעם כדי לשמור עותק.
    [two] השלמת שני מודולים בדפדפן זה. דפדפנים עלולים למחוק נתוני אתרים, ולכן כדאי לייצא את ההתקדמות מדי פעם כדי לשמור עותק.
   *[other] השלמת { $count } מודולים בדפדפן זה. דפדפנים עלולים למחוק נתוני אתרים, ולכן כדאי לייצא את ההתקדמות מדי פעם כדי לשמור עותק.
}
# תחילת שם הקובץ המיוצא (אחריו הקורס והיום, .json); בלי רווחים.
js-export-file = התקדמות
js-exported = הייצוא הושלם. כדאי לשמור את הקובץ במקום בטוח; אפשר לייבא אותו כאן או בדפדפן אחר.
js-imported = { $count ->
    [one] הייבוא הושלם. עכשיו יש לך מודול אחד שהושלם.
    [two] הייבוא הושלם. עכשיו יש לך שני מודולים שהושלמו.
   *[other] הייבוא הושלם. עכשיו יש לך { $count } מודולים שהושלמו.
}
js-import-not-export = הקובץ הזה אינו קובץ התקדמות שיוצא מ־Syllabus. שום דבר לא שונה.
js-import-newer = הקובץ הזה יוצא מגרסה חדשה יותר של Syllabus. שום דבר לא שונה.
# $course הוא שם הקורס שממנו הגיע הקובץ.
js-import-other-course = הקובץ הזה מכיל התקדמות בקורס "{ $course }", ולא בקורס הזה. שום דבר לא שונה.
js-import-damaged = הקובץ הזה פגום: לא ניתן לקרוא חלק מנתוני ההתקדמות שבו. שום דבר לא שונה.
js-import-unreadable = לא ניתן היה לקרוא את הקובץ. שום דבר לא שונה.
js-reset-confirm = למחוק את כל ההתקדמות, היעד ותוצאות הבחנים שלך בקורס הזה בדפדפן זה? אי אפשר לבטל את הפעולה, אלא אם ייצאת אותם.
js-reset-done = ההתקדמות שלך אופסה.

## אישור השלמה

js-record-no-path = אין מסלול למידה כזה בקורס הזה.
js-record-not-yet = { $count ->
    [one] אישור ההשלמה שלך עבור "{ $title }" יופיע כאן לאחר השלמת כל המודולים במסלול: נותר עוד מודול אחד.
    [two] אישור ההשלמה שלך עבור "{ $title }" יופיע כאן לאחר השלמת כל המודולים במסלול: נותרו עוד שני מודולים.
   *[other] אישור ההשלמה שלך עבור "{ $title }" יופיע כאן לאחר השלמת כל המודולים במסלול: נותרו עוד { $count } מודולים.
}
# מי שסיים/ה, כשלא הוזן שם.
js-record-learner = הלומד/ת
# $name הוא הלומד/ת, $title מסלול הלמידה, $course הקורס, $date היום כתוב במלואו.
js-record-statement = מסלול הלמידה "{ $title }" בקורס { $course } הושלם על ידי { $name } בתאריך { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = הדפדפן הזה עלול למחוק את ההתקדמות שלך אם לא תבקרו כאן זמן מה. התקינו את הקורס במסך הבית, או ייצאו את ההתקדמות, כדי לשמור עליה.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = התקנת הקורס
js-install-ios = כדי לשמור על ההתקדמות, התקינו את הקורס: הקישו על שיתוף ואז על ״הוספה למסך הבית״.

js-update-available = יש גרסה חדשה של הקורס.
js-update-reload = טעינה מחדש
js-offline-save = שמירה לקריאה בלי חיבור ({ $size })
js-offline-saving = שומר לקריאה בלי חיבור: { $percent }%
js-offline-saved = נשמר במכשיר הזה לקריאה בלי חיבור
js-offline-remove = הסרה מהמכשיר הזה
js-offline-removed = הוסר מהמכשיר הזה
js-offline-failed = לא הכול נשמר. בדקו את החיבור ונסו שוב.
js-offline-no-space = אין מספיק מקום במכשיר: נדרשים { $size }, ופנויים { $free }.
js-size-kb = { $size } KB
js-size-mb = { $size } MB
