/**
 * Visits reported from the host's side, and names after honorifics: who received whom, where,
 * and the receptions that are not visits.
 *
 * Run: npx tsx examples/host-side.ts
 */
import { extractStateVisit } from '../src/extract';

// Sentences written for this example, in the styles of Morocco, the Gulf, Algeria, Egypt and the Levant.
const reports = [
  'استقبل العاهل المغربي الملك محمد السادس اليوم في الرباط رئيس الوزراء الإسباني بيدرو سانشيز الذي يقوم بزيارة عمل تستمر يومين.',
  'وصل وزير الخارجية المصري بدر عبد العاطي إلى الرياض اليوم في زيارة رسمية يلتقي خلالها نظيره السعودي الأمير فيصل بن فرحان آل سعود.',
  'استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى بمكتبه في الديوان الأميري اليوم رئيس الوزراء الباكستاني شهباز شريف، بمناسبة زيارته الرسمية للبلاد.',
  'الجزائر - أجرى رئيس الجمهورية عبد المجيد تبون اليوم محادثات مع الرئيس التونسي قيس سعيد الذي يزور البلاد حاليا.',
  'أكد الرئيس عبد الفتاح السيسي، خلال استقباله اليوم في القاهرة وزير الخارجية الصيني وانغ يي، أهمية تعزيز التعاون.',
  'التقى رئيس الوزراء العراقي محمد شياع السوداني في إطار زيارته الرسمية إلى عمّان العاهل الأردني الملك عبدالله الثاني ابن الحسين.',
  // Not visits: an ambassador presenting credentials, a meeting of two officials of one country.
  'استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا اليوم سفير اليابان الجديد الذي قدم أوراق اعتماده.',
  'استقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم في بغداد وزير الداخلية العراقي عبد الأمير الشمري.',
];

type Party = { person?: { name: { ar: string }; country?: string | undefined } | undefined; office?: { code: string; country?: string | undefined } | undefined } | undefined;
const party = (p: Party): string => `${p?.person?.name.ar ?? '—'} (${p?.office?.code ?? '—'}, ${p?.office?.country ?? p?.person?.country ?? '—'})`;

for (const text of reports) {
  const { visit } = extractStateVisit(text, { reference: '2026-01-20' });
  console.log(text.split(' ').slice(0, 8).join(' '));
  if (!visit) {
    console.log('  no visit');
    continue;
  }
  console.log(`  visitor ${party(visit.visitor)}`);
  console.log(`  host    ${party(visit.host)}`);
  console.log(`  ${visit.guestCountry} → ${visit.hostCountry}, place ${visit.places.map((p) => p.name.ar).join(' / ') || '—'}, type ${visit.visitType.type}`);
}
