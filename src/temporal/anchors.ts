/**
 * Runs a parser's large pattern only near the words it cannot match without (a month name, a
 * weekday…), instead of trying it at every position of a long text. A cheap trigger pattern
 * finds those words once per text (shared by every parser that needs them); the large pattern,
 * compiled sticky, is then tried only at the few positions where a match could start. The
 * matches are exactly those of a global scan, so no reading is lost.
 *
 * @internal
 * @module
 */
import { CONJUNCTION_CLITICS, PREPOSITION_CLITICS } from '../data/clitics';
import { monthSpellings } from '../calendar/months';
import { matchStarts, mayBeginAt, type MatchStarts } from '../text/first-units';
import { buildRegex } from '../text/regex';
import { wordTrie } from '../text/word-trie';

let cachedText: string | undefined;
let cachedOffsets = new Map<RegExp, readonly number[]>();

/** The words of every trigger, so that one scan of a text finds the offsets of all of them. */
const triggerWords = new Map<RegExp, ReadonlySet<string>>();

/** All triggers' words as one pattern; for each of its words, the indexes (in `triggers`) of the triggers that have it or a prefix of it. */
let allTriggers: { pattern: RegExp; triggers: RegExp[]; triggersOf: Map<string, readonly number[]> } | undefined;

/** A global pattern of literal words that {@link triggerOffsets} answers, with every other trigger, in one scan. */
function registerTrigger(name: string, words: ReadonlySet<string>): RegExp {
  const trigger = buildRegex(name, wordTrie(words), 'g');
  triggerWords.set(trigger, words);
  allTriggers = undefined; // built again, with these words, on the next scan
  return trigger;
}

/**
 * Finds the first words of every month name of the tables (and «شهر», read by a lookbehind before
 * a month number): the trigger of the month-date, day-range, nth-of-month and period parsers.
 */
export const MONTH_TRIGGER: RegExp = registerTrigger(
  'temporal/month-trigger',
  new Set([...monthSpellings().keys()].map((spelling) => /^\p{L}*/u.exec(spelling)![0]).filter((word) => word.length > 0).concat('شهر')),
);

/**
 * A trigger for a list of normalized phrases: their first words (the leading letters of each
 * phrase, or its first character when it starts with something else), as one global pattern.
 *
 * @param name - where it is used, for the ReDoS test report.
 * @param phrases - the normalized phrases a match must contain.
 * @returns a global pattern for {@link triggerOffsets}.
 */
export function firstWordTrigger(name: string, phrases: Iterable<string>): RegExp {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const letters = /^\p{L}*/u.exec(phrase)![0];
    if (phrase.length > 0) words.add(letters.length > 0 ? letters : phrase.slice(0, 1));
  }
  return registerTrigger(name, words);
}

/**
 * A trigger for a pattern that reads one of these normalized phrases literally (after its
 * lookbehind, and after what the window's lead covers): the whole phrases, so that a frequent
 * first word («في» of «في وقت لاحق») does not make the pattern run at every «في».
 *
 * @param name - where it is used, for the ReDoS test report.
 * @param phrases - the normalized phrases; a match contains one of them, spelled as given.
 * @returns a global pattern for {@link triggerOffsets}.
 */
export function phraseTrigger(name: string, phrases: Iterable<string>): RegExp {
  return registerTrigger(name, new Set([...phrases].filter((phrase) => phrase.length > 0)));
}

function buildAllTriggers(): NonNullable<typeof allTriggers> {
  const triggers = [...triggerWords.keys()];
  const all = new Set<string>();
  for (const words of triggerWords.values()) for (const word of words) all.add(word);
  const triggersOf = new Map<string, readonly number[]>();
  for (const word of all) {
    const indexes: number[] = [];
    triggers.forEach((trigger, index) => {
      const words = triggerWords.get(trigger)!;
      for (let length = 1; length <= word.length; length++) {
        if (words.has(word.slice(0, length))) {
          indexes.push(index);
          break;
        }
      }
    });
    triggersOf.set(word, indexes);
  }
  return { pattern: buildRegex('temporal/all-triggers', wordTrie(all), 'g'), triggers, triggersOf };
}

/**
 * The offsets of every trigger in `text`, in one scan instead of one per trigger. At each offset
 * the pattern matches the longest word of all triggers; a trigger's word matches there exactly
 * when it is a prefix of that word, so each trigger gets the offsets its own scan would find.
 */
function scanAllTriggers(text: string): void {
  allTriggers ??= buildAllTriggers();
  const { pattern, triggers, triggersOf } = allTriggers;
  const found: number[][] = triggers.map(() => []);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    for (const index of triggersOf.get(match[0])!) found[index]!.push(match.index);
    // Overlapping words («ابريل» inside «وابريل») each count: step one unit, not past the match.
    pattern.lastIndex = match.index + 1;
  }
  triggers.forEach((trigger, index) => cachedOffsets.set(trigger, found[index]!));
}

/**
 * Every offset of normalized `text` where `trigger` (a global pattern of literal words, with no
 * boundary checks, so it finds a superset of the words) matches. The answers for the last text
 * are kept: several parsers ask for triggers of the same text in one `findTemporal` call, and
 * the triggers made here are all answered by one scan.
 */
