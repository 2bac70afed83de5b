/**
 * Words that end a person's name in running text: a name is read word by word
 * after a title (`الرئيس السوري أحمد الشرع`) and stops before any of these
 * (prepositions, conjunction-led clauses, time words, content introducers).
 * Spellings as written; normalized by the extractor.
 *
 * @module
 */
import type { OfficeCode } from './offices';

/** Words that can never be part of a person's name. */
export const NAME_BOUNDARY_WORDS: readonly string[] = [
  'في', 'خلال', 'إلى', 'الى', 'على', 'عن', 'مع', 'من', 'أن', 'إن', 'بأن', 'لدى', 'أمام', 'عقب', 'أثناء',
  'بعد', 'قبل', 'حيث', 'الذي', 'التي', 'الذين', 'اليوم', 'أمس', 'غدا', 'يوم', 'مساء', 'صباح', 'ظهر',
  'هي', 'هو', 'قد', 'لقد', 'كان', 'كانت', 'إنه', 'إنها', 'انه', 'بين', 'حول', 'نحو', 'منذ', 'عبر', 'ضمن',
  'وفد', 'وفدا', 'زيارة', 'بزيارة', 'لزيارة', 'زيارته', 'زيارتها', 'له', 'لها', 'معه', 'معها', 'إذ', 'كما', 'ثم', 'أيضا',
  'برئاسة', 'بحضور', 'رئيس', 'وزير', 'والوفد', 'بمناسبة', 'ضيفا', 'ضيفة', 'الرحال', 'لكن', 'غير', 'أي',
  // Time words that follow a title in «يلتقي الرئيس الفرنسي الساعة 10:30 مساء».
  'الساعة', 'ساعة', 'الليلة', 'البارحة', 'صباحا', 'مساء', 'ظهرا', 'الأسبوع', 'الشهر', 'العام', 'السنة',
  // Parts of a period after a name or a place (`زار … تونس مطلع الأسبوع`).
  'مطلع', 'منتصف', 'أواخر', 'أوائل', 'مستهل', 'ختام',
  // Meeting verbs after a bare title, the future with «س» too (`وأوضح أن الوزير سيلتقي أيضاً …`).
  'يلتقي', 'تلتقي', 'سيلتقي', 'ستلتقي', 'سيجتمع', 'ستجتمع', 'سيبحث', 'ستبحث', 'سيعقد', 'ستعقد',
  // The comment a title declines (`ورفض المتحدث باسم الخارجية التعليق`).
  'التعليق',
];

/** Name particles that join two name words (`محمد بن سلمان`، `تميم بن حمد آل ثاني`، `عبد المجيد`). */
export const NAME_PARTICLES: readonly string[] = ['بن', 'ابن', 'بنت', 'آل', 'عبد', 'أبو', 'أبي', 'ولد'];

/**
 * Common nouns that follow a title as its object or in its place, never as a
 * name (`يعقد الرئيس جلسة مباحثات`، `أكد الضيف التونسي`).
 */
export const NOT_NAME_NOUNS: readonly string[] = [
  'جلسة', 'جلسات', 'مباحثات', 'محادثات', 'لقاء', 'لقاءات', 'اجتماع', 'اجتماعا', 'اتصالا', 'اتصال', 'كلمة',
  'رسالة', 'برقية', 'قمة', 'مؤتمر', 'مؤتمرا', 'الضيف', 'الضيفة', 'المضيف', 'ضيفه', 'ضيفها', 'نظيره', 'نظيرته',
  'دعم', 'حرص', 'تقدير', 'تقديره', 'ترحيب', 'استعداد', 'حكومة', 'الحكومة', 'وزارة', 'الوزارة', 'الرئاسة',
  // The nominative duals are collective speakers (COLLECTIVE_SPEAKER_NOUNS); these are their other case.
  'الجانبين', 'البلدين', 'الطرفين',
  'مطار', 'قصر', 'مقر', 'العاصمة', 'مدينة', 'القصر', 'المطار', 'قاعدة',
  // What two officials discuss, right after the second one's name (`بحث مع نظيره عباس عراقجي الملف النووي`).
  'الملف', 'الملفات', 'ملف', 'ملفات', 'التطورات', 'تطورات', 'المستجدات', 'مستجدات', 'العلاقات', 'علاقات', 'سبل', 'آفاق',
  'القضايا', 'قضايا', 'الأوضاع', 'أوضاع', 'أوجه', 'التعاون',
  // … and the verbal nouns that open such an object (`مع نظيره اليوناني جورجوس جيرابيتريتيس ترسيم الحدود`).
  'ترسيم', 'تعزيز', 'تطوير', 'توسيع', 'تنسيق', 'تفعيل',
  // Where a reception takes place and what a title's portfolio is (`استقبل … بمكتبه`، `نائب رئيس الوزراء لشؤون الدفاع`).
  'مكتب', 'مكتبه', 'مكتبها', 'ديوان', 'الديوان', 'شؤون', 'الشؤون',
  // To whom a speaker spoke, right after a bare surname (`وقال الصفدي للصحفيين`، `لوسائل الإعلام`، `لوكالة`).
  'الصحفيين', 'الصحفيون', 'الصحافة', 'الصحافيين', 'الإعلاميين', 'الإعلام', 'وسائل', 'وكالة', 'التلفزيون',
];

/**
 * Nouns that open a place named after a ruler (`مطار الملك خالد الدولي`، `قاعدة الأمير سلطان
 * الجوية`، `جامعة الملك سعود`): the title after them is part of the place's name, no office.
 */
