import * as z from 'zod';
import { REPORTING_VERB_CODES, type ReportingVerbCode } from '../data/reporting-verbs';
import { Country } from './country';
import { type Evidence, evidenceField } from './evidence';
import { Office } from './office';
import { Organization } from './organization';
import { Person } from './person';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { raiseRule } from './rules';
import { DateValue } from './temporal';

/**
 * How a statement is attributed.
 *
 * @example
 * ```ts
 * // «نقل المتحدث باسم الكرملين»
 * const attribution: StatementAttribution = 'spokesperson';
 * ```
 */
export const STATEMENT_ATTRIBUTIONS = ['named', 'spokesperson', 'official-source', 'media-reports', 'anonymous-source', 'joint'] as const;

/**
 * An attribution of {@link STATEMENT_ATTRIBUTIONS}.
 *
 * @example
 * ```ts
 * const attribution: StatementAttribution = 'media-reports'; // «بحسب وسائل إعلام»
 * ```
 */
export type StatementAttribution = (typeof STATEMENT_ATTRIBUTIONS)[number];

/**
 * How certain the report is that the statement was made as reported.
 *
 * @example
 * ```ts
 * // «رفض التعليق»
 * const certainty: StatementCertainty = 'declined-comment';
 * ```
 */
export const STATEMENT_CERTAINTIES = ['confirmed', 'unconfirmed', 'denied', 'declined-comment'] as const;

/**
 * A certainty of {@link STATEMENT_CERTAINTIES}.
 *
 * @example
 * ```ts
 * const certainty: StatementCertainty = 'unconfirmed'; // «لم يتسن التأكد»
 * ```
 */
export type StatementCertainty = (typeof STATEMENT_CERTAINTIES)[number];

/**
 * How the content is reported.
 *
 * @example
 * ```ts
 * // «قال: "…"»
 * const mode: ContentMode = 'direct-quote';
 * ```
 */
export const CONTENT_MODES = ['direct-quote', 'indirect', 'summary'] as const;

/**
 * A mode of {@link CONTENT_MODES}.
 *
 * @example
 * ```ts
 * const mode: ContentMode = 'indirect'; // «أكد أن …»
 * ```
 */
export type ContentMode = (typeof CONTENT_MODES)[number];

const optionalPerson = () =>
  field(Person.optional(), { en: ['Person', 'The person who spoke.'], ar: ['الشخص', 'الشخص المتحدث.'] });

/**
 * Who made a statement: any of person, office, organization and country.
 *
 * @example
 * ```ts
 * const speaker: Speaker = {
 *   person: { name: { ar: 'ديميتري بيسكوف' } },
 *   office: { title: 'المتحدث باسم الكرملين', code: 'spokesperson' },
 *   country: 'RU',
 * };
 * ```
 */
export interface Speaker {
  /** The person who spoke. */
  person?: Person;
  /** The office of the speaker. */
  office?: Office;
  /** The organization the speaker speaks for. */
  organization?: Organization;
  /** The country the speaker speaks for. */
  country?: Country;
}

const speakerSchema = z.object({
    person: optionalPerson(),
    office: field(Office.optional(), {
      en: ['Office', 'The office of the speaker.'],
      ar: ['المنصب', 'منصب المتحدث.'],
    }),
    organization: field(Organization.optional(), {
      en: ['Organization', 'The organization the speaker speaks for.'],
      ar: ['الجهة', 'الجهة التي يتحدث باسمها.'],
    }),
    country: field(Country.optional(), {
      en: ['Country', 'The country the speaker speaks for.'],
      ar: ['الدولة', 'الدولة التي يتحدث باسمها.'],
    }),
  });
true satisfies IsExact<z.output<typeof speakerSchema>, Speaker>;
true satisfies IsExact<z.input<typeof speakerSchema>, Speaker>;

/**
 * Schema of {@link Speaker}.
 *
 * @example
 * ```ts
 * Speaker.parse({ organization: { name: { ar: 'وزارة الخارجية المصرية' }, kind: 'ministry' }, country: 'EG' });
 * ```
 */
export const Speaker: z.ZodType<Speaker, Speaker> = named(speakerSchema, 'Speaker', {
    en: ['Speaker', 'Who made the statement: a person, an office, an organization or a country.'],
    ar: ['المتحدث', 'صاحب التصريح: شخص أو منصب أو جهة أو دولة.'],
  });

/**
 * The reporting verb of a statement: as written and as a code from the verb table.
 *
 * @example
 * ```ts
 * const verb: ReportingVerbUse = { text: 'شدد', code: 'stress' };
 * ```
 */
