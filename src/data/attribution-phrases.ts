/**
 * How Arabic news attributes what it reports: statement formulas (`جاء في
 * البيان`), attributions after the clause (`حسبما أفاد`), media reports and
 * unnamed sources (`أفادت التقارير الإعلامية`، `مصادر مطلعة`), certainty
 * (`أنباء غير مؤكدة`، `رفض التعليق`), speaker carry-over (`بدوره`، `من جهته`)
 * and the words that introduce reported content. Spellings as written;
 * normalized by the extractor.
 *
 * @module
 */
import type { StatementAttribution, StatementCertainty } from '../schemas/official-statement';
import { THIRD_PERSON_SUFFIXES } from './clitics';

/** Who a statement is attributed to: the `OfficialStatement` schema's union. */
export type AttributionCode = StatementAttribution;

/** How certain a report is: the `OfficialStatement` schema's union. */
export type CertaintyCode = StatementCertainty;

/** A phrase that attributes a report to a kind of source. */
export interface AttributionPhrase {
  readonly phrase: string;
  readonly attribution: AttributionCode;
  /** Certainty the phrase itself gives; absent = as the verb says. */
  readonly certainty?: CertaintyCode;
  /** The region whose press uses the phrase, when it is regional. */
  readonly region?: 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';
}

/**
 * Formulas that open the content of an official text (`جاء في البيان`); the
 * content follows them. `صدر عن … البيان التالي` is read in two parts: the
 * first names the source, the second ends it.
 */
export const STATEMENT_FORMULAS: readonly AttributionPhrase[] = [
  { phrase: 'جاء في البيان', attribution: 'official-source' },
  { phrase: 'جاء في بيان', attribution: 'official-source' },
  { phrase: 'جاء في بلاغ', attribution: 'official-source' },
  { phrase: 'جاء في البلاغ', attribution: 'official-source' },
  { phrase: 'جاء في البيان الختامي', attribution: 'joint' },
  { phrase: 'جاء في البيان المشترك', attribution: 'joint' },
  { phrase: 'ورد في البيان', attribution: 'official-source' },
  { phrase: 'أكد البيان', attribution: 'official-source' },
  { phrase: 'أفاد بيان', attribution: 'official-source' },
  { phrase: 'ذكر بيان', attribution: 'official-source' },
  { phrase: 'قال بيان', attribution: 'official-source' },
  { phrase: 'أورد بيان', attribution: 'official-source' },
];

/** The two parts of `صدر عن الرئاسة البيان التالي:`. */
export const ISSUED_BY_FORMULA = { opening: ['صدر عن'], closing: ['البيان التالي', 'البلاغ التالي', 'البيان الآتي'] } as const;

/** Attributions written after the clause they attribute (`…، حسبما أفاد بيان للوزارة`). */
export const TRAILING_ATTRIBUTIONS: readonly string[] = [
  'حسبما أفاد',
  'حسبما أفادت',
  'حسب ما أفاد',
  'حسب ما أفادت',
  'حسبما ذكر',
  'حسبما ذكرت',
  'حسبما أورد',
  'حسبما أوردت',
  'وفقا لما نقلته',
  'وفقا لما نقله',
  'وفقا لما ذكرته',
  'وفقا لما ذكره',
  'وفق ما أوردته',
  'بحسب ما نقلته',
  'بحسب ما أفاد',
  'بحسب ما ذكرت',
  'نقلا عن',
  'بحسب',
  'وفقا ل',
];

