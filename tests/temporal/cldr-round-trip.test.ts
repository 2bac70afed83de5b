/**
 * CLDR round trip, an oracle no one here wrote: every day of 2024–2026 formatted by
 * `Intl.DateTimeFormat` for every Arabic locale of the running ICU, dateStyle full/long/medium,
 * Arabic-Indic and Latin digits, Gregorian and Umm al-Qura calendars, must come back from
 * `parseDate` as that day. Identical strings are parsed once (many locales share formats).
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/temporal/parse-date';

const REGIONS = ['AE', 'BH', 'DJ', 'DZ', 'EG', 'EH', 'ER', 'IL', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SS', 'SY', 'TD', 'TN', 'YE', '001'];
const LOCALES = Intl.DateTimeFormat.supportedLocalesOf(['ar', ...REGIONS.map((r) => `ar-${r}`)]);
const DAY = 86_400_000;
const FIRST = Date.UTC(2024, 0, 1);
const LAST = Date.UTC(2026, 11, 31);

/** Every distinct formatted string with the ISO day it stands for. */
function formattedDays(): Map<string, string> {
  const days = new Map<string, string>();
  for (const locale of LOCALES) {
    for (const digits of ['arab', 'latn']) {
      for (const calendar of ['gregory', 'islamic-umalqura']) {
        for (const dateStyle of ['full', 'long', 'medium'] as const) {
          const format = new Intl.DateTimeFormat(`${locale}-u-nu-${digits}-ca-${calendar}`, { dateStyle, timeZone: 'UTC' });
          for (let time = FIRST; time <= LAST; time += DAY) {
            days.set(format.format(time), new Date(time).toISOString().slice(0, 10));
          }
        }
      }
    }
  }
  return days;
}

describe('CLDR round trip (2024–2026, every Arabic locale)', () => {
  it('covers the Arabic locales of the running ICU', () => {
    expect(LOCALES).toContain('ar-SY');
    expect(LOCALES).toContain('ar-MA');
    expect(LOCALES).toContain('ar-TN');
    expect(LOCALES.length).toBeGreaterThanOrEqual(20);
  });

  it('parseDate returns the formatted day for every string', { timeout: 180_000 }, () => {
    const misses: string[] = [];
    const days = formattedDays();
    for (const [text, iso] of days) {
      const value = parseDate(text, { reference: '2025-06-15' });
      if (value?.type !== 'date' || value.start !== iso || value.end !== iso) misses.push(`${text} → ${iso}: ${JSON.stringify(value)}`);
    }
    expect(days.size).toBeGreaterThan(10_000);
    expect(misses.slice(0, 10)).toEqual([]);
  });
});
