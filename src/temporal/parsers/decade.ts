/**
 * Decades named by their tens: «الثمانينات»، «التسعينيات من القرن الماضي». The century is the most
 * recent one in which that decade has begun (the 1980s with a reference in 2026), or the next one
 * with `prefer: 'future'`.
 */
import { DECADE_WORDS, LAST_CENTURY_WORDS } from '../../data/relative-words';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { firstWordTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { lookupFrom, wordsSource } from '../patterns';
import { decadeValue } from '../resolve-values';
import type { DateValue } from '../types';

const DECADES = lookupFrom(DECADE_WORDS, (w) => w.word);
/** Decade words, for other parsers («نهاية الثمانينات»). */
export const DECADE_SOURCE = wordsSource(DECADE_WORDS, (w) => w.word);
/** « من القرن الماضي» after a decade word, for other parsers too («نهاية الثمانينات من القرن الماضي»). */
export const LAST_CENTURY_SOURCE = ` ${wordsSource(LAST_CENTURY_WORDS, (w) => w.word)}`;
const DECADE = buildRegex(
  'temporal/decade',
  `${WORD_START}(?<decade>${DECADE_SOURCE})(?<lastCentury>${LAST_CENTURY_SOURCE})?${WORD_END}`,
  'y',
);
/** A match starts at a decade word: the pattern is tried only where one starts. */
const DECADE_TRIGGER = firstWordTrigger('temporal/decade-trigger', DECADES.keys());
const AT_WORD: TriggerWindow = { lead: 0, trail: 0 };

/** The value of a normalized decade word, or `null`. */
export function decadeWordValue(word: string, lastCentury: boolean, context: ParserContext): DateValue | null {
  const entry = DECADES.get(word);
  if (!entry) return null;
  let first = Math.floor(context.reference.year / 100) * 100 + entry.tens;
  if (lastCentury) first = 1900 + entry.tens;
  else if (context.prefer === 'future') {
    if (first + 9 < context.reference.year) first += 100;
  } else if (first > context.reference.year) first -= 100;
  return decadeValue(first, {}, { year: first }, {});
}

/** «الثمانينات»… */
export const decadeParser: TemporalParser = {
  name: 'decade',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(DECADE, text, triggerOffsets(DECADE_TRIGGER, text), AT_WORD, (match) => {
      const value = decadeWordValue(match.groups?.decade ?? '', match.groups?.lastCentury !== undefined, context);
      if (value) out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'decade' });
    });
    return out;
  },
};
