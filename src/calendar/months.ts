/**
 * Month-name lookup and the month pattern, built from the tables in
 * `src/data/months/`.
 *
 * @module
 */
import { COMBINED_MONTH_SEPARATORS, MONTH_TABLES } from '../data/months/index';
import type { MonthDialect } from '../data/months/index';
import { normalizeArabic } from '../text/normalize';
import { alternation } from '../text/regex';
import { CalendarRangeError } from './errors';
import type { CalendarSystem } from './types';

export type { MonthDialect } from '../data/months/index';

/**
 * What a month name means: its calendar, its number, and the dialects whose
 * tables list the spelling (both names' dialects for a combined form).
 *
 * @example
 * ```ts
 * const october: MonthNameMatch = parseMonthName('تشرين الأول/أكتوبر')!;
 * // { calendar: 'gregory', month: 10, dialects: ['levantine', 'iraqi', 'egyptian', 'gulf', …] }
 * ```
 */
export interface MonthNameMatch {
  /** `gregory` for the civil months, `islamic-umalqura` for the Hijri months. */
  readonly calendar: CalendarSystem;
  /** The month number, 1–12, in that calendar. */
  readonly month: number;
  /** The dialects whose tables list the spelling, in table order. */
  readonly dialects: readonly MonthDialect[];
}

/**
 * Every dialect that {@link monthNames} accepts, in table order.
 *
 * @example
 * ```ts
 * MONTH_DIALECTS.includes('moroccan'); // true — «غشت»
 * ```
 */
export const MONTH_DIALECTS: readonly MonthDialect[] = MONTH_TABLES.map((table) => table.dialect);

interface MutableMatch {
  calendar: CalendarSystem;
  month: number;
  dialects: MonthDialect[];
}

/** Normalized spelling → meaning. The first table to list a spelling fixes its month (the symmetry test checks no two disagree). */
const LOOKUP: ReadonlyMap<string, MonthNameMatch> = (() => {
  const map = new Map<string, MutableMatch>();
  for (const table of MONTH_TABLES) {
    for (const entry of table.entries) {
      const key = normalizeArabic(entry.spelling);
      const known = map.get(key);
      if (!known) {
        map.set(key, { calendar: table.calendar, month: entry.month, dialects: [table.dialect] });
      } else if (known.calendar === table.calendar && known.month === entry.month && !known.dialects.includes(table.dialect)) {
        known.dialects.push(table.dialect);
      }
    }
  }
  for (const match of map.values()) Object.freeze(match.dialects);
  return map;
})();

/** Longer than any month name, combined forms included: answer `null` without scanning. */
const MAX_MONTH_TEXT = 64;

/** «شهر» before a month name, as in «شهر رمضان», «شهر أكتوبر/تشرين الأول». */
const MONTH_NOUN = 'شهر ';

function lookupSingle(text: string): MonthNameMatch | null {
  return LOOKUP.get(text.trim()) ?? null;
}

function agree(first: MonthNameMatch | null, second: MonthNameMatch | null): MonthNameMatch | null {
  if (!first || !second) return null;
  if (first.calendar !== second.calendar || first.month !== second.month) return null;
  const dialects = MONTH_DIALECTS.filter((d) => first.dialects.includes(d) || second.dialects.includes(d));
  return { calendar: first.calendar, month: first.month, dialects };
}

/**
 * Looks up an already-normalized month name (the text a {@link MONTH_NAME_SOURCE}
 * match covered, with or without «شهر » before it): a single name, a numbered month, or a combined form of two
 * names of the same month (`تشرين الاول/اكتوبر`, `اكتوبر (تشرين الاول)`).
 * Two names that disagree give `null`. Never throws.
 *
 * @param normalizedText - text already passed through `normalizeArabic`.
 * @returns the month, or `null`.
 * @example
 * ```ts
 * lookupMonth('تشرين الاول/اكتوبر'); // { calendar: 'gregory', month: 10, dialects: [...] }
 * lookupMonth('اكتوبر/نوفمبر'); // null
 * ```
 */
export function lookupMonth(normalizedText: string): MonthNameMatch | null {
  if (typeof normalizedText !== 'string' || normalizedText.length > MAX_MONTH_TEXT) return null;
  const trimmed = normalizedText.trim();
  const single = lookupSingle(trimmed);
  if (single) return single;
  // «شهر رمضان»: the noun is dropped, but «شهر 10» stays a numbered month (found above).
  const text = trimmed.startsWith(MONTH_NOUN) ? trimmed.slice(MONTH_NOUN.length) : trimmed;
  if (text !== trimmed) {
    const named = lookupSingle(text);
    if (named) return named.dialects.includes('numbered') ? null : named;
  }
  // «اكتوبر (تشرين الاول)»
  const open = text.indexOf('(');
  if (open > 0 && text.endsWith(')') && text.indexOf('(', open + 1) === -1) {
    return agree(lookupSingle(text.slice(0, open)), lookupSingle(text.slice(open + 1, -1)));
  }
  // «تشرين الاول/اكتوبر», «نيسان / ابريل», «تشرين الاول - اكتوبر»
  for (const separator of COMBINED_MONTH_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0) return agree(lookupSingle(text.slice(0, at)), lookupSingle(text.slice(at + separator.length)));
  }
  return null;
}

