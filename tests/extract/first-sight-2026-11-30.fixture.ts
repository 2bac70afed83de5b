/**
 * Fifteen short news reports written for a first-sight evaluation of the
 * extractor (three each in Levantine, Iraqi, Egyptian, Gulf and Maghrebi wire
 * style), each labelled with what a careful reader expects from
 * `extractStateVisit(text, { reference: '2026-11-30' })` — a Monday.
 *
 * The labels were written with the texts, before the extractor was run on
 * them. Conventions of the labels:
 * - a name is written without honorifics or ranks (الشيخ، السيد، العماد، صاحب السمو…);
 * - `arrival` is the day the text says the visitor arrived or began the visit,
 *   `null` when the text does not say (a reception «اليوم» of a visitor «الذي
 *   يزور» does not date the arrival);
 * - `host` is labelled only when the text names who hosts the visit;
 * - a statement's content is the reported words after «أن/إن/بأن», «عن»,
 *   «على» or the colon, without the closing full stop or surrounding quotes;
 *   its speaker is the person's name, or a part of the office or organization
 *   title (any of the listed alternatives).
 *
 * @module
 */
import type { StateVisitExtraction } from '../../src/extract';

/** A visit participant as labelled: name, office code, country (of the office, else of the person). */
export interface LabelledParty {
  name: string | null;
  office: string | null;
  country: string | null;
}

/** One labelled statement. */
export interface LabelledStatement {
  /** The speaker's name, or words of the office or organization title; any of them. */
  speaker: string | readonly string[];
  content: string;
}

/** What a careful reader expects from one article. */
export interface FirstSightLabels {
  visitor: LabelledParty;
  host?: LabelledParty;
  guestCountry: string;
  hostCountry: string;
  visitType: string;
  arrival: string | null;
  statements: readonly LabelledStatement[];
}

/** One article of the evaluation. */
export interface FirstSightArticle {
  id: string;
  region: 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';
  text: string;
  expected: FirstSightLabels;
}

export const FIRST_SIGHT_REFERENCE = '2026-11-30';

