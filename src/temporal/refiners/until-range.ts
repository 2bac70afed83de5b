import { toIsoDate } from '../../calendar/index';
import { RANGE_WORDS } from '../../data/relative-words';
import { buildRegex, WORD_START } from '../../text/regex';
import { normalizeArabic } from '../../text/normalize';
import { phraseTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { wordsSource } from '../patterns';
import { dayValue } from '../resolve-values';
import type { RangeValue } from '../types';
import { byStart, isPinnedDate } from './adjacent';

const UNTIL = buildRegex(
  'temporal/until-range',
  `${WORD_START}(?:${wordsSource(
    RANGE_WORDS.filter((w) => w.role === 'until'),
    (w) => w.word,
  )}) `,
  'y',
);
/** The «until» phrases are read literally: the whole phrases («إلى غاية»), not every «إلى», are the trigger. */
const UNTIL_TRIGGER = phraseTrigger(
  'temporal/until-range-trigger',
  RANGE_WORDS.filter((w) => w.role === 'until').map((w) => normalizeArabic(w.word)),
);
const AT_WORD: TriggerWindow = { lead: 0, trail: 0 };

/**
 * «حتى نهاية العام»، «لغاية الشهر المقبل»: a range from the reference day to a date that has not
 * ended yet. «حتى» before a past date is not a range from today and is left alone.
 */
export const untilRange: TemporalRefiner = {
  name: 'until-range',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const starts = byStart(candidates);
    const today = toIsoDate(context.reference);
    const merged: Candidate[] = [];
    scanNear(UNTIL, text, triggerOffsets(UNTIL_TRIGGER, text), AT_WORD, (match) => {
      const end = match.index + match[0].length;
      const target = starts.get(end)?.find((c) => isPinnedDate(c) && c.value.type === 'date' && (c.value.end as string) >= today);
      if (!target || target.value.type !== 'date') return;
      const from = dayValue(context.reference, {}, { ...context.reference }, { relative: { unit: 'day', offset: 0 } });
      const value: RangeValue = { type: 'range', from, to: target.value };
      merged.push({ index: match.index, end: target.end, kind: 'range', value, source: 'until-range' });
    });
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
