/**
 * Weekday lookup and pattern, built from `src/data/weekdays.ts`.
 *
 * @module
 */
import { WEEKDAY_PREFIXES, WEEKDAYS } from '../data/weekdays';
import { normalizeArabic } from '../text/normalize';
import { alternation } from '../text/regex';

/**
 * An ISO weekday number: 1 = Monday (الاثنين) … 5 = Friday (الجمعة), 6 = Saturday (السبت), 7 = Sunday (الأحد).
 *
 * @example
 * ```ts
 * const friday: IsoWeekday = 5; // «الجمعة»
 * ```
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Names that are weekdays on their own («الخميس»). */
const LOOKUP: ReadonlyMap<string, IsoWeekday> = new Map(
  WEEKDAYS.filter((entry) => !entry.afterPrefixOnly).map((entry) => [normalizeArabic(entry.spelling), entry.weekday as IsoWeekday] as const),
);
/** Every name, those that need «يوم» before them included («يوم خميس»). */
const LOOKUP_AFTER_PREFIX: ReadonlyMap<string, IsoWeekday> = new Map(
  WEEKDAYS.map((entry) => [normalizeArabic(entry.spelling), entry.weekday as IsoWeekday] as const),
);
const PREFIXES: readonly string[] = [...new Set(WEEKDAY_PREFIXES.map(normalizeArabic))].sort((a, b) => b.length - a.length);

/** Longer than any weekday with its prefix: answer `null` without scanning. */
const MAX_WEEKDAY_TEXT = 32;

/**
 * Looks up an already-normalized weekday name, with or without «يوم» or the
 * Moroccan «يومه» before it. Never throws.
 *
 * @param normalizedText - text already passed through `normalizeArabic`.
 * @returns the ISO weekday (1 = Monday … 7 = Sunday), or `null`.
 * @example
 * ```ts
 * lookupWeekday('يوم الجمعه'); // 5
 * ```
 */
export function lookupWeekday(normalizedText: string): IsoWeekday | null {
  if (typeof normalizedText !== 'string' || normalizedText.length > MAX_WEEKDAY_TEXT) return null;
  const text = normalizedText.trim();
  for (const prefix of PREFIXES) {
    if (text.startsWith(`${prefix} `)) return LOOKUP_AFTER_PREFIX.get(text.slice(prefix.length + 1)) ?? null;
  }
  return LOOKUP.get(text) ?? null;
}

/**
 * Reads a whole string as a weekday name: «الأحد», «الاثنين» (الإثنين، الأثنين،
 * الاتنين), «الثلاثاء» (الثلاثا), «الأربعاء» (الاربعاء، الأربعا), «الخميس»,
 * «الجمعة», «السبت», with or without «يوم» or the Moroccan «يومه»; after «يوم»
 * also without the article («كل يوم اثنين»). Never throws.
 *
 * @param text - any string.
 * @returns the ISO weekday (1 = Monday … 7 = Sunday), or `null`.
 * @example
 * ```ts
 * parseWeekday('يومه الخميس'); // 4
 * parseWeekday('الإثنين'); // 1
 * parseWeekday('غداً'); // null
 * ```
 */
export function parseWeekday(text: string): IsoWeekday | null {
  if (typeof text !== 'string' || text.length > MAX_WEEKDAY_TEXT * 4) return null;
  return lookupWeekday(normalizeArabic(text));
}

/**
 * A pattern source (no capturing groups) matching a weekday name in normalized
 * text, with an optional «يوم »/«يومه » before it (and, after it, the
 * article-less names: «يوم خميس»). Wrap it in
 * `WORD_START`/`WORD_END`, compile it with `buildRegex`, and pass the match to
 * {@link lookupWeekday}.
 *
 * @example
 * ```ts
 * const weekday = buildRegex('example/weekday', `${WORD_START}${WEEKDAY_SOURCE}${WORD_END}`);
 * weekday.exec(normalizeArabic('وصل يوم الخميس إلى الرباط'))?.[0]; // 'يوم الخميس'
 * ```
 */
export const WEEKDAY_SOURCE: string = `(?:${alternation(PREFIXES)} ${alternation(LOOKUP_AFTER_PREFIX.keys())}|${alternation(LOOKUP.keys())})`;
