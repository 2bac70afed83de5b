/**
 * Holidays as dates: «عيد الفطر»، «عيد الأضحى 2013»، «رأس السنة الهجرية 1447 هـ»، «عيد الفصح»،
 * «عيد الميلاد 2020». Without a year, the occurrence nearest the reference in the `prefer` direction,
 * or the one a direction word names («عيد الأضحى المبارك المقبل»، «عيد الفطر الماضي»). A glued
 * «و/ف/ب/ل» stays out of the match («احتفالا بعيد الميلاد»).
 */
import { compareCivilDates, toHijri } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { HOLIDAYS, type HolidayEntry } from '../../data/holidays';
import { buildRegex, WORD_END } from '../../text/regex';
import { phraseTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DIRECTION_SOURCE, directionOf, ERA_SOURCE, eraCalendar, lookupFrom, wordsSource, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { westernEaster } from '../resolve-easter';
import { hijriDay } from '../resolve-hijri';
import { dayValue } from '../resolve-values';
import type { DateValue } from '../types';

const NAMES = lookupFrom(HOLIDAYS, (h) => h.name);
const HOLIDAY = buildRegex(
  'temporal/holiday',
  `${CLITIC_START}(?<name>${wordsSource(HOLIDAYS, (h) => h.name)})(?: (?:${YEAR_NOUN_SOURCE} )?(?<year>${YEAR_DIGITS})(?: ?(?<era>${ERA_SOURCE}))?| (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'y',
);
/** A match starts at a holiday name, read literally: the pattern is tried only where a whole name stands. */
const HOLIDAY_TRIGGER = phraseTrigger('temporal/holiday-trigger', NAMES.keys());
const AT_NAME: TriggerWindow = { lead: 0, trail: 0 };

/** The Gregorian day of `holiday` in year `year` of `calendar` (a Hijri year for an Islamic holiday read in Hijri). */
function occurrence(holiday: HolidayEntry, year: number, yearCalendar: 'gregory' | 'islamic-umalqura'): CivilDate | null {
  const rule = holiday.rule;
  if ('computed' in rule) return yearCalendar === 'gregory' ? westernEaster(year) : null;
  if (rule.calendar === 'gregory') return yearCalendar === 'gregory' ? { year, month: rule.month, day: rule.day } : null;
  return hijriDay(year, rule.month, rule.day);
}

/** Every occurrence near the reference, as Gregorian days in order. */
function occurrencesNear(holiday: HolidayEntry, reference: CivilDate): CivilDate[] {
  const islamic = !('computed' in holiday.rule) && holiday.rule.calendar === 'islamic-umalqura';
  let center = reference.year;
  if (islamic) {
    try {
      center = toHijri(reference).year;
    } catch {
      return [];
    }
  }
  const found: CivilDate[] = [];
  for (const year of [center - 1, center, center + 1]) {
    const day = occurrence(holiday, year, islamic ? 'islamic-umalqura' : 'gregory');
    if (day) found.push(day);
  }
  return found;
}

/**
 * The occurrence the text means: after a direction word («عيد الأضحى المقبل»، «عيد الفطر الماضي») the
 * next or last one strictly after or before the reference, «الحالي» the nearest; else by `prefer`.
 */
function choose(days: CivilDate[], context: ParserContext, direction: -1 | 0 | 1 | undefined): CivilDate | null {
  const before = days.filter((d) => compareCivilDates(d, context.reference) <= 0);
  const after = days.filter((d) => compareCivilDates(d, context.reference) >= 0);
  if (direction === 1) return days.find((d) => compareCivilDates(d, context.reference) > 0) ?? null;
  if (direction === -1) return [...days].reverse().find((d) => compareCivilDates(d, context.reference) < 0) ?? null;
  const latest = before[before.length - 1] ?? null;
  const earliest = after[0] ?? null;
  if (context.prefer === 'past' && direction === undefined) return latest ?? earliest;
  if (context.prefer === 'future' && direction === undefined) return earliest ?? latest;
  if (!latest || !earliest) return latest ?? earliest;
  const distance = (d: CivilDate): number => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(context.reference.year, context.reference.month - 1, context.reference.day));
  return distance(earliest) < distance(latest) ? earliest : latest;
}

function holidayValue(
  holiday: HolidayEntry,
  written: number | undefined,
  era: 'gregory' | 'islamic-umalqura' | undefined,
  direction: -1 | 0 | 1 | undefined,
  context: ParserContext,
): DateValue | null {
  let day: CivilDate | null;
  const islamic = !('computed' in holiday.rule) && holiday.rule.calendar === 'islamic-umalqura';
  if (written === undefined) {
    day = choose(occurrencesNear(holiday, context.reference), context, direction);
  } else if (islamic && (era === 'islamic-umalqura' || (era === undefined && written >= 1300 && written <= 1600))) {
    day = occurrence(holiday, written, 'islamic-umalqura');
  } else if (islamic) {
    // «عيد الأضحى 2013»: the one that falls in that Gregorian year.
    day = occurrencesNear(holiday, { year: written, month: 7, day: 1 }).find((d) => d.year === written) ?? null;
  } else {
    day = occurrence(holiday, written, 'gregory');
  }
  if (!day) return null;
  const known = written !== undefined ? { year: written } : {};
  const implied = { ...(written === undefined ? { year: day.year } : {}), month: day.month, day: day.day };
  if (!islamic || 'computed' in holiday.rule) return dayValue(day, known, implied);
  let hijri: CivilDate;
  try {
    hijri = toHijri(day);
  } catch {
    return null;
  }
  return dayValue(day, known, implied, { calendar: 'islamic-umalqura', hijri: { ...hijri } });
}

/** «عيد الفطر»، «عيد الفصح 2013»… */
export const holidayParser: TemporalParser = {
  name: 'holiday',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(HOLIDAY, text, triggerOffsets(HOLIDAY_TRIGGER, text), AT_NAME, (match) => {
      const g = match.groups ?? {};
      const holiday = NAMES.get(g.name ?? '');
      if (!holiday) return;
      const value = holidayValue(holiday, g.year === undefined ? undefined : Number(g.year), eraCalendar(g.era), directionOf(g.direction), context);
      if (value) out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'holiday' });
    });
    return out;
  },
};
