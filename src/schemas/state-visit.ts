import * as z from 'zod';
import { Country } from './country';
import { Delegation, type DelegationInput } from './delegation';
import { EventCodes, type EventCodesInput } from './event-codes';
import { type Evidence, evidenceField } from './evidence';
import { OfficialStatement, type OfficialStatementInput } from './official-statement';
import { Office } from './office';
import { Person } from './person';
import { Place } from './place';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { RelatedEvent } from './related-event';
import { raiseRule } from './rules';
import { Source, type SourceInput } from './source';
import { DateValue, DurationValue } from './temporal';

/**
 * Visit types of diplomatic protocol, from the most to the least formal.
 *
 * @example
 * ```ts
 * // «زيارة رسمية»
 * const type: VisitTypeCode = 'official';
 * ```
 */
export const VISIT_TYPES = ['state', 'official', 'official-working', 'working', 'private', 'transit', 'unspecified'] as const;

/**
 * A type of {@link VISIT_TYPES}.
 *
 * @example
 * ```ts
 * const type: VisitTypeCode = 'working'; // «زيارة عمل»
 * ```
 */
export type VisitTypeCode = (typeof VISIT_TYPES)[number];

/**
 * The protocol type of a visit with the phrase that said it.
 *
 * @example
 * ```ts
 * const type: VisitType = { type: 'state', text: 'زيارة دولة' };
 * ```
 */
export interface VisitType {
  /** The protocol type. */
  type: VisitTypeCode;
  /** The phrase that said it (`زيارة دولة`، `زيارة رسمية`، `زيارة عمل`). */
  text?: string;
  /** Where the text says it. */
  evidence?: Evidence;
}

const visitTypeSchema = z.object({
    type: field(z.enum(VISIT_TYPES), {
      en: ['Visit type', 'Protocol type: state, official, official working, working, private, transit, unspecified.'],
      ar: ['نوع الزيارة', 'النوع البروتوكولي: زيارة دولة أو رسمية أو عمل رسمية أو عمل أو خاصة أو عبور أو غير محدد.'],
    }),
    text: field(z.string().trim().min(1).optional(), {
      en: ['Phrase', 'The phrase that said it (زيارة دولة، زيارة رسمية، زيارة عمل).'],
      ar: ['العبارة', 'العبارة التي دلت عليه (زيارة دولة، زيارة رسمية، زيارة عمل).'],
    }),
    evidence: evidenceField({ en: 'the visit type', ar: 'نوع الزيارة' }),
  });
true satisfies IsExact<z.output<typeof visitTypeSchema>, VisitType>;
true satisfies IsExact<z.input<typeof visitTypeSchema>, VisitType>;

/**
 * Schema of {@link VisitType}.
 *
 * @example
 * ```ts
 * VisitType.parse({ type: 'official-working', text: 'زيارة عمل رسمية' });
 * ```
 */
export const VisitType: z.ZodType<VisitType, VisitType> = named(visitTypeSchema, 'VisitType', {
    en: ['Visit type', 'The protocol type of the visit and the phrase that said it.'],
    ar: ['نوع الزيارة', 'النوع البروتوكولي للزيارة والعبارة التي دلت عليه.'],
  });

/**
 * Which visit of this visitor it is («الثانية له» → 2).
 *
 * @example
 * ```ts
 * const ordinal: VisitOrdinal = { value: 2, text: 'الثانية له' };
 * ```
 */
export interface VisitOrdinal {
  /** Which of the visitor's visits this is (2 for «الثانية له»). */
  value: number;
  /** The phrase as written (`الثانية له`). */
  text?: string;
  /** Where the text says it. */
  evidence?: Evidence;
}

const visitOrdinalSchema = z.object({
    value: field(z.int().positive(), {
      en: ['Ordinal', "Which of the visitor's visits this is (2 for «الثانية له»)."],
      ar: ['الترتيب', 'ترتيب الزيارة بين زيارات الزائر (2 في «الثانية له»).'],
    }),
    text: field(z.string().trim().min(1).optional(), {
      en: ['Phrase', 'The phrase as written (الثانية له).'],
      ar: ['العبارة', 'العبارة كما وردت (الثانية له).'],
    }),
    evidence: evidenceField({ en: 'the ordinal', ar: 'الترتيب' }),
  });
true satisfies IsExact<z.output<typeof visitOrdinalSchema>, VisitOrdinal>;
true satisfies IsExact<z.input<typeof visitOrdinalSchema>, VisitOrdinal>;

