/**
 * Six more reports written after the second first-sight batch passed, to
 * estimate honestly how its fixes carry to fresh text: the same frames (a
 * visit's end, the host holding talks with «ضيفه», the Maghrebi «الذي حل», an
 * ambassador's posting, surnames), new wording. Labelled for 2026-11-30 (a
 * Monday) before the extractor was run on them, with the conventions of
 * `first-sight-2026-11-30.fixture.ts`.
 *
 * @module
 */
import type { FirstSightArticle } from './first-sight-2026-11-30.fixture';

export const HOLDOUT_REFERENCE = '2026-11-30';

export const HOLDOUT_ARTICLES: readonly FirstSightArticle[] = [
  {
    id: 'levant-amman-cyprus-ending',
    region: 'levant',
    text:
      'عمّان - بترا: اختتم الرئيس القبرصي نيكوس خريستودوليدس اليوم زيارة رسمية إلى المملكة استمرت يومين. ' +
      'وكان جلالة الملك عبدالله الثاني قد عقد مع ضيفه أمس مباحثات في قصر الحسينية تناولت التعاون في مجال الطاقة. ' +
      'وقال وزير الخارجية أيمن الصفدي إن الزيارة أسست لشراكة جديدة.',
    expected: {
      visitor: { name: 'نيكوس خريستودوليدس', office: 'president', country: 'CY' },
      host: { name: 'عبدالله الثاني', office: 'king', country: 'JO' },
      guestCountry: 'CY',
      hostCountry: 'JO',
      visitType: 'official',
      arrival: null,
      statements: [{ speaker: 'أيمن الصفدي', content: 'الزيارة أسست لشراكة جديدة' }],
    },
  },
  {
    id: 'iraq-baghdad-france-talks',
    region: 'iraq',
    text:
      'بغداد - واع: وصل وزير الخارجية الفرنسي جان نويل بارو إلى بغداد صباح اليوم في زيارة رسمية. ' +
      'وعقد وزير الخارجية فؤاد حسين جلسة مباحثات مع ضيفه الفرنسي. ' +
      'وقال حسين في مؤتمر صحفي مشترك إن العراق يرحب بالدور الفرنسي. ' +
      'من جانبه، أكد بارو أن باريس ستدعم استقرار العراق.',
    expected: {
      visitor: { name: 'جان نويل بارو', office: 'minister', country: 'FR' },
      host: { name: 'فؤاد حسين', office: 'minister', country: 'IQ' },
      guestCountry: 'FR',
      hostCountry: 'IQ',
      visitType: 'official',
      arrival: '2026-11-30',
      statements: [
        { speaker: 'فؤاد حسين', content: 'العراق يرحب بالدور الفرنسي' },
        { speaker: 'جان نويل بارو', content: 'باريس ستدعم استقرار العراق' },
      ],
    },
  },
  {
    id: 'egypt-cairo-ethiopia-future',
    region: 'egypt',
    text:
      'القاهرة - يبدأ رئيس الوزراء الإثيوبي آبي أحمد غداً زيارة رسمية إلى مصر هي الأولى له منذ خمس سنوات. ' +
      'وقال السفير الإثيوبي في القاهرة ملس ألم إن الزيارة ستفتح صفحة جديدة في العلاقات. ' +
      'وأضاف ألم أن ملف سد النهضة سيكون على رأس المباحثات.',
    expected: {
      visitor: { name: 'آبي أحمد', office: 'prime-minister', country: 'ET' },
      guestCountry: 'ET',
      hostCountry: 'EG',
      visitType: 'official',
      arrival: '2026-12-01',
      statements: [
        { speaker: 'ملس ألم', content: 'الزيارة ستفتح صفحة جديدة في العلاقات' },
        { speaker: 'ملس ألم', content: 'ملف سد النهضة سيكون على رأس المباحثات' },
      ],
    },
  },
  {
    id: 'gulf-riyadh-japan-ending',
    region: 'gulf',
    text:
      'الرياض - واس: اختتم رئيس الوزراء الياباني شيغيرو إيشيبا زيارته إلى المملكة التي بدأها السبت الماضي. ' +
      'وكان صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء قد أجرى مع ضيفه جلسة مباحثات رسمية. ' +
      'وصرح سفير اليابان في الرياض فوميو إيواي بأن الزيارة عززت التعاون في الطاقة النظيفة.',
    expected: {
      visitor: { name: 'شيغيرو إيشيبا', office: 'prime-minister', country: 'JP' },
      host: { name: 'محمد بن سلمان', office: 'crown-prince', country: 'SA' },
      guestCountry: 'JP',
      hostCountry: 'SA',
      visitType: 'unspecified',
      arrival: '2026-11-28',
      statements: [{ speaker: 'فوميو إيواي', content: 'الزيارة عززت التعاون في الطاقة النظيفة' }],
    },
  },
  {
    id: 'maghreb-algiers-mauritania-talks',
    region: 'maghreb',
    text:
      'الجزائر - واج: أجرى وزير الدولة، وزير الشؤون الخارجية، أحمد عطاف، اليوم الاثنين بالجزائر العاصمة، محادثات مع وزير الخارجية الموريتاني محمد سالم ولد مرزوك، الذي حل بالجزائر أمس الأحد في زيارة عمل. ' +
      'وأكد عطاف أن البلدين عازمان على تفعيل المعبر الحدودي. ' +
      'وقال ولد مرزوك إن نواكشوط تعول على الخبرة الجزائرية.',
    expected: {
      visitor: { name: 'محمد سالم ولد مرزوك', office: 'minister', country: 'MR' },
      host: { name: 'أحمد عطاف', office: 'minister', country: 'DZ' },
      guestCountry: 'MR',
      hostCountry: 'DZ',
      visitType: 'working',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'أحمد عطاف', content: 'البلدين عازمان على تفعيل المعبر الحدودي' },
        { speaker: 'محمد سالم ولد مرزوك', content: 'نواكشوط تعول على الخبرة الجزائرية' },
      ],
    },
  },
  {
    id: 'maghreb-rabat-france-future',
    region: 'maghreb',
    text:
      'الرباط - ومع: يحل رئيس الوزراء الفرنسي غداً الثلاثاء بالرباط في زيارة رسمية تدوم يومين، يجري خلالها مباحثات مع رئيس الحكومة عزيز أخنوش. ' +
      'وأوضح بلاغ لرئاسة الحكومة أن الزيارة ستتوج بتوقيع عدة اتفاقيات. ' +
      'وقال سفير فرنسا في الرباط كريستوف لوكورتيي إن باريس تعتبر المغرب شريكاً أساسياً.',
    expected: {
      visitor: { name: null, office: 'prime-minister', country: 'FR' },
      host: { name: 'عزيز أخنوش', office: 'prime-minister', country: 'MA' },
      guestCountry: 'FR',
      hostCountry: 'MA',
      visitType: 'official',
      arrival: '2026-12-01',
      statements: [
        { speaker: ['رئاسة الحكومة', 'بلاغ'], content: 'الزيارة ستتوج بتوقيع عدة اتفاقيات' },
        { speaker: 'كريستوف لوكورتيي', content: 'باريس تعتبر المغرب شريكاً أساسياً' },
      ],
    },
  },
];