/** Subjects that are media reports or unnamed sources rather than a person. */
export const SOURCE_SUBJECTS: readonly AttributionPhrase[] = [
  { phrase: 'التقارير الإعلامية', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'تقارير إعلامية', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'وسائل الإعلام', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'وسائل إعلام', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'تقارير صحفية', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'الصحف', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'صحيفة', attribution: 'media-reports' },
  { phrase: 'وكالة', attribution: 'media-reports' },
  { phrase: 'قناة', attribution: 'media-reports' },
  { phrase: 'مصادر مطلعة', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  { phrase: 'مصدر مطلع', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  { phrase: 'مصادر دبلوماسية', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  { phrase: 'مصدر دبلوماسي', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  { phrase: 'مصادر مقربة', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  { phrase: 'مصادر', attribution: 'anonymous-source', certainty: 'unconfirmed' },
  // An official the text does not name («ورفض مسؤول في الرئاسة التعليق»، «وقال مسؤول عراقي إن …»).
  { phrase: 'مسؤول', attribution: 'anonymous-source' },
  { phrase: 'مسؤولة', attribution: 'anonymous-source' },
  { phrase: 'مسؤولون', attribution: 'anonymous-source' },
  // Reports with no outlet («وذكرت أنباء غير مؤكدة أن …»، «وأفادت تقارير بأن …»).
  { phrase: 'أنباء', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'تقارير', attribution: 'media-reports', certainty: 'unconfirmed' },
  { phrase: 'مصدر مسؤول', attribution: 'official-source' },
  { phrase: 'مصادر رسمية', attribution: 'official-source' },
  { phrase: 'مصدر رسمي', attribution: 'official-source' },
  { phrase: 'بيان', attribution: 'official-source' },
  { phrase: 'البيان', attribution: 'official-source' },
  { phrase: 'بلاغ', attribution: 'official-source' },
  // Moroccan and Tunisian press: «وأوضح البلاغ أن …» refers back to the communiqué.
  { phrase: 'البلاغ', attribution: 'official-source', region: 'maghreb' },
];

/** Phrases that set the certainty of the clause they are in. */
export const CERTAINTY_PHRASES: readonly { readonly phrase: string; readonly certainty: CertaintyCode }[] = [
  // The verb and its object written together («رفض التعليق») come from DECLINE_COMMENT_PHRASES.
  { phrase: 'لم يعلق', certainty: 'declined-comment' },
  { phrase: 'لم تعلق', certainty: 'declined-comment' },
  { phrase: 'أنباء غير مؤكدة', certainty: 'unconfirmed' },
  { phrase: 'تقارير غير مؤكدة', certainty: 'unconfirmed' },
  { phrase: 'معلومات غير مؤكدة', certainty: 'unconfirmed' },
  { phrase: 'لم يتسن التأكد', certainty: 'unconfirmed' },
  { phrase: 'لم يتسن التحقق', certainty: 'unconfirmed' },
  { phrase: 'نفى صحة', certainty: 'denied' },
  { phrase: 'نفت صحة', certainty: 'denied' },
];

/**
 * A verb of declining and the comment it declines: the speaker may stand between them
 * («ورفض المتحدث باسم الخارجية التعليق»، «وامتنع مسؤول في الرئاسة عن التعليق») or be carried
 * over («ورفض التعليق»). The statement's certainty is `declined-comment`.
 */
export interface DeclineCommentPhrase {
  /** Past tense, masculine (`رفض`). */
  readonly verb: string;
  /** Past tense, feminine (`رفضت`). */
  readonly verbFeminine: string;
  /** The declined comment as the verb governs it (`التعليق`، `عن التعليق`). */
  readonly object: string;
  /** The region whose press uses the phrase, when it is regional. */
  readonly region?: 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';
}

/** Verbs of declining to comment with their object. */
export const DECLINE_COMMENT_PHRASES: readonly DeclineCommentPhrase[] = [
  { verb: 'رفض', verbFeminine: 'رفضت', object: 'التعليق' },
  { verb: 'امتنع', verbFeminine: 'امتنعت', object: 'عن التعليق' },
  { verb: 'أحجم', verbFeminine: 'أحجمت', object: 'عن التعليق' },
  { verb: 'تحفظ', verbFeminine: 'تحفظت', object: 'عن التعليق' },
  { verb: 'تحفظ', verbFeminine: 'تحفظت', object: 'على التعليق', region: 'maghreb' },
];

/** Words between a declined comment and what it was about («رفض التعليق على الأنباء»، «امتنع عن التعليق عن الزيارة»). */
export const DECLINED_COMMENT_TOPIC_LEADS: readonly string[] = ['على', 'عن', 'بشأن', 'حول'];

/**
 * The pluperfect of reporting («وكانت مصادر مطلعة قد أفادت بأن …»، «وكان الرئيس قد أكد أن …»):
 * an auxiliary, the speaker, the particle, then the reporting verb — read like the plain verb.
 */
export const PLUPERFECT_REPORTING = {
  /** Forms of «كان» that open it. */
  auxiliaries: ['كان', 'كانت', 'كانوا', 'كانا', 'كانتا'],
  /** The particle right before the verb. */
  particles: ['قد'],
  /** How many words the speaker between them may have, at most. */
  maxSpeakerWords: 8,
} as const;

/** How a carry-over marker chooses the speaker when the verb names none. */
export type CarryOverRule = 'same-speaker' | 'other-party';

/**
 * Markers that carry the speaker over: `وأضاف` keeps the last speaker; `بدوره`،
 * `من جهته` ("for his part") turn to the other party of the exchange.
 */
export const CARRY_OVER_MARKERS: readonly { readonly phrase: string; readonly rule: CarryOverRule }[] = [
  { phrase: 'بدوره', rule: 'other-party' },
  { phrase: 'بدورها', rule: 'other-party' },
  { phrase: 'من جهته', rule: 'other-party' },
  { phrase: 'من جهتها', rule: 'other-party' },
  { phrase: 'من جانبه', rule: 'other-party' },
  { phrase: 'من جانبها', rule: 'other-party' },
  { phrase: 'من ناحيته', rule: 'other-party' },
  { phrase: 'في المقابل', rule: 'other-party' },
  { phrase: 'كما', rule: 'same-speaker' },
];

/** Passive and impersonal frames around a verbal noun (`تمت الإشارة إلى أن`، `جرى التأكيد على`). */
export const PASSIVE_FRAMES: readonly string[] = ['تمت', 'تم', 'جرى', 'جرت'];

/** Prepositions before a verbal noun with a pronoun (`خلال تأكيده أن`، `مع تأكيدها`). */
export const VERBAL_NOUN_LEADS: readonly string[] = ['خلال', 'مع', 'في', 'عبر', 'لدى', 'عند'];

/**
 * The words that open indirect speech (`أن`، `إن`، `بأن`), as written; the extractor reads them
 * anywhere in a clause.
 */
export const THAT_WORDS: readonly string[] = ['أن', 'إن', 'بأن'];

/**
 * Words that, after a comma and before a reporting verb, open another party's statement and end the
 * content before them: «أكد الرئيس حرص مصر على الشراكة، فيما أعرب الضيف عن تقديره …».
 */
export const CONTRAST_CLAUSE_WORDS: readonly string[] = ['فيما', 'بينما', 'في حين', 'وفي حين', 'في حين أن'];

/**
 * Pronouns joined to a word of {@link THAT_WORDS} that still open indirect speech: `أكد أنه
 * سيزور دمشق`، `قالت إنها متفائلة`، `أشار إلى أنه لم يتم بحث …`، `قال إننا`. The content starts
 * after the joined word, as after a bare `أن`.
 */
export const THAT_PRONOUN_SUFFIXES: readonly string[] = [...THIRD_PERSON_SUFFIXES, 'نا', 'ني'];

/** Quotation marks that open and close a direct quote. */
export const QUOTE_PAIRS: readonly { readonly open: string; readonly close: string }[] = [
  { open: '«', close: '»' },
  { open: '"', close: '"' },
  { open: '“', close: '”' },
  { open: '„', close: '“' },
];

/** Kinds of organization a speaker or an office complement can be (the `Organization` schema's kinds). */
export type OrganizationKindCode = 'presidency' | 'royal-court' | 'government' | 'ministry' | 'parliament' | 'armed-forces' | 'intelligence' | 'embassy' | 'news-agency' | 'media-outlet' | 'international-organization' | 'other';

/** The first word of an organization's name and the kind it shows (`وزارة الخارجية` → ministry). */
export const ORGANIZATION_KIND_WORDS: readonly { readonly word: string; readonly kind: OrganizationKindCode }[] = [
  { word: 'وزارة', kind: 'ministry' },
  { word: 'الوزارة', kind: 'ministry' },
  { word: 'الخارجية', kind: 'ministry' },
  { word: 'رئاسة', kind: 'presidency' },
  { word: 'الرئاسة', kind: 'presidency' },
  { word: 'الحكومة', kind: 'government' },
  { word: 'حكومة', kind: 'government' },
  { word: 'مجلس الوزراء', kind: 'government' },
  { word: 'الديوان', kind: 'royal-court' },
  { word: 'البرلمان', kind: 'parliament' },
  { word: 'مجلس النواب', kind: 'parliament' },
  { word: 'الجيش', kind: 'armed-forces' },
  { word: 'السفارة', kind: 'embassy' },
  { word: 'سفارة', kind: 'embassy' },
  { word: 'وكالة', kind: 'news-agency' },
  { word: 'صحيفة', kind: 'media-outlet' },
  { word: 'قناة', kind: 'media-outlet' },
  { word: 'الأمم المتحدة', kind: 'international-organization' },
  { word: 'جامعة الدول العربية', kind: 'international-organization' },
  { word: 'الاتحاد الأوروبي', kind: 'international-organization' },
  { word: 'الاتحاد الإفريقي', kind: 'international-organization' },
];

/** Who a role noun in the speaker's place points to. */
export type SpeakerRole = 'visitor' | 'host';

/** Role nouns that stand for a party of the visit (`أكد الضيف التونسي`، `قال المضيف`). */
export const SPEAKER_ROLE_NOUNS: readonly { readonly phrase: string; readonly role: SpeakerRole }[] = [
  { phrase: 'الضيف', role: 'visitor' },
  { phrase: 'الضيفة', role: 'visitor' },
  { phrase: 'الزائر', role: 'visitor' },
  { phrase: 'المضيف', role: 'host' },
  { phrase: 'المضيفة', role: 'host' },
];