export const FIRST_SIGHT_ARTICLES: readonly FirstSightArticle[] = [
  {
    id: 'levant-damascus-cyprus',
    region: 'levant',
    text:
      'استقبل الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم رئيس جمهورية قبرص نيكوس خريستودوليدس الذي يقوم بزيارة رسمية إلى سوريا بدأها أمس. ' +
      'وبحث الجانبان سبل تطوير العلاقات الثنائية وتعزيز التعاون في مجالات الطاقة والنقل البحري. ' +
      'وأكد الرئيس الشرع أن سوريا منفتحة على شراكات متوازنة مع دول الجوار المتوسطي. ' +
      'من جهته، أعرب الرئيس القبرصي عن تقديره لحفاوة الاستقبال، مشيراً إلى أن بلاده تدعم استقرار سوريا ووحدة أراضيها. ' +
      'ويرافق الضيف وفد يضم وزير الخارجية ووزير الطاقة.',
    expected: {
      visitor: { name: 'نيكوس خريستودوليدس', office: 'president', country: 'CY' },
      host: { name: 'أحمد الشرع', office: 'president', country: 'SY' },
      guestCountry: 'CY',
      hostCountry: 'SY',
      visitType: 'official',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'أحمد الشرع', content: 'سوريا منفتحة على شراكات متوازنة مع دول الجوار المتوسطي' },
        { speaker: 'نيكوس خريستودوليدس', content: 'تقديره لحفاوة الاستقبال' },
        { speaker: 'نيكوس خريستودوليدس', content: 'بلاده تدعم استقرار سوريا ووحدة أراضيها' },
      ],
    },
  },
  {
    id: 'levant-beirut-france',
    region: 'levant',
    text:
      'وصل وزير الخارجية الفرنسي جان نويل بارو إلى بيروت مساء أمس الأحد في زيارة رسمية تستمر ثلاثة أيام، يلتقي خلالها كبار المسؤولين اللبنانيين. ' +
      'والتقى بارو صباح اليوم رئيس الجمهورية العماد جوزاف عون في قصر بعبدا، وبحث معه الأوضاع في الجنوب وملف إعادة الإعمار. ' +
      'وقال بارو بعد اللقاء إن "فرنسا لن تتخلى عن لبنان وستواصل دعم جيشه". ' +
      'بدوره، شدد الرئيس عون على ضرورة الضغط لوقف الاعتداءات على الأراضي اللبنانية، فيما أشار وزير الخارجية يوسف رجي إلى أن الحكومة ماضية في الإصلاحات.',
    expected: {
      visitor: { name: 'جان نويل بارو', office: 'minister', country: 'FR' },
      host: { name: 'جوزاف عون', office: 'president', country: 'LB' },
      guestCountry: 'FR',
      hostCountry: 'LB',
      visitType: 'official',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'جان نويل بارو', content: 'فرنسا لن تتخلى عن لبنان وستواصل دعم جيشه' },
        { speaker: 'جوزاف عون', content: 'ضرورة الضغط لوقف الاعتداءات على الأراضي اللبنانية' },
        { speaker: 'يوسف رجي', content: 'الحكومة ماضية في الإصلاحات' },
      ],
    },
  },
  {
    id: 'levant-amman-italy',
    region: 'levant',
    text:
      'بحث جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم الاثنين، مع رئيسة الوزراء الإيطالية جورجيا ميلوني، التي تزور الأردن في زيارة عمل، سبل توسيع التعاون بين البلدين في مجالات الاقتصاد والطاقة المتجددة. ' +
      'وأكد جلالته أن الأردن يعتز بالشراكة الاستراتيجية مع إيطاليا. ' +
      'من جانبها، قالت ميلوني إن بلادها تقدر الدور الأردني في تحقيق الاستقرار الإقليمي. ' +
      'وحضر المباحثات رئيس الوزراء جعفر حسان ووزير الخارجية وشؤون المغتربين أيمن الصفدي.',
    expected: {
      visitor: { name: 'جورجيا ميلوني', office: 'prime-minister', country: 'IT' },
      host: { name: 'عبدالله الثاني', office: 'king', country: 'JO' },
      guestCountry: 'IT',
      hostCountry: 'JO',
      visitType: 'working',
      arrival: null,
      statements: [
        { speaker: 'عبدالله الثاني', content: 'الأردن يعتز بالشراكة الاستراتيجية مع إيطاليا' },
        { speaker: 'جورجيا ميلوني', content: 'بلادها تقدر الدور الأردني في تحقيق الاستقرار الإقليمي' },
      ],
    },
  },
  {
    id: 'iraq-baghdad-turkey',
    region: 'iraq',
    text:
      'وصل رئيس الجمهورية التركية رجب طيب أردوغان، اليوم الاثنين، إلى العاصمة بغداد في زيارة رسمية تستمر يومين، على رأس وفد رفيع يضم وزراء الخارجية والطاقة والتجارة. ' +
      'وكان في استقباله لدى وصوله مطار بغداد الدولي رئيس مجلس الوزراء محمد شياع السوداني. ' +
      'وقال المتحدث باسم الحكومة باسم العوادي، في بيان، إن الزيارة ستشهد توقيع مذكرات تفاهم في مجالي المياه والطاقة. ' +
      'وأضاف أن ملف طريق التنمية سيكون في صدارة المباحثات.',
    expected: {
      visitor: { name: 'رجب طيب أردوغان', office: 'president', country: 'TR' },
      host: { name: 'محمد شياع السوداني', office: 'prime-minister', country: 'IQ' },
      guestCountry: 'TR',
      hostCountry: 'IQ',
      visitType: 'official',
      arrival: '2026-11-30',
      statements: [
        { speaker: 'باسم العوادي', content: 'الزيارة ستشهد توقيع مذكرات تفاهم في مجالي المياه والطاقة' },
        { speaker: 'باسم العوادي', content: 'ملف طريق التنمية سيكون في صدارة المباحثات' },
      ],
    },
  },
  {
    id: 'iraq-baghdad-iran',
    region: 'iraq',
    text:
      'استقبل رئيس مجلس الوزراء محمد شياع السوداني، في بغداد، أمس الأحد، وزير الخارجية الإيراني عباس عراقجي والوفد المرافق له، الذي يزور العراق حالياً. ' +
      'وجرى خلال اللقاء بحث العلاقات الثنائية وأمن الحدود المشتركة. ' +
      'وشدد السوداني على أن العراق يرفض أن تكون أراضيه منطلقاً للاعتداء على أي دولة من دول الجوار. ' +
      'من جانبه، أعرب عراقجي عن شكر بلاده لموقف العراق الداعم للحوار والتهدئة في المنطقة.',
    expected: {
      visitor: { name: 'عباس عراقجي', office: 'minister', country: 'IR' },
      host: { name: 'محمد شياع السوداني', office: 'prime-minister', country: 'IQ' },
      guestCountry: 'IR',
      hostCountry: 'IQ',
      visitType: 'unspecified',
      arrival: null,
      statements: [
        { speaker: 'محمد شياع السوداني', content: 'العراق يرفض أن تكون أراضيه منطلقاً للاعتداء على أي دولة من دول الجوار' },
        { speaker: 'عباس عراقجي', content: 'شكر بلاده لموقف العراق الداعم للحوار والتهدئة في المنطقة' },
      ],
    },
  },
  {
    id: 'iraq-kuwait-president',
    region: 'iraq',
    text:
      'أجرى رئيس الجمهورية عبد اللطيف جمال رشيد، اليوم الاثنين، زيارة رسمية إلى دولة الكويت، يرافقه وفد يضم وزير الخارجية فؤاد حسين ومستشار الأمن القومي. ' +
      'وكان في مقدمة مستقبليه في مطار الكويت الدولي ولي العهد الشيخ صباح خالد الحمد الصباح. ' +
      'وذكر بيان لرئاسة الجمهورية أن رشيد سيبحث مع أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح ملفات الحدود والتعاون الاقتصادي. ' +
      'وأعرب رشيد في تصريح للصحفيين عن ثقته بأن الزيارة ستفتح صفحة جديدة في العلاقات بين البلدين الجارين.',
    expected: {
      visitor: { name: 'عبد اللطيف جمال رشيد', office: 'president', country: 'IQ' },
      host: { name: 'مشعل الأحمد الجابر الصباح', office: 'emir', country: 'KW' },
      guestCountry: 'IQ',
      hostCountry: 'KW',
      visitType: 'official',
      arrival: '2026-11-30',
      statements: [
        { speaker: 'رئاسة الجمهورية', content: 'رشيد سيبحث مع أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح ملفات الحدود والتعاون الاقتصادي' },
        { speaker: 'عبد اللطيف جمال رشيد', content: 'الزيارة ستفتح صفحة جديدة في العلاقات بين البلدين الجارين' },
      ],
    },
  },
  {
    id: 'egypt-cairo-kenya',
    region: 'egypt',
    text:
      'استقبل الرئيس عبد الفتاح السيسي، اليوم الاثنين بقصر الاتحادية، رئيس جمهورية كينيا وليام روتو، الذي يزور مصر حالياً. ' +
      'وصرح المتحدث الرسمي باسم رئاسة الجمهورية السفير محمد الشناوي بأن اللقاء تناول سبل تعزيز التعاون في مجالات البنية التحتية والزراعة والأمن المائي. ' +
      'وأكد الرئيس السيسي حرص مصر على تعميق علاقاتها مع دول حوض النيل. ' +
      'من جانبه، أعرب الرئيس الكيني عن تطلع بلاده لزيادة الاستثمارات المصرية في كينيا.',
    expected: {
      visitor: { name: 'وليام روتو', office: 'president', country: 'KE' },
      host: { name: 'عبد الفتاح السيسي', office: 'president', country: 'EG' },
      guestCountry: 'KE',
      hostCountry: 'EG',
      visitType: 'unspecified',
      arrival: null,
      statements: [
        { speaker: 'محمد الشناوي', content: 'اللقاء تناول سبل تعزيز التعاون في مجالات البنية التحتية والزراعة والأمن المائي' },
        { speaker: 'عبد الفتاح السيسي', content: 'حرص مصر على تعميق علاقاتها مع دول حوض النيل' },
        { speaker: 'وليام روتو', content: 'تطلع بلاده لزيادة الاستثمارات المصرية في كينيا' },
      ],
    },
  },
  {
    id: 'egypt-athens-foreign-minister',
    region: 'egypt',
    text:
      'توجه وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور بدر عبد العاطي، صباح اليوم، إلى العاصمة اليونانية أثينا في زيارة رسمية تستغرق يومين. ' +
      'ومن المقرر أن يبحث عبد العاطي مع نظيره اليوناني جورجوس جيرابيتريتيس ترسيم الحدود البحرية والتعاون في شرق المتوسط. ' +
      'وقال السفير تميم خلاف، المتحدث الرسمي باسم وزارة الخارجية، إن الزيارة تأتي في إطار التنسيق المستمر بين القاهرة وأثينا. ' +
      'وأوضح أن الوزير سيلتقي أيضاً رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس.',
    expected: {
      visitor: { name: 'بدر عبد العاطي', office: 'minister', country: 'EG' },
      host: { name: 'جورجوس جيرابيتريتيس', office: 'minister', country: 'GR' },
      guestCountry: 'EG',
      hostCountry: 'GR',
      visitType: 'official',
      arrival: '2026-11-30',
      statements: [
        { speaker: 'تميم خلاف', content: 'الزيارة تأتي في إطار التنسيق المستمر بين القاهرة وأثينا' },
        { speaker: 'تميم خلاف', content: 'الوزير سيلتقي أيضاً رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس' },
      ],
    },
  },
  {
    id: 'egypt-cairo-libya',
    region: 'egypt',
    text:
      'وصل إلى القاهرة مساء أمس الأحد رئيس المجلس الرئاسي الليبي محمد المنفي في زيارة عمل تستغرق ثلاثة أيام، يلتقي خلالها عدداً من كبار المسؤولين المصريين. ' +
      'وقال المنفي في تصريحات لدى وصوله إن ليبيا تعول على الدور المصري في دعم المسار السياسي، فيما أكد مصدر دبلوماسي مصري أن الزيارة ستتناول ملف الانتخابات الليبية وتأمين الحدود المشتركة. ' +
      'ويرافق المنفي وفد يضم عدداً من المستشارين.',
    expected: {
      visitor: { name: 'محمد المنفي', office: 'head-of-state', country: 'LY' },
      guestCountry: 'LY',
      hostCountry: 'EG',
      visitType: 'working',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'محمد المنفي', content: 'ليبيا تعول على الدور المصري في دعم المسار السياسي' },
        { speaker: 'مصدر دبلوماسي', content: 'الزيارة ستتناول ملف الانتخابات الليبية وتأمين الحدود المشتركة' },
      ],
    },
  },
  {
    id: 'gulf-abudhabi-indonesia',
    region: 'gulf',
    text:
      'استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، في قصر الشاطئ بأبوظبي اليوم، فخامة الرئيس الإندونيسي برابوو سوبيانتو الذي يقوم بزيارة دولة إلى الإمارات. ' +
      'وتبادل سموه والرئيس الإندونيسي الأحاديث حول آفاق الشراكة الاقتصادية الشاملة بين البلدين. ' +
      'وأكد صاحب السمو رئيس الدولة أن الإمارات حريصة على توسيع شراكاتها مع الدول الآسيوية. ' +
      'وأعرب الرئيس برابوو سوبيانتو عن سعادته بزيارة دولة الإمارات.',
    expected: {
      visitor: { name: 'برابوو سوبيانتو', office: 'president', country: 'ID' },
      host: { name: 'محمد بن زايد آل نهيان', office: 'head-of-state', country: 'AE' },
      guestCountry: 'ID',
      hostCountry: 'AE',
      visitType: 'state',
      arrival: null,
      statements: [
        { speaker: 'محمد بن زايد آل نهيان', content: 'الإمارات حريصة على توسيع شراكاتها مع الدول الآسيوية' },
        { speaker: 'برابوو سوبيانتو', content: 'سعادته بزيارة دولة الإمارات' },
      ],
    },
  },
  {
    id: 'gulf-riyadh-pakistan',
    region: 'gulf',
    text:
      'وصل دولة رئيس وزراء جمهورية باكستان الإسلامية شهباز شريف إلى الرياض مساء يوم السبت، في زيارة رسمية للمملكة. ' +
      'وكان في استقباله بمطار الملك خالد الدولي نائب أمير منطقة الرياض الأمير محمد بن عبدالرحمن بن عبدالعزيز. ' +
      'وعقد صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء جلسة مباحثات رسمية مع رئيس الوزراء الباكستاني اليوم، استعرضا خلالها العلاقات الثنائية. ' +
      'وأكد شريف أن بلاده تعتبر أمن المملكة جزءاً لا يتجزأ من أمنها.',
    expected: {
      visitor: { name: 'شهباز شريف', office: 'prime-minister', country: 'PK' },
      host: { name: 'محمد بن سلمان', office: 'crown-prince', country: 'SA' },
      guestCountry: 'PK',
      hostCountry: 'SA',
      visitType: 'official',
      arrival: '2026-11-28',
      statements: [{ speaker: 'شهباز شريف', content: 'بلاده تعتبر أمن المملكة جزءاً لا يتجزأ من أمنها' }],
    },
  },
  {
    id: 'gulf-oman-london',
    region: 'gulf',
    text:
      'يبدأ حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم يوم الثلاثاء المقبل زيارة دولة إلى المملكة المتحدة تلبية لدعوة من الملك تشارلز الثالث، تستمر ثلاثة أيام. ' +
      'وأوضح بيان صادر عن ديوان البلاط السلطاني أن جلالته سيعقد خلال الزيارة لقاءات مع رئيس الوزراء البريطاني كير ستارمر. ' +
      'ويرافق جلالته وفد رسمي يضم وزير الخارجية السيد بدر بن حمد البوسعيدي ووزير الاقتصاد. ' +
      'وقال سعادة السفير العماني لدى لندن بدر بن محمد المنذري إن الزيارة تعكس عمق العلاقات التاريخية بين البلدين الصديقين.',
    expected: {
      visitor: { name: 'هيثم بن طارق', office: 'sultan', country: 'OM' },
      host: { name: 'تشارلز الثالث', office: 'king', country: 'GB' },
      guestCountry: 'OM',
      hostCountry: 'GB',
      visitType: 'state',
      arrival: '2026-12-01',
      statements: [
        { speaker: 'ديوان البلاط السلطاني', content: 'جلالته سيعقد خلال الزيارة لقاءات مع رئيس الوزراء البريطاني كير ستارمر' },
        { speaker: 'بدر بن محمد المنذري', content: 'الزيارة تعكس عمق العلاقات التاريخية بين البلدين الصديقين' },
      ],
    },
  },
  {
    id: 'maghreb-rabat-spain',
    region: 'maghreb',
    text:
      'أفاد بلاغ لوزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج أن وزير الخارجية الإسباني خوسيه مانويل ألباريس يحل بالرباط، اليوم الاثنين، في زيارة عمل تستغرق يومين. ' +
      'وأوضح البلاغ أن السيد ألباريس سيجري مباحثات مع السيد ناصر بوريطة تتناول الشراكة الاستراتيجية والتحضير للاجتماع رفيع المستوى المقبل. ' +
      'وأكد السيد بوريطة، في ندوة صحفية مشتركة عقب المباحثات، أن العلاقات المغربية الإسبانية تعيش مرحلة غير مسبوقة.',
    expected: {
      visitor: { name: 'خوسيه مانويل ألباريس', office: 'minister', country: 'ES' },
      host: { name: 'ناصر بوريطة', office: 'minister', country: 'MA' },
      guestCountry: 'ES',
      hostCountry: 'MA',
      visitType: 'working',
      arrival: '2026-11-30',
      statements: [
        { speaker: ['وزارة الشؤون الخارجية', 'بلاغ'], content: 'وزير الخارجية الإسباني خوسيه مانويل ألباريس يحل بالرباط، اليوم الاثنين، في زيارة عمل تستغرق يومين' },
        { speaker: ['وزارة الشؤون الخارجية', 'بلاغ'], content: 'السيد ألباريس سيجري مباحثات مع السيد ناصر بوريطة تتناول الشراكة الاستراتيجية والتحضير للاجتماع رفيع المستوى المقبل' },
        { speaker: 'ناصر بوريطة', content: 'العلاقات المغربية الإسبانية تعيش مرحلة غير مسبوقة' },
      ],
    },
  },
  {
    id: 'maghreb-algiers-mauritania',
    region: 'maghreb',
    text:
      'حل رئيس جمهورية موريتانيا الإسلامية، محمد ولد الشيخ الغزواني، اليوم الاثنين بالجزائر العاصمة، في زيارة دولة تدوم ثلاثة أيام، بدعوة من رئيس الجمهورية، السيد عبد المجيد تبون. ' +
      'وكان في استقباله لدى نزوله بمطار هواري بومدين الدولي، رئيس الجمهورية، السيد عبد المجيد تبون، مرفوقا برئيس مجلس الأمة، صالح قوجيل، والوزير الأول، نذير العرباوي. ' +
      'وأكد وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف، أن هذه الزيارة تندرج في إطار تعزيز التشاور السياسي بين البلدين الشقيقين. ' +
      'وأوضح أن الطرفين سيوقعان على عدة اتفاقيات تعاون في مجالات الطاقة والصيد البحري والتعليم العالي.',
    expected: {
      visitor: { name: 'محمد ولد الشيخ الغزواني', office: 'president', country: 'MR' },
      host: { name: 'عبد المجيد تبون', office: 'president', country: 'DZ' },
      guestCountry: 'MR',
      hostCountry: 'DZ',
      visitType: 'state',
      arrival: '2026-11-30',
      statements: [
        { speaker: 'أحمد عطاف', content: 'هذه الزيارة تندرج في إطار تعزيز التشاور السياسي بين البلدين الشقيقين' },
        { speaker: 'أحمد عطاف', content: 'الطرفين سيوقعان على عدة اتفاقيات تعاون في مجالات الطاقة والصيد البحري والتعليم العالي' },
      ],
    },
  },
  {
    id: 'maghreb-tunis-rome',
    region: 'maghreb',
    text:
      'أدى رئيس الجمهورية قيس سعيد، أمس الأحد، زيارة رسمية إلى الجمهورية الإيطالية، بدعوة من الرئيس سيرجيو ماتاريلا. ' +
      'وأفاد بلاغ لرئاسة الجمهورية بأن رئيس الدولة تحادث مع نظيره الإيطالي حول ملف الهجرة غير النظامية والتعاون الاقتصادي. ' +
      'وشدد رئيس الجمهورية على أن تونس لن تكون حارسة لحدود غيرها. ' +
      'ومن جهته، عبر الرئيس الإيطالي عن تقديره للعلاقات المتميزة التي تجمع البلدين.',
    expected: {
      visitor: { name: 'قيس سعيد', office: 'president', country: 'TN' },
      host: { name: 'سيرجيو ماتاريلا', office: 'president', country: 'IT' },
      guestCountry: 'TN',
      hostCountry: 'IT',
      visitType: 'official',
      arrival: '2026-11-29',
      statements: [
        { speaker: 'رئاسة الجمهورية', content: 'رئيس الدولة تحادث مع نظيره الإيطالي حول ملف الهجرة غير النظامية والتعاون الاقتصادي' },
        { speaker: 'قيس سعيد', content: 'تونس لن تكون حارسة لحدود غيرها' },
        { speaker: 'سيرجيو ماتاريلا', content: 'تقديره للعلاقات المتميزة التي تجمع البلدين' },
      ],
    },
  },
];

