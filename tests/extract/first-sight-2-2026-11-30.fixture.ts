/**
 * Ten more short news reports for a second first-sight evaluation of the
 * extractor (two each in Levantine, Iraqi, Egyptian, Gulf and Maghrebi wire
 * style, each with a dateline and agency), labelled with what a careful reader
 * expects from `extractStateVisit(text, { reference: '2026-11-30' })` — a Monday.
 *
 * They stress frames the first batch did not: a host named only as the one
 * holding talks with «ضيفه», an ambassador with his posting («السفير … في
 * القاهرة», «سفير الهند في أبوظبي»), a delegation list («ويضم الوفد …»), a
 * visit announced for the future («يبدأ … غداً زيارة»), a visit ending
 * («اختتم … زيارته»), people named once in full and later by surname only
 * (some first named with no title), and statements by both sides.
 *
 * The labels were written with the texts, before the extractor was run on
 * them; the conventions are those of the first batch
 * (`first-sight-2026-11-30.fixture.ts`): names without honorifics, `arrival`
 * the day the text says the visit began (`null` when it does not say: the day
 * a visit ends is not its arrival), `host` only when the text names one, a
 * party's country that of the office, else the one the text makes plain.
 *
 * @module
 */
import type { FirstSightArticle } from './first-sight-2026-11-30.fixture';

export const SECOND_SIGHT_REFERENCE = '2026-11-30';

