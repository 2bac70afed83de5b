/**
 * Seasons with date context: «صيف 2016»، «الصيف 2016»، «هذا الصيف»، «الربيع القادم»، «الشتاء الماضي»،
 * «فصل الخريف». A bare season name is not reported (context before a guess: «الربيع العربي»).
 * A season covers three whole months (meteorological); winter Y runs from December Y to February Y+1.
 */
import { addDays, addMonths } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { SEASON_NOUNS, SEASON_WORDS } from '../../data/seasons';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { firstWordTrigger, longestAlternative, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DIRECTION_SOURCE, directionOf, ERA_SOURCE, lookupFrom, THIS_SOURCE, wordsSource, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { spanValue } from '../resolve-values';
import type { DateValue } from '../types';

const SEASONS = lookupFrom(SEASON_WORDS, (w) => w.word);
/** Season names, for other parsers («منتصف الصيف»). */
export const SEASON_SOURCE = wordsSource(SEASON_WORDS, (w) => w.word);
const SEASON = buildRegex(
  'temporal/season',
  `${WORD_START}(?:(?<this>${THIS_SOURCE}) )?(?:(?<noun>${alternation(SEASON_NOUNS.map(normalizeArabic))}) )?(?<season>${SEASON_SOURCE})` +
    `(?: (?<direction>${DIRECTION_SOURCE})| (?:من )?(?:${YEAR_NOUN_SOURCE} )?(?<year>${YEAR_DIGITS})(?! ?(?:${ERA_SOURCE})${WORD_END}))?${WORD_END}`,
  'y',
);
/** The pattern is tried only near a season name, «هذا» and «فصل» before it. */
const SEASON_TRIGGER = firstWordTrigger('temporal/season-trigger', SEASONS.keys());
const SEASON_WINDOW: TriggerWindow = { lead: longestAlternative(THIS_SOURCE) + 1 + longestAlternative(alternation(SEASON_NOUNS.map(normalizeArabic))) + 1, trail: 0 };

function compare(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function seasonSpan(firstMonth: number, year: number): { from: CivilDate; to: CivilDate } {
  const from = { year, month: firstMonth, day: 1 };
  return { from, to: addDays(addMonths(from, 3), -1) };
}

/**
 * The year a season starts in: the given one, or relative to the reference — the next one to begin
 * (+1), the last one to have ended (−1), or the one under way (0; else the one of this year).
 */
function seasonYear(firstMonth: number, reference: CivilDate, direction: -1 | 0 | 1): number {
  const years = [reference.year - 2, reference.year - 1, reference.year, reference.year + 1, reference.year + 2];
  if (direction === 1) return years.find((y) => compare(seasonSpan(firstMonth, y).from, reference) > 0) ?? reference.year + 1;
  if (direction === -1) return [...years].reverse().find((y) => compare(seasonSpan(firstMonth, y).to, reference) < 0) ?? reference.year - 1;
  const current = years.find((y) => compare(seasonSpan(firstMonth, y).from, reference) <= 0 && compare(seasonSpan(firstMonth, y).to, reference) >= 0);
  return current ?? reference.year;
}

/** The value of a season: written year, or a direction (0 for «هذا»/«فصل»). */
export function seasonValue(normalizedName: string, year: number | undefined, direction: -1 | 0 | 1, context: ParserContext): DateValue | null {
  const season = SEASONS.get(normalizedName);
  if (!season) return null;
  const resolved = year ?? seasonYear(season.firstMonth, context.reference, direction);
  const { from, to } = seasonSpan(season.firstMonth, resolved);
  return year !== undefined ? spanValue('season', from, to, { year }, {}) : spanValue('season', from, to, {}, { year: resolved });
}

/** «صيف 2016»، «هذا الصيف»، «الربيع القادم»… */
export const seasonParser: TemporalParser = {
  name: 'season',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(SEASON, text, triggerOffsets(SEASON_TRIGGER, text), SEASON_WINDOW, (match) => {
      const g = match.groups ?? {};
      const year = g.year !== undefined ? Number(g.year) : undefined;
      const direction = g.direction !== undefined ? directionOf(g.direction) : g.this !== undefined || g.noun !== undefined ? 0 : undefined;
      if (year === undefined && direction === undefined) return;
      const value = seasonValue(g.season ?? '', year, direction ?? 0, context);
      if (value) out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'season' });
    });
    return out;
  },
};
