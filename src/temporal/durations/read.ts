/**
 * Reads lengths of time in normalized text: a number (digits or words) and a
 * unit, a dual, a fraction (`ونصف`), sums joined by `و`, and the qualifier
 * around them. Shared by the duration parser, the ago/later parser and
 * `parseDuration`.
 *
 * It works on tokens and starts only at unit words, so its cost is the
 * tokenization plus a little work per unit word.
 *
 * @internal
 * @module
 */
import type { DurationUnit } from '../../data/duration-units';
import { parseArabicNumber } from '../../text/numbers';
import { adjacent, isNumberToken, tokenize, WordShapes, type Token } from '../tokens';
import type { DurationParts, DurationQualifier } from '../types';
import { VAGUE_AMOUNT_MINIMUM } from '../../data/vague-amounts';
import { NOT_A_DURATION, ONE_UNIT_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, INTRODUCERS, UNIT_BY_SPELLING, UNIT_TOKENS, INCLUDED_INTRODUCERS, LASTING_VERBS, LEADING_INTRODUCERS, VAGUE_AFTER, VAGUE_BEFORE, WHOLE_UNIT_INTRODUCERS } from './lexicon';
import { PROCLITICS, phraseAfter, phraseBefore } from '../phrase-match';
export { phraseBefore } from '../phrase-match';
import { buildRegex } from '../../text/regex';

/** The key of {@link DurationParts} for each unit. */
export const PART_OF_UNIT: Readonly<Record<DurationUnit, keyof DurationParts>> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  decade: 'decades',
  century: 'centuries',
};

/** One unit with its amount (`ثلاثة أشهر ونصف` → month × 3.5). */
interface Component {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  unit: DurationUnit;
  amount: number;
  /** A singular with nothing else (`شهر`): it needs a duration context in running text. */
  bare: boolean;
  /** A plural with a vague amount (`بضعة أيام`، `أيام قليلة`): the amount is its least count. */
  vague: boolean;
}

/** A duration found in the text: one or more components joined by `و`. */
export interface DurationReading {
  /** Span of the duration words (no qualifier), normalized offsets. */
  start: number;
  end: number;
  /** Span including the qualifier words (`أقل من`، `فقط`) and `طوال`. */
  outerStart: number;
  outerEnd: number;
  parts: DurationParts;
  /** The unit of each component, in text order. */
  units: DurationUnit[];
  qualifier: DurationQualifier | null;
  /** A lone singular unit (`شهر`), with no number, fraction, `واحد` or `كامل`. */
  bare: boolean;
  /** A duration word, qualifier or introducer stands right before it (`لمدة`، `خلال`، `منذ`). */
  introduced: boolean;
  /**
   * A plural unit with an unstated count (`بضعة أيام`، `عدة أشهر`، `سنوات عديدة`): `parts` hold the
   * least count a plural can mean and `qualifier` is `at-least`; no other qualifier or unit joins it.
   */
  vague: boolean;
}

const MAX_NUMBER_WORDS = 7;
const DIGITS = buildRegex('temporal/duration-digits', '^\\d{1,9}(?:\\.\\d{1,6})?$');
const LEADING_DIGIT = buildRegex('temporal/duration-leading-digit', '^\\d');

/** Fractions a number written in words may end with («ثلاثة ونصف»، «ربع»، «ثلثان»). */
const WORD_FRACTIONS = [0, 0.5, 0.25, 0.75, 1 / 3, 2 / 3];

function readNumber(text: string, from: number, to: number): number | null {
  const slice = text.slice(from, to);
  if (DIGITS.test(slice)) return Number(slice);
  const value = parseArabicNumber(slice);
  if (value === null || !Number.isFinite(value) || value <= 0 || value > 1_000_000) return null;
  // «خمس وعشر سنوات» is «five or ten years», not 5.1: words give whole numbers and common fractions only.
  const fraction = value - Math.floor(value);
  return WORD_FRACTIONS.some((f) => Math.abs(f - fraction) < 1e-9) ? value : null;
}