export interface ReportingVerbUse {
  /** The reporting verb as written (`أكد`، `شدد`، `نقل`). */
  text: string;
  /** The normalized verb code from `src/data/reporting-verbs.ts`. */
  code: ReportingVerbCode;
  /** Where the text has the verb. */
  evidence?: Evidence;
}

const reportingVerbUseSchema = z.object({
    text: field(z.string().trim().min(1), {
      en: ['Verb as written', 'The reporting verb as written (أكد، شدد، أعرب، نقل).'],
      ar: ['الفعل كما ورد', 'فعل القول كما ورد (أكد، شدد، أعرب، نقل).'],
    }),
    code: field(z.enum(REPORTING_VERB_CODES), {
      en: ['Verb code', 'The normalized verb: affirm, stress, express, indicate, convey, say, deny…'],
      ar: ['رمز الفعل', 'الفعل الموحد: تأكيد، تشديد، إعراب، إشارة، نقل، قول، نفي…'],
    }),
    evidence: evidenceField({ en: 'the verb', ar: 'الفعل' }),
  });
true satisfies IsExact<z.output<typeof reportingVerbUseSchema>, ReportingVerbUse>;
true satisfies IsExact<z.input<typeof reportingVerbUseSchema>, ReportingVerbUse>;

/**
 * Schema of {@link ReportingVerbUse}.
 *
 * @example
 * ```ts
 * ReportingVerbUse.parse({ text: 'أعربت', code: 'express' });
 * ```
 */
export const ReportingVerbUse: z.ZodType<ReportingVerbUse, ReportingVerbUse> = named(reportingVerbUseSchema, 'ReportingVerbUse', {
    en: ['Reporting verb', 'The verb that introduces the statement.'],
    ar: ['فعل القول', 'الفعل الذي يُدخل التصريح.'],
  });

/**
 * What was said: the text and whether it is quoted, indirect or summarized.
 *
 * @example
 * ```ts
 * const content: StatementContent = { text: 'العلاقات بين البلدين متينة', mode: 'indirect' };
 * ```
 */
export interface StatementContent {
  /** What was said, as written. */
  text: string;
  /** Direct quote, indirect speech or summary. */
  mode: ContentMode;
  /** Where the text has the content. */
  evidence?: Evidence;
}

const statementContentSchema = z.object({
    text: field(z.string().trim().min(1), {
      en: ['Text', 'What was said, as written.'],
      ar: ['النص', 'ما قيل، كما ورد.'],
    }),
    mode: field(z.enum(CONTENT_MODES), {
      en: ['Mode', 'Direct quote, indirect speech (أن …) or summary.'],
      ar: ['الصيغة', 'اقتباس مباشر أو كلام منقول (أن …) أو تلخيص.'],
    }),
    evidence: evidenceField({ en: 'the content', ar: 'المضمون' }),
  });
true satisfies IsExact<z.output<typeof statementContentSchema>, StatementContent>;
true satisfies IsExact<z.input<typeof statementContentSchema>, StatementContent>;

/**
 * Schema of {@link StatementContent}.
 *
 * @example
 * ```ts
 * StatementContent.parse({ text: 'نرحب بالضيف الكريم', mode: 'direct-quote' });
 * ```
 */
export const StatementContent: z.ZodType<StatementContent, StatementContent> = named(statementContentSchema, 'StatementContent', {
    en: ['Statement content', 'What was said and how it is reported.'],
    ar: ['مضمون التصريح', 'ما قيل وكيف نُقل.'],
  });

/**
 * An official statement: speaker, attribution, reporting verb, content, topics, date, certainty.
 *
 * @example
 * ```ts
 * const statement: OfficialStatement = {
 *   speaker: { office: { title: 'الناطق باسم الخارجية', code: 'spokesperson', portfolio: 'foreign' }, country: 'IQ' },
 *   attribution: 'spokesperson',
 *   verb: { text: 'أكد', code: 'affirm' },
 *   content: { text: 'حرص بغداد على علاقات متوازنة', mode: 'indirect' },
 *   topics: [], certainty: 'confirmed',
 * };
 * ```
 */
export interface OfficialStatement {
  /** Who made the statement. */
  speaker: Speaker;
  /** How the statement is attributed. */
  attribution: StatementAttribution;
  /** The verb that introduces the statement. */
  verb: ReportingVerbUse;
  /** What was said. */
  content: StatementContent;
  /** What the statement is about (default `[]`). */
  topics: string[];
  /** When the statement was made, when the text says. */
  date?: DateValue;
  /** How certain the report is (default `confirmed`). */
  certainty: StatementCertainty;
  /** Where the whole statement is in the text. */
  evidence?: Evidence;
}

