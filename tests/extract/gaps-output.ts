/**
 * Prints what the extractor reads in one sentence per gap closed in tests/extract/gaps.test.ts;
 * docs/guide-extraction.md quotes this output (checked by tests/docs/quoted-output.test.ts).
 *
 * Run: npx tsx tests/extract/gaps-output.ts
 */
import { extractStatements } from '../../src/extract';

// Sentences written for ziyara, in the styles of Egypt, Iraq, the Levant and the Gulf.
const sentences = [
  'وقال وزير الري المصري هاني سويلم إن المشروع سيكتمل قبل الصيف.',
  'وأكد رئيس وزراء العراق محمد شياع السوداني أن الحكومة ماضية في الإصلاح.',
  'وقال المبعوث الأمريكي الخاص إلى سوريا توم باراك إن واشنطن تدعم وحدة سوريا.',
  'التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا من رجال الأعمال. وأكد السوداني أن الحكومة ماضية في الإصلاح.',
  'ونفى المتحدث باسم الخارجية صحة الأنباء عن انسحاب السفير.',
];

for (const text of sentences) {
  for (const s of extractStatements(text)) {
    const office = s.speaker.office;
    console.log(`${s.verb.text} (${s.verb.code})`);
    console.log(`  speaker ${s.speaker.person?.name.ar ?? '—'}`);
    console.log(`  office  ${office ? `${office.title} → ${[office.code, office.portfolio, office.country].filter(Boolean).join(', ')}` : '—'}`);
    console.log(`  content ${s.content.mode}: ${s.content.text} [${s.content.evidence?.index}, ${s.content.evidence?.end})`);
  }
}