/** The unit entry of a token, its start offset (after a glued proclitic) and whether it carried ال. */
function unitOf(token: Token): { entry: NonNullable<ReturnType<typeof UNIT_BY_SPELLING.get>>; start: number; definite: boolean } | null {
  const direct = UNIT_BY_SPELLING.get(token.text);
  if (direct) return { entry: direct, start: token.start, definite: false };
  const first = token.text[0] ?? '';
  if (PROCLITICS.has(first)) {
    const entry = UNIT_BY_SPELLING.get(token.text.slice(1));
    if (entry) return { entry, start: token.start + 1, definite: false };
  }
  if (token.text.startsWith('ال')) {
    const entry = UNIT_BY_SPELLING.get(token.text.slice(2));
    if (entry) return { entry, start: token.start, definite: true };
  }
  return null;
}

/** The number written right before token `u`, not reaching back past token `floor`. */
function numberBefore(text: string, tokens: readonly Token[], u: number, floor: number): { value: number; start: number; firstToken: number } | null {
  const last = tokens[u - 1];
  if (!last || u - 1 < floor || !adjacent(text, last.end, tokens[u]!.start) || !isNumberToken(last.text)) return null;
  let lowest = u - 1;
  while (
    lowest > floor &&
    u - lowest < MAX_NUMBER_WORDS &&
    adjacent(text, tokens[lowest - 1]!.end, tokens[lowest]!.start) &&
    (isNumberToken(tokens[lowest - 1]!.text) || tokens[lowest - 1]!.text === 'و')
  ) {
    lowest--;
  }
  for (let j = lowest; j <= u - 1; j++) {
    const first = tokens[j]!;
    if (first.text === 'و') continue; // «و 21 يوما»: the و joins a sum

    if (PROCLITICS.has(first.text[0] ?? '') && first.text.length > 1) {
      // «وثلاثة»: the و joins two parts of a sum, the number is «ثلاثة».
      const stripped = readNumber(text, first.start + 1, last.end);
      if (stripped !== null) return { value: stripped, start: first.start + 1, firstToken: j };
    }
    const value = readNumber(text, first.start, last.end);
    if (value !== null) return { value, start: first.start, firstToken: j };
  }
  return null;
}

/** A fraction joined by و after a unit (`ونصف`، `و ربع`), with the index of its last token. */
function fractionAfter(text: string, tokens: readonly Token[], k: number): { value: number; lastToken: number } | null {
  const next = tokens[k + 1];
  if (!next || !adjacent(text, tokens[k]!.end, next.start)) return null;
  if (next.text.length > 1 && next.text[0] === 'و' && isNumberToken(next.text)) {
    const value = parseArabicNumber(next.text.slice(1));
    if (value !== null && value > 0 && value < 1) return { value, lastToken: k + 1 };
  }
  if (next.text === 'و') {
    const after = tokens[k + 2];
    if (after && adjacent(text, next.end, after.start) && isNumberToken(after.text)) {
      const value = parseArabicNumber(after.text);
      if (value !== null && value > 0 && value < 1) return { value, lastToken: k + 2 };
    }
  }
  return null;
}

/** The vague amount around plural unit `u` (`بضعة أيام`، `أيام قليلة`): the span it adds, or `null`. */
function vagueAmountAround(text: string, tokens: readonly Token[], u: number, unitStart: number): { start: number; lastToken: number } | null {
  const before = phraseBefore(text, unitStart, VAGUE_BEFORE);
  if (before) return { start: before.start, lastToken: u };
  const after = phraseAfter(text, tokens[u]!.end, VAGUE_AFTER);
  if (!after) return null;
  let lastToken = u + 1;
  while (tokens[lastToken] && tokens[lastToken]!.end < after.end) lastToken++;
  return { start: unitStart, lastToken };
}