/**
 * Schema of {@link VisitOrdinal}: a positive integer.
 *
 * @example
 * ```ts
 * VisitOrdinal.parse({ value: 1, text: 'الأولى من نوعها' });
 * ```
 */
export const VisitOrdinal: z.ZodType<VisitOrdinal, VisitOrdinal> = named(visitOrdinalSchema, 'VisitOrdinal', {
    en: ['Visit ordinal', "Which of the visitor's visits this is."],
    ar: ['ترتيب الزيارة', 'ترتيب الزيارة بين زيارات الزائر.'],
  });

/**
 * A side of a visit: the visitor or the host, by person, office or both.
 *
 * @example
 * ```ts
 * const host: VisitParticipant = { person: { name: { ar: 'فلاديمير بوتين' } }, office: { title: 'الرئيس الروسي', code: 'president' } };
 * ```
 */
export interface VisitParticipant {
  /** The person, when named. */
  person?: Person;
  /** The office the person holds. */
  office?: Office;
}

const visitParticipantSchema = z.object({
    person: field(Person.optional(), {
      en: ['Person', 'The person, when named.'],
      ar: ['الشخص', 'الشخص إن ذُكر اسمه.'],
    }),
    office: field(Office.optional(), {
      en: ['Office', 'The office the person holds.'],
      ar: ['المنصب', 'المنصب الذي يشغله.'],
    }),
  })
  .superRefine((participant, ctx) => {
    if (!participant.person && !participant.office) raiseRule(ctx, 'participant-unnamed', []);
  });
true satisfies IsExact<z.output<typeof visitParticipantSchema>, VisitParticipant>;
true satisfies IsExact<z.input<typeof visitParticipantSchema>, VisitParticipant>;

/**
 * Schema of {@link VisitParticipant}. Rule: a person or an office is given.
 *
 * @example
 * ```ts
 * VisitParticipant.parse({ office: { title: 'أمير قطر', code: 'emir', country: 'QA' } });
 * ```
 */
export const VisitParticipant: z.ZodType<VisitParticipant, VisitParticipant> = named(visitParticipantSchema, 'VisitParticipant', {
    en: ['Visit participant', 'The visitor or the host, by person, office or both.'],
    ar: ['طرف الزيارة', 'الزائر أو المضيف، بشخصه أو بمنصبه أو بهما.'],
  });

/**
 * When the visit took place: arrival, departure and length, as temporal values.
 *
 * @example
 * ```ts
 * const period: VisitPeriod = { arrival: today }; // «وصل اليوم»
 * ```
 */
export interface VisitPeriod {
  /** When the visitor arrived. */
  arrival?: DateValue;
  /** When the visitor left; not before the arrival. */
  departure?: DateValue;
  /** How long the visit lasts, when the text says (`تستمر يومين`). */
  duration?: DurationValue;
}

const visitPeriodSchema = z
    .object({
      arrival: field(DateValue.optional(), {
        en: ['Arrival', 'When the visitor arrived.'],
        ar: ['الوصول', 'تاريخ وصول الزائر.'],
      }),
      departure: field(DateValue.optional(), {
        en: ['Departure', 'When the visitor left; not before the arrival.'],
        ar: ['المغادرة', 'تاريخ مغادرة الزائر، ولا يسبق الوصول.'],
      }),
      duration: field(DurationValue.optional(), {
        en: ['Duration', 'How long the visit lasts, when the text says (تستمر يومين).'],
        ar: ['المدة', 'مدة الزيارة إن ذكرها النص (تستمر يومين).'],
      }),
    })
    .superRefine((period, ctx) => {
      const arrival = period.arrival?.start;
      const departure = period.departure?.end;
      if (arrival !== undefined && departure !== undefined && departure < arrival) {
        raiseRule(ctx, 'departure-before-arrival', ['departure'], { arrival, departure });
      }
    });
true satisfies IsExact<z.output<typeof visitPeriodSchema>, VisitPeriod>;
true satisfies IsExact<z.input<typeof visitPeriodSchema>, VisitPeriod>;

/**
 * Schema of {@link VisitPeriod}. Rule: the departure is not before the arrival
 * (the last day the departure can be is not before the first day the arrival can be).
 *
 * @example
 * ```ts
 * // «وصل اليوم … ويغادر غدا»
 * VisitPeriod.parse({ arrival: day('2026-01-28'), departure: day('2026-01-29') });
 * ```
 */
