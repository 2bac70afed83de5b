/**
 * Phrases that place an event near the reference without pinning a day: «قبل أيام»، «في الآونة
 * الأخيرة»، «مؤخرًا». They are `vague: true` dates with no `start`/`end`.
 */
import { VAGUE_TIME_PHRASES } from '../../data/relative-words';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { phraseTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, TemporalParser } from '../parser';
import { lookupFrom, wordsSource } from '../patterns';
import type { DateValue } from '../types';

const PHRASES = lookupFrom(VAGUE_TIME_PHRASES, (p) => p.phrase);
const VAGUE = buildRegex('temporal/vague', `${WORD_START}(?<phrase>${wordsSource(VAGUE_TIME_PHRASES, (p) => p.phrase)})${WORD_END}`, 'y');
/** A match starts at the first word of a phrase: the pattern is tried only there. */
/** The pattern reads a phrase literally from where it starts: the whole phrases are the trigger. */
const VAGUE_TRIGGER = phraseTrigger('temporal/vague-trigger', PHRASES.keys());
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };

/** «قبل أيام»، «في الآونة الأخيرة»… */
export const vagueParser: TemporalParser = {
  name: 'vague',
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    scanNear(VAGUE, text, triggerOffsets(VAGUE_TRIGGER, text), AT_TRIGGER, (match) => {
      const phrase = PHRASES.get(match.groups?.phrase ?? '');
      if (!phrase) return;
      const value: DateValue = { type: 'date', calendar: 'gregory', precision: phrase.precision, known: {}, implied: {}, vague: true, vagueSide: phrase.direction < 0 ? 'past' : 'future' };
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'vague' });
    });
    return out;
  },
};
