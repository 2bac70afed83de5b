/**
 * Reporting verbs of Arabic news (`أكد`، `شدد`، `أعرب`…) with a normalized code.
 *
 * One row per verb: the past tense as written (3rd person masculine singular, the form
 * that opens a verb-first sentence: `وأكد الرئيس …`), its feminine past, present, verbal
 * noun (`تأكيد`) and active participle (`مؤكدا`, the circumstantial form: `…، مؤكدا أن …`),
 * and the words that introduce the content after it (`أن`، `على أن`، `عن`). Spellings carry
 * hamza but no vowel marks; normalize them before matching. Several verbs may share a code.
 *
 * @module
 */

/**
 * Normalized reporting-verb codes.
 *
 * @example
 * ```ts
 * REPORTING_VERB_CODES.includes('stress'); // true — «شدد»
 * ```
 */
export const REPORTING_VERB_CODES = [
  'affirm',
  'stress',
  'express',
  'indicate',
  'clarify',
  'convey',
  'say',
  'state',
  'announce',
  'note',
  'call-for',
  'welcome',
  'report',
  'mention',
  'consider',
  'renew',
  'demand',
  'deny',
  'warn',
  'condemn',
  'add',
  'reveal',
  'inform',
  'praise',
  'urge',
  'reject',
  'pledge',
  'propose',
  'acknowledge',
  'claim',
] as const;

/**
 * A normalized reporting-verb code (`affirm`, `stress`, `deny`…).
 *
 * @example
 * ```ts
 * const code: ReportingVerbCode = 'deny'; // «نفى»
 * ```
 */
export type ReportingVerbCode = (typeof REPORTING_VERB_CODES)[number];

/** Regions where a reporting verb is typical (absent = used across the Arab press). */
export type ReportingVerbRegion = 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';

/** One reporting verb and its derived forms, as written. */
export interface ReportingVerb {
  /** Normalized code. */
  readonly code: ReportingVerbCode;
  /** Past tense, 3rd person masculine singular (`أكد`). */
  readonly past: string;
  /** Past tense, 3rd person feminine singular (`أكدت`). */
  readonly pastFeminine: string;
  /** Present tense, 3rd person masculine singular (`يؤكد`). */
  readonly present: string;
  /** Verbal noun (`تأكيد`). */
  readonly verbalNoun: string;
  /** Active participle, masculine, in the accusative of circumstance (`مؤكدا`). */
  readonly participle: string;
  /** Words that introduce the reported content, longest first (`على أن` before `على`). */
  readonly introducers: readonly string[];
  /** English gloss of the past tense. */
  readonly en: string;
  /** Where the verb is typical, when it is regional. */
  readonly region?: ReportingVerbRegion;
}

