/**
 * Durations, ago/later dates and clock times: `npx tsx examples/durations.ts`.
 * Every line printed is the library's real output.
 */
import { findTemporal, formatArabicDuration, parseDuration } from '../src/temporal';

const reference = '2026-01-28';

console.log('## parseDuration: one whole string\n');
console.log('| text | iso | parts | qualifier |');
console.log('| --- | --- | --- | --- |');
for (const text of ['ثلاثة أشهر ونصف', 'أقل من 4 أشهر', 'يومين فقط', 'عام وثلاثة أشهر', 'خمسة عشر يومًا', 'نحو ساعتين ونصف', 'ما لا يقل عن عقدين', '١٠ أيام', 'بضعة أيام', 'عدة أشهر']) {
  const value = parseDuration(text);
  console.log(`| ${text} | ${value?.iso ?? '—'} | \`${JSON.stringify(value?.parts ?? null)}\` | ${value?.qualifier ?? '—'} |`);
}

console.log('\n## findTemporal: durations, ago/later and times in running text (reference 2026-01-28)\n');
const paragraphs = [
  // Levant
  'وأمضى الوفد السوري يومين فقط في بيروت، بعد أن وصلها الساعة العاشرة صباحا قادما من دمشق.',
  // Iraq
  'واستمرت المفاوضات في بغداد ثلاثة أشهر ونصف، وكان آخر اجتماع قد عقد قبل أسبوعين.',
  // Egypt
  'وقال المتحدث إن الجلسة ستبدأ من 5 إلى 6 مساءً، وإن القرار سيصدر في غضون شهر.',
  // Gulf
  'وعاد ولي العهد إلى الرياض بعد غياب دام أكثر من عامين، منذ 3 سنوات لم يزر العاصمة.',
  // Maghreb
  'وبقي السفير في الرباط أزيد من ثلاثة أسابيع، وغادرها غدا الساعة 8 صباحا.',
  // Gulf: a clock time with its zone
  'ويصل الوفد الساعة العاشرة صباحا بتوقيت مكة المكرمة، بعد رحلة استغرقت بضع ساعات.',
];
for (const text of paragraphs) {
  console.log(`> ${text}\n`);
  for (const match of findTemporal(text, { reference })) {
    const { value } = match;
    const summary =
      value.type === 'duration'
        ? `${value.iso}${value.qualifier ? ` (${value.qualifier})` : ''}`
        : value.type === 'time'
          ? `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}${value.timeZone ? ` ${value.timeZone}` : ''}${value.date?.start ? ` on ${value.date.start}` : ''}`
          : value.type === 'range'
            ? `${JSON.stringify(value.from)} → ${JSON.stringify(value.to)}`
            : `${value.precision} ${value.start}…${value.end}${value.relative ? ` (${value.relative.offset} ${value.relative.unit})` : ''}`;
    console.log(`- \`${match.text}\` [${match.index}, ${match.end}) ${match.kind}: ${summary}`);
  }
  console.log('');
}

console.log('## formatArabicDuration\n');
console.log('| input | words | oblique | Arabic-Indic digits |');
console.log('| --- | --- | --- | --- |');
for (const iso of ['P3.5M', 'P2D', 'P1Y3M', 'PT1.5H', 'P15D', 'PT11H', 'P3Y', 'P0.5Y']) {
  console.log(`| ${iso} | ${formatArabicDuration(iso)} | ${formatArabicDuration(iso, { grammaticalCase: 'oblique' })} | ${formatArabicDuration(iso, { digits: 'arab' })} |`);
}
const bounded = parseDuration('أقل من 4 أشهر');
if (bounded) console.log(`\nformatArabicDuration(parseDuration('أقل من 4 أشهر')) → ${formatArabicDuration(bounded)}`);
