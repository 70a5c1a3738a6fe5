# كلمات صفحات السمة (القوالب)، بترتيب en/theme.ftl نفسه.
# الرسائل التي تعدّ تختار صيغتها حسب قواعد الجمع العربية: zero وone وtwo وfew وmany وother.
# بعد «حوالي» و«أكثر من» يأتي المعدود مجرورًا: حوالي دقيقتين، أكثر من وحدتين.

## الترويسة والتنقل
skip-to-content = انتقل إلى المحتوى
course-contents = محتويات المقرر
search-label = بحث
search-the-course = ابحث في المقرر
search-keys = تظهر النتائج أثناء الكتابة. اضغط السهم المتجه للأسفل للانتقال إليها.
search-level = المستوى
search-all-levels = كل المستويات
search-results = نتائج البحث
dark-theme = المظهر الداكن
nav-course = المقرر
nav-all-units = { $count ->
    [zero] كل الأقسام
    [one] القسم الوحيد
    [two] القسمان كلاهما
    [few] الأقسام الـ{ $count } كلها
    [many] الأقسام الـ{ $count } كلها
   *[other] الأقسام الـ{ $count } كلها
}
my-learning = تعلّمي
learning-paths = مسارات التعلّم
course-map = خريطة المقرر
all-tags = كل الوسوم
glossary = مسرد المصطلحات
made-with = صُنع باستخدام Syllabus
instructor-banner-title = عرض المدرِّس.
instructor-banner-text = يعرض هذا الموقع ملاحظات المدرِّسين وجميع الحلول: شاركه مع المدرِّسين فقط، ولا تشاركه مع المتعلمين أبدًا.

## الأعداد والمدد
module-count = { $count ->
    [zero] { $count } وحدة
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
# مدة قراءة وحدة واحدة، مختصرة (البطاقات، ترويسة الوحدة).
minutes-short = { $count } د
about-minutes = { $count ->
    [zero] حوالي { $count } دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $count } دقائق
    [many] حوالي { $count } دقيقة
   *[other] حوالي { $count } دقيقة
}
about-minutes-in-all = { $count ->
    [zero] حوالي { $count } دقيقة في المجموع
    [one] حوالي دقيقة واحدة في المجموع
    [two] حوالي دقيقتين في المجموع
    [few] حوالي { $count } دقائق في المجموع
    [many] حوالي { $count } دقيقة في المجموع
   *[other] حوالي { $count } دقيقة في المجموع
}
about-minutes-short = حوالي { $count } د
by-author = تأليف { $name }
# قبل اسم مستوى الصعوبة، لقارئات الشاشة؛ يضيف القالب مسافة بعده.
difficulty-label = الصعوبة:

## الصفحة الرئيسية والأقسام
see-course-map = اطّلع على خريطة المقرر
your-learning = تعلّمك
start-here = ابدأ من هنا
modules-in-unit = وحدات هذا القسم

## صفحة الوحدة
path-step = الخطوة { $step } من { $count } في
path-pager-label = { $title }: الخطوة { $step } من { $count }
before-you-start = قبل أن تبدأ
questions = أسئلة
what-you-will-learn = ما ستتعلمه
on-this-page = في هذه الصفحة
key-points = النقاط الرئيسية
what-this-opens-up = ما تفتحه لك هذه الوحدة
your-progress = تقدّمك
module-updated = حُدِّثت هذه الوحدة منذ أن أنهيتها: ألقِ نظرة على ما تغيّر.
module-quiz-done = أجبت عن جميع الأسئلة إجابات صحيحة. هل تريد تعليم هذه الوحدة كمكتملة؟
mark-as-done = تعليم كمكتملة
make-module-goal = اجعلها هدفي
tags-label = الوسوم:
previous-in-path = السابق في هذا المسار
next-in-path = التالي في هذا المسار
previous-and-next = الوحدة السابقة والتالية
previous = السابق
next = التالي