/**
 * The input accepted by {@link OfficialStatement} (`topics` and `certainty` have defaults).
 *
 * @example
 * ```ts
 * const input: OfficialStatementInput = {
 *   speaker: { country: 'MA' }, attribution: 'official-source',
 *   verb: { text: 'أفاد', code: 'report' }, content: { text: 'المباحثات كانت مثمرة', mode: 'summary' },
 * };
 * ```
 */
export interface OfficialStatementInput extends Omit<OfficialStatement, 'topics' | 'certainty'> {
  /** What the statement is about; default `[]`. */
  topics?: string[] | undefined;
  /** How certain the report is; default `confirmed`. */
  certainty?: StatementCertainty | undefined;
}

function inside(inner: Evidence, outer: Evidence): boolean {
  return inner.index >= outer.index && inner.end <= outer.end;
}

const officialStatementSchema = z
    .object({
      speaker: field(Speaker, {
        en: ['Speaker', 'Who made the statement.'],
        ar: ['المتحدث', 'صاحب التصريح.'],
      }),
      attribution: field(z.enum(STATEMENT_ATTRIBUTIONS), {
        en: ['Attribution', 'How the statement is attributed: named, spokesperson, official source, media reports…'],
        ar: ['الإسناد', 'كيف نُسب التصريح: باسم صاحبه أو لمتحدث رسمي أو لمصدر رسمي أو لوسائل إعلام…'],
      }),
      verb: field(ReportingVerbUse, {
        en: ['Reporting verb', 'The verb that introduces the statement (أكد، شدد، نقل…).'],
        ar: ['فعل القول', 'الفعل الذي يُدخل التصريح (أكد، شدد، نقل…).'],
      }),
      content: field(StatementContent, {
        en: ['Content', 'What was said.'],
        ar: ['المضمون', 'ما قيل.'],
      }),
      topics: field(z.array(z.string().trim().min(1)).default(() => []), {
        en: ['Topics', 'What the statement is about (bilateral relations, economy, security…).'],
        ar: ['الموضوعات', 'موضوعات التصريح (العلاقات الثنائية، الاقتصاد، الأمن…).'],
      }),
      date: field(DateValue.optional(), {
        en: ['Date', 'When the statement was made, when the text says.'],
        ar: ['التاريخ', 'تاريخ التصريح إن ذكره النص.'],
      }),
      certainty: field(z.enum(STATEMENT_CERTAINTIES).default('confirmed'), {
        en: ['Certainty', 'Confirmed, unconfirmed, denied or declined comment.'],
        ar: ['درجة اليقين', 'مؤكد أو غير مؤكد أو منفي أو رفض التعليق.'],
      }),
      evidence: evidenceField({ en: 'the whole statement', ar: 'التصريح كاملا' }),
    })
    .superRefine((statement, ctx) => {
      const { speaker, attribution } = statement;
      const needsSpeaker = attribution === 'named' || attribution === 'spokesperson' || attribution === 'joint';
      if (needsSpeaker && !speaker.person && !speaker.office && !speaker.organization && !speaker.country) {
        raiseRule(ctx, 'speaker-missing', ['speaker'], { attribution });
      }
      const outer = statement.evidence;
      if (!outer) return;
      for (const part of ['verb', 'content'] as const) {
        const inner = statement[part].evidence;
        if (inner && !inside(inner, outer)) {
          raiseRule(ctx, 'evidence-outside', [part, 'evidence'], {
            index: inner.index,
            end: inner.end,
            outerIndex: outer.index,
            outerEnd: outer.end,
          });
        }
      }
    });
true satisfies IsExact<z.output<typeof officialStatementSchema>, OfficialStatement>;
true satisfies IsExact<z.input<typeof officialStatementSchema>, OfficialStatementInput>;

/**
 * Schema of {@link OfficialStatement}. Rules: a named, spokesperson or joint statement has a
 * speaker (person, office, organization or country); the verb's and the content's evidence
 * lie inside the statement's evidence.
 *
 * @example
 * ```ts
 * // «أكد الناطق باسم الخارجية أن …»
 * OfficialStatement.parse(statement).certainty; // 'confirmed'
 * ```
 */
export const OfficialStatement: z.ZodType<OfficialStatement, OfficialStatementInput> = named(officialStatementSchema, 'OfficialStatement', {
    en: ['Official statement', 'A statement made around a visit: who said what, how it is reported, and where.'],
    ar: ['تصريح رسمي', 'تصريح أُدلي به حول الزيارة: من قال ماذا، وكيف نُقل، وأين ورد.'],
  });
