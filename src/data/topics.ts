/**
 * What a statement is about: one table of topics, each with a stable code, Arabic and English
 * labels, the words and phrases of the press that signal it, and the look-alike phrases that
 * must not count (`السلام الوطني` is an anthem, not peace). Every phrase carries the region
 * whose press uses it (`all` for Modern Standard Arabic).
 *
 * Spellings are as the press writes them (hamza, ta marbuta); the extractor normalizes them
 * and matches whole words with the joined clitics و/ف/ب/ل/ك and لل (`وللاستثمار`،
 * `بالطاقة`). A phrase written without the article also matches with it (`استثمارات` →
 * `الاستثمارات`، `والاستثمارات`); a phrase written with the article needs it, which is how a
 * word that is also something else is kept from firing alone (`الأمن` counts, the verb
 * `أمّن` does not). A word with a joined pronoun counts only in the forms listed
 * (`علاقاتهما`، `استقرارها`): generating them would turn `أمنية` "a wish" into security.
 * A spelling the normalizer folds (`الإستراتيجية`، `الإفريقي`) needs no entry of its own.
 * Adding a spelling is a one-line change.
 *
 * @module
 */

/**
 * The topic codes, stable and kebab-case.
 *
 * @example
 * ```ts
 * TOPIC_CODES.includes('energy'); // true — «الطاقة»، «النفط»، «الربط الكهربائي»
 * ```
 */
export const TOPIC_CODES = [
  'bilateral-relations',
  'sovereignty',
  'economy',
  'trade',
  'investment',
  'energy',
  'transport',
  'security',
  'defense',
  'counter-terrorism',
  'regional-conflict',
  'peace',
  'humanitarian',
  'human-rights',
  'migration',
  'health',
  'education',
  'culture',
  'water',
  'climate',
  'food-security',
  'reconstruction',
  'sanctions',
  'nuclear',
  'multilateral',
] as const;

/**
 * A topic code of {@link TOPIC_CODES}.
 *
 * @example
 * ```ts
 * const topic: TopicCode = 'water'; // «ملف المياه»، «سد النهضة»
 * ```
 */
export type TopicCode = (typeof TOPIC_CODES)[number];

/**
 * Where a phrase is used: `all` for Modern Standard Arabic, else the region whose press
 * prefers it.
 *
 * @example
 * ```ts
 * const region: TopicRegion = 'maghreb'; // «الحراقة»، «المبادلات التجارية»
 * ```
 */
export type TopicRegion = 'all' | 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';

/**
 * One phrase of the topic table, as the press writes it.
 *
 * @example
 * ```ts
 * const keyword: TopicPhrase = { phrase: 'قانون قيصر', region: 'levant' };
 * ```
 */
export interface TopicPhrase {
  /** The word or phrase as written (with hamza; no vowel marks). */
  readonly phrase: string;
  /** The region whose press uses it; `all` for Modern Standard Arabic. */
  readonly region: TopicRegion;
}

/**
 * A phrase that contains a keyword of a topic but means something else; where it occurs it
 * signals no topic.
 *
 * @example
 * ```ts
 * const anthem: TopicFalseFriend = { phrase: 'السلام الوطني', region: 'egypt', sense: 'the national anthem' };
 * ```
 */
export interface TopicFalseFriend extends TopicPhrase {
  /** What the phrase means instead, in English. */
  readonly sense: string;
}

/**
 * One topic: its code, labels, keywords and false friends.
 *
 * @example
 * ```ts
 * const water = TOPICS.find((t) => t.code === 'water');
 * water?.ar; // 'المياه'
 * ```
 */
export interface TopicEntry {
  /** Stable code. */
  readonly code: TopicCode;
  /** Arabic label. */
  readonly ar: string;
  /** English label. */
  readonly en: string;
  /** Words and phrases that signal the topic. */
  readonly keywords: readonly TopicPhrase[];
  /** Look-alike phrases that must not signal it. */
  readonly falseFriends: readonly TopicFalseFriend[];
}

/**
 * The topics of diplomatic statements, with the words that signal each. A statement's
 * `topics` are the codes whose keywords occur in its content.
 *
 * @example
 * ```ts
 * const energy = TOPICS.find((t) => t.code === 'energy');
 * energy?.keywords.some((k) => k.phrase === 'المحروقات' && k.region === 'maghreb'); // true
 * ```
 */