/** One labelled field compared with the extractor's reading. */
export interface FieldOutcome {
  field: string;
  expected: unknown;
  actual: unknown;
  right: boolean;
}

/** Content compared without the closing full stop, surrounding quotes or outer spaces. */
function bareContent(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text
    .trim()
    .replace(/[.،,]+$/u, '')
    .replace(/^["«“]|["»”]$/gu, '')
    .trim();
}

type Party = { person?: { name: { ar: string }; country?: string | undefined } | undefined; office?: { code: string; country?: string | undefined } | undefined } | undefined;

function partyOutcomes(role: string, expected: LabelledParty, actual: Party): FieldOutcome[] {
  const read = { name: actual?.person?.name.ar ?? null, office: actual?.office?.code ?? null, country: actual?.office?.country ?? actual?.person?.country ?? null };
  return (['name', 'office', 'country'] as const).map((key) => ({ field: `${role}.${key}`, expected: expected[key], actual: read[key], right: expected[key] === read[key] }));
}

type Statement = StateVisitExtraction['statements'][number];

/** The names a statement's speaker goes by: the person's name, the office title, the organization's name. */
function speakerNames(statement: Statement | undefined): string[] {
  if (!statement) return [];
  const names = [statement.speaker.person?.name.ar, statement.speaker.office?.title, statement.speaker.organization?.name.ar];
  return names.filter((name): name is string => typeof name === 'string');
}

