/**
 * The words of a visit report: protocol types, how an ordinal is framed
 * (`هي الثانية له`), arrival and reception verbs, earlier-visit markers,
 * agenda and expected-outcome phrases. Spellings as written (with hamza);
 * the extractor normalizes them when it builds its patterns.
 *
 * @module
 */

/** Protocol type of a visit, as diplomatic protocol distinguishes them. */
export type VisitTypeCode = 'state' | 'official' | 'official-working' | 'working' | 'private' | 'transit' | 'unspecified';

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
  /** A word that must follow within the sentence for the verb to mean a visit (`حل … ضيفا`). */
  readonly requires?: readonly string[];
}

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
  { verb: 'حل', role: 'visitor-arrives', tense: 'past', requires: ['ضيفا', 'ضيفة'] },
  { verb: 'حلت', role: 'visitor-arrives', tense: 'past', requires: ['ضيفة', 'ضيفا'] },
  { verb: 'يحل', role: 'visitor-arrives', tense: 'present', requires: ['ضيفا', 'ضيفة'] },
  { verb: 'توجه', role: 'visitor-arrives', tense: 'past' },
  { verb: 'زار', role: 'visitor-visits', tense: 'past' },
  { verb: 'زارت', role: 'visitor-visits', tense: 'past' },
  { verb: 'يزور', role: 'visitor-visits', tense: 'present' },
  { verb: 'تزور', role: 'visitor-visits', tense: 'present' },
  { verb: 'بدأ زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'بدأت زيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'يبدأ زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'تبدأ زيارة', role: 'visitor-visits', tense: 'present' },
  { verb: 'قام بزيارة', role: 'visitor-visits', tense: 'past' },
  { verb: 'يقوم بزيارة', role: 'visitor-visits', tense: 'present' },
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
];

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
