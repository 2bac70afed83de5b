/**
 * Writing dates in Arabic: dialects, the combined press form, digits, Hijri,
 * both calendars, weekday, CLDR locales.
 *
 * Run: npx tsx examples/format-dates.ts
 */
import { addDuration, firstDayOfWeek, formatArabicDate, toCivilDate, toIsoDate } from '../src/temporal';

const visit = '2025-10-15';
const rows: Array<[string, Parameters<typeof formatArabicDate>[1]]> = [
  ["{ dialect: 'levantine' }", { dialect: 'levantine' }],
  ["{ dialect: ['levantine', 'gulf'] }", { dialect: ['levantine', 'gulf'] }],
  ["{ dialect: 'moroccan', weekday: true }", { dialect: 'moroccan', weekday: true }],
  ["{ digits: 'arab' }", { digits: 'arab' }],
  ["{ calendar: 'islamic-umalqura' }", { calendar: 'islamic-umalqura' }],
  ["{ calendar: 'both', dialect: 'levantine' }", { calendar: 'both', dialect: 'levantine' }],
  ["{ locale: 'ar-SY' }", { locale: 'ar-SY' }],
  ["{ locale: 'ar-DZ' }", { locale: 'ar-DZ' }],
  ["{ locale: 'ar-SA', weekday: true }", { locale: 'ar-SA', weekday: true }],
];
console.log(`formatArabicDate('${visit}', …)`);
for (const [label, options] of rows) console.log(`  ${label.padEnd(44)} ${formatArabicDate(visit, options)}`);

const summer = '2025-08-07';
console.log(`\nformatArabicDate('${summer}', { locale }) across the Arab world`);
for (const locale of ['ar-SY', 'ar-IQ', 'ar-EG', 'ar-SA', 'ar-DZ', 'ar-TN', 'ar-MA', 'ar-MR']) {
  console.log(`  ${locale}  ${formatArabicDate(summer, { locale }).padEnd(18)} week starts on ISO day ${firstDayOfWeek(locale)}`);
}

// The worked example of DESIGN.md: «خلال ثلاثة أشهر ونصف» from 15 October 2025.
const reference = toCivilDate(new Date('2026-01-27T22:30:00Z'), 'Asia/Damascus');
const end = addDuration({ year: 2025, month: 10, day: 15 }, { months: 3.5 });
console.log(`\nreference (Damascus): ${toIsoDate(reference)} · 2025-10-15 + 3.5 months = ${toIsoDate(end)}`);
