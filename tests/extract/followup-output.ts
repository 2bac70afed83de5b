/**
 * Prints what the extractor reads in one sentence per gap closed after the collective speakers
 * (tests/extract/head-of-delegation, collective-before-verb, announced-objects and not-discussed);
 * docs/guide-extraction.md quotes this output (checked by tests/docs/quoted-output.test.ts).
 *
 * Run: npx tsx tests/extract/followup-output.ts
 */
import { extractStatements } from '../../src/extract';

// Sentences written for ziyara, in the styles of Sudan, the Levant, Iraq, the Maghreb and the Gulf.
const sentences = [
  'وقال رئيس الوفد السوداني إن المفاوضات في جدة تسير في الاتجاه الصحيح.',
  'وترأس الوفد السوري وزير الخارجية أسعد الشيباني. وقال رئيس الوفد إن دمشق منفتحة على كل المبادرات.',
  'والوفد العراقي شدد على ضرورة احترام سيادة العراق.',
  'وأعلن الرئيس التونسي قيس سعيد موعد الانتخابات التشريعية.',
  'وقال وزير الخارجية العماني إن المباحثات لم تتطرق إلى الملف النووي، بل ركزت على التعاون الاقتصادي.',
];

for (const text of sentences) {
  for (const s of extractStatements(text)) {
    const office = s.speaker.office;
    const who = s.speaker.person?.name.ar ?? s.speaker.organization?.name.ar ?? '—';
    console.log(`${s.verb.text} (${s.verb.code}) — ${s.attribution}`);
    console.log(`  speaker ${who}${s.speaker.country ? `, ${s.speaker.country}` : ''}`);
    console.log(`  office  ${office ? `${office.title} → ${[office.code, office.country].filter(Boolean).join(', ')}` : '—'}`);
    console.log(`  content ${s.content.mode}: ${s.content.text} [${s.content.evidence?.index}, ${s.content.evidence?.end})`);
    console.log(`  topics  ${s.topics.length > 0 ? s.topics.join(', ') : '—'}`);
  }
}