export const PLACE_NAME_HEADS: readonly string[] = ['مطار', 'قاعدة', 'جامعة', 'مستشفى', 'ميناء', 'شارع', 'جسر', 'مسجد', 'مدينة', 'مركز'];

/**
 * Words between a title and the name that qualify the title (`رئيس الحكومة المغربية السابق
 * عبد الإله بن كيران`، `وزير الخارجية بالوكالة`): skipped before a name like an honorific.
 */
export const TITLE_QUALIFIERS: readonly string[] = ['السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'المكلف', 'المكلفة', 'بالوكالة', 'بالنيابة', 'الجديد', 'الجديدة', 'المنتخب', 'المنتخبة', 'الخاص', 'الخاصة'];

/**
 * A word that opens a title's complement before the holder's name (`المبعوث الأمريكي الخاص إلى
 * سوريا توم باراك`، `المبعوث الأمريكي لشؤون الشرق الأوسط ستيف ويتكوف`، `السفير البريطاني لدى
 * العراق عرفان صديق`). The complement is a country or up to three definite words; it is read only
 * when a name follows it.
 */
export interface TitleComplementLead {
  /** The word as written (`إلى`، `لدى`، `لشؤون`). */
  readonly lead: string;
  /**
   * `true` for a word that also says where someone goes (`وصل المبعوث إلى دمشق`): after a
   * movement verb it is the destination, not a complement.
   */
  readonly destination?: true;
  /** The office codes it completes; absent: any title (`نائب رئيس الوزراء لشؤون الدفاع`). */
  readonly codes?: readonly OfficeCode[];
  /**
   * `true` for a word that also says where something happens (`في`): it is the posting of a
   * resident diplomat (`السفير العراقي في دمشق ياسين الحجيمي`) only when its object is a place and
   * the title is a speaker's (after a reporting verb or at the start of a sentence); after
   * `التقى` it is where the meeting took place.
   */
  readonly posting?: true;
}

/** The words that open a title's complement (see {@link TitleComplementLead}). */
export const TITLE_COMPLEMENT_LEADS: readonly TitleComplementLead[] = [
  { lead: 'إلى', destination: true, codes: ['envoy', 'high-representative'] },
  { lead: 'لدى', codes: ['ambassador', 'charge-d-affaires', 'envoy'] },
  // «السفير التنزاني في القاهرة ريتشارد كيبوتي»، «سفير الهند في أبوظبي» (Egypt, the Gulf, the Levant).
  { lead: 'في', posting: true, codes: ['ambassador', 'charge-d-affaires'] },
  { lead: 'لشؤون' },
  // «وزير الدولة للشؤون الخارجية»، «مستشار الرئيس للشؤون العربية والأفريقية» (ل + الشؤون).
  { lead: 'للشؤون' },
];

/**
 * The office codes whose complement may be a country joined with «ل» (`المبعوث الأممي لليمن
 * هانس غروندبرغ`، `السفير الأمريكي لسوريا`).
 */
export const JOINED_COMPLEMENT_CODES: readonly OfficeCode[] = ['envoy', 'ambassador', 'high-representative'];

/** Regions where a collective noun is typical in the press (absent = used across the Arab press). */
export type CollectiveSpeakerRegion = 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';

/**
 * A noun that names a side, a delegation or a group of sources in a speaker's place (`أكد
 * الوفد السوداني`، `قال الجانب المصري`، `أكد الطرفان`). It never starts a person's name: a name
 * read word by word stops before it.
 */
export interface CollectiveSpeakerNoun {
  /** The noun as written, definite (`الوفد`). */
  readonly word: string;
  /**
   * `side`: one party, whose country the adjective or name after it gives (`الجانب المصري`);
   * `joint`: both parties together (`الطرفان`); `sources`: unnamed officials or circles.
   */
  readonly kind: 'side' | 'joint' | 'sources';
  /** English gloss. */
  readonly en: string;
  /** Where the noun is typical, when it is regional. */
  readonly region?: CollectiveSpeakerRegion;
}

/** THE collective speakers (see {@link CollectiveSpeakerNoun}), one line each. */
export const COLLECTIVE_SPEAKER_NOUNS: readonly CollectiveSpeakerNoun[] = [
  { word: 'الوفد', kind: 'side', en: 'the delegation' },
  { word: 'الجانب', kind: 'side', en: 'the side' },
  { word: 'الطرف', kind: 'side', en: 'the party' },
  { word: 'السلطات', kind: 'side', en: 'the authorities', region: 'maghreb' },
  { word: 'الجهات', kind: 'side', en: 'the (official) bodies' },
  { word: 'المصادر', kind: 'sources', en: 'the sources' },
  { word: 'الأوساط', kind: 'sources', en: 'the circles', region: 'levant' },
  { word: 'الدوائر', kind: 'sources', en: 'the circles', region: 'egypt' },
  { word: 'الطرفان', kind: 'joint', en: 'the two parties' },
  { word: 'الجانبان', kind: 'joint', en: 'the two sides' },
  { word: 'البلدان', kind: 'joint', en: 'the two countries' },
  { word: 'الوفدان', kind: 'joint', en: 'the two delegations' },
  { word: 'الزعيمان', kind: 'joint', en: 'the two leaders' },
  { word: 'القائدان', kind: 'joint', en: 'the two leaders', region: 'gulf' },
];