function componentAt(text: string, tokens: readonly Token[], u: number, floor: number): Component | null {
  const found = unitOf(tokens[u]!);
  if (!found) return null;
  const { entry, definite } = found;
  const isDual = entry.form === 'dual-nominative' || entry.form === 'dual-oblique';
  // «قرابة الساعتين»: a definite dual is a length only after «about»; «الساعتين الماضيتين» is a stretch of time.
  if (isDual && definite && phraseBefore(text, found.start, QUALIFIERS_BEFORE)?.meaning !== 'about') return null;
  let start = found.start;
  let firstToken = u;
  let amount: number;
  let bare = false;
  const number = isDual ? null : numberBefore(text, tokens, u, floor);
  // «بضعة عشر يومًا»: a vague amount of teens, at least thirteen.
  const vagueTeens = number?.value === 10 ? phraseBefore(text, number.start, VAGUE_BEFORE) : null;
  if (isDual) amount = 2;
  else if (number && vagueTeens) {
    return { start: vagueTeens.start, end: tokens[u]!.end, firstToken: number.firstToken, lastToken: u, unit: entry.unit, amount: 10 + VAGUE_AMOUNT_MINIMUM, bare: false, vague: true };
  } else if (number) {
    amount = number.value;
    start = number.start;
    firstToken = number.firstToken;
  } else if (definite && entry.form === 'singular' && phraseBefore(text, found.start, WHOLE_UNIT_INTRODUCERS) && !tokens[u + 1]?.text.startsWith('ال')) {
    amount = 1; // «طوال اليوم»: the whole day
  } else if (!definite && entry.form === 'plural') {
    const vague = vagueAmountAround(text, tokens, u, found.start);
    if (!vague) return null;
    const end = tokens[vague.lastToken]!.end;
    return { start: vague.start, end, firstToken: u, lastToken: vague.lastToken, unit: entry.unit, amount: VAGUE_AMOUNT_MINIMUM, bare: false, vague: true };
  } else if (definite) return null;
  else {
    amount = entry.amount ?? 1;
    bare = true;
  }
  let lastToken = u;
  const next = tokens[u + 1];
  // «عام واحد» is one year, but in «عام وأحد عشر شهرًا» the و of «وأحد» joins a sum.
  const teen = tokens[u + 2]?.text === 'عشر' || tokens[u + 2]?.text === 'عشره';
  if (next && adjacent(text, tokens[u]!.end, next.start) && ONE_UNIT_WORDS.has(next.text) && !teen) {
    lastToken = u + 1;
    bare = false;
  }
  const fraction = fractionAfter(text, tokens, lastToken);
  if (fraction) {
    amount += fraction.value;
    lastToken = fraction.lastToken;
    bare = false;
    // «ثلاثة أعوام ونصف العام»، «ساعة ونصف الساعة»: the unit repeated after the fraction.
    const repeated = tokens[lastToken + 1];
    if (repeated && adjacent(text, tokens[lastToken]!.end, repeated.start) && repeated.text.startsWith('ال') && UNIT_BY_SPELLING.get(repeated.text.slice(2))?.unit === entry.unit) {
      lastToken += 1;
    }
  }
  return { start, end: tokens[lastToken]!.end, firstToken, lastToken, unit: entry.unit, amount, bare, vague: false };
}

/**
 * Is the gap between two components a joining «و» (`عام وثلاثة أشهر`، `عام و شهر`), or a
 * plain space before a component written in digits (`2 سنة 1 شهر 21 يوم`)?
 */
function joins(text: string, end: number, next: Component): boolean {
  const gap = text.slice(end, next.start);
  if (gap === ' و' || gap === ' و ' || gap === 'و') return true;
  const code = text.charCodeAt(next.start);
  return gap === ' ' && code >= 48 && code <= 57;
}

/** Does a lone singular unit read as a word of another kind here (`عام 2025`، `يوم الخميس`، `ساعة الصفر`)? */
function bareIsSomethingElse(text: string, tokens: readonly Token[], component: Component): boolean {
  const next = tokens[component.lastToken + 1];
  if (!next || !adjacent(text, component.end, next.start)) return false;
  if (LEADING_DIGIT.test(next.text)) return true; // «عام 2025», «سنة 1446»: a year, not a length of time
  if (next.text.startsWith('ال') && next.text.length > 3) return true; // construct state: «يوم الخميس», «شهر الصوم»
  return NOT_A_DURATION.has(`${component.unit}|${next.text}`);
}

/** How many definite words a subject between a verb of lasting and its unit may take. */
const SUBJECT_WORDS = 3;

/** «ودامت الجلسة ساعة»، «واستغرقت الرحلة الأولى أسبوعا»: a verb of lasting, then its definite subject, then the unit. */
function verbBeforeSubject(text: string, start: number): boolean {
  let at = start;
  for (let words = 0; words < SUBJECT_WORDS; words++) {
    if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
    let wordStart = at - 1;
    while (wordStart > 0 && wordStart > at - 20 && text.charCodeAt(wordStart - 1) !== 32) wordStart--;
    if (!text.startsWith('ال', wordStart) || at - 1 - wordStart < 4) return false;
    if (phraseBefore(text, wordStart, LASTING_VERBS)) return true;
    at = wordStart;
  }
  return false;
}