/** THE reporting-verb table. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { code: 'affirm', past: 'أكد', pastFeminine: 'أكدت', present: 'يؤكد', verbalNoun: 'تأكيد', participle: 'مؤكدا', introducers: ['على أن', 'على', 'أن'], en: 'affirmed' },
  { code: 'stress', past: 'شدد', pastFeminine: 'شددت', present: 'يشدد', verbalNoun: 'تشديد', participle: 'مشددا', introducers: ['على أن', 'على'], en: 'stressed' },
  { code: 'express', past: 'أعرب', pastFeminine: 'أعربت', present: 'يعرب', verbalNoun: 'إعراب', participle: 'معربا', introducers: ['عن'], en: 'expressed' },
  { code: 'express', past: 'عبر', pastFeminine: 'عبرت', present: 'يعبر', verbalNoun: 'تعبير', participle: 'معبرا', introducers: ['عن'], en: 'expressed' },
  { code: 'express', past: 'أبدى', pastFeminine: 'أبدت', present: 'يبدي', verbalNoun: 'إبداء', participle: 'مبديا', introducers: [], en: 'showed' },
  { code: 'indicate', past: 'أشار', pastFeminine: 'أشارت', present: 'يشير', verbalNoun: 'إشارة', participle: 'مشيرا', introducers: ['إلى أن', 'إلى'], en: 'indicated' },
  { code: 'clarify', past: 'أوضح', pastFeminine: 'أوضحت', present: 'يوضح', verbalNoun: 'توضيح', participle: 'موضحا', introducers: ['أن'], en: 'clarified' },
  { code: 'clarify', past: 'بين', pastFeminine: 'بينت', present: 'يبين', verbalNoun: 'تبيين', participle: 'مبينا', introducers: ['أن'], en: 'explained', region: 'gulf' },
  { code: 'clarify', past: 'شرح', pastFeminine: 'شرحت', present: 'يشرح', verbalNoun: 'شرح', participle: 'شارحا', introducers: ['أن'], en: 'explained' },
  { code: 'convey', past: 'نقل', pastFeminine: 'نقلت', present: 'ينقل', verbalNoun: 'نقل', participle: 'ناقلا', introducers: ['عن', 'أن'], en: 'conveyed' },
  { code: 'say', past: 'قال', pastFeminine: 'قالت', present: 'يقول', verbalNoun: 'قول', participle: 'قائلا', introducers: ['إن'], en: 'said' },
  { code: 'state', past: 'صرح', pastFeminine: 'صرحت', present: 'يصرح', verbalNoun: 'تصريح', participle: 'مصرحا', introducers: ['بأن', 'أن'], en: 'stated' },
  { code: 'announce', past: 'أعلن', pastFeminine: 'أعلنت', present: 'يعلن', verbalNoun: 'إعلان', participle: 'معلنا', introducers: ['أن', 'عن'], en: 'announced' },
  { code: 'note', past: 'لفت', pastFeminine: 'لفتت', present: 'يلفت', verbalNoun: 'لفت', participle: 'لافتا', introducers: ['إلى أن', 'إلى'], en: 'noted' },
  { code: 'note', past: 'نوه', pastFeminine: 'نوهت', present: 'ينوه', verbalNoun: 'تنويه', participle: 'منوها', introducers: ['إلى أن', 'بأن', 'إلى', 'ب'], en: 'pointed out' },
  { code: 'note', past: 'أبرز', pastFeminine: 'أبرزت', present: 'يبرز', verbalNoun: 'إبراز', participle: 'مبرزا', introducers: ['أن'], en: 'highlighted', region: 'maghreb' },
  { code: 'call-for', past: 'دعا', pastFeminine: 'دعت', present: 'يدعو', verbalNoun: 'دعوة', participle: 'داعيا', introducers: ['إلى'], en: 'called for' },
  { code: 'welcome', past: 'رحب', pastFeminine: 'رحبت', present: 'يرحب', verbalNoun: 'ترحيب', participle: 'مرحبا', introducers: ['ب'], en: 'welcomed' },
  { code: 'report', past: 'أفاد', pastFeminine: 'أفادت', present: 'يفيد', verbalNoun: 'إفادة', participle: 'مفيدا', introducers: ['بأن', 'أن'], en: 'reported' },
  { code: 'mention', past: 'ذكر', pastFeminine: 'ذكرت', present: 'يذكر', verbalNoun: 'ذكر', participle: 'ذاكرا', introducers: ['أن'], en: 'mentioned' },
  { code: 'consider', past: 'اعتبر', pastFeminine: 'اعتبرت', present: 'يعتبر', verbalNoun: 'اعتبار', participle: 'معتبرا', introducers: ['أن'], en: 'considered' },
  { code: 'consider', past: 'رأى', pastFeminine: 'رأت', present: 'يرى', verbalNoun: 'رأي', participle: 'رائيا', introducers: ['أن'], en: 'held' },
  { code: 'renew', past: 'جدد', pastFeminine: 'جددت', present: 'يجدد', verbalNoun: 'تجديد', participle: 'مجددا', introducers: [], en: 'renewed' },
  { code: 'demand', past: 'طالب', pastFeminine: 'طالبت', present: 'يطالب', verbalNoun: 'مطالبة', participle: 'مطالبا', introducers: ['بأن', 'ب'], en: 'demanded' },
  { code: 'deny', past: 'نفى', pastFeminine: 'نفت', present: 'ينفي', verbalNoun: 'نفي', participle: 'نافيا', introducers: ['أن'], en: 'denied' },
  { code: 'warn', past: 'حذر', pastFeminine: 'حذرت', present: 'يحذر', verbalNoun: 'تحذير', participle: 'محذرا', introducers: ['من أن', 'من'], en: 'warned' },
  { code: 'warn', past: 'نبه', pastFeminine: 'نبهت', present: 'ينبه', verbalNoun: 'تنبيه', participle: 'منبها', introducers: ['إلى أن', 'إلى'], en: 'cautioned' },
  { code: 'condemn', past: 'أدان', pastFeminine: 'أدانت', present: 'يدين', verbalNoun: 'إدانة', participle: 'مدينا', introducers: [], en: 'condemned' },
  { code: 'condemn', past: 'استنكر', pastFeminine: 'استنكرت', present: 'يستنكر', verbalNoun: 'استنكار', participle: 'مستنكرا', introducers: [], en: 'denounced' },
  { code: 'condemn', past: 'ندد', pastFeminine: 'نددت', present: 'يندد', verbalNoun: 'تنديد', participle: 'منددا', introducers: ['ب'], en: 'denounced' },
  { code: 'add', past: 'أضاف', pastFeminine: 'أضافت', present: 'يضيف', verbalNoun: 'إضافة', participle: 'مضيفا', introducers: ['أن'], en: 'added' },
  { code: 'add', past: 'تابع', pastFeminine: 'تابعت', present: 'يتابع', verbalNoun: 'متابعة', participle: 'متابعا', introducers: [], en: 'went on' },
  { code: 'add', past: 'أردف', pastFeminine: 'أردفت', present: 'يردف', verbalNoun: 'إرداف', participle: 'مردفا', introducers: ['أن'], en: 'added' },
  { code: 'reveal', past: 'كشف', pastFeminine: 'كشفت', present: 'يكشف', verbalNoun: 'كشف', participle: 'كاشفا', introducers: ['عن', 'أن'], en: 'revealed' },
  { code: 'inform', past: 'أبلغ', pastFeminine: 'أبلغت', present: 'يبلغ', verbalNoun: 'إبلاغ', participle: 'مبلغا', introducers: ['بأن', 'أن'], en: 'informed' },
  { code: 'praise', past: 'أشاد', pastFeminine: 'أشادت', present: 'يشيد', verbalNoun: 'إشادة', participle: 'مشيدا', introducers: ['ب'], en: 'praised' },
  { code: 'praise', past: 'ثمن', pastFeminine: 'ثمنت', present: 'يثمن', verbalNoun: 'تثمين', participle: 'مثمنا', introducers: [], en: 'commended', region: 'maghreb' },
  { code: 'urge', past: 'حث', pastFeminine: 'حثت', present: 'يحث', verbalNoun: 'حث', participle: 'حاثا', introducers: ['على'], en: 'urged' },
  { code: 'reject', past: 'رفض', pastFeminine: 'رفضت', present: 'يرفض', verbalNoun: 'رفض', participle: 'رافضا', introducers: [], en: 'rejected' },
  { code: 'pledge', past: 'تعهد', pastFeminine: 'تعهدت', present: 'يتعهد', verbalNoun: 'تعهد', participle: 'متعهدا', introducers: ['ب'], en: 'pledged' },
  { code: 'propose', past: 'اقترح', pastFeminine: 'اقترحت', present: 'يقترح', verbalNoun: 'اقتراح', participle: 'مقترحا', introducers: ['أن'], en: 'proposed' },
  { code: 'acknowledge', past: 'أقر', pastFeminine: 'أقرت', present: 'يقر', verbalNoun: 'إقرار', participle: 'مقرا', introducers: ['بأن', 'ب'], en: 'acknowledged' },
  { code: 'claim', past: 'زعم', pastFeminine: 'زعمت', present: 'يزعم', verbalNoun: 'زعم', participle: 'زاعما', introducers: ['أن'], en: 'claimed' },
];

/** A noun that opens a reported content written as a noun phrase (see {@link CONTENT_HEAD_NOUNS}). */
export interface ContentHeadNoun {
  /** The noun (or the words) as written, in the construct state (`صحة`، `وجود`، `ما تردد`). */
  readonly phrase: string;
  /** English gloss. */
  readonly en: string;
  /** Where the phrase is typical, when it is regional. */
  readonly region?: ReportingVerbRegion;
  /** `true` when the noun also opens a content with a possessive pronoun (`حرصه`، `التزامها`، `ارتياحهما`). */
  readonly withPronoun?: true;
  /**
   * `true` for a noun that opens a content only right after a speaker named after the verb
   * (`وأعلن الرئيس موعد الانتخابات`): after a carried-over speaker (`وأكد موعد الزيارة`) or a
   * verb with no subject (`بيانات توضح نتائج المباحثات`) it is an ordinary object. It still ends a
   * name read after a title.
   */
  readonly afterNamedSpeaker?: true;
}

