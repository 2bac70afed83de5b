/**
 * The cross-field rules the schemas enforce, each with an English and an Arabic
 * message. Issues raised by a rule carry `params.rule`, so `formatSchemaIssues` can
 * word them in the language the caller asks for.
 *
 * @module
 */
import type * as z from 'zod';

/**
 * The codes of ziyara's own validation rules.
 *
 * @example
 * ```ts
 * // «غادر قبل أن يصل»: a departure before the arrival
 * const rule: SchemaRule = 'departure-before-arrival';
 * ```
 */
export const SCHEMA_RULES = [
  'offsets-ordered',
  'evidence-length',
  'evidence-outside',
  'date-range-order',
  'departure-before-arrival',
  'head-not-member',
  'several-heads',
  'member-unnamed',
  'participant-unnamed',
  'speaker-missing',
  'kind-mismatch',
] as const;

/**
 * A code of {@link SCHEMA_RULES}.
 *
 * @example
 * ```ts
 * const rule: SchemaRule = 'head-not-member'; // رئيس الوفد ليس من أعضائه
 * ```
 */
export type SchemaRule = (typeof SCHEMA_RULES)[number];

type Values = Readonly<Record<string, string | number>>;
type Wording = (values: Values) => string;

const RULE_MESSAGES: Record<SchemaRule, { en: Wording; ar: Wording }> = {
  'offsets-ordered': {
    en: (v) => `end (${v.end}) must not be before index (${v.index})`,
    ar: (v) => `يجب ألا تسبق نهاية المقطع (${v.end}) بدايته (${v.index})`,
  },
  'evidence-length': {
    en: (v) => `text has ${v.length} characters but end − index is ${v.span}: it must be the exact slice of the source`,
    ar: (v) => `طول النص ${v.length} حرفا بينما الفرق بين النهاية والبداية ${v.span}: يجب أن يطابق المقطع المقتبس من المصدر`,
  },
  'evidence-outside': {
    en: (v) => `offsets ${v.index}–${v.end} lie outside the statement's evidence ${v.outerIndex}–${v.outerEnd}`,
    ar: (v) => `الموضع ${v.index}–${v.end} خارج موضع التصريح ${v.outerIndex}–${v.outerEnd}`,
  },
  'date-range-order': {
    en: (v) => `end (${v.end}) must not be before start (${v.start})`,
    ar: (v) => `يجب ألا يسبق تاريخ النهاية (${v.end}) تاريخ البداية (${v.start})`,
  },
  'departure-before-arrival': {
    en: (v) => `departure (${v.departure}) must not be before arrival (${v.arrival})`,
    ar: (v) => `يجب ألا يسبق تاريخ المغادرة (${v.departure}) تاريخ الوصول (${v.arrival})`,
  },
  'head-not-member': {
    en: (v) => `the head of the delegation (${v.head}) must be one of its members`,
    ar: (v) => `يجب أن يكون رئيس الوفد (${v.head}) أحد أعضائه`,
  },
  'several-heads': {
    en: (v) => `${v.count} members have the role "head"; a delegation has one head`,
    ar: (v) => `${v.count} أعضاء بدور «رئيس الوفد»، وللوفد رئيس واحد`,
  },
  'member-unnamed': {
    en: () => 'a delegation member needs a person or an office',
    ar: () => 'يجب أن يُذكر لعضو الوفد شخص أو منصب',
  },
  'participant-unnamed': {
    en: () => 'a visitor or host needs a person or an office',
    ar: () => 'يجب أن يُذكر للزائر أو المضيف شخص أو منصب',
  },
  'speaker-missing': {
    en: (v) => `a statement attributed as "${v.attribution}" needs a person, an office, an organization or a country`,
    ar: (v) => `التصريح المنسوب بصفة «${v.attribution}» يحتاج إلى شخص أو منصب أو جهة أو دولة`,
  },
  'kind-mismatch': {
    en: (v) => `kind "${v.kind}" does not match the value's type "${v.type}"`,
    ar: (v) => `النوع «${v.kind}» لا يطابق نوع القيمة «${v.type}»`,
  },
};

/**
 * The message of a rule in a language.
 * @internal
 */
export function ruleMessage(rule: SchemaRule, language: 'ar' | 'en', values: Values): string {
  return RULE_MESSAGES[rule][language](values);
}

/** `true` when `value` names one of ziyara's rules. @internal */
export function isSchemaRule(value: unknown): value is SchemaRule {
  return typeof value === 'string' && (SCHEMA_RULES as readonly string[]).includes(value);
}

/**
 * Raises a rule's issue at `path` (English message; `formatSchemaIssues` rewords it).
 * @internal
 */
export function raiseRule(
  ctx: z.core.$RefinementCtx,
  rule: SchemaRule,
  path: PropertyKey[],
  values: Values = {},
): void {
  ctx.addIssue({ code: 'custom', message: ruleMessage(rule, 'en', values), path, params: { rule, ...values } });
}
