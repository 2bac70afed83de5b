/**
 * Phrases that place an event near the reference without pinning a day: «قبل أيام»، «في الآونة
 * الأخيرة»، «مؤخرًا». They are `vague: true` dates with no `start`/`end`.
 */
import { VAGUE_TIME_PHRASES } from '../../data/relative-words';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import type { Candidate, TemporalParser } from '../parser';
import { lookupFrom, wordsSource } from '../patterns';
import type { DateValue } from '../types';

const PHRASES = lookupFrom(VAGUE_TIME_PHRASES, (p) => p.phrase);
const VAGUE = buildRegex('temporal/vague', `${WORD_START}(?<phrase>${wordsSource(VAGUE_TIME_PHRASES, (p) => p.phrase)})${WORD_END}`, 'g');

/** «قبل أيام»، «في الآونة الأخيرة»… */
export const vagueParser: TemporalParser = {
  name: 'vague',
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    VAGUE.lastIndex = 0;
    for (let match = VAGUE.exec(text); match !== null; match = VAGUE.exec(text)) {
      const phrase = PHRASES.get(match.groups?.phrase ?? '');
      if (!phrase) continue;
      const value: DateValue = { type: 'date', calendar: 'gregory', precision: phrase.precision, known: {}, implied: {}, vague: true };
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'vague' });
    }
    return out;
  },
};
