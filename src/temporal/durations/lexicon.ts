/**
 * Lookup maps built once from the duration data tables, on normalized spellings.
 *
 * @internal
 * @module
 */
import { DURATION_ANCHOR_SPELLINGS, EVENT_LINK_WORDS } from '../../data/duration-anchors';
import { DURATION_INTRODUCERS, DURATION_QUALIFIER_SPELLINGS, ONE_UNIT_FOLLOWERS } from '../../data/duration-qualifiers';
import { DURATION_UNIT_SPELLINGS, NOT_A_DURATION_AFTER, type DurationUnitSpelling } from '../../data/duration-units';
import { VAGUE_AMOUNT_SPELLINGS } from '../../data/vague-amounts';
import type { DurationQualifier } from '../types';
import { normalizeArabic } from '../../text/normalize';
import { PROCLITICS, type Phrase } from '../phrase-match';

/**
 * Normalized unit spelling → its table entry. «سنةً» normalizes to «سنه» like «سنة»: the first
 * (singular) entry keeps the spelling, so the table is read backwards (a `Map` keeps the last).
 * Built in one expression, not a loop, so a bundler can drop it when unused.
 */
export const UNIT_BY_SPELLING: ReadonlyMap<string, DurationUnitSpelling> = new Map(
  [...DURATION_UNIT_SPELLINGS].reverse().map((entry) => [normalizeArabic(entry.spelling), entry] as const),
);

export type { Phrase } from '../phrase-match';

/** Phrases of a table, longest first, so that «ما لا يقل عن» is tried before «لا يقل عن». */
export function phrases<E extends { spelling: string }, T>(entries: readonly E[], meaning: (entry: E) => T): Phrase<T>[] {
  return entries
    .map((entry) => ({ text: normalizeArabic(entry.spelling), meaning: meaning(entry) }))
    .sort((a, b) => b.text.length - a.text.length);
}

const qualifiersAt = (position: 'before' | 'after') =>
  DURATION_QUALIFIER_SPELLINGS.filter((entry) => entry.position === position);

/** Qualifiers written before a duration (`أقل من`، `نحو`، `خلال`). */
export const QUALIFIERS_BEFORE: readonly Phrase<DurationQualifier>[] = phrases(qualifiersAt('before'), (e) => e.qualifier);

/** Qualifiers written after a duration (`فقط`، `على الأقل`). */
export const QUALIFIERS_AFTER: readonly Phrase<DurationQualifier>[] = phrases(qualifiersAt('after'), (e) => e.qualifier);

/** Words that introduce a length of time (`لمدة`، `في`، `منذ`). */
export const INTRODUCERS: readonly Phrase<true>[] = phrases(DURATION_INTRODUCERS, () => true);

/** "From now" words written after a duration (`بعد أسبوعين من الآن`، `21 يومًا من الآن`). */
export const ANCHORS_AFTER: readonly Phrase<-1 | 1>[] = phrases(DURATION_ANCHOR_SPELLINGS.filter((e) => e.position === 'after'), (e) => e.direction);

/** Words after a duration that count it from another event («بعد أسبوعين من توقيع الاتفاق»). */
export const EVENT_LINKS: readonly Phrase<true>[] = phrases(EVENT_LINK_WORDS.map((spelling) => ({ spelling })), () => true);

/**
 * Introducers allowed before a whole-string duration (`لمدة ثلاثة أشهر`): not the
 * "ago"/"later" words, since `قبل يومين` is a date.
 */
export const LEADING_INTRODUCERS: readonly Phrase<true>[] = phrases(
  DURATION_INTRODUCERS.filter((e) => !DURATION_ANCHOR_SPELLINGS.some((a) => a.spelling === e.spelling)),
  () => true,
);

/** Introducers that also take a definite unit as one whole unit (`طوال اليوم`). */
export const WHOLE_UNIT_INTRODUCERS: readonly Phrase<true>[] = phrases(DURATION_INTRODUCERS.filter((e) => e.beforeDefinite), () => true);

/** Verbs of lasting and spending (`دامت`، `استغرق`، `أمضى`), whose subject may come before the unit. */
export const LASTING_VERBS: readonly Phrase<true>[] = phrases(DURATION_INTRODUCERS.filter((e) => e.verb), () => true);

/** Introducers that belong to the match (`طوال`، `على مدى`). */
export const INCLUDED_INTRODUCERS: readonly Phrase<true>[] = phrases(DURATION_INTRODUCERS.filter((e) => e.included), () => true);

/** "Ago" / "later" words with their direction, and whether they count only at the start of a clause. */
export const ANCHORS: readonly Phrase<{ direction: -1 | 1; clauseStart: boolean }>[] = phrases(DURATION_ANCHOR_SPELLINGS.filter((e) => e.position !== 'after'), (e) => ({
  direction: e.direction,
  clauseStart: e.clauseStart === true,
}));

const vagueAt = (position: 'before' | 'after') => VAGUE_AMOUNT_SPELLINGS.filter((entry) => entry.position === position);

/** Vague amounts written before a plural unit (`بضعة`، `عدة`). */
export const VAGUE_BEFORE: readonly Phrase<true>[] = phrases(vagueAt('before'), () => true);

/** Vague amounts written after a plural unit, as its adjective (`قليلة`، `عديدة`). */
export const VAGUE_AFTER: readonly Phrase<true>[] = phrases(vagueAt('after'), () => true);

/** Words after a singular unit that make it one whole unit (`واحد`، `كامل`). */
export const ONE_UNIT_WORDS: ReadonlySet<string> = new Set(ONE_UNIT_FOLLOWERS.map(normalizeArabic));

/** `unit|follower` pairs that are not durations (`ساعة الصفر`). */
export const NOT_A_DURATION: ReadonlySet<string> = new Set(
  NOT_A_DURATION_AFTER.map((entry) => `${entry.unit}|${normalizeArabic(entry.follower)}`),
);


/**
 * Every token that may hold a unit: the spellings, with a glued proclitic
 * (`ليوم`) or with ال (`الساعات`). The reader skips every other token.
 */
export const UNIT_TOKENS: ReadonlySet<string> = new Set(
  [...UNIT_BY_SPELLING.keys()].flatMap((key) => [key, `ال${key}`, ...[...PROCLITICS].map((p) => `${p}${key}`)]),
);
