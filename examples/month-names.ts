/**
 * Month names of every Arabic-speaking region, read without being told the
 * dialect, and written back in any of them.
 *
 * Run: npx tsx examples/month-names.ts
 */
import { MONTH_DIALECTS, monthNames, parseMonthName, parseWeekday } from '../src/temporal';

// Headlines in the styles of different regions (written for this example).
const samples = [
  'تشرين الأول/أكتوبر', // Levant, with the pan-Arab name beside it
  'أكتوبر (تشرين الأول)', // Gulf press
  'نيسان / أبريل',
  'مايس', // Iraq
  'يونيه', // Egypt
  'جويلية', // Algeria, Tunisia
  'غشت', // Morocco
  'دجمبر', // Mauritania
  'ربيع الثاني', // Hijri
  'ذي الحجة',
  'الشهر العاشر',
  'شهر ١٠',
  'نيسان / مايو', // two different months: not a month
];

console.log('parseMonthName');
for (const text of samples) {
  const month = parseMonthName(text);
  console.log(`  ${text.padEnd(22)} → ${month ? `${month.calendar} ${month.month} (${month.dialects.join(', ')})` : 'null'}`);
}

console.log('\nmonthNames(dialect): January, May, August, October');
for (const dialect of MONTH_DIALECTS) {
  const names = monthNames(dialect);
  console.log(`  ${dialect.padEnd(12)} ${[names[0], names[4], names[7], names[9]].join(' · ')}`);
}

console.log('\nparseWeekday');
for (const text of ['يومه الخميس', 'الإثنين', 'يوم الجمعة', 'الأربعا']) {
  console.log(`  ${text.padEnd(14)} → ISO ${parseWeekday(text)}`);
}
