/**
 * The words of a visit report: protocol types, how an ordinal is framed
 * (`هي الثانية له`), arrival and reception verbs, earlier-visit markers,
 * agenda and expected-outcome phrases. Spellings as written (with hamza);
 * the extractor normalizes them when it builds its patterns.
 *
 * @module
 */

import type { VisitTypeCode } from '../schemas/state-visit';

/** Protocol type of a visit: the StateVisit schema's own union (`VISIT_TYPES`), not a copy of it. */
export type { VisitTypeCode };

/** Regions whose press prefers a phrase (absent = used everywhere). */
export type VisitWordRegion = 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';

/** A phrase that names the protocol type of a visit. */
export interface VisitTypePhrase {
  readonly phrase: string;
  readonly type: VisitTypeCode;
  readonly region?: VisitWordRegion;
}

/** Visit types, longest first is not required: the extractor sorts them. */
export const VISIT_TYPE_PHRASES: readonly VisitTypePhrase[] = [
  { phrase: 'زيارة دولة', type: 'state' },
  { phrase: 'زيارة رسمية', type: 'official' },
  { phrase: 'زيارة عمل رسمية', type: 'official-working' },
  { phrase: 'زيارة رسمية وعمل', type: 'official-working' },
  { phrase: 'زيارة عمل', type: 'working' },
  { phrase: 'زيارة عمل وصداقة', type: 'working', region: 'maghreb' },
  { phrase: 'زيارة صداقة وعمل', type: 'working', region: 'maghreb' },
  { phrase: 'زيارة خاصة', type: 'private' },
  { phrase: 'زيارة عبور', type: 'transit' },
  { phrase: 'زيارة ترانزيت', type: 'transit' },
  { phrase: 'زيارة أخوية', type: 'unspecified', region: 'gulf' },
  // The visit with a pronoun or the article (`في إطار زيارته الرسمية`، `زيارة الدولة التي يقوم بها`).
  { phrase: 'زيارته الرسمية', type: 'official' },
  { phrase: 'زيارتها الرسمية', type: 'official' },
  { phrase: 'الزيارة الرسمية', type: 'official' },
  { phrase: 'زيارة الدولة', type: 'state' },
  { phrase: 'زيارة العمل', type: 'working' },
  { phrase: 'زيارته الخاصة', type: 'private' },
  { phrase: 'زيارتها الخاصة', type: 'private' },
  { phrase: 'زيارة', type: 'unspecified' },
];

/**
 * How an ordinal is framed around a visit: `{ordinal}` stands for a feminine
 * ordinal word with `ال` (`الثانية`) read through the ordinal table.
 */
export const VISIT_ORDINAL_FRAMES: readonly string[] = [
  'هي {ordinal} له',
  'هي {ordinal} لها',
  '{ordinal} له',
  '{ordinal} لها',
  '{ordinal} من نوعها',
  'الزيارة {ordinal}',
  'زيارته {ordinal}',
  'زيارتها {ordinal}',
];

/** Phrases that say "first visit" without a framed ordinal. */
export const FIRST_VISIT_PHRASES: readonly string[] = ['أول زيارة', 'في أول زيارة', 'أولى زياراته', 'الأولى من نوعها'];

/** Who is the subject of a movement verb. */
export type MovementRole = 'visitor-arrives' | 'visitor-visits' | 'host-receives';

/** A verb that reports the movement of a visitor or the reception by a host. */
export interface MovementVerb {
  readonly verb: string;
  readonly role: MovementRole;
  /** `past` for a completed movement, `present` for one reported as under way or ahead. */
  readonly tense: 'past' | 'present';
  readonly region?: VisitWordRegion;
  /** A word or phrase that must follow within the sentence for the verb to mean a visit (`حل … ضيفا`). */
  readonly requires?: readonly string[];
  /** How many words after the verb the required word may start (default 10). */
  readonly within?: number;
  /** Words that end the search for the required one: the visit that follows them is someone else's. */
  readonly blockedBy?: readonly string[];
  /**
   * `true` for a verb that closes the visit (`اختتم … زيارته`): the day it names is the
   * departure, so the arrival comes only from words that date the start (`التي بدأها أمس`،
   * `وكان … قد وصل … السبت`).
   */
  readonly endsVisit?: true;
}

