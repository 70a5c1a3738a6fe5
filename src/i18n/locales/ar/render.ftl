# ما يكتبه المولِّد بنفسه في نصوص الوحدات: التسميات، والتنبيهات، وأزرار الاختبارات.

instructor-note = ملاحظة للمدرِّس
code-output = الناتج
code-error = خطأ
exercise-number = التمرين { $number }
figure-number = الشكل { $number }:
section-link = رابط إلى هذه الفقرة: { $title }
show-solution = عرض الحل
show-hint = عرض تلميح
show-more = عرض المزيد
callout-note = ملاحظة
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = تنبيه
callout-callout = تنويه
callout-prereq = متطلب سابق
callout-checklist = قائمة تحقق
callout-discussion = نقاش
callout-testimonial = شهادة
callout-keypoints = النقاط الرئيسية
callout-objectives = الأهداف
callout-questions = أسئلة

## الاختبارات
quiz-self-check = تقييم ذاتي
quiz-self-check-of = التقييم الذاتي { $number } من { $total }
quiz-question-of = السؤال { $number } من { $total }
quiz-check = تحقّق
quiz-show-hint = عرض تلميح
quiz-retry = حاول مجددًا
quiz-show-answer = عرض الإجابة
quiz-your-answer = إجابتك
quiz-move-up = نقل «{ $item }» للأعلى
quiz-move-down = نقل «{ $item }» للأسفل
quiz-answer = الإجابة
quiz-accepted-answers = الإجابات المقبولة
quiz-right-order = الترتيب الصحيح
quiz-right = صحيح
quiz-wrong = خطأ
quiz-true = صح
quiz-false = خطأ

## المخططات
diagram-source = مصدر المخطط
diagram-flowchart = مخطط انسيابي
diagram-sequence = مخطط تسلسلي
diagram-state = مخطط الحالات
diagram-class = مخطط الفئات
diagram-titled = { $kind }: { $title }