export const VisitPeriod: z.ZodType<VisitPeriod, VisitPeriod> = named(visitPeriodSchema, 'VisitPeriod', {
    en: ['Visit period', 'Arrival, departure and length of the visit.'],
    ar: ['فترة الزيارة', 'تاريخ الوصول والمغادرة ومدة الزيارة.'],
  });

const topicList = (en: [string, string], ar: [string, string]) =>
  field(z.array(z.string().trim().min(1)).default(() => []), { en, ar });

/**
 * A state visit draft: who visited whom, where, when, with which delegation, and who said what.
 *
 * @example
 * ```ts
 * const visit: StateVisit = StateVisit.parse({
 *   visitor: { office: { title: 'الرئيس', code: 'president', country: 'SY' } },
 *   guestCountry: 'SY', hostCountry: 'RU',
 *   visitType: { type: 'official', text: 'زيارة رسمية' },
 * });
 * ```
 */
export interface StateVisit {
  /** Who made the visit. */
  visitor: VisitParticipant;
  /** Who received the visitor. */
  host?: VisitParticipant;
  /** The visitor's country (ISO 3166-1 alpha-2). */
  guestCountry: Country;
  /** The country visited (ISO 3166-1 alpha-2). */
  hostCountry: Country;
  /** Where the visit takes place (default `[]`). */
  places: Place[];
  /** The protocol type of the visit and the phrase that said it. */
  visitType: VisitType;
  /** Which of the visitor's visits to this country it is. */
  ordinal?: VisitOrdinal;
  /** Topics on the agenda (default `[]`). */
  agenda: string[];
  /** Arrival, departure and duration (default `{}`). */
  period: VisitPeriod;
  /** The visitor's delegation. */
  delegation?: Delegation;
  /** Official statements made around the visit (default `[]`). */
  statements: OfficialStatement[];
  /** Earlier visits, planned visits, summits and calls the report mentions (default `[]`). */
  relatedEvents: RelatedEvent[];
  /** What the visit is expected to produce (default `[]`). */
  expectedOutcomes: string[];
  /** Where the report was published (default `[]`). */
  sources: Source[];
  /** CAMEO and PLOVER codes (default: CAMEO 042/043, PLOVER CONSULT/visit). */
  eventCodes: EventCodes;
  /** Where the text reports the visit. */
  evidence?: Evidence;
}

/**
 * The input accepted by {@link StateVisit}: lists, `period` and `eventCodes` may be omitted.
 *
 * @example
 * ```ts
 * const input: StateVisitInput = {
 *   visitor: { office: { title: 'الملك', code: 'king', country: 'JO' } },
 *   guestCountry: 'JO', hostCountry: 'EG', visitType: { type: 'working', text: 'زيارة عمل' },
 * };
 * ```
 */
export interface StateVisitInput
  extends Omit<
    StateVisit,
    'places' | 'agenda' | 'period' | 'delegation' | 'statements' | 'relatedEvents' | 'expectedOutcomes' | 'sources' | 'eventCodes'
  > {
  /** Where the visit takes place; default `[]`. */
  places?: Place[] | undefined;
  /** Topics on the agenda; default `[]`. */
  agenda?: string[] | undefined;
  /** Arrival, departure and duration; default `{}`. */
  period?: VisitPeriod | undefined;
  /** The visitor's delegation. */
  delegation?: DelegationInput | undefined;
  /** Official statements made around the visit; default `[]`. */
  statements?: OfficialStatementInput[] | undefined;
  /** Related events; default `[]`. */
  relatedEvents?: RelatedEvent[] | undefined;
  /** What the visit is expected to produce; default `[]`. */
  expectedOutcomes?: string[] | undefined;
  /** Where the report was published; default `[]`. */
  sources?: SourceInput[] | undefined;
  /** CAMEO and PLOVER codes; default CAMEO 042/043, PLOVER CONSULT/visit. */
  eventCodes?: EventCodesInput | undefined;
}