## مسارات التعلّم
paths-lead-before = يأخذك كل مسار عبر الوحدات التي تحتاجها لبلوغ هدف ما، من الأسهل إلى الأصعب. ويمكنك أيضًا رؤية المقرر كاملًا على
paths-lead-link = خريطة المقرر
paths-lead-after = .
all-paths = كل المسارات
leads-to = يؤدي إلى:
# حول عنوان الوحدة الأولى، على الزر الذي يفتحها.
start-with-before = ابدأ بـ«
start-with-after = »
make-path-goal = اجعل هذا المسار هدفي
path-modules-in-order = وحدات هذا المسار بالترتيب

## خريطة المقرر
map-lead = جميع وحدات المقرر. الوحدات الأسهل في الأعلى، ويتجه سهم من كل وحدة إلى الوحدات المبنية عليها. اختر وحدة لفتحها.
map-states-intro = يعرض كل مربع أيضًا تقدّمك أنت، المحفوظ في هذا المتصفح:
map-state-done = مكتملة
map-state-ready = جاهزة للبدء
map-state-ready-note = (اكتمل كل ما تحتاجه) أو
map-state-locked = غير جاهزة بعد
map-states-end = المربعات ذات الحدود المتقطعة غير جاهزة بعد.
map-units = الأقسام
map-hint = الخريطة أعرض من شاشتك: اسحب جانبيًا لرؤيتها كاملة، أو اقرأها على شكل قائمة أدناه.
map-region = خريطة المقرر (تُمرَّر جانبيًا على الشاشات الصغيرة)
map-too-big = { $count ->
    [zero] يضم هذا المقرر أكثر من { $count } وحدة، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
    [one] يضم هذا المقرر أكثر من وحدة واحدة، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
    [two] يضم هذا المقرر أكثر من وحدتين، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
    [few] يضم هذا المقرر أكثر من { $count } وحدات، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
    [many] يضم هذا المقرر أكثر من { $count } وحدة، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
   *[other] يضم هذا المقرر أكثر من { $count } وحدة، وهذا عدد أكبر من أن يُرسم رسمًا يبقى مقروءًا، لذا تُعرض خريطته على شكل قائمة.
}
map-as-list = الخريطة على شكل قائمة
map-needs = تحتاج إلى:
map-no-prerequisites = بلا متطلبات سابقة

## الوسوم ومسرد المصطلحات
tag-page-title = الوسم: { $name }
modules-tagged = الوحدات الموسومة بـ«{ $name }»
modules-with-tag = الوحدات التي تحمل هذا الوسم
no-tags = لا توجد وحدة موسومة بعد.
glossary-empty = لا يضم المسرد أي مصطلحات بعد.

## تعلّمي
learning-lead = تقدّمك في { $title }، وهدفك، وما تتعلمه بعد ذلك.
privacy-title = الخصوصية في صميم التصميم.
privacy-text = لا يُحفظ تقدّمك وهدفك ونتائج اختباراتك إلا في هذا المتصفح، على هذا الجهاز. لا يُرسَل شيء إلى أي مكان، ولا يستطيع أحد غيرك رؤيتها. ومسح بيانات هذا الموقع في المتصفح يحذفها: صدِّرها أدناه للاحتفاظ بنسخة منها أو لمتابعة التعلّم على جهاز آخر.
learning-no-js-before = تحتاج هذه الصفحة إلى JavaScript، وهو معطّل. أما المقرر نفسه فيُقرأ جيدًا من دونه: ابدأ من
learning-no-js-link = الصفحة الرئيسية للمقرر
learning-no-js-after = .
learning-overall = الإجمالي
your-goal = هدفك
goal-choice = اختر وحدة أو مسار تعلّم تسعى إلى إتمامه
set-goal = اجعله هدفي
clear-goal = امسح هدفي
quiz-scores = نتائج الاختبارات
your-data = بياناتك
your-data-text = صدِّر تقدّمك إلى ملف للاحتفاظ بنسخة منه، واستورده في متصفح آخر لتتابع هناك. الاستيراد يدمج البيانات: لكل وحدة يُعتمد التغيير الأحدث.
export-progress = تصدير التقدّم
import-progress = استيراد التقدّم
reset-progress = إعادة تعيين تقدّمي