export const SECOND_SIGHT_ARTICLES: readonly FirstSightArticle[] = [
  {
    id: 'levant-damascus-iraq-future',
    region: 'levant',
    text:
      'دمشق-سانا: يبدأ رئيس الوزراء العراقي محمد شياع السوداني غداً الثلاثاء زيارة رسمية إلى سوريا تستمر يومين، يلتقي خلالها الرئيس أحمد الشرع. ' +
      'ويضم الوفد كلاً من فؤاد حسين وحيان عبد الغني وعون ذياب. ' +
      'وقال السفير العراقي في دمشق ياسين الحجيمي إن الزيارة ستبحث ملف المياه وأمن الحدود المشتركة. ' +
      'من جهته، أكد وزير الخارجية السوري أسعد الشيباني أن دمشق ترحب بكل خطوة تعزز التعاون مع بغداد.',
    expected: {
      visitor: { name: 'محمد شياع السوداني', office: 'prime-minister', country: 'IQ' },
      host: { name: 'أحمد الشرع', office: 'president', country: 'SY' },
      guestCountry: 'IQ',
      hostCountry: 'SY',
      visitType: 'official',
      arrival: '2026-12-01',
      statements: [
        { speaker: 'ياسين الحجيمي', content: 'الزيارة ستبحث ملف المياه وأمن الحدود المشتركة' },
        { speaker: 'أسعد الشيباني', content: 'دمشق ترحب بكل خطوة تعزز التعاون مع بغداد' },
      ],
    },
  },
  {
    id: 'levant-beirut-egypt-ending',
    region: 'levant',
    text:
      'بيروت - الوكالة الوطنية للإعلام: اختتم وزير الخارجية المصري بدر عبد العاطي اليوم زيارته إلى لبنان التي بدأها أمس الأحد، وعقد خلالها رئيس مجلس الوزراء نواف سلام مباحثات موسعة مع ضيفه في السراي الحكومي. ' +
      'وقال عبد العاطي في مؤتمر صحفي إن مصر تقف إلى جانب لبنان في تثبيت وقف إطلاق النار. ' +
      'بدوره، أكد سلام أن الحكومة ملتزمة بتطبيق القرار 1701 بكل مندرجاته. ' +
      'وغادر الوزير المصري بيروت عائداً إلى القاهرة.',
    expected: {
      visitor: { name: 'بدر عبد العاطي', office: 'minister', country: 'EG' },
      host: { name: 'نواف سلام', office: 'prime-minister', country: 'LB' },
      guestCountry: 'EG',
      hostCountry: 'LB',
      visitType: 'unspecified',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'بدر عبد العاطي', content: 'مصر تقف إلى جانب لبنان في تثبيت وقف إطلاق النار' },
        { speaker: 'نواف سلام', content: 'الحكومة ملتزمة بتطبيق القرار 1701 بكل مندرجاته' },
      ],
    },
  },
  {
    id: 'iraq-baghdad-turkey-talks',
    region: 'iraq',
    text:
      'بغداد - واع: وصل وزير الخارجية التركي هاكان فيدان، اليوم الاثنين، إلى بغداد في زيارة رسمية تستمر يومين، وكان في استقباله بمطار بغداد الدولي وكيل وزارة الخارجية محمد بحر العلوم. ' +
      'وعقد رئيس مجلس الوزراء محمد شياع السوداني مباحثات مع ضيفه التركي في القصر الحكومي. ' +
      'وذكر بيان لمكتب رئيس الوزراء أن المباحثات تناولت ملف المياه ومشروع طريق التنمية. ' +
      'وقال فيدان إن أنقرة مستعدة لتوقيع اتفاق إطاري للمياه قبل نهاية العام.',
    expected: {
      visitor: { name: 'هاكان فيدان', office: 'minister', country: 'TR' },
      host: { name: 'محمد شياع السوداني', office: 'prime-minister', country: 'IQ' },
      guestCountry: 'TR',
      hostCountry: 'IQ',
      visitType: 'official',
      arrival: '2026-11-30',
      statements: [
        { speaker: ['مكتب رئيس الوزراء', 'بيان'], content: 'المباحثات تناولت ملف المياه ومشروع طريق التنمية' },
        { speaker: 'هاكان فيدان', content: 'أنقرة مستعدة لتوقيع اتفاق إطاري للمياه قبل نهاية العام' },
      ],
    },
  },
  {
    id: 'iraq-baghdad-jordan-ending',
    region: 'iraq',
    text:
      'بغداد/المدى: اختتم رئيس الوزراء الأردني جعفر حسان، مساء اليوم، زيارة رسمية إلى العراق استمرت ثلاثة أيام، وقع خلالها البلدان ست مذكرات تفاهم. ' +
      'وكان حسان قد وصل إلى بغداد صباح السبت على رأس وفد وزاري، ويضم الوفد وزير الخارجية أيمن الصفدي ووزير الطاقة صالح الخرابشة. ' +
      'وقال الصفدي للصحفيين إن مشروع أنبوب النفط من البصرة إلى العقبة عاد إلى الطاولة. ' +
      'في المقابل، أوضح المتحدث باسم الحكومة العراقية باسم العوادي أن بغداد ستدرس المشروع وفق جدواه الاقتصادية.',
    expected: {
      visitor: { name: 'جعفر حسان', office: 'prime-minister', country: 'JO' },
      guestCountry: 'JO',
      hostCountry: 'IQ',
      visitType: 'official',
      arrival: '2026-11-28',
      statements: [
        { speaker: 'أيمن الصفدي', content: 'مشروع أنبوب النفط من البصرة إلى العقبة عاد إلى الطاولة' },
        { speaker: 'باسم العوادي', content: 'بغداد ستدرس المشروع وفق جدواه الاقتصادية' },
      ],
    },
  },
  {
    id: 'egypt-cairo-tanzania-future',
    region: 'egypt',
    text:
      'القاهرة (أ ش أ) - تبدأ الرئيسة التنزانية سامية صولوحو حسن بعد غد الأربعاء زيارة دولة إلى مصر تستغرق ثلاثة أيام، تجري خلالها مباحثات مع الرئيس عبد الفتاح السيسي. ' +
      'وقال السفير التنزاني في القاهرة ريتشارد كيبوتي، في تصريحات لوكالة أنباء الشرق الأوسط، إن الزيارة ستشهد توقيع اتفاقيات في مجالات الري والزراعة والطاقة. ' +
      'وأضاف كيبوتي أن بلاده تتطلع إلى زيادة الاستثمارات المصرية في شرق أفريقيا. ' +
      'من جانبه، صرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس السيسي سيقيم مأدبة عشاء رسمية تكريماً لضيفته.',
    expected: {
      visitor: { name: 'سامية صولوحو حسن', office: 'president', country: 'TZ' },
      host: { name: 'عبد الفتاح السيسي', office: 'president', country: 'EG' },
      guestCountry: 'TZ',
      hostCountry: 'EG',
      visitType: 'state',
      arrival: '2026-12-02',
      statements: [
        { speaker: 'ريتشارد كيبوتي', content: 'الزيارة ستشهد توقيع اتفاقيات في مجالات الري والزراعة والطاقة' },
        { speaker: 'ريتشارد كيبوتي', content: 'بلاده تتطلع إلى زيادة الاستثمارات المصرية في شرق أفريقيا' },
        { speaker: 'محمد الشناوي', content: 'الرئيس السيسي سيقيم مأدبة عشاء رسمية تكريماً لضيفته' },
      ],
    },
  },
  {
    id: 'egypt-cairo-algeria-talks',
    region: 'egypt',
    text:
      'القاهرة - الأهرام: عقد الدكتور مصطفى مدبولي رئيس مجلس الوزراء، اليوم الاثنين، جلسة مباحثات موسعة مع ضيفه رئيس الوزراء الجزائري سيفي غريب، الذي وصل إلى القاهرة أمس في زيارة عمل تستمر يومين. ' +
      'وصرح المستشار محمد الحمصاني، المتحدث الرسمي باسم رئاسة مجلس الوزراء، بأن الجانبين اتفقا على عقد اللجنة العليا المشتركة في الجزائر مطلع العام المقبل. ' +
      'وأكد مدبولي أن حجم التبادل التجاري بين البلدين لا يعكس إمكاناتهما الحقيقية. ' +
      'ومن جانبه، قال غريب إن الجزائر تنظر إلى مصر باعتبارها شريكاً استراتيجياً في القارة.',
    expected: {
      visitor: { name: 'سيفي غريب', office: 'prime-minister', country: 'DZ' },
      host: { name: 'مصطفى مدبولي', office: 'prime-minister', country: 'EG' },
      guestCountry: 'DZ',
      hostCountry: 'EG',
      visitType: 'working',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'محمد الحمصاني', content: 'الجانبين اتفقا على عقد اللجنة العليا المشتركة في الجزائر مطلع العام المقبل' },
        { speaker: 'مصطفى مدبولي', content: 'حجم التبادل التجاري بين البلدين لا يعكس إمكاناتهما الحقيقية' },
        { speaker: 'سيفي غريب', content: 'الجزائر تنظر إلى مصر باعتبارها شريكاً استراتيجياً في القارة' },
      ],
    },
  },
  {
    id: 'gulf-kuwait-azerbaijan-ending',
    region: 'gulf',
    text:
      'الكويت - كونا: اختتم رئيس جمهورية أذربيجان إلهام علييف اليوم زيارة دولة إلى البلاد استغرقت يومين، وكان في وداعه لدى مغادرته مطار الكويت الدولي سمو ولي العهد الشيخ صباح خالد الحمد الصباح. ' +
      'وكان حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح قد عقد مع ضيفه جلسة مباحثات رسمية في قصر بيان أمس، حضرها عن الجانب الأذربيجاني جيهون بيراموف. ' +
      'وصرح وزير الخارجية عبدالله اليحيا بأن الزيارة أسفرت عن توقيع ثلاث اتفاقيات في مجالات الطاقة والنقل الجوي. ' +
      'وقال بيراموف إن باكو تعتبر الكويت بوابة لتوسيع حضورها في منطقة الخليج.',
    expected: {
      visitor: { name: 'إلهام علييف', office: 'president', country: 'AZ' },
      host: { name: 'مشعل الأحمد الجابر الصباح', office: 'emir', country: 'KW' },
      guestCountry: 'AZ',
      hostCountry: 'KW',
      visitType: 'state',
      arrival: null,
      statements: [
        { speaker: 'عبدالله اليحيا', content: 'الزيارة أسفرت عن توقيع ثلاث اتفاقيات في مجالات الطاقة والنقل الجوي' },
        { speaker: 'جيهون بيراموف', content: 'باكو تعتبر الكويت بوابة لتوسيع حضورها في منطقة الخليج' },
      ],
    },
  },
  {
    id: 'gulf-abudhabi-india-future',
    region: 'gulf',
    text:
      'أبوظبي - وام: يبدأ رئيس الوزراء الهندي ناريندرا مودي غداً زيارة رسمية إلى دولة الإمارات العربية المتحدة تستغرق يومين، يلتقي خلالها صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة. ' +
      'ويضم الوفد المرافق لرئيس الوزراء الهندي وزير الشؤون الخارجية سوبرامانيام جايشانكار ووزير التجارة والصناعة بيوش غويال. ' +
      'وقال سفير الهند في أبوظبي سانجاي سودير إن الزيارة ستشهد إطلاق مشاريع مشتركة في مجالي الطاقة النظيفة والأمن الغذائي. ' +
      'كما أكد معالي الدكتور ثاني بن أحمد الزيودي وزير دولة للتجارة الخارجية أن الإمارات والهند تستهدفان رفع التجارة غير النفطية إلى مئة مليار دولار.',
    expected: {
      visitor: { name: 'ناريندرا مودي', office: 'prime-minister', country: 'IN' },
      host: { name: 'محمد بن زايد آل نهيان', office: 'head-of-state', country: 'AE' },
      guestCountry: 'IN',
      hostCountry: 'AE',
      visitType: 'official',
      arrival: '2026-12-01',
      statements: [
        { speaker: 'سانجاي سودير', content: 'الزيارة ستشهد إطلاق مشاريع مشتركة في مجالي الطاقة النظيفة والأمن الغذائي' },
        { speaker: 'ثاني بن أحمد الزيودي', content: 'الإمارات والهند تستهدفان رفع التجارة غير النفطية إلى مئة مليار دولار' },
      ],
    },
  },
  {
    id: 'maghreb-rabat-senegal-talks',
    region: 'maghreb',
    text:
      'الرباط - ومع: أجرى رئيس الحكومة السيد عزيز أخنوش، اليوم الاثنين بالرباط، مباحثات مع رئيس وزراء جمهورية السنغال السيد عثمان سونكو، الذي حل بالمملكة أمس الأحد في زيارة عمل تدوم يومين. ' +
      'وأوضح بلاغ لرئاسة الحكومة أن المباحثات همت سبل تعزيز الشراكة الاقتصادية وتطوير الربط البحري بين البلدين. ' +
      'وأكد السيد أخنوش، في تصريح للصحافة عقب اللقاء، أن المغرب يعتبر السنغال شريكاً استراتيجياً في إفريقيا الأطلسية. ' +
      'من جهته، أبرز السيد سونكو أن بلاده تدعم المبادرة الملكية لتسهيل ولوج دول الساحل إلى المحيط الأطلسي.',
    expected: {
      visitor: { name: 'عثمان سونكو', office: 'prime-minister', country: 'SN' },
      host: { name: 'عزيز أخنوش', office: 'prime-minister', country: 'MA' },
      guestCountry: 'SN',
      hostCountry: 'MA',
      visitType: 'working',
      arrival: '2026-11-29',
      statements: [
        { speaker: ['رئاسة الحكومة', 'بلاغ'], content: 'المباحثات همت سبل تعزيز الشراكة الاقتصادية وتطوير الربط البحري بين البلدين' },
        { speaker: 'عزيز أخنوش', content: 'المغرب يعتبر السنغال شريكاً استراتيجياً في إفريقيا الأطلسية' },
        { speaker: 'عثمان سونكو', content: 'بلاده تدعم المبادرة الملكية لتسهيل ولوج دول الساحل إلى المحيط الأطلسي' },
      ],
    },
  },
  {
    id: 'maghreb-tunis-libya-ending',
    region: 'maghreb',
    text:
      'تونس (وات) - اختتم وزير الخارجية الليبي الطاهر الباعور، مساء اليوم الاثنين، زيارة عمل إلى تونس دامت يومين، التقى خلالها رئيس الجمهورية قيس سعيد ووزير الشؤون الخارجية محمد علي النفطي. ' +
      'وصرح الباعور لدى مغادرته قصر قرطاج بأن البلدين اتفقا على إعادة فتح معبر رأس جدير أمام حركة المسافرين بصفة كاملة. ' +
      'وقال النفطي، من جهته، إن تونس ستواصل دعم الحل الليبي الليبي بعيداً عن التدخلات الخارجية. ' +
      'وحضر اللقاء سفير ليبيا في تونس مصطفى القلعيب.',
    expected: {
      visitor: { name: 'الطاهر الباعور', office: 'minister', country: 'LY' },
      host: { name: 'قيس سعيد', office: 'president', country: 'TN' },
      guestCountry: 'LY',
      hostCountry: 'TN',
      visitType: 'working',
      arrival: null,
      statements: [
        { speaker: 'الطاهر الباعور', content: 'البلدين اتفقا على إعادة فتح معبر رأس جدير أمام حركة المسافرين بصفة كاملة' },
        { speaker: 'محمد علي النفطي', content: 'تونس ستواصل دعم الحل الليبي الليبي بعيداً عن التدخلات الخارجية' },
      ],
    },
  },
];