const stateVisitSchema = z.object({
    visitor: field(VisitParticipant, {
      en: ['Visitor', 'Who made the visit.'],
      ar: ['الزائر', 'صاحب الزيارة.'],
    }),
    host: field(VisitParticipant.optional(), {
      en: ['Host', 'Who received the visitor.'],
      ar: ['المضيف', 'من استقبل الزائر.'],
    }),
    guestCountry: field(Country, {
      en: ['Guest country', "The visitor's country."],
      ar: ['الدولة الزائرة', 'دولة الزائر.'],
    }),
    hostCountry: field(Country, {
      en: ['Host country', 'The country visited.'],
      ar: ['الدولة المضيفة', 'الدولة التي تمت زيارتها.'],
    }),
    places: field(z.array(Place).default(() => []), {
      en: ['Places', 'Where the visit takes place: capital, city, airport, palace…'],
      ar: ['الأماكن', 'أماكن الزيارة: العاصمة أو المدينة أو المطار أو القصر…'],
    }),
    visitType: field(VisitType, {
      en: ['Visit type', 'Protocol type of the visit and the phrase that said it.'],
      ar: ['نوع الزيارة', 'النوع البروتوكولي للزيارة والعبارة التي دلت عليه.'],
    }),
    ordinal: field(VisitOrdinal.optional(), {
      en: ['Ordinal', "Which of the visitor's visits to this country it is."],
      ar: ['الترتيب', 'ترتيب الزيارة بين زيارات الزائر لهذه الدولة.'],
    }),
    agenda: topicList(
      ['Agenda', 'Topics on the agenda (bilateral relations, energy, security…).'],
      ['جدول الأعمال', 'الموضوعات المطروحة (العلاقات الثنائية، الطاقة، الأمن…).'],
    ),
    period: field(VisitPeriod.default(() => ({})), {
      en: ['Period', 'Arrival, departure and duration.'],
      ar: ['الفترة', 'الوصول والمغادرة والمدة.'],
    }),
    delegation: field(Delegation.optional(), {
      en: ['Delegation', "The visitor's delegation."],
      ar: ['الوفد', 'الوفد المرافق للزائر.'],
    }),
    statements: field(z.array(OfficialStatement).default(() => []), {
      en: ['Statements', 'Official statements made around the visit.'],
      ar: ['التصريحات', 'التصريحات الرسمية حول الزيارة.'],
    }),
    relatedEvents: field(z.array(RelatedEvent).default(() => []), {
      en: ['Related events', 'Earlier visits, planned visits, summits and calls the report mentions.'],
      ar: ['أحداث ذات صلة', 'زيارات سابقة أو مرتقبة أو قمم أو اتصالات ذكرها الخبر.'],
    }),
    expectedOutcomes: topicList(
      ['Expected outcomes', 'What the visit is expected to produce (agreements, memoranda…).'],
      ['النتائج المتوقعة', 'ما يُنتظر أن تسفر عنه الزيارة (اتفاقيات، مذكرات تفاهم…).'],
    ),
    sources: field(z.array(Source).default(() => []), {
      en: ['Sources', 'Where the report was published.'],
      ar: ['المصادر', 'الجهات التي نشرت الخبر.'],
    }),
    eventCodes: field(EventCodes.default(() => EventCodes.parse({})), {
      en: ['Event codes', 'CAMEO 042/043 and PLOVER CONSULT (mode visit).'],
      ar: ['رموز الحدث', 'رمزا CAMEO 042/043 ورمز PLOVER CONSULT (نمط visit).'],
    }),
    evidence: evidenceField({ en: 'the visit', ar: 'ذكر الزيارة' }),
  });
true satisfies IsExact<z.output<typeof stateVisitSchema>, StateVisit>;
true satisfies IsExact<z.input<typeof stateVisitSchema>, StateVisitInput>;

/**
 * Schema of {@link StateVisit}. All nested rules apply (departure after arrival, delegation
 * head among the members, ordered evidence offsets, valid dates and country codes, closed
 * enums); unknown keys are stripped.
 *
 * @example
 * ```ts
 * const result = StateVisit.safeParse(JSON.parse(json)); // e.g. { visitType: { type: 'official', text: 'زيارة رسمية' }, … }
 * if (!result.success) console.log(formatSchemaIssues(result.error, { language: 'ar' }));
 * ```
 */
export const StateVisit: z.ZodType<StateVisit, StateVisitInput> = named(stateVisitSchema, 'StateVisit', {
    en: ['State visit', 'A visit by a head of state, government or minister: who visited whom, where, when, with whom, and who said what.'],
    ar: ['زيارة رسمية أو زيارة دولة', 'زيارة يقوم بها رئيس دولة أو حكومة أو وزير: من زار من، وأين، ومتى، وبرفقة من، ومن قال ماذا.'],
  });