## سجل الإتمام
record-no-js = يُنشأ سجل الإتمام في متصفحك من تقدّمك، ويحتاج إلى JavaScript، وهو معطّل.
record-name = اسمك كما ينبغي أن يظهر
record-print = طباعة أو حفظ بصيغة PDF
completion-record = سجل الإتمام
record-modules = وحدات المسار
record-module = الوحدة
record-minutes = الدقائق
record-total = المجموع
record-notice-title = بإقرار ذاتي.
record-notice-text = أنشأ المتعلم هذا السجل في متصفحه من الوحدات التي علّمها كمكتملة. ولم يتحقق منه مؤلفو المقرر.

## الصفحة غير موجودة
page-not-found = الصفحة غير موجودة
not-found-lead = هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر.
not-found-link = انتقل إلى بداية { $title }
not-found-after = للعثور على ما كنت تبحث عنه.

## أوصاف الصفحات (نتائج البحث ومعاينات الروابط)
description-learner-page = { $page }: تقدّمك في { $title }
description-paths = مسارات التعلّم في { $title }
description-map = جميع وحدات { $title } وما تحتاجه كل وحدة أولًا
description-tag = وحدات { $title } عن { $name }
description-tags = موضوعات { $title }
description-glossary = مصطلحات { $title }
description-not-found = هذه الصفحة غير موجودة أو نُقلت.

## مستويات الصعوبة عندما لا يسمّي المقرر مستوياته
level-beginner = مبتدئ
level-intermediate = متوسط
level-advanced = متقدم

## المسار عندما لا يسمّي المقرر مساراته
path-whole-course = المقرر كاملًا
path-whole-course-description = كل وحدات المقرر، من الخطوات الأولى إلى أصعبها.

## Translated courses
language-menu = اللغة
untranslated-note = لم تُترجم هذه الوحدة بعد: تُعرض بلغتها الأصلية ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = في المقرر أخطاء
serve-errors-summary = هذه الصفحة من آخر بناء نجح. أصلح الملفات واحفظها: ستُعاد تحميل الصفحة تلقائيًا.
serve-errors-hide = إخفاء الأخطاء
serve-errors-list = الأخطاء
serve-errors-none-yet = لم ينجح أي بناء لهذا المقرر بعد، لذا لا توجد صفحة لعرضها. أصلح الملفات واحفظها: ستُعاد تحميل هذه الصفحة تلقائيًا.

## Offline reading (the page shown offline, and My learning)
offline-title = غير متصل
offline-lead = أنت غير متصل، وهذه الصفحة غير محفوظة على هذا الجهاز. ستُفتح مجددًا عندما تعود إلى الاتصال.
offline-saved = محفوظ على هذا الجهاز
offline-nothing-before = لم يُحفظ شيء هنا بعد. عندما تكون متصلًا، احفظ مسار تعلّم أو الدورة كلها من صفحة
offline-nothing-after = .
offline-reading = القراءة دون اتصال
offline-reading-text = احفظ مسار تعلّم أو الدورة كلها على هذا الجهاز لتقرأها دون اتصال، في القطار أو الطائرة. تعمل الاختبارات والبحث وتقدّمك دون اتصال أيضًا.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = أسئلة حول هذه الوحدة؟
ask-text = اسأل المعلّم والمتعلمين الآخرين. يأخذك الرابط خارج هذا الموقع، إلى منتدى الدورة أو بريدك الإلكتروني.
ask-question = اطرح سؤالًا حول هذه الوحدة
ask-see = اطّلع على الأسئلة المطروحة حولها