function speakerMatches(expected: string | readonly string[], statement: Statement | undefined): boolean {
  const wanted = typeof expected === 'string' ? [expected] : expected;
  const names = speakerNames(statement);
  if (statement?.speaker.person?.name.ar !== undefined) return wanted.includes(statement.speaker.person.name.ar);
  return wanted.some((word) => names.some((name) => name.includes(word)));
}

/** Every labelled field of one article against the extractor's result. */
export function scoreArticle(article: FirstSightArticle, result: StateVisitExtraction): FieldOutcome[] {
  const { expected } = article;
  const visit = result.visit;
  const outcomes: FieldOutcome[] = [...partyOutcomes('visitor', expected.visitor, visit?.visitor)];
  if (expected.host) outcomes.push(...partyOutcomes('host', expected.host, visit?.host));
  const simple: [string, unknown, unknown][] = [
    ['guestCountry', expected.guestCountry, visit?.guestCountry ?? null],
    ['hostCountry', expected.hostCountry, visit?.hostCountry ?? null],
    ['visitType', expected.visitType, visit?.visitType.type ?? null],
    ['arrival', expected.arrival, visit?.period.arrival?.start ?? null],
  ];
  for (const [field, want, got] of simple) outcomes.push({ field, expected: want, actual: got, right: want === got });
  expected.statements.forEach((statement, i) => {
    const found = result.statements[i];
    outcomes.push({ field: `statements[${i}].speaker`, expected: statement.speaker, actual: speakerNames(found), right: speakerMatches(statement.speaker, found) });
    const content = bareContent(found?.content.text);
    outcomes.push({ field: `statements[${i}].content`, expected: statement.content, actual: content, right: content === statement.content });
  });
  outcomes.push({ field: 'statements.length', expected: expected.statements.length, actual: result.statements.length, right: expected.statements.length === result.statements.length });
  return outcomes;
}