/**
 * Reads a whole string as a month name of any dialect or of the Hijri calendar,
 * without being told the dialect: «تشرين الأول», «أكتوبر», «أوت», «غشت»,
 * «ربيع الآخر», «الشهر العاشر», «شهر 10», «شهر رمضان», and combined forms of two names of one
 * month in any order with `/`, `-`, `–`, `|` or parentheses. Hamza, harakat,
 * tatweel and Arabic-Indic digits do not matter. Never throws.
 *
 * | dialect | examples | regions |
 * | --- | --- | --- |
 * | levantine | كانون الثاني، شباط، آذار، تشرين أول | SY LB JO PS |
 * | iraqi | the same, and مايس | IQ |
 * | egyptian | يناير، إبريل، يونيه، يوليه | EG SD |
 * | gulf (pan-Arab) | يناير، أبريل، أغسطس | SA AE BH KW OM QA YE LY |
 * | algerian / tunisian | جانفي، فيفري، أفريل، جوان، جويلية، أوت | DZ / TN |
 * | moroccan | ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر | MA |
 * | mauritanian | إبريل، أغشت، شتمبر، دجمبر | MR |
 * | hijri | محرم، ربيع الثاني، جمادى الأولى، ذي الحجة | everywhere |
 * | numbered | الشهر العاشر، شهر 10 | everywhere |
 *
 * @param text - any string.
 * @returns the month, or `null` when the whole string is not one month name (or names two different months).
 * @example
 * ```ts
 * parseMonthName('تشرين الأول/أكتوبر'); // { calendar: 'gregory', month: 10, dialects: ['levantine', 'iraqi', 'egyptian', 'gulf', 'algerian', 'tunisian', 'moroccan', 'mauritanian'] }
 * parseMonthName('جمادى الآخرة'); // { calendar: 'islamic-umalqura', month: 6, dialects: ['hijri'] }
 * parseMonthName('نيسان / مايو'); // null
 * ```
 */
export function parseMonthName(text: string): MonthNameMatch | null {
  if (typeof text !== 'string' || text.length > MAX_MONTH_TEXT * 4) return null;
  return lookupMonth(normalizeArabic(text));
}

/**
 * The twelve month names of one dialect, January (or Muharram) first, in the
 * spelling CLDR and the press of that region use.
 *
 * @param dialect - one of {@link MONTH_DIALECTS}.
 * @returns twelve names.
 * @throws CalendarRangeError when `dialect` is not a known dialect.
 * @example
 * ```ts
 * monthNames('moroccan')[7]; // 'غشت'
 * monthNames('hijri')[8]; // 'رمضان'
 * ```
 */
export function monthNames(dialect: MonthDialect): readonly string[] {
  const names = PREFERRED.get(dialect);
  if (!names) throw new CalendarRangeError('month dialect', dialect, MONTH_DIALECTS.join(', '));
  return names;
}

const PREFERRED: ReadonlyMap<MonthDialect, readonly string[]> = new Map(
  MONTH_TABLES.map((table) => {
    const names: string[] = [];
    for (const entry of table.entries) if (entry.preferred) names[entry.month - 1] = entry.spelling;
    return [table.dialect, Object.freeze(names)] as const;
  }),
);

function combinedSource(): string {
  // A character class, not `alternation`: its escaping of `-` is not valid outside a class under the `u` flag.
  const separator = ` ?[${COMBINED_MONTH_SEPARATORS.map((s) => s.replace(/[\\\]^-]/g, '\\$&')).join('')}] ?`;
  const groups: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const spellings = new Set<string>();
    for (const table of MONTH_TABLES) {
      if (table.dialect === 'numbered' || table.calendar !== 'gregory') continue;
      for (const entry of table.entries) {
        if (entry.month === month) spellings.add(normalizeArabic(entry.spelling));
      }
    }
    const names = alternation(spellings);
    groups.push(`${names}(?:${separator}${names}| ?\\( ?${names} ?\\))`);
  }
  return groups.join('|');
}

/**
 * A pattern source (no capturing groups) matching any month name of the tables
 * in normalized text, longest spelling first, and the combined forms of two
 * names of one Gregorian month (`تشرين الاول/اكتوبر`, `اكتوبر (تشرين الاول)`) as
 * one match. Wrap it in `WORD_START`/`WORD_END` and compile it with
 * `buildRegex`; pass the matched text to {@link lookupMonth}. Repetitions are
 * bounded (single optional spaces), so matching is linear.
 *
 * @example
 * ```ts
 * const month = buildRegex('example/month', `${WORD_START}${MONTH_NAME_SOURCE}${WORD_END}`);
 * month.exec(normalizeArabic('في 15 تشرين الأول/أكتوبر 2025'))?.[0]; // 'تشرين الاول/اكتوبر'
 * ```
 */
export const MONTH_NAME_SOURCE: string = `(?:${combinedSource()}|${alternation(LOOKUP.keys())})`;

/**
 * Every normalized spelling of the tables with its meaning (for tests, docs and pickers).
 *
 * @returns a read-only map from normalized spelling to month.
 * @example
 * ```ts
 * monthSpellings().get('غشت')?.month; // 8
 * ```
 */
export function monthSpellings(): ReadonlyMap<string, MonthNameMatch> {
  return LOOKUP;
}