/** A visit to somewhere or of a protocol type, after a verb and its subject: «أجرى … زيارة عمل إلى تونس». */
const VSO_VISITS: readonly string[] = ['زيارة إلى', 'زيارة الى', 'زيارة عمل', 'زيارة رسمية', 'زيارة دولة', 'زيارة خاصة', 'زيارة أخوية', 'زيارة صداقة'];
/** «حل الرئيس … اليوم بالجزائر العاصمة، في زيارة دولة» (Maghreb): «حل» is an arrival only before a visit or «ضيفا». */
const ARRIVAL_VISITS: readonly string[] = ['في زيارة', 'بزيارة'];
/** «أجرى … محادثات مع الرئيس التونسي الذي يزور … في زيارة دولة»: after «مع» or a relative pronoun the visit is another's. */
const VSO_SUBJECT_ENDS: readonly string[] = ['مع', 'الذي', 'التي', 'اللذين', 'الذين'];

/** «اختتم … زيارته إلى لبنان»، «اختتم … زيارة دولة إلى البلاد»: what a closing verb closes. */
const ENDED_VISITS: readonly string[] = [...VSO_VISITS, 'زيارته', 'زيارتها'];

/** Arrival, visit and reception verbs, masculine and feminine. */
export const MOVEMENT_VERBS: readonly MovementVerb[] = [
  { verb: 'وصل', role: 'visitor-arrives', tense: 'past' },
  { verb: 'وصلت', role: 'visitor-arrives', tense: 'past' },
  { verb: 'يصل', role: 'visitor-arrives', tense: 'present' },
  { verb: 'تصل', role: 'visitor-arrives', tense: 'present' },
  { verb: 'حل ضيفا', role: 'visitor-arrives', tense: 'past' },
  { verb: 'حلت ضيفة', role: 'visitor-arrives', tense: 'past' },
  { verb: 'يحل ضيفا', role: 'visitor-arrives', tense: 'present' },
  { verb: 'حط الرحال', role: 'visitor-arrives', tense: 'past', region: 'maghreb' },
  { verb: 'حل', role: 'visitor-arrives', tense: 'past', requires: ['ضيفا', 'ضيفة', ...ARRIVAL_VISITS], within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'حلت', role: 'visitor-arrives', tense: 'past', requires: ['ضيفة', 'ضيفا', ...ARRIVAL_VISITS], within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'يحل', role: 'visitor-arrives', tense: 'present', requires: ['ضيفا', 'ضيفة', ...ARRIVAL_VISITS], within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'توجه', role: 'visitor-arrives', tense: 'past' },
  { verb: 'زار', role: 'visitor-visits', tense: 'past' },
  { verb: 'زارت', role: 'visitor-visits', tense: 'past' },
  { verb: 'يزور', role: 'visitor-visits', tense: 'present' },
  { verb: 'تزور', role: 'visitor-visits', tense: 'present' },
  // «يبدأ السلطان … يوم الثلاثاء المقبل زيارة دولة إلى …»: the subject between the verb and the visit.
  { verb: 'بدأ', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'بدأت', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'يبدأ', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'تبدأ', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'بدأ زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'بدأت زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'يبدأ زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'تبدأ زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'أدى', role: 'visitor-visits', tense: 'past', region: 'maghreb', requires: ['زيارة'] },
  { verb: 'أدت', role: 'visitor-visits', tense: 'past', region: 'maghreb', requires: ['زيارة'] },
  { verb: 'يؤدي', role: 'visitor-visits', tense: 'present', region: 'maghreb', requires: ['زيارة'] },
  { verb: 'تؤدي', role: 'visitor-visits', tense: 'present', region: 'maghreb', requires: ['زيارة'] },
  { verb: 'أجرى زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'أجرت زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'يجري زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'تجري زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'قام بزيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'يقوم بزيارة', role: 'visitor-visits', tense: 'present' },
  // Verb, subject, then the visit (VSO): «أجرى وزير الخارجية أحمد عطاف يوم الاثنين زيارة عمل إلى تونس».
  // The visit must be one going somewhere or of a protocol type, not «زيارة الملك» or «زيارة مرتقبة».
  { verb: 'أجرى', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'أجرت', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'يجري', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'تجري', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'قام', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS.map((phrase) => `ب${phrase}`), within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'قامت', role: 'visitor-visits', tense: 'past', requires: VSO_VISITS.map((phrase) => `ب${phrase}`), within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'يقوم', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS.map((phrase) => `ب${phrase}`), within: 24, blockedBy: VSO_SUBJECT_ENDS },
  { verb: 'تقوم', role: 'visitor-visits', tense: 'present', requires: VSO_VISITS.map((phrase) => `ب${phrase}`), within: 24, blockedBy: VSO_SUBJECT_ENDS },
  // The end of a visit (`اختتم وزير الخارجية … اليوم زيارته إلى لبنان`، Maghrebi `أنهى … زيارة عمل`).
  { verb: 'اختتم', role: 'visitor-visits', tense: 'past', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'اختتمت', role: 'visitor-visits', tense: 'past', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'يختتم', role: 'visitor-visits', tense: 'present', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'تختتم', role: 'visitor-visits', tense: 'present', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'أنهى', role: 'visitor-visits', tense: 'past', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'أنهت', role: 'visitor-visits', tense: 'past', requires: ENDED_VISITS, within: 24, blockedBy: VSO_SUBJECT_ENDS, endsVisit: true },
  { verb: 'استقبل', role: 'host-receives', tense: 'past' },
  { verb: 'استقبلت', role: 'host-receives', tense: 'past' },
  { verb: 'يستقبل', role: 'host-receives', tense: 'present' },
];

/**
 * Words that put the sentence before the visit being reported: `وكان … زار`
 * (pluperfect), `زيارته السابقة`.
 */
export const EARLIER_VISIT_MARKERS: readonly string[] = ['كان', 'كانت', 'زيارته السابقة', 'زيارتها السابقة', 'زيارة سابقة', 'سبق أن', 'سبق له أن'];

/** Phrases after which the host is named (`يلتقي خلالها بوتين`، `خلال لقائه … الرئيس الروسي`). */
export const MEETING_PHRASES: readonly string[] = [
  'يلتقي خلالها',
  'يلتقي',
  'تلتقي',
  'التقى',
  'التقت',
  'لقائه',
  'لقائها',
  'استقبله',
  'استقبلها',
  'اجتمع مع',
  'يجتمع مع',
  'مباحثات مع',
  'محادثات مع',
  'يجري مباحثات مع',
  // The counterpart the visitor talks with (`يبحث عبد العاطي مع نظيره اليوناني …`).
  'مع نظيره',
  'مع نظيرته',
  // The one who invited the visitor hosts him (`تلبية لدعوة من الملك …`، `بدعوة من الرئيس …`).
  'دعوة من',
  'بدعوة من',
  'لدعوة من',
];

/**
 * Verbs of holding talks (`وعقد رئيس مجلس الوزراء … مباحثات مع ضيفه`، `أجرى رئيس الحكومة …
 * مباحثات مع رئيس وزراء السنغال`): when the talks are with the visitor, their subject is the host;
 * when the visitor is their subject (`أن السيد ألباريس سيجري مباحثات مع السيد ناصر بوريطة`), the
 * one after `مع` is.
 */
export const TALKS_VERBS: readonly string[] = ['عقد', 'عقدت', 'يعقد', 'تعقد', 'سيعقد', 'ستعقد', 'أجرى', 'أجرت', 'يجري', 'تجري', 'سيجري', 'ستجري'];

/** The preposition that introduces the other party of talks (`عقد … مباحثات مع ضيفه`). */
export const TALKS_WITH_WORDS: readonly string[] = ['مع'];

/** Prepositions before `زيارة` that report a visit under way without a movement verb (`في زيارة`; `بزيارة` is the joined ب). */
export const VISIT_UNDER_WAY_PREPOSITIONS: readonly string[] = ['في'];

/** The same prepositions written joined to `زيارة` (`بزيارة`). */
export const VISIT_UNDER_WAY_CLITICS: readonly string[] = ['ب'];

/** What a talks verb holds (`جلسة مباحثات`، `محادثات`، `اجتماعا`): the first word is enough. */
export const TALKS_NOUNS: readonly string[] = ['مباحثات', 'محادثات', 'مشاورات', 'جلسة', 'جولة', 'اجتماعا', 'لقاء'];

/**
 * Verbs of discussing or meeting whose subject hosts the guest they are done with (`وبحث الرئيس
 * جوزاف عون مع ضيفه …`، `واجتمع أمير البلاد مع ضيفه`): read only with `مع` + a guest noun.
 */
export const GUEST_MEETING_VERBS: readonly string[] = ['بحث', 'بحثت', 'يبحث', 'تبحث', 'تباحث', 'تباحثت', 'ناقش', 'ناقشت', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع'];

/** The guest as the host's pronoun names him (`مع ضيفه التركي`): the visitor. */
export const GUEST_NOUNS: readonly string[] = ['ضيفه', 'ضيفته', 'ضيفها', 'ضيفتها'];

/**
 * Words after which the day the visit began is named, in a report of its end
 * (`اختتم … زيارته التي بدأها أمس الأحد`).
 */
export const VISIT_BEGAN_WORDS: readonly string[] = ['بدأها', 'بدأتها', 'استهلها', 'استهلتها'];

/**
 * Phrases after which those who welcomed the visitor are named (`وكان في استقباله لدى وصوله
 * مطار بغداد الدولي رئيس مجلس الوزراء …`): the host when no meeting phrase names one.
 */
export const WELCOME_PHRASES: readonly string[] = ['في استقباله', 'في استقبالها', 'في مقدمة مستقبليه', 'في مقدمة مستقبليها'];

/** Phrases after which the agenda topics are listed. */
export const AGENDA_PHRASES: readonly string[] = [
  'يبحث معه',
  'يبحث معها',
  'بحث معه',
  'بحث معها',
  'يبحثان',
  'يبحث',
  'لبحث',
  'بهدف بحث',
  'لمناقشة',
  'يناقش',
  'يناقشان',
  'تتناول',
  'تتناول المباحثات',
  'تناولت المباحثات',
  'تتناول المحادثات',
  'تناول اللقاء',
  'تناولت',
  'جدول أعمال المحادثات يشمل',
  'جدول أعمال الزيارة يشمل',
  'جدول أعمال المباحثات يتضمن',
  'طرحت قضايا',
  'تتمحور حول',
];

/**
 * Words that may start a new agenda topic after `و` although they carry no
 * `ال` (`وآخر التطورات`، `وسبل تعزيز`).
 */
export const TOPIC_OPENING_WORDS: readonly string[] = ['آخر', 'سبل', 'مجمل', 'آفاق', 'أوجه', 'مستجدات', 'تطورات', 'قضايا', 'ملفات'];

/** Words whose first letter و is a root letter, not the conjunction (`وقف إطلاق النار`، `وحدة الأراضي`). */
export const ROOT_WAW_WORDS: readonly string[] = ['وقف', 'وحدة', 'وضع', 'وجود', 'وصول', 'وفد', 'وزير', 'وزارة', 'وثيقة', 'وسائل', 'وساطة', 'وطن', 'ورقة', 'وعود', 'وكالة', 'وجهات', 'وجهة', 'وسيلة', 'وظائف'];

/** What an expected outcome is. */
export type OutcomeKind = 'statement' | 'joint-statement' | 'agreement' | 'memorandum' | 'other';

/** Phrases that announce an expected outcome (`من المتوقع أن`). */
export const OUTCOME_PHRASES: readonly string[] = [
  'من المتوقع أن',
  'ومن المتوقع أن',
  'يتوقع أن',
  'من المنتظر أن',
  'ينتظر أن',
  'من المرتقب أن',
  'يرتقب أن',
  'من المقرر أن',
  'من المزمع أن',
];

/** Words inside an outcome phrase that say what kind of outcome it is, most specific first. */
export const OUTCOME_KIND_WORDS: readonly { readonly word: string; readonly kind: OutcomeKind }[] = [
  { word: 'بيان مشترك', kind: 'joint-statement' },
  { word: 'بيان ختامي', kind: 'joint-statement' },
  { word: 'مذكرات تفاهم', kind: 'memorandum' },
  { word: 'مذكرة تفاهم', kind: 'memorandum' },
  { word: 'اتفاقيات', kind: 'agreement' },
  { word: 'اتفاقية', kind: 'agreement' },
  { word: 'اتفاقات', kind: 'agreement' },
  { word: 'اتفاق', kind: 'agreement' },
  { word: 'بيانات', kind: 'statement' },
  { word: 'بيان', kind: 'statement' },
];

/**
 * «Counterpart» nouns: with a country adjective they name the holder of the
 * same office in that country (`استقبل وزير الخارجية المصري نظيره الأردني`).
 */
export const COUNTERPART_NOUNS: readonly string[] = ['نظيره', 'نظيرته', 'نظيرها', 'نظيرتها'];

/**
 * Where a host-side frame puts the visitor and the host:
 * - `visitor-before`: a relative clause about the visitor, who is named just before it
 *   (`… الرئيس التونسي قيس سعيد الذي يزور الجزائر`); the host is the other party of the sentence.
 * - `visitor-is-subject`: the visit is the subject's (`التقى السوداني في إطار زيارته إلى عمّان الملك عبدالله`);
 *   the host is the other party.
 * - `host-is-subject`: the reception is the subject's (`أكد تبون لدى استقباله وزير الخارجية الإيطالي`);
 *   the visitor is named after the frame.
 * - `visitor-then-host`: the arrival formula (`وكان في استقبال الرئيس الموريتاني لدى وصوله الرئيس قيس سعيد`):
 *   the visitor first, then the host.
 */
export type HostSideReading = 'visitor-before' | 'visitor-is-subject' | 'host-is-subject' | 'visitor-then-host';

/** A phrase that reports a visit from the host's side, or in a clause that is not the sentence's main verb. */
export interface HostSideFrame {
  readonly phrase: string;
  readonly reading: HostSideReading;
  readonly region?: VisitWordRegion;
}

/** Host-side frames, masculine and feminine. */
export const HOST_SIDE_FRAMES: readonly HostSideFrame[] = [
  { phrase: 'الذي يزور', reading: 'visitor-before' },
  { phrase: 'التي تزور', reading: 'visitor-before' },
  { phrase: 'الذي يقوم بزيارة', reading: 'visitor-before' },
  { phrase: 'التي تقوم بزيارة', reading: 'visitor-before' },
  { phrase: 'الذي يجري زيارة', reading: 'visitor-before' },
  { phrase: 'التي تجري زيارة', reading: 'visitor-before' },
  { phrase: 'الذي يؤدي زيارة', reading: 'visitor-before', region: 'maghreb' },
  { phrase: 'التي تؤدي زيارة', reading: 'visitor-before', region: 'maghreb' },
  { phrase: 'الذي يحل ضيفا', reading: 'visitor-before' },
  { phrase: 'التي تحل ضيفة', reading: 'visitor-before' },
  { phrase: 'الذي بدأ زيارة', reading: 'visitor-before' },
  { phrase: 'التي بدأت زيارة', reading: 'visitor-before' },
  { phrase: 'الذي وصل', reading: 'visitor-before' },
  { phrase: 'التي وصلت', reading: 'visitor-before' },
  // «… السيد عثمان سونكو، الذي حل بالمملكة أمس الأحد في زيارة عمل» (Maghreb).
  { phrase: 'الذي حل', reading: 'visitor-before', region: 'maghreb' },
  { phrase: 'التي حلت', reading: 'visitor-before', region: 'maghreb' },
  { phrase: 'في إطار زيارته', reading: 'visitor-is-subject' },
  { phrase: 'في إطار زيارتها', reading: 'visitor-is-subject' },
  { phrase: 'خلال زيارته', reading: 'visitor-is-subject' },
  { phrase: 'خلال زيارتها', reading: 'visitor-is-subject' },
  { phrase: 'أثناء زيارته', reading: 'visitor-is-subject' },
  { phrase: 'أثناء زيارتها', reading: 'visitor-is-subject' },
  { phrase: 'على هامش زيارته', reading: 'visitor-is-subject' },
  { phrase: 'على هامش زيارتها', reading: 'visitor-is-subject' },
  { phrase: 'ضمن زيارته', reading: 'visitor-is-subject' },
  { phrase: 'ضمن زيارتها', reading: 'visitor-is-subject' },
  { phrase: 'في مستهل زيارته', reading: 'visitor-is-subject' },
  { phrase: 'في ختام زيارته', reading: 'visitor-is-subject' },
  { phrase: 'بمناسبة زيارته', reading: 'visitor-is-subject', region: 'gulf' },
  { phrase: 'لدى استقباله', reading: 'host-is-subject' },
  { phrase: 'لدى استقبالها', reading: 'host-is-subject' },
  { phrase: 'خلال استقباله', reading: 'host-is-subject' },
  { phrase: 'خلال استقبالها', reading: 'host-is-subject' },
  { phrase: 'أثناء استقباله', reading: 'host-is-subject' },
  { phrase: 'أثناء استقبالها', reading: 'host-is-subject' },
  { phrase: 'عند استقباله', reading: 'host-is-subject' },
  { phrase: 'عند استقبالها', reading: 'host-is-subject' },
  { phrase: 'كان في استقبال', reading: 'visitor-then-host', region: 'gulf' },
  { phrase: 'كان في مقدمة مستقبلي', reading: 'visitor-then-host', region: 'gulf' },
];

/**
 * Words that make a reception something other than a visit: an ambassador
 * presenting credentials (`لتقديم أوراق اعتماده`، `تسلم أوراق اعتماد`).
 */
export const CREDENTIALS_PHRASES: readonly string[] = ['أوراق اعتماد', 'أوراق اعتماده', 'أوراق اعتمادها', 'أوراق اعتمادهم', 'نسخة من أوراق اعتماده'];

/**
 * Offices whose holder speaks or serves for a side but does not host a visit: with no host named,
 * the titled official of the host country is taken, but not a spokesman (`المتحدث باسم الحكومة
 * العراقية باسم العوادي`), a resident diplomat, an adviser or a delegation's head.
 */
export const NON_HOST_OFFICE_CODES: readonly string[] = ['spokesperson', 'ambassador', 'charge-d-affaires', 'adviser', 'head-of-delegation'];

/**
 * Offices whose holder is received at their post, not as a visitor: an
 * ambassador or a chargé d'affaires received by the host is a resident
 * diplomat (`استقبل وزير الخارجية سفير الاتحاد الأوروبي لدى المملكة`).
 */
export const RESIDENT_OFFICE_CODES: readonly string[] = ['ambassador', 'charge-d-affaires'];

/**
 * Verbs and phrases of lasting that put a duration on the visit right after the visit phrase
 * («في زيارة رسمية تستمر ثلاثة أيام»، «زيارة تدوم يومين»، «زيارة عمل لمدة يومين»). The duration
 * must follow the phrase at once; the visit phrase must come just before it.
 */
export const VISIT_LENGTH_PHRASES: readonly string[] = [
  'تستمر', 'ستستمر', 'يستمر', 'تدوم', 'ستدوم', 'تمتد', 'ستمتد', 'تستغرق', 'ستستغرق',
  'لمدة', 'على مدى', 'على مدار', 'مدتها', 'تستمر لمدة', 'تدوم لمدة', 'تمتد لمدة', 'تمتد على مدى',
];

/** The visit named again with the article, whose length may follow as well («في ختام الزيارة التي تستمر يومين»). */
export const VISIT_LENGTH_DEFINITE_NOUNS: readonly string[] = ['الزيارة'];

/** How many words may stand between the visit phrase and its length («زيارة رسمية إلى الرياض تستمر …»). */
export const VISIT_LENGTH_MAX_GAP = 4;
