/**
 * `npx tsx examples/parse-dates.ts`: what `parseDate` reads from one string each, in the styles of
 * several regions, with a fixed reference day (Wednesday 28 January 2026).
 */
import { parseDate } from '../src/temporal';
import type { DateValue, RangeValue } from '../src/temporal';

const reference = '2026-01-28';
const examples = [
  '15 تشرين الأول الماضي', // Levant: year implied by «الماضي»
  '١٥ أكتوبر ٢٠٢٥م', // Egypt: Arabic-Indic digits, «م»
  'في العاشر من سبتمبر، ألفين', // ordinal day, year in words
  'الخميس 3 شتنبر 2026', // Morocco
  '23 ربيع الآخر 1447 هـ', // Hijri
  '23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025', // double date
  'غرة رمضان', // Gulf
  'مطلع العام المقبل',
  'أواخر الشهر الماضي',
  'النصف الثاني من 2025',
  'يوم الخميس المقبل',
  'بين 12 و15 أكتوبر',
  'من الأحد إلى الخميس',
  'من يناير إلى مارس 2026', // Egypt: bare months linked by «إلى»
  'بين عامي 2019 و2021', // a bare year linked to one its noun introduced
  'في 15 الجاري', // Levant: «الشهر» left out
  'مساء الخميس', // part of the day
  'الشهر الفضيل المقبل', // Gulf: Ramadan's epithet
  'حتى نهاية العام',
  'قبل أيام',
  'زار موسكو', // not a date
];

function describe(value: DateValue | RangeValue | null): string {
  if (!value) return 'null';
  if (value.type === 'range') return `range ${describe(value.from as DateValue)} → ${describe(value.to as DateValue)}`;
  if (value.vague) return `vague ${value.precision}`;
  const span = value.start === value.end ? value.start : `${value.start}…${value.end}`;
  const implied = Object.keys(value.implied).length > 0 ? ` implied ${JSON.stringify(value.implied)}` : '';
  const hijri = value.hijri ? ` hijri ${JSON.stringify(value.hijri)}` : '';
  const part = value.partOfDay ? ` ${value.partOfDay}` : '';
  return `${value.precision} ${span}${part}${implied}${hijri}${value.warnings ? ` ⚠ ${value.warnings.join('; ')}` : ''}`;
}

for (const text of examples) console.log(`${text.padEnd(52)} ${describe(parseDate(text, { reference }))}`);