/**
 * Nouns that open the content of a reporting verb as a noun phrase rather than a clause after
 * `أن`: `نفى المتحدث باسم الخارجية صحة الأنباء عن انسحاب السفير`، `نفت الوزارة وجود أي
 * اتصالات`. The content is their phrase to the end of the clause, in mode `summary`; a name
 * read after a title stops before them. `أن` right after the verb still comes first.
 */
export const CONTENT_HEAD_NOUNS: readonly ContentHeadNoun[] = [
  { phrase: 'صحة', en: 'the truth of' },
  { phrase: 'وجود', en: 'the existence of' },
  { phrase: 'حدوث', en: 'the occurrence of' },
  { phrase: 'وقوع', en: 'the occurrence of' },
  { phrase: 'تورط', en: 'involvement of' },
  { phrase: 'مسؤولية', en: 'responsibility of' },
  { phrase: 'مسؤوليته', en: 'his responsibility' },
  { phrase: 'مسؤوليتها', en: 'its (her) responsibility' },
  { phrase: 'علمه', en: 'his knowledge' },
  { phrase: 'علمها', en: 'its (her) knowledge' },
  { phrase: 'ما تردد', en: 'what was rumoured' },
  { phrase: 'ما تداولته', en: 'what was circulated by' },
  { phrase: 'ما نشرته', en: 'what was published by' },
  { phrase: 'ما أوردته', en: 'what was reported by' },
  { phrase: 'ما يروج', en: 'what is rumoured', region: 'maghreb' },
  // Diplomatic positions after أكد/شدد على/جدد/أعرب عن/دعا إلى (`أكد الطرفان أهمية الحوار`).
  { phrase: 'أهمية', en: 'the importance of', withPronoun: true },
  { phrase: 'ضرورة', en: 'the need for', withPronoun: true },
  { phrase: 'حرص', en: 'the keenness of', withPronoun: true },
  { phrase: 'دعم', en: 'support for', withPronoun: true },
  { phrase: 'رفض', en: 'rejection of', withPronoun: true },
  { phrase: 'تمسك', en: 'adherence to', withPronoun: true },
  { phrase: 'استعداد', en: 'readiness for', withPronoun: true },
  { phrase: 'التزام', en: 'commitment to', withPronoun: true },
  { phrase: 'تطلع', en: 'the aspiration to', withPronoun: true },
  { phrase: 'ترحيب', en: 'welcoming of', withPronoun: true },
  { phrase: 'تقدير', en: 'appreciation of', withPronoun: true },
  { phrase: 'ارتياح', en: 'satisfaction with', withPronoun: true },
  { phrase: 'قلق', en: 'concern about', withPronoun: true },
  { phrase: 'رغبة', en: 'the wish for', withPronoun: true },
  { phrase: 'عزم', en: 'the determination to', withPronoun: true },
  { phrase: 'تضامن', en: 'solidarity with', withPronoun: true },
  { phrase: 'وقوف', en: 'standing by', withPronoun: true },
  { phrase: 'موقف', en: 'the position of', withPronoun: true },
  { phrase: 'استمرار', en: 'the continuation of' },
  { phrase: 'متانة', en: 'the strength of', region: 'gulf' },
  { phrase: 'عمق', en: 'the depth of' },
  // What is announced, revealed, confirmed or denied as a direct object (`وأعلن الرئيس موعد
  // الانتخابات`، `وكشف الوزير تفاصيل الاتفاق`): the noun, not the verb, says the object is a
  // content, since the name reader cannot tell «قيس سعيد موعد الانتخابات» from a longer name.
  { phrase: 'موعد', en: 'the date of', afterNamedSpeaker: true },
  { phrase: 'مواعيد', en: 'the dates of', afterNamedSpeaker: true },
  { phrase: 'تفاصيل', en: 'the details of', afterNamedSpeaker: true },
  { phrase: 'نتائج', en: 'the results of', afterNamedSpeaker: true },
  { phrase: 'بنود', en: 'the clauses of', afterNamedSpeaker: true },
  { phrase: 'مضمون', en: 'the content of', afterNamedSpeaker: true },
  { phrase: 'مضامين', en: 'the contents of', region: 'maghreb', afterNamedSpeaker: true },
  { phrase: 'فحوى', en: 'the gist of', afterNamedSpeaker: true },
  { phrase: 'حصيلة', en: 'the toll (outcome) of', afterNamedSpeaker: true },
  { phrase: 'ملامح', en: 'the outlines of', afterNamedSpeaker: true },
  { phrase: 'أسباب', en: 'the reasons for', afterNamedSpeaker: true },
  { phrase: 'شروط', en: 'the conditions of', afterNamedSpeaker: true },
  { phrase: 'قائمة', en: 'the list of', afterNamedSpeaker: true },
  { phrase: 'خطة', en: 'the plan of', afterNamedSpeaker: true },
  { phrase: 'برنامج', en: 'the programme of', afterNamedSpeaker: true },
  { phrase: 'جدول', en: 'the schedule of', afterNamedSpeaker: true },
  { phrase: 'تشكيلة', en: 'the line-up of', afterNamedSpeaker: true },
  { phrase: 'تشكيل', en: 'the formation of', afterNamedSpeaker: true },
  { phrase: 'تسمية', en: 'the naming of', region: 'levant', afterNamedSpeaker: true },
  { phrase: 'إطلاق', en: 'the launch of', afterNamedSpeaker: true },
  { phrase: 'تدشين', en: 'the inauguration of', region: 'egypt', afterNamedSpeaker: true },
  { phrase: 'اعتماد', en: 'the approval of', region: 'gulf', afterNamedSpeaker: true },
  { phrase: 'الشروع في', en: 'the start of', region: 'maghreb', afterNamedSpeaker: true },
  { phrase: 'بدء', en: 'the start of', afterNamedSpeaker: true },
  { phrase: 'انطلاق', en: 'the start of', afterNamedSpeaker: true },
  { phrase: 'توقيع', en: 'the signing of', afterNamedSpeaker: true },
  { phrase: 'التوصل إلى', en: 'reaching', afterNamedSpeaker: true },
  { phrase: 'تأجيل', en: 'the postponement of', afterNamedSpeaker: true },
  { phrase: 'إلغاء', en: 'the cancellation of', afterNamedSpeaker: true },
  { phrase: 'استئناف', en: 'the resumption of', afterNamedSpeaker: true },
  { phrase: 'انسحاب', en: 'the withdrawal of', afterNamedSpeaker: true },
  { phrase: 'قرار', en: 'the decision of', afterNamedSpeaker: true },
  { phrase: 'نية', en: 'the intention of', withPronoun: true, afterNamedSpeaker: true },
  { phrase: 'اعتزام', en: 'the intention of', withPronoun: true, afterNamedSpeaker: true },
  { phrase: 'موافقة', en: 'the approval of', withPronoun: true, afterNamedSpeaker: true },
  { phrase: 'استقالة', en: 'the resignation of', withPronoun: true, afterNamedSpeaker: true },
];