function toReading(text: string, tokens: readonly Token[], group: Component[]): DurationReading | null {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const bare = group.length === 1 && first.bare;
  if (bare && bareIsSomethingElse(text, tokens, first)) return null;
  const parts: DurationParts = {};
  for (const component of group) {
    const key = PART_OF_UNIT[component.unit];
    parts[key] = (parts[key] ?? 0) + component.amount;
  }
  let outerStart = first.start;
  let outerEnd = last.end;
  let qualifier: DurationQualifier | null = null;
  let introduced = false;
  if (first.vague) {
    // «على مدى سنوات عديدة»: an included introducer still belongs to the match; a qualifier
    // («خلال بضعة أيام») would bound an amount the text did not give, so it stays out.
    const included = phraseBefore(text, first.start, INCLUDED_INTRODUCERS);
    return { start: first.start, end: last.end, outerStart: included ? included.start : first.start, outerEnd, parts, units: [first.unit], qualifier: 'at-least', bare: false, introduced: true, vague: true };
  }
  const before = phraseBefore(text, first.start, QUALIFIERS_BEFORE);
  if (before) {
    qualifier = before.meaning;
    outerStart = before.start;
    introduced = true;
  } else {
    const included = phraseBefore(text, first.start, INCLUDED_INTRODUCERS);
    if (included) {
      outerStart = included.start;
      introduced = true;
    } else if (phraseBefore(text, first.start, INTRODUCERS) || verbBeforeSubject(text, first.start)) introduced = true;
  }
  const after = phraseAfter(text, last.end, QUALIFIERS_AFTER);
  if (after && qualifier === null) {
    qualifier = after.meaning;
    outerEnd = after.end;
  }
  return { start: first.start, end: last.end, outerStart, outerEnd, parts, units: group.map((c) => c.unit), qualifier, bare, introduced, vague: false };
}

/**
 * Every duration in normalized `text`, in text order, sums joined.
 * A lone singular (`شهر`) is kept only when `introduced` (the caller decides).
 */
export function readDurations(text: string): readonly DurationReading[] {
  if (text === lastText) return lastReadings;
  const readings = readAll(text);
  lastText = text;
  lastReadings = readings;
  return readings;
}

// The duration, ago/later and time parsers read the same text in one findTemporal call.
let lastText: string | undefined;
let lastReadings: readonly DurationReading[] = [];

const UNIT_TOKEN_SHAPES = new WordShapes(UNIT_TOKENS);

function readAll(text: string): DurationReading[] {
  const tokens = tokenize(text);
  const readings: DurationReading[] = [];
  let group: Component[] = [];
  let floor = 0;
  const flush = (): void => {
    if (group.length > 0) {
      const reading = toReading(text, tokens, group);
      if (reading) readings.push(reading);
    }
    group = [];
  };
  for (let u = 0; u < tokens.length; u++) {
    const token = tokens[u]!;
    if (!UNIT_TOKEN_SHAPES.mayBe(text, token.start, token.end) || !UNIT_TOKENS.has(token.text)) continue;
    const component = componentAt(text, tokens, u, floor);
    if (!component) continue;
    const previous = group[group.length - 1];
    // A vague amount («عدة أيام») never joins a sum: its count is not known.
    if (previous && (previous.vague || component.vague || !(joins(text, previous.end, component) && !group.some((c) => c.unit === component.unit)))) flush();
    group.push(component);
    floor = component.lastToken + 1;
    u = component.lastToken;
  }
  flush();
  return readings;
}

/** The reading of a whole string, or `null` when the string holds anything else. */
export function readWholeDuration(text: string): DurationReading | null {
  const readings = readDurations(text);
  if (readings.length !== 1) return null;
  const reading = readings[0]!;
  if (reading.outerEnd !== text.length) return null;
  if (reading.outerStart === 0) return reading;
  // Only an introducer may stand before it («لمدة ثلاثة أشهر»).
  const introducer = phraseBefore(text, reading.outerStart, LEADING_INTRODUCERS);
  return introducer && introducer.start === 0 ? reading : null;
}
