/**
 * Errors a person can act on: zod issues as `{ path, message }` in English or Arabic.
 * The language is applied per call (zod v4's `z.locales.ar()` / `z.locales.en()` passed
 * as the `error` of one `safeParse`), never through `z.config`, so an application's
 * own zod settings are untouched.
 *
 * @module
 */
import * as z from 'zod';
import { isSchemaRule, ruleMessage } from './rules';

/**
 * The languages of error messages.
 *
 * @example
 * ```ts
 * const language: SchemaLanguage = 'ar'; // «رسائل الخطأ بالعربية»
 * ```
 */
export type SchemaLanguage = 'ar' | 'en';

/**
 * One problem found in an input: where it is and what is wrong.
 *
 * @example
 * ```ts
 * const issue: SchemaIssue = {
 *   path: 'visit.period.departure',
 *   message: 'يجب ألا يسبق تاريخ المغادرة (2026-01-27) تاريخ الوصول (2026-01-28)',
 *   code: 'departure-before-arrival',
 * };
 * ```
 */
export interface SchemaIssue {
  /** Dotted path to the value, array indices in brackets: `statements[1].verb.code`. */
  path: string;
  /** What is wrong, in the requested language. */
  message: string;
  /** zod's issue code (`invalid_type`, `invalid_value`…) or the ziyara rule (`departure-before-arrival`). */
  code: string;
}

/**
 * Options of {@link formatSchemaIssues}.
 *
 * @example
 * ```ts
 * const options: FormatIssuesOptions = { language: 'ar', root: 'visit' }; // «زيارة»
 * ```
 */
export interface FormatIssuesOptions {
  /** Language of the messages. Default `en`. */
  language?: SchemaLanguage;
  /** A name put in front of every path (`visit` → `visit.period.departure`). */
  root?: string;
  /** The value that was parsed, so that "received …" in type errors names the real type. */
  input?: unknown;
}

/** Enumerations longer than this are summarized, not listed (249 country codes…). */
const MAX_LISTED_VALUES = 12;

const localeErrors = new Map<SchemaLanguage, z.core.$ZodErrorMap>();

function localeError(language: SchemaLanguage): z.core.$ZodErrorMap {
  let errorMap = localeErrors.get(language);
  if (!errorMap) {
    errorMap = (language === 'ar' ? z.locales.ar() : z.locales.en()).localeError;
    localeErrors.set(language, errorMap);
  }
  return errorMap;
}

function summarizeValues(values: readonly unknown[], language: SchemaLanguage): string {
  const shown = values.slice(0, 5).map(String).join('|');
  return language === 'ar'
    ? `اختيار غير مقبول: يتوقع انتقاء أحد ${values.length} خيارا مثل ${shown}`
    : `Invalid option: expected one of ${values.length} options such as ${shown}`;
}

function expectedOnly(expected: string, language: SchemaLanguage): string {
  return language === 'ar' ? `مدخلات غير مقبولة: يفترض إدخال ${expected}` : `Invalid input: expected ${expected}`;
}

/**
 * A zod error map for one language: zod v4's own locale (`z.locales.ar()` or
 * `z.locales.en()`), with long enumerations summarized. Pass it per call:
 * `schema.safeParse(input, { error: schemaErrorMap('ar') })`.
 *
 * @param language - `ar` or `en`.
 * @returns the error map.
 * @example
 * ```ts
 * const result = StateVisit.safeParse(input, { error: schemaErrorMap('ar') });
 * // result.error?.issues[0].message: 'اختيار غير مقبول: …'
 * ```
 */
export function schemaErrorMap(language: SchemaLanguage): z.core.$ZodErrorMap {
  const base = localeError(language);
  return (issue) => {
    if (issue.code === 'invalid_value' && issue.values.length > MAX_LISTED_VALUES) {
      return summarizeValues(issue.values, language);
    }
    return base(issue);
  };
}

/** `a.b[0].c` from `['a', 'b', 0, 'c']`. */
function formatPath(path: readonly PropertyKey[], root: string | undefined): string {
  let text = root ?? '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueMessage(issue: z.core.$ZodIssue, language: SchemaLanguage, input: unknown, hasInput: boolean): string {
  if (issue.code === 'custom') {
    const rule = issue.params?.rule;
    if (isSchemaRule(rule)) return ruleMessage(rule, language, issue.params as Record<string, string | number>);
    return issue.message;
  }
  if (issue.code === 'invalid_type' && !hasInput && !('input' in issue)) {
    return expectedOnly(issue.expected, language);
  }
  const raw = { ...issue, input: 'input' in issue ? issue.input : valueAt(input, issue.path) };
  const message = schemaErrorMap(language)(raw as z.core.$ZodRawIssue);
  if (typeof message === 'string') return message;
  return message?.message ?? issue.message;
}

