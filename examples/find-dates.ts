/**
 * `npx tsx examples/find-dates.ts [file]`: every temporal expression `findTemporal` finds in a news
 * text (the file given, or a short example written for this project), with offsets into the text.
 */
import { readFileSync } from 'node:fs';
import { findTemporal } from '../src/temporal';

const EXAMPLE = [
  'وصل وزير الخارجية اليوم إلى عمّان في زيارة تستمر يومين، بعد أن زار الرياض الأحد الماضي.',
  'وكان الطرفان قد وقّعا في 15 تشرين الأول/أكتوبر 2025 مذكرة تفاهم، على أن تُعقد الجولة المقبلة',
  'بين 12 و15 آذار المقبل في الرباط، وأن تُستكمل المشاورات حتى نهاية العام.',
  'وفي الجزائر، أعلنت الرئاسة أن القمة تنعقد يوم 14 جويلية، أي 19 محرم 1448 هـ.',
].join('\n');

const text = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : EXAMPLE;
for (const match of findTemporal(text, { reference: '2026-01-28' })) {
  console.log(`[${match.index}, ${match.end}) ${match.kind.padEnd(8)} «${match.text}» ${JSON.stringify(match.value)}`);
}
