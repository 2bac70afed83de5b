/**
 * Days named by their distance from the reference: «اليوم»، «أمس»، «البارحة»، «أول أمس»، «غدًا»،
 * «بعد غد»، «الليلة»، Moroccan «يومه»، and a part of such a day («صباح اليوم»، «مساء أمس»، «ظهر غد»).
 */
import { addDays, lookupWeekday } from '../../calendar/index';
import { RELATIVE_DAY_WORDS } from '../../data/relative-words';
import { DAY_PART_PREFIXES } from '../../data/times-of-day';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { phraseTrigger, longestAlternative, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import { CLITIC_START, DAY_NOUN, lookupFrom, wordsSource } from '../patterns';
import { dayValue } from '../resolve-values';
import { wordAfter } from '../text-context';
import { hasWordBefore } from './weekday';

const DAYS = lookupFrom(RELATIVE_DAY_WORDS, (w) => w.word);
const RELATIVE_DAY = buildRegex(
  'temporal/relative-day',
  `${CLITIC_START}(?:(?<part>${wordsSource(DAY_PART_PREFIXES, (w) => w.spelling)}) |(?<dayNoun>${DAY_NOUN}) )?(?<day>${wordsSource(RELATIVE_DAY_WORDS, (w) => w.word)})${WORD_END}`,
  'y',
);
/** The relative days, whole (read literally): the pattern runs only near them, a part of the day or «يوم» before. */
const RELATIVE_DAY_TRIGGER = phraseTrigger('temporal/relative-day-trigger', DAYS.keys());
const RELATIVE_DAY_WINDOW: TriggerWindow = {
  lead: Math.max(longestAlternative(wordsSource(DAY_PART_PREFIXES, (w) => w.spelling)), DAY_NOUN.length) + 1,
  trail: 0,
};

/** «اليوم» followed by a definite adjective is «the day …» («اليوم الوطني»، «اليوم التالي»), not today. */
function isDefiniteAdjectiveAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  // «اليوم الثلاثاء» is today, named with its weekday.
  return next.startsWith('ال') && next.length > 3 && lookupWeekday(next) === null;
}

/** «اليوم»: «the day», today unless a definite adjective follows. */
const TODAY = `ال${DAY_NOUN}`;
/** Ambiguous words → the words after which they are a day all the same. */
const DAY_AFTER = new Map(RELATIVE_DAY_WORDS.filter((w) => w.dayAfter).map((w) => [normalizeArabic(w.word), new Set((w.dayAfter ?? []).map(normalizeArabic))]));

/** «اليوم»، «أمس»، «صباح اليوم»… */
export const relativeDayParser: TemporalParser = {
  name: 'relative-day',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(RELATIVE_DAY, text, triggerOffsets(RELATIVE_DAY_TRIGGER, text), RELATIVE_DAY_WINDOW, (match) => {
      const groups = match.groups ?? {};
      const word = DAYS.get(groups.day ?? '');
      if (!word) return;
      const end = match.index + match[0].length;
      // «تحديات الغد»: a noun unless a part of the day or «يوم» comes before it.
      const whole = match.index === 0 && end === text.length;
      const after = DAY_AFTER.get(groups.day ?? '');
      const dayAfter = after !== undefined && hasWordBefore(text, match.index, after);
      if (word.ambiguous && groups.part === undefined && groups.dayNoun === undefined && !whole && !dayAfter) return;
      if (groups.day === TODAY && groups.part === undefined && isDefiniteAdjectiveAfter(text, end)) return;
      const date = addDays(context.reference, word.offset);
      const value = dayValue(date, {}, { year: date.year, month: date.month, day: date.day }, { relative: { unit: 'day', offset: word.offset } });
      out.push({ index: match.index, end, kind: 'date', value, source: 'relative-day' });
    });
    return out;
  },
};