export const TOPICS: readonly TopicEntry[] = [
  {
    code: 'bilateral-relations',
    ar: 'العلاقات الثنائية',
    en: 'Bilateral relations',
    keywords: [
      { phrase: 'علاقات', region: 'all' },
      { phrase: 'علاقاتهما', region: 'all' },
      { phrase: 'علاقاتها', region: 'all' },
      { phrase: 'علاقاتنا', region: 'all' },
      { phrase: 'العلاقة بين البلدين', region: 'all' },
      { phrase: 'بين البلدين', region: 'all' },
      { phrase: 'البلدين الشقيقين', region: 'gulf' },
      { phrase: 'الشعبين الشقيقين', region: 'all' },
      { phrase: 'بين الشعبين', region: 'all' },
      { phrase: 'بين القيادتين', region: 'all' },
      { phrase: 'الروابط الأخوية', region: 'gulf' },
      { phrase: 'التعاون الثنائي', region: 'all' },
      { phrase: 'الشراكة الاستراتيجية', region: 'all' },
      { phrase: 'أواصر', region: 'gulf' },
      { phrase: 'روابط الأخوة', region: 'all' },
      { phrase: 'اللجنة العليا المشتركة', region: 'all' },
      { phrase: 'اللجنة المشتركة الكبرى', region: 'maghreb' },
      { phrase: 'مجلس التنسيق', region: 'gulf' },
    ],
    falseFriends: [
      { phrase: 'العلاقات العامة', region: 'all', sense: 'public relations' },
      { phrase: 'علاقات عامة', region: 'all', sense: 'public relations' },
    ],
  },
  {
    code: 'sovereignty',
    ar: 'السيادة ووحدة الأراضي',
    en: 'Sovereignty and territorial integrity',
    keywords: [
      { phrase: 'سيادة', region: 'all' },
      { phrase: 'سيادتها', region: 'all' },
      { phrase: 'وحدة الأراضي', region: 'all' },
      { phrase: 'وحدة أراضي', region: 'all' },
      { phrase: 'سلامة الأراضي', region: 'all' },
      { phrase: 'سلامة أراضي', region: 'all' },
      { phrase: 'كامل أراضيها', region: 'all' },
      { phrase: 'كامل أراضيه', region: 'all' },
      { phrase: 'سلطة الدولة', region: 'levant' },
      { phrase: 'وحدة وسلامة', region: 'all' },
      { phrase: 'توحيد أراضيها', region: 'levant' },
      { phrase: 'الوحدة الترابية', region: 'maghreb' },
      { phrase: 'عدم التدخل في الشؤون الداخلية', region: 'all' },
      { phrase: 'ترسيم الحدود', region: 'all' },
      { phrase: 'وحدة أراضيه', region: 'all' },
      { phrase: 'وحدة أراضيها', region: 'all' },
      { phrase: 'التدخل في الشؤون الداخلية', region: 'all' },
      { phrase: 'شؤونها الداخلية', region: 'all' },
      { phrase: 'تدخل أجنبي', region: 'all' },
      { phrase: 'التدخل الأجنبي', region: 'all' },
      { phrase: 'التدخلات الخارجية', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'سيادة الرئيس', region: 'all', sense: 'His Excellency the President (an honorific)' },
      { phrase: 'سيادة الوزير', region: 'all', sense: 'His Excellency the Minister' },
      { phrase: 'سيادة السفير', region: 'all', sense: 'His Excellency the Ambassador' },
      { phrase: 'سيادة اللواء', region: 'egypt', sense: 'His Excellency the General' },
      { phrase: 'سيادة المستشار', region: 'egypt', sense: 'His Excellency the Counsellor (a judge)' },
      { phrase: 'سيادة القانون', region: 'all', sense: 'the rule of law' },
    ],
  },
  {
    code: 'economy',
    ar: 'الاقتصاد',
    en: 'Economy',
    keywords: [
      { phrase: 'اقتصاد', region: 'all' },
      { phrase: 'اقتصادها', region: 'all' },
      { phrase: 'اقتصادات', region: 'all' },
      { phrase: 'اقتصادي', region: 'all' },
      { phrase: 'اقتصادية', region: 'all' },
      { phrase: 'اقتصاديا', region: 'all' },
      { phrase: 'الاستقرار الاقتصادي', region: 'all' },
      { phrase: 'الاستقرار المالي', region: 'all' },
      { phrase: 'استقرار الأسعار', region: 'all' },
      { phrase: 'التنمية', region: 'all' },
      { phrase: 'تنموي', region: 'all' },
      { phrase: 'تنموية', region: 'all' },
      { phrase: 'الصناعة', region: 'all' },
      { phrase: 'صناعي', region: 'all' },
      { phrase: 'صناعية', region: 'all' },
      { phrase: 'القطاع الخاص', region: 'all' },
      { phrase: 'التعدين', region: 'all' },
      { phrase: 'التضخم', region: 'all' },
      { phrase: 'صندوق النقد الدولي', region: 'all' },
      { phrase: 'البنك الدولي', region: 'all' },
      { phrase: 'المساعدات المالية', region: 'all' },
      { phrase: 'الديون', region: 'all' },
      { phrase: 'الدين العام', region: 'all' },
      { phrase: 'الأزمة المالية', region: 'all' },
      { phrase: 'تسوية الديون', region: 'all' },
      { phrase: 'تسوية المستحقات', region: 'iraq' },
    ],
    falseFriends: [],
  },
  {
    code: 'trade',
    ar: 'التجارة',
    en: 'Trade',
    keywords: [
      { phrase: 'تجارة', region: 'all' },
      { phrase: 'تجاري', region: 'all' },
      { phrase: 'تجارية', region: 'all' },
      { phrase: 'صادرات', region: 'all' },
      { phrase: 'واردات', region: 'all' },
      { phrase: 'تصدير', region: 'all' },
      { phrase: 'استيراد', region: 'all' },
      { phrase: 'المبادلات', region: 'maghreb' },
      { phrase: 'الجمارك', region: 'all' },
      { phrase: 'جمركية', region: 'all' },
      { phrase: 'السلع', region: 'all' },
      { phrase: 'البضائع', region: 'all' },
      { phrase: 'حركة الشاحنات', region: 'levant' },
    ],
    falseFriends: [],
  },
  {
    code: 'investment',
    ar: 'الاستثمار',
    en: 'Investment',
    keywords: [
      { phrase: 'استثمار', region: 'all' },
      { phrase: 'استثمارات', region: 'all' },
      { phrase: 'استثماري', region: 'all' },
      { phrase: 'استثمارية', region: 'all' },
      { phrase: 'المستثمر', region: 'all' },
      { phrase: 'المستثمرين', region: 'all' },
      { phrase: 'المستثمرون', region: 'all' },
      { phrase: 'رجال الأعمال', region: 'all' },
      { phrase: 'رؤوس الأموال', region: 'all' },
      { phrase: 'المشاريع المشتركة', region: 'all' },
      { phrase: 'المشروعات المشتركة', region: 'egypt' },
      { phrase: 'الصناديق السيادية', region: 'gulf' },
      { phrase: 'مناخ الاستثمار', region: 'all' },
      { phrase: 'المناخ الاستثماري', region: 'all' },
      { phrase: 'بيئة الأعمال', region: 'all' },
      { phrase: 'البيئة الاستثمارية', region: 'all' },
    ],
    falseFriends: [],
  },
  {
    code: 'energy',
    ar: 'الطاقة',
    en: 'Energy',
    keywords: [
      { phrase: 'الطاقة', region: 'all' },
      { phrase: 'أمن الطاقة', region: 'all' },
      // The plural of «طاقة» is energy only with a kind of source («الطاقات الشبابية» are young talents).
      // An adjective agrees in definiteness, so the definite phrase is written out («الطاقات المتجددة»).
      { phrase: 'طاقات متجددة', region: 'all' },
      { phrase: 'الطاقات المتجددة', region: 'all' },
      { phrase: 'طاقات نظيفة', region: 'all' },
      { phrase: 'الطاقات النظيفة', region: 'all' },
      { phrase: 'طاقات بديلة', region: 'all' },
      { phrase: 'الطاقات البديلة', region: 'all' },
      { phrase: 'الطاقات الخضراء', region: 'all' },
      { phrase: 'طاقة متجددة', region: 'all' },
      { phrase: 'الطاقة الشمسية', region: 'all' },
      { phrase: 'طاقة الرياح', region: 'all' },
      { phrase: 'الطاقات الأحفورية', region: 'all' },
      { phrase: 'نفط', region: 'all' },
      { phrase: 'نفطي', region: 'all' },
      { phrase: 'نفطية', region: 'all' },
      { phrase: 'غاز', region: 'all' },
      { phrase: 'الغاز الطبيعي', region: 'all' },
      { phrase: 'كهرباء', region: 'all' },
      { phrase: 'الكهربائي', region: 'all' },
      { phrase: 'الكهربائية', region: 'all' },
      { phrase: 'طاقوي', region: 'maghreb' },
      { phrase: 'طاقوية', region: 'maghreb' },
      { phrase: 'الوقود', region: 'all' },
      { phrase: 'المحروقات', region: 'maghreb' }, // also Lebanon and Syria
      { phrase: 'المشتقات النفطية', region: 'iraq' },
      { phrase: 'المازوت', region: 'levant' },
      { phrase: 'الفيول', region: 'levant' },
      { phrase: 'البترول', region: 'egypt' },
      { phrase: 'بترولية', region: 'egypt' },
      { phrase: 'المصافي', region: 'iraq' },
      { phrase: 'خط الأنابيب', region: 'all' },
      { phrase: 'خطوط الأنابيب', region: 'all' },
      { phrase: 'الهيدروجين', region: 'all' },
      { phrase: 'أوبك', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'الطاقة الاستيعابية', region: 'all', sense: 'capacity (of a hospital, a camp…)' },
      { phrase: 'الغاز المسيل للدموع', region: 'all', sense: 'tear gas' },
      { phrase: 'غاز مسيل للدموع', region: 'all', sense: 'tear gas' },
      { phrase: 'قنابل الغاز', region: 'all', sense: 'tear-gas canisters' },
    ],
  },
  {
    code: 'transport',
    ar: 'النقل والبنية التحتية',
    en: 'Transport and infrastructure',
    keywords: [
      { phrase: 'النقل', region: 'all' },
      { phrase: 'الطيران', region: 'all' },
      { phrase: 'الرحلات الجوية', region: 'all' },
      { phrase: 'الخطوط الجوية', region: 'all' },
      { phrase: 'الموانئ', region: 'all' },
      { phrase: 'ميناء', region: 'all' },
      { phrase: 'السكك الحديدية', region: 'all' },
      { phrase: 'سكة الحديد', region: 'egypt' },
      { phrase: 'الربط السككي', region: 'maghreb' },
      { phrase: 'الربط البري', region: 'all' },
      { phrase: 'البنية التحتية', region: 'all' },
      { phrase: 'البنى التحتية', region: 'all' },
      { phrase: 'معبر', region: 'all' },
      { phrase: 'المعابر', region: 'all' },
      { phrase: 'الطريق الدولي', region: 'levant' },
      { phrase: 'طريق التنمية', region: 'iraq' },
      { phrase: 'قناة السويس', region: 'egypt' },
    ],
    falseFriends: [
      { phrase: 'النقل المباشر', region: 'all', sense: 'live broadcast' },
      { phrase: 'النقل التلفزيوني', region: 'all', sense: 'television broadcast' },
    ],
  },
  {
    code: 'security',
    ar: 'الأمن',
    en: 'Security',
    keywords: [
      { phrase: 'الأمن', region: 'all' },
      { phrase: 'أمني', region: 'all' },
      { phrase: 'الأمنية', region: 'all' },
      { phrase: 'أمنيا', region: 'all' },
      { phrase: 'أمنها', region: 'all' },
      { phrase: 'أمن الحدود', region: 'all' },
      { phrase: 'أمن المنطقة', region: 'all' },
      { phrase: 'أمن واستقرار', region: 'all' },
      { phrase: 'أمن الخليج', region: 'gulf' },
      { phrase: 'أمن البحر الأحمر', region: 'all' },
      { phrase: 'تحديات أمنية', region: 'all' },
      { phrase: 'مخاوف أمنية', region: 'all' },
      { phrase: 'ترتيبات أمنية', region: 'all' },
      { phrase: 'البيئة الأمنية', region: 'all' },
      { phrase: 'القوات الأمنية', region: 'all' },
      { phrase: 'قوات الأمن', region: 'all' },
      { phrase: 'استقرار', region: 'all' },
      { phrase: 'استقرارها', region: 'all' },
      { phrase: 'استقراره', region: 'all' },
      { phrase: 'أمنه واستقراره', region: 'all' },
      { phrase: 'ضبط الحدود', region: 'all' },
      { phrase: 'تأمين الحدود', region: 'all' },
      { phrase: 'الجماعات المسلحة', region: 'all' },
      { phrase: 'التهريب', region: 'all' },
      { phrase: 'تهريب', region: 'all' },
      { phrase: 'المخدرات', region: 'all' },
      { phrase: 'الكبتاغون', region: 'levant' },
      { phrase: 'الجريمة المنظمة', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'الملاذ الآمن', region: 'all', sense: 'safe haven (الآمن "safe" is spelled الأمن once hamza is folded)' },
      { phrase: 'الممر الآمن', region: 'all', sense: 'safe corridor' },
      { phrase: 'الطريق الآمن', region: 'all', sense: 'safe road' },
      { phrase: 'الاستخدام الآمن', region: 'all', sense: 'safe use' },
    ],
  },
  {
    code: 'defense',
    ar: 'الدفاع والتعاون العسكري',
    en: 'Defense and military cooperation',
    keywords: [
      { phrase: 'الدفاع', region: 'all' },
      { phrase: 'الدفاع الجوي', region: 'all' },
      { phrase: 'دفاعي', region: 'all' },
      { phrase: 'دفاعية', region: 'all' },
      { phrase: 'عسكري', region: 'all' },
      { phrase: 'عسكرية', region: 'all' },
      { phrase: 'عسكريا', region: 'all' },
      { phrase: 'المساعدات العسكرية', region: 'all' },
      { phrase: 'أسلحة', region: 'all' },
      { phrase: 'التسليح', region: 'all' },
      { phrase: 'مناورات', region: 'all' },
      { phrase: 'التدريبات المشتركة', region: 'all' },
      { phrase: 'القوات المسلحة', region: 'all' },
      { phrase: 'القوات', region: 'all' },
      { phrase: 'الجيش', region: 'all' },
      { phrase: 'الجيشين', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'الدفاع عن', region: 'all', sense: 'defending (a cause, rights, interests)' },
      { phrase: 'الدفاع المدني', region: 'all', sense: 'civil defence (rescue service)' },
      { phrase: 'هيئة الدفاع', region: 'all', sense: 'defence lawyers' },
    ],
  },
  {
    code: 'counter-terrorism',
    ar: 'مكافحة الإرهاب',
    en: 'Counter-terrorism',
    keywords: [
      { phrase: 'إرهاب', region: 'all' },
      { phrase: 'إرهابي', region: 'all' },
      { phrase: 'إرهابية', region: 'all' },
      { phrase: 'إرهابيين', region: 'all' },
      { phrase: 'الإرهابيون', region: 'all' },
      { phrase: 'الحرب على الإرهاب', region: 'all' },
      { phrase: 'التطرف', region: 'all' },
      { phrase: 'المتطرفة', region: 'all' },
      { phrase: 'المتطرفين', region: 'all' },
      { phrase: 'داعش', region: 'all' },
      { phrase: 'تنظيم القاعدة', region: 'all' },
      { phrase: 'الخلايا النائمة', region: 'iraq' },
    ],
    falseFriends: [],
  },
  {
    code: 'regional-conflict',
    ar: 'النزاعات والأزمات الإقليمية',
    en: 'Conflicts and regional crises',
    keywords: [
      { phrase: 'حرب', region: 'all' },
      { phrase: 'نزاع', region: 'all' },
      { phrase: 'النزاعات', region: 'all' },
      { phrase: 'صراع', region: 'all' },
      { phrase: 'الصراعات', region: 'all' },
      { phrase: 'القتال', region: 'all' },
      { phrase: 'الاقتتال', region: 'all' },
      { phrase: 'وقف إطلاق النار', region: 'all' },
      { phrase: 'وقف الحرب', region: 'all' },
      { phrase: 'هدنة', region: 'all' },
      { phrase: 'تصعيد', region: 'all' },
      { phrase: 'خفض التصعيد', region: 'all' },
      { phrase: 'التهدئة', region: 'levant' },
      { phrase: 'الأعمال العدائية', region: 'all' },
      { phrase: 'العمليات العسكرية', region: 'all' },
      { phrase: 'الاحتلال', region: 'all' },
      { phrase: 'العدوان', region: 'all' },
      { phrase: 'الاعتداءات', region: 'all' },
      { phrase: 'اعتداء', region: 'all' },
      { phrase: 'التطورات الإقليمية', region: 'all' },
      { phrase: 'الأوضاع الإقليمية', region: 'all' },
      { phrase: 'الأزمات الإقليمية', region: 'all' },
      { phrase: 'التوترات', region: 'all' },
      { phrase: 'الأزمة السورية', region: 'levant' },
      { phrase: 'الأزمة اللبنانية', region: 'levant' },
      { phrase: 'الأزمة اليمنية', region: 'gulf' },
      { phrase: 'الأزمة السودانية', region: 'egypt' },
      { phrase: 'الأزمة الليبية', region: 'maghreb' },
      { phrase: 'الأوضاع في غزة', region: 'all' },
      { phrase: 'القضية الفلسطينية', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'الحرب على الفساد', region: 'all', sense: 'the fight against corruption' },
      { phrase: 'الحرب ضد الفساد', region: 'all', sense: 'the fight against corruption' },
      { phrase: 'الحرب العالمية', region: 'all', sense: 'a world war (history)' },
      { phrase: 'حرب الأسعار', region: 'all', sense: 'a price war' },
    ],
  },
  {
    code: 'peace',
    ar: 'السلام والتسوية',
    en: 'Peace and settlement',
    keywords: [
      { phrase: 'السلام', region: 'all' },
      { phrase: 'السلم', region: 'all' },
      { phrase: 'السلم الأهلي', region: 'levant' },
      { phrase: 'التسوية', region: 'all' },
      { phrase: 'التسوية السياسية', region: 'all' },
      { phrase: 'حل سياسي', region: 'all' },
      { phrase: 'الحل السياسي', region: 'all' },
      { phrase: 'حل الدولتين', region: 'all' },
      { phrase: 'مصالحة', region: 'all' },
      { phrase: 'وساطة', region: 'all' },
      { phrase: 'الجهود الدبلوماسية', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'السلام عليكم', region: 'all', sense: 'the greeting' },
      { phrase: 'عليه السلام', region: 'all', sense: 'the blessing after a prophet’s name' },
      { phrase: 'عليها السلام', region: 'all', sense: 'the blessing after a name' },
      { phrase: 'عليهم السلام', region: 'all', sense: 'the blessing after names' },
      { phrase: 'عبد السلام', region: 'all', sense: 'a personal name' },
      { phrase: 'دار السلام', region: 'all', sense: 'Dar es Salaam' },
      { phrase: 'مدينة السلام', region: 'iraq', sense: 'Baghdad, by its epithet' },
      { phrase: 'وادي السلام', region: 'iraq', sense: 'the cemetery of Najaf' },
      { phrase: 'السلام الوطني', region: 'egypt', sense: 'the national anthem' },
      { phrase: 'السلام الجمهوري', region: 'iraq', sense: 'the national anthem' },
      { phrase: 'السلام الملكي', region: 'gulf', sense: 'the royal anthem' },
      { phrase: 'السلام الأميري', region: 'gulf', sense: 'the emiri anthem' },
      { phrase: 'السلم الموسيقي', region: 'all', sense: 'a musical scale' },
    ],
  },
  {
    code: 'humanitarian',
    ar: 'الشؤون الإنسانية',
    en: 'Humanitarian affairs',
    keywords: [
      { phrase: 'مساعدات', region: 'all' },
      { phrase: 'إغاثة', region: 'all' },
      { phrase: 'الإغاثية', region: 'all' },
      { phrase: 'إنساني', region: 'all' },
      { phrase: 'الإنسانية', region: 'all' },
      { phrase: 'إنسانية', region: 'all' },
      { phrase: 'النازحين', region: 'all' },
      { phrase: 'النازحون', region: 'all' },
      { phrase: 'المخيمات', region: 'all' },
      { phrase: 'الهلال الأحمر', region: 'all' },
      { phrase: 'الصليب الأحمر', region: 'all' },
      { phrase: 'المنكوبين', region: 'all' },
      { phrase: 'الزلزال', region: 'all' },
      { phrase: 'الكوارث', region: 'all' },
      { phrase: 'المجاعة', region: 'all' },
      { phrase: 'الأسرى', region: 'all' },
      { phrase: 'المفقودين', region: 'levant' },
    ],
    falseFriends: [
      { phrase: 'ضد الإنسانية', region: 'all', sense: '(crimes) against humanity' },
      { phrase: 'خدمة الإنسانية', region: 'all', sense: 'the service of humankind' },
      { phrase: 'المخيمات الصيفية', region: 'all', sense: 'summer camps' },
    ],
  },
  {
    code: 'human-rights',
    ar: 'حقوق الإنسان',
    en: 'Human rights',
    keywords: [
      { phrase: 'حقوق الإنسان', region: 'all' },
      { phrase: 'الحريات', region: 'all' },
      { phrase: 'حرية التعبير', region: 'all' },
      { phrase: 'حرية الصحافة', region: 'all' },
      { phrase: 'المعتقلين', region: 'all' },
      { phrase: 'حقوق المرأة', region: 'all' },
    ],
    falseFriends: [],
  },
  {
    code: 'migration',
    ar: 'الهجرة واللجوء',
    en: 'Migration and refugees',
    keywords: [
      { phrase: 'هجرة', region: 'all' },
      { phrase: 'المهاجرين', region: 'all' },
      { phrase: 'المهاجرون', region: 'all' },
      { phrase: 'لاجئ', region: 'all' },
      { phrase: 'لاجئين', region: 'all' },
      { phrase: 'اللاجئون', region: 'all' },
      { phrase: 'لجوء', region: 'all' },
      { phrase: 'العودة الطوعية', region: 'all' },
      { phrase: 'الحراقة', region: 'maghreb' },
      { phrase: 'قوارب الموت', region: 'maghreb' },
      { phrase: 'المقيمين بالخارج', region: 'maghreb' },
      { phrase: 'الجالية', region: 'all' },
      { phrase: 'الجاليات', region: 'all' },
      { phrase: 'المغتربين', region: 'levant' },
      { phrase: 'العمالة', region: 'gulf' },
      { phrase: 'الوافدين', region: 'gulf' },
      { phrase: 'تأشيرات', region: 'all' },
      { phrase: 'التأشيرة', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'الهجرة النبوية', region: 'all', sense: "the Prophet's hijra (a holiday)" },
      { phrase: 'ذكرى الهجرة', region: 'all', sense: 'the anniversary of the hijra' },
    ],
  },
  {
    code: 'health',
    ar: 'الصحة',
    en: 'Health',
    keywords: [
      { phrase: 'الصحة', region: 'all' },
      { phrase: 'صحي', region: 'all' },
      { phrase: 'صحية', region: 'all' },
      { phrase: 'الدواء', region: 'all' },
      { phrase: 'أدوية', region: 'all' },
      { phrase: 'لقاحات', region: 'all' },
      { phrase: 'الأوبئة', region: 'all' },
      { phrase: 'الوباء', region: 'all' },
      { phrase: 'جائحة', region: 'all' },
      { phrase: 'كورونا', region: 'all' },
      { phrase: 'مستشفيات', region: 'all' },
    ],
    falseFriends: [],
  },
  {
    code: 'education',
    ar: 'التعليم والعلوم والتكنولوجيا',
    en: 'Education, science and technology',
    keywords: [
      { phrase: 'تعليم', region: 'all' },
      { phrase: 'تعليمي', region: 'all' },
      { phrase: 'تعليمية', region: 'all' },
      { phrase: 'التربية', region: 'all' },
      { phrase: 'جامعات', region: 'all' },
      { phrase: 'المنح الدراسية', region: 'all' },
      { phrase: 'منح دراسية', region: 'all' },
      { phrase: 'الطلاب', region: 'all' },
      { phrase: 'الطلبة', region: 'all' },
      { phrase: 'البحث العلمي', region: 'all' },
      { phrase: 'مدارس', region: 'all' },
      { phrase: 'التكنولوجيا', region: 'all' },
      { phrase: 'الذكاء الاصطناعي', region: 'all' },
      { phrase: 'التحول الرقمي', region: 'all' },
      { phrase: 'الرقمنة', region: 'maghreb' },
      { phrase: 'الابتكار', region: 'all' },
    ],
    falseFriends: [],
  },
  {
    code: 'culture',
    ar: 'الثقافة والسياحة',
    en: 'Culture and tourism',
    keywords: [
      { phrase: 'الثقافة', region: 'all' },
      { phrase: 'ثقافي', region: 'all' },
      { phrase: 'ثقافية', region: 'all' },
      { phrase: 'الثقافات', region: 'all' },
      { phrase: 'تراث', region: 'all' },
      { phrase: 'الأثرية', region: 'all' },
      { phrase: 'الفنون', region: 'all' },
      { phrase: 'مهرجان', region: 'all' },
      { phrase: 'الرياضة', region: 'all' },
      { phrase: 'سياحة', region: 'all' },
      { phrase: 'سياحي', region: 'all' },
      { phrase: 'سياحية', region: 'all' },
      { phrase: 'السياح', region: 'all' },
      { phrase: 'السائحين', region: 'all' },
      { phrase: 'الحجاج', region: 'gulf' },
      { phrase: 'المعتمرين', region: 'gulf' },
    ],
    falseFriends: [],
  },
  {
    code: 'water',
    ar: 'المياه',
    en: 'Water',
    keywords: [
      { phrase: 'مياه', region: 'all' },
      { phrase: 'مائي', region: 'all' },
      { phrase: 'مائية', region: 'all' },
      { phrase: 'الأمن المائي', region: 'all' },
      { phrase: 'أمنها المائي', region: 'all' },
      { phrase: 'أمنه المائي', region: 'all' },
      { phrase: 'سد النهضة', region: 'egypt' },
      { phrase: 'نهر النيل', region: 'egypt' },
      { phrase: 'دجلة والفرات', region: 'iraq' },
      { phrase: 'الإطلاقات المائية', region: 'iraq' },
      { phrase: 'الري', region: 'all' },
      { phrase: 'السدود', region: 'all' },
      { phrase: 'الأنهار', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'المياه الإقليمية', region: 'all', sense: 'territorial waters' },
      { phrase: 'المياه الدولية', region: 'all', sense: 'international waters' },
    ],
  },
  {
    code: 'climate',
    ar: 'المناخ والبيئة',
    en: 'Climate and environment',
    keywords: [
      { phrase: 'المناخ', region: 'all' },
      { phrase: 'مناخي', region: 'all' },
      { phrase: 'مناخية', region: 'all' },
      { phrase: 'البيئة', region: 'all' },
      { phrase: 'بيئي', region: 'all' },
      { phrase: 'بيئية', region: 'all' },
      { phrase: 'التصحر', region: 'all' },
      { phrase: 'الجفاف', region: 'all' },
      { phrase: 'الانبعاثات', region: 'all' },
      { phrase: 'الاحتباس الحراري', region: 'all' },
      { phrase: 'الحياد الكربوني', region: 'gulf' },
      { phrase: 'الاقتصاد الأخضر', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'المناخ السياسي', region: 'all', sense: 'the political climate' },
      { phrase: 'المناخ العام', region: 'all', sense: 'the general mood' },
      { phrase: 'المناخ الإيجابي', region: 'all', sense: 'a positive atmosphere (of talks)' },
      { phrase: 'البيئة المناسبة', region: 'all', sense: 'suitable conditions' },
      { phrase: 'البيئة الملائمة', region: 'all', sense: 'suitable conditions' },
    ],
  },
  {
    code: 'food-security',
    ar: 'الغذاء والزراعة',
    en: 'Food security and agriculture',
    keywords: [
      { phrase: 'الأمن الغذائي', region: 'all' },
      { phrase: 'أمنها الغذائي', region: 'all' },
      { phrase: 'الغذاء', region: 'all' },
      { phrase: 'غذائي', region: 'all' },
      { phrase: 'غذائية', region: 'all' },
      { phrase: 'الزراعة', region: 'all' },
      { phrase: 'زراعي', region: 'all' },
      { phrase: 'زراعية', region: 'all' },
      { phrase: 'الفلاحة', region: 'maghreb' },
      { phrase: 'فلاحي', region: 'maghreb' },
      { phrase: 'فلاحية', region: 'maghreb' },
      { phrase: 'القمح', region: 'all' },
      { phrase: 'الحبوب', region: 'all' },
      { phrase: 'الأسمدة', region: 'all' },
      { phrase: 'الصيد البحري', region: 'maghreb' },
    ],
    falseFriends: [],
  },
  {
    code: 'reconstruction',
    ar: 'إعادة الإعمار',
    en: 'Reconstruction',
    keywords: [
      { phrase: 'إعادة الإعمار', region: 'all' },
      { phrase: 'إعمار', region: 'all' },
      { phrase: 'إعادة البناء', region: 'all' },
      { phrase: 'إعادة بناء', region: 'all' },
      { phrase: 'إعادة تأهيل', region: 'all' },
      { phrase: 'التعافي المبكر', region: 'levant' },
    ],
    falseFriends: [{ phrase: 'إعادة بناء الثقة', region: 'all', sense: 'rebuilding trust' }],
  },
  {
    code: 'sanctions',
    ar: 'العقوبات',
    en: 'Sanctions',
    keywords: [
      { phrase: 'عقوبات', region: 'all' },
      { phrase: 'قانون قيصر', region: 'levant' },
      { phrase: 'الحصار', region: 'all' },
      { phrase: 'الحظر', region: 'all' },
    ],
    falseFriends: [
      { phrase: 'قانون العقوبات', region: 'all', sense: 'the penal code' },
      { phrase: 'العقوبات البديلة', region: 'all', sense: 'alternative (criminal) sentences' },
    ],
  },
  {
    code: 'nuclear',
    ar: 'الملف النووي',
    en: 'Nuclear',
    keywords: [
      { phrase: 'نووي', region: 'all' },
      { phrase: 'نووية', region: 'all' },
      { phrase: 'الطاقة النووية', region: 'all' },
      { phrase: 'الطاقة الذرية', region: 'all' },
      { phrase: 'اليورانيوم', region: 'all' },
      { phrase: 'تخصيب', region: 'all' },
      { phrase: 'أسلحة الدمار الشامل', region: 'all' },
    ],
    falseFriends: [],
  },
  {
    code: 'multilateral',
    ar: 'المنظمات الدولية والإقليمية',
    en: 'International and regional organizations',
    keywords: [
      { phrase: 'الأمم المتحدة', region: 'all' },
      { phrase: 'مجلس الأمن', region: 'all' },
      { phrase: 'الجامعة العربية', region: 'all' },
      { phrase: 'جامعة الدول العربية', region: 'all' },
      { phrase: 'القمة العربية', region: 'all' },
      { phrase: 'مجلس التعاون الخليجي', region: 'gulf' },
      { phrase: 'مجلس التعاون لدول الخليج العربية', region: 'gulf' },
      { phrase: 'الاتحاد الأفريقي', region: 'all' },
      { phrase: 'الاتحاد الأوروبي', region: 'all' },
      { phrase: 'منظمة التعاون الإسلامي', region: 'all' },
      { phrase: 'اتحاد المغرب العربي', region: 'maghreb' },
      { phrase: 'الاتحاد المغاربي', region: 'maghreb' },
      { phrase: 'المحافل الدولية', region: 'all' },
      { phrase: 'المنظمات الدولية', region: 'all' },
      { phrase: 'حلف الناتو', region: 'all' },
      { phrase: 'مجموعة العشرين', region: 'all' },
      { phrase: 'بريكس', region: 'all' },
      { phrase: 'الشرعية الدولية', region: 'all' },
      { phrase: 'القرارات الدولية', region: 'all' },
      { phrase: 'القرار الدولي', region: 'levant' },
    ],
    falseFriends: [],
  },
];