export function triggerOffsets(trigger: RegExp, text: string): readonly number[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedOffsets = new Map();
  }
  let offsets = cachedOffsets.get(trigger);
  if (!offsets && triggerWords.has(trigger)) {
    scanAllTriggers(text);
    offsets = cachedOffsets.get(trigger);
  }
  if (!offsets) {
    const found: number[] = [];
    trigger.lastIndex = 0;
    for (let match = trigger.exec(text); match !== null; match = trigger.exec(text)) {
      found.push(match.index);
      trigger.lastIndex = match.index + 1;
    }
    offsets = found;
    cachedOffsets.set(trigger, offsets);
  }
  return offsets;
}

/**
 * The length of the longest alternative of a flat alternation source (`(?:من|بين)`), an upper
 * bound on the text it matches (escapes only make it longer). Used to bound how far before its
 * trigger word a match can start.
 */
export function longestAlternative(source: string): number {
  const body = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source;
  return Math.max(0, ...body.split('|').map((alternative) => alternative.length));
}

const WORD_UNIT = buildRegex('temporal/anchor-word-unit', '^[\\p{L}\\p{N}\\p{M}]$');
/** Per UTF-16 unit, filled on first use: 1 when it is a letter, digit or mark (what `WORD_START` looks at), 2 when not. */
const unitClasses = new Uint8Array(65_536);

/** Whether a code unit is a letter, digit or mark; a surrogate half is not (so never a reason to skip an offset). */
function isWordUnit(code: number): boolean {
  let value = unitClasses[code]!;
  if (value === 0) {
    value = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
    unitClasses[code] = value;
  }
  return value === 1;
}

/** «و»، «ف» and «ب»، «ل»: the proclitics `CLITIC_START` lets stand glued before a match. */
const CONJUNCTION_CODES = new Set(CONJUNCTION_CLITICS.map((clitic) => clitic.charCodeAt(0)));
const PREPOSITION_CODES = new Set(PREPOSITION_CLITICS.map((clitic) => clitic.charCodeAt(0)));

/** Is `offset` a word start (nothing of a word before it)? */
function atWordStart(text: string, offset: number): boolean {
  return offset === 0 || !isWordUnit(text.charCodeAt(offset - 1));
}

/**
 * Whether a pattern that begins with `WORD_START` or `CLITIC_START` can match at `offset`: no
 * letter or digit before it, or only a glued proclitic at a word start. A quick test that skips
 * most offsets of a window without running the pattern; it never rejects an offset the pattern
 * could match at.
 */
function mayStartWord(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const before = text.charCodeAt(offset - 1);
  if (!isWordUnit(before)) return true;
  if ((CONJUNCTION_CODES.has(before) || PREPOSITION_CODES.has(before)) && atWordStart(text, offset - 1)) return true;
  // «وبالأمس»: a conjunction, then a preposition.
  return PREPOSITION_CODES.has(before) && CONJUNCTION_CODES.has(text.charCodeAt(offset - 2)) && atWordStart(text, offset - 2);
}

/** Where each sticky pattern's matches can begin (`null`: anywhere), read once from its source. */
const startTables = new WeakMap<RegExp, MatchStarts | null>();

function matchStartsOf(pattern: RegExp): MatchStarts | null {
  let starts = startTables.get(pattern);
  if (starts === undefined) {
    starts = matchStarts(pattern);
    startTables.set(pattern, starts);
  }
  return starts;
}

/** How far a match can start before its trigger word (`lead`) and after it (`trail`, for a trigger read by a lookbehind). */
export interface TriggerWindow {
  readonly lead: number;
  readonly trail: number;
}

/**
 * Calls `onMatch` with every match of the sticky `pattern` (which begins with `WORD_START` or
 * `CLITIC_START`) in `text` that a global scan would find, given that every match starts between `lead` units before and `trail` units after one
 * of the sorted trigger offsets `anchors`. `onMatch` returns where scanning goes on (the match
 * end by default), as a global loop would set `lastIndex`.
 */
export function scanNear(
  pattern: RegExp,
  text: string,
  anchors: readonly number[],
  window: TriggerWindow,
  onMatch: (match: RegExpExecArray) => number | void,
): void {
  let from = 0;
  // Most offsets of a window are inside a word or begin with units no match can begin with: skip
  // them without the regex engine (the cheaper word-start test first).
  const starts = matchStartsOf(pattern);
  for (const trigger of anchors) {
    const anchor = trigger + window.trail;
    if (anchor < from) continue;
    let start = Math.max(from, trigger - window.lead);
    while (start <= anchor) {
      if (!mayStartWord(text, start) || (starts !== null && !mayBeginAt(starts, text, start))) {
        start++;
        continue;
      }
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match === null) {
        start++;
        continue;
      }
      const next = onMatch(match);
      const end = match.index + match[0].length;
      from = typeof next === 'number' ? next : Math.max(end, match.index + 1);
      start = from;
    }
    from = Math.max(from, anchor + 1);
  }
}
