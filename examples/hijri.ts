/**
 * Hijri ⇄ Gregorian on the published Umm al-Qura calendar, and where Node's ICU
 * differs from it.
 *
 * Run: npx tsx examples/hijri.ts
 */
import {
  addDays,
  CalendarRangeError,
  formatArabicDate,
  hijriMonthLength,
  MAX_HIJRI_GREGORIAN,
  MIN_HIJRI_GREGORIAN,
  toGregorian,
  toHijri,
  toIsoDate,
} from '../src/temporal';

console.log('toHijri / toGregorian');
for (const iso of ['2025-10-15', '2026-01-28', '2025-03-01']) {
  const hijri = toHijri(iso);
  console.log(`  ${iso} → ${hijri.year}-${hijri.month}-${hijri.day} AH · ${formatArabicDate(iso, { calendar: 'both', dialect: 'levantine' })}`);
}
const eid = toGregorian({ year: 1447, month: 10, day: 1 });
console.log(`  1 شوال 1447 → ${toIsoDate(eid)} · رمضان 1447 has ${hijriMonthLength(1447, 9)} days`);

console.log('\nNothing invalid passes');
for (const attempt of [() => toGregorian({ year: 1446, month: 9, day: 30 }), () => toGregorian({ year: 1447, month: 13, day: 1 }), () => toHijri('1900-01-01')]) {
  try {
    attempt();
  } catch (error) {
    if (error instanceof CalendarRangeError) console.log(`  ${error.message}`);
  }
}

// Where ICU (Intl, islamic-umalqura) and the published table disagree.
const icu = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const differingMonths = new Set<string>();
let days = 0;
let differingDays = 0;
for (let day = MIN_HIJRI_GREGORIAN; ; day = addDays(day, 1)) {
  const parts = icu.formatToParts(new Date(Date.UTC(day.year, day.month - 1, day.day)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const table = toHijri(day);
  days++;
  if (get('year') !== table.year || get('month') !== table.month || get('day') !== table.day) {
    differingDays++;
    differingMonths.add(`${table.year}-${String(table.month).padStart(2, '0')}`);
  }
  if (toIsoDate(day) === toIsoDate(MAX_HIJRI_GREGORIAN)) break;
}
const months = [...differingMonths].sort();
const before = months.filter((m) => m < '1420');
const after = months.filter((m) => m > '1450-12');
const inside = months.filter((m) => m >= '1420' && m <= '1450-12');
console.log(`\nICU (${process.versions.icu}) vs the Umm al-Qura table, 1343–1500 AH:`);
console.log(`  days compared: ${days}, days that differ: ${differingDays}`);
console.log(`  months that differ: ${months.length} of 1896 — ${before.length} in 1343–1419 (last ${before.at(-1)}), ${inside.length} in 1420–1450, ${after.length} in 1451–1500 (first ${after[0]})`);
