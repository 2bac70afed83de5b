/**
 * The only place in ziyara that compiles a regular expression.
 *
 * Every pattern is built with the `u` flag and recorded in a registry, so the
 * ReDoS timing test can run each compiled pattern on long adversarial input
 * (chrono-node learned this the hard way: a missing `u` flag and two
 * catastrophic-backtracking advisories).
 *
 * @module
 */

/** One pattern compiled by {@link buildRegex}, as recorded for the timing test. */
export interface RegisteredPattern {
  /** A short name saying where the pattern is used, e.g. `temporal/duration`. */
  readonly name: string;
  /** The compiled pattern (always carries the `u` flag). */
  readonly regex: RegExp;
}

const registry: RegisteredPattern[] = [];

/**
 * Compiles `source` with the `u` flag (added when missing) and records it.
 *
 * Build every pattern at module load through this function so that
 * {@link registeredPatterns} sees it.
 *
 * @param name - where the pattern is used, for test reports (`calendar/month`).
 * @param source - the pattern source; it must not contain unbounded nested quantifiers.
 * @param flags - extra flags (`g`, `y`, `i`); `u` is always added.
 * @returns the compiled pattern.
 * @throws SyntaxError when `source` is not a valid Unicode pattern (a programming error).
 * @example
 * ```ts
 * const yearSuffix = buildRegex('example/year', '(\\d{4})\\s?م', 'g');
 * yearSuffix.exec('عام 2025م')?.[1]; // '2025'
 * ```
 */
export function buildRegex(name: string, source: string, flags = ''): RegExp {
  const allFlags = flags.includes('u') ? flags : `${flags}u`;
  const regex = new RegExp(source, allFlags);
  registry.push({ name, regex });
  return regex;
}

/**
 * Every pattern compiled so far through {@link buildRegex}.
 *
 * @returns a copy of the registry, in compilation order.
 * @example
 * ```ts
 * buildRegex('example/month', 'أكتوبر');
 * registeredPatterns().some((p) => p.name === 'example/month'); // true
 * ```
 */
export function registeredPatterns(): readonly RegisteredPattern[] {
  return registry.slice();
}

/**
 * Escapes a literal string for use inside a pattern.
 *
 * @param literal - text to match literally.
 * @returns the escaped pattern source.
 * @example
 * ```ts
 * escapeRegex('م.'); // 'م\\.'
 * ```
 */
export function escapeRegex(literal: string): string {
  // Only syntax characters: under the `u` flag an escaped `-` outside a class is a SyntaxError.
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal words, longest first, so that the
 * longest spelling wins (`تشرين الأول` before `تشرين`).
 *
 * @param words - the literal spellings (duplicates are removed).
 * @returns a pattern source such as `(?:تشرين الاول|تشرين)`.
 * @example
 * ```ts
 * alternation(['ماي', 'مايو']); // '(?:مايو|ماي)'
 * ```
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/**
 * Lookbehind that asserts no letter or digit precedes the position: a word
 * start for Arabic text, where `\b` does not work.
 *
 * @example
 * ```ts
 * buildRegex('example/start', `${WORD_START}شهر`).test('الشهر'); // false
 * ```
 */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';

/**
 * Lookahead that asserts no letter or digit follows the position: a word end
 * for Arabic text.
 *
 * @example
 * ```ts
 * buildRegex('example/end', `شهر${WORD_END}`).test('شهرين'); // false
 * ```
 */
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';