/**
 * Turns a zod error into a list of paths and messages in English or Arabic. Messages come
 * from zod v4's locale of that language (applied to this call only) and, for ziyara's own
 * rules (departure before arrival, delegation head not a member…), from ziyara's wording.
 *
 * @param error - a `ZodError` from any ziyara schema (or any zod schema).
 * @param options - `language` (default `en`), a `root` name for the paths, and the parsed `input`.
 * @returns one entry per issue, in zod's order.
 * @example
 * ```ts
 * const result = StateVisit.safeParse(draft);
 * if (!result.success) {
 *   formatSchemaIssues(result.error, { language: 'ar', root: 'visit' });
 *   // [{ path: 'visit.period.departure', message: 'يجب ألا يسبق تاريخ المغادرة (2026-01-27) تاريخ الوصول (2026-01-28)', code: 'departure-before-arrival' }]
 * }
 * ```
 */
export function formatSchemaIssues(error: z.ZodError, options: FormatIssuesOptions = {}): SchemaIssue[] {
  const language = options.language ?? 'en';
  const hasInput = 'input' in options;
  return error.issues.map((issue) => {
    const rule = issue.code === 'custom' ? issue.params?.rule : undefined;
    return {
      path: formatPath(issue.path, options.root),
      message: issueMessage(issue, language, options.input, hasInput),
      code: isSchemaRule(rule) ? rule : issue.code,
    };
  });
}

/**
 * A successful {@link validateSchema}.
 *
 * @example
 * ```ts
 * const ok = validateSchema(Country, 'SY') as SchemaValidationSuccess<string>; // سوريا
 * ok.data; // 'SY'
 * ```
 */
export interface SchemaValidationSuccess<T> {
  /** Always `true`. */
  success: true;
  /** The parsed value: unknown keys stripped, defaults filled. */
  data: T;
  /** Always empty. */
  issues: [];
}

/**
 * A failed {@link validateSchema}.
 *
 * @example
 * ```ts
 * const failed = validateSchema(Country, 'سوريا') as SchemaValidationFailure;
 * failed.issues[0].path; // ''
 * ```
 */
export interface SchemaValidationFailure {
  /** Always `false`. */
  success: false;
  /** Absent on failure. */
  data?: undefined;
  /** The problems, worded in the requested language. */
  issues: SchemaIssue[];
  /** The zod error, for callers that want the raw issues. */
  error: z.ZodError;
}

/**
 * The result of {@link validateSchema}.
 *
 * @example
 * ```ts
 * const result: SchemaValidation<StateVisit> = validateSchema(StateVisit, draft, { language: 'ar' });
 * // failure: result.issues[0].message === 'يجب ألا يسبق تاريخ المغادرة (2026-02-08) تاريخ الوصول (2026-02-09)'
 * ```
 */
export type SchemaValidation<T> = SchemaValidationSuccess<T> | SchemaValidationFailure;

/**
 * Parses `input` with `schema`, with messages in one language for this call only.
 *
 * @param schema - any ziyara schema (`StateVisit`, `Delegation`…).
 * @param input - the value to check (parsed JSON, an extractor draft…).
 * @param options - `language` (default `en`) and a `root` name for the paths.
 * @returns `{ success: true, data }` or `{ success: false, issues, error }`; never throws for bad input.
 * @example
 * ```ts
 * const result = validateSchema(Country, 'سوريا', { language: 'ar' });
 * // result.success === false; result.issues[0].message starts with 'اختيار غير مقبول'
 * ```
 */
export function validateSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: Omit<FormatIssuesOptions, 'input'> = {},
): SchemaValidation<z.output<S>> {
  const language = options.language ?? 'en';
  const result = schema.safeParse(input, { error: schemaErrorMap(language) });
  if (result.success) return { success: true, data: result.data, issues: [] };
  return { success: false, issues: formatSchemaIssues(result.error, { ...options, language, input }), error: result.error };
}
