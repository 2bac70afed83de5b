/**
 * The values the extractor returns.
 *
 * @module
 */
import type { ReportingVerbCode } from '../data/reporting-verbs';
import type { TopicCode } from '../data/topics';
import type { Evidence } from '../schemas/evidence';
import type { Office } from '../schemas/office';
import type { StatementAttribution, StatementCertainty } from '../schemas/official-statement';

export type { Evidence } from '../schemas/evidence';

/**
 * How a country was named: by its name, an adjective (nisba), its capital or
 * another city, or a seat of power.
 *
 * @example
 * ```ts
 * // «الرئيس السوري»
 * const kind: CountryMentionKind = 'nisba';
 * ```
 */
export type CountryMentionKind = 'name' | 'nisba' | 'capital' | 'city' | 'institution';

/**
 * One country named in the text.
 *
 * @example
 * ```ts
 * const [moscow] = findCountries('وصل الرئيس إلى موسكو');
 * // moscow.code === 'RU', moscow.kind === 'capital', moscow.evidence.text === 'موسكو'
 * ```
 */
export interface CountryMention {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** How the text named the country: its name, a nisba adjective, a capital or a seat of power. */
  kind: CountryMentionKind;
  /** The country's Arabic name (CLDR). */
  nameAr: string;
  /** The country's English name (CLDR). */
  nameEn: string;
  /** Other countries the same spelling could name (`عمان`: Jordan's capital or Oman), when it was ambiguous. */
  alternatives?: string[];
  /** The words that named it, with offsets into the input. */
  evidence: Evidence;
}

/**
 * One office title in the text (`وزير الخارجية`، `المتحدث باسم الكرملين`).
 *
 * @example
 * ```ts
 * const [office] = findOffices('وصل وزير الخارجية المصري');
 * // office.code === 'minister', office.portfolio === 'foreign', office.country === 'EG'
 * ```
 */
export interface OfficeMention {
  /** The title as written, with the country adjective when there is one (`الرئيس السوري`). */
  title: string;
  /** Normalized office code from the office table. */
  code: Office['code'];
  /** English label. */
  en: string;
  /** For ministers: the portfolio. */
  portfolio?: NonNullable<Office['portfolio']>;
  /** ISO code of the country the title or its adjective names. */
  country?: string;
  /** The organization the title names (`الكرملين`، `رئاسة الجمهورية`). */
  organization?: string;
  /** Gender shown by the title. */
  gender?: 'male' | 'female';
  /** `true` when the title is one of two in a dual (`وزيري الخارجية والدفاع`); the evidence is the whole dual. */
  fromDual?: true;
  /** The words of the title, with offsets into the input. */
  evidence: Evidence;
}

/**
 * A person the article talks about, with every mention merged
 * (`الرئيس السوري أحمد الشرع` … `الشرع` … `الرئيس الشرع`).
 *
 * @example
 * ```ts
 * const person: PersonMention = {
 *   name: 'أحمد الشرع', office: { title: 'الرئيس السوري', code: 'president', en: 'President', country: 'SY', evidence },
 *   country: 'SY', mentions: [evidence],
 * };
 * ```
 */
export interface PersonMention {
  /** The fullest form of the name the text wrote, as written; absent when only an office names them. */
  name?: string;
  /** The office, from the first mention that gave one. */
  office?: OfficeMention;
  /** ISO country code, from the office, an adjective or an apposition. */
  country?: string;
  gender?: 'male' | 'female';
  /** Every place the person is named. */
  mentions: Evidence[];
}

// The schema's unions, not copies of them: a code added to the schema reaches the extractor.
export type { StatementAttribution, StatementCertainty } from '../schemas/official-statement';

/**
 * How the statement's speaker was found.
 *
 * - `explicit`: named right after the verb (`أكد الرئيس السوري …`).
 * - `before-verb`: named before it (`الوزير … قال إن`).
 * - `carried-over`: not named; taken from the context (`وأضاف`، `بدوره`، a participle `مؤكدا`).
 * - `source`: a media report, an unnamed source or an official text.
 *
 * @example
 * ```ts
 * // «وأضاف أن …»
 * const how: SpeakerResolution = 'carried-over';
 * ```
 */
export type SpeakerResolution = 'explicit' | 'before-verb' | 'carried-over' | 'source';

/**
 * The grammatical form that reported the statement.
 *
 * @example
 * ```ts
 * // «مؤكدًا دعم موسكو …»
 * const form: ReportingForm = 'participle';
 * ```
 */
export type ReportingForm = 'verb' | 'participle' | 'verbal-noun' | 'passive' | 'formula' | 'trailing-attribution' | 'declined-comment';

/**
 * How the content is reported.
 *
 * @example
 * ```ts
 * // «أكد أن …» is indirect speech; «قال: "…"» is a direct quote; «أعرب عن أمله» a summary
 * const kind: ContentKind = 'indirect';
 * ```
 */
export type ContentKind = 'direct-quote' | 'indirect' | 'summary';

/**
 * One statement found in the text.
 *
 * @example
 * ```ts
 * const [s] = extractStatements('وأكد وزير الخارجية العراقي أن بغداد تدعم الحوار.');
 * // s.verb.code === 'affirm', s.speaker.office?.portfolio === 'foreign', s.content.text === 'بغداد تدعم الحوار'
 * ```
 */
export interface ExtractedStatement {
  speaker: {
    /** The person, when a person is the speaker. */
    person?: PersonMention;
    /** The office the speaker spoke in. */
    office?: OfficeMention;
    /** An organization or official text (`الكرملين`، `بيان للوزارة`, `التقارير الإعلامية`). */
    organization?: string;
    /** ISO country code. */
    country?: string;
    /** The words that named the speaker here; absent when carried over. */
    evidence?: Evidence;
    resolution: SpeakerResolution;
  };
  attribution: StatementAttribution;
  verb: {
    /** As written (`أكد`، `مشيرًا`، `جاء في البيان`). */
    text: string;
    code: ReportingVerbCode;
    form: ReportingForm;
    evidence: Evidence;
  };
  content: {
    text: string;
    kind: ContentKind;
    evidence: Evidence;
  };
  certainty: StatementCertainty;
  /** What the content is about: codes of the topic table, in order of first occurrence. */
  topics: TopicCode[];
  /** From the verb (or formula) to the end of the content. */
  evidence: Evidence;
}

/**
 * A member of a delegation.
 *
 * @example
 * ```ts
 * // «ووزيري الخارجية والدفاع» gives two members, each with its office
 * const member: ExtractedDelegationMember = { role: 'member', office, evidence };
 * ```
 */
export interface ExtractedDelegationMember {
  role: 'head' | 'member';
  person?: PersonMention;
  office?: OfficeMention;
  evidence: Evidence;
}

/**
 * A delegation found in the text.
 *
 * @example
 * ```ts
 * const d = extractDelegation('ويرافق الرئيس وفد رسمي يضم وزيري الخارجية والدفاع.');
 * // d?.members.length === 3 (the head and two ministers)
 * ```
 */
export interface ExtractedDelegation {
  /** ISO code of the delegation's country, from its head. */
  country?: string;
  kind?: 'official' | 'security' | 'economic' | 'parliamentary' | 'military' | 'ministerial' | 'diplomatic' | 'technical' | 'media';
  head?: ExtractedDelegationMember;
  /** Every member, the head first. */
  members: ExtractedDelegationMember[];
  /** Members the text does not list (`عدد من كبار معاونيه`), as written. */
  unspecified?: { text: string; evidence: Evidence };
  evidence: Evidence;
}
