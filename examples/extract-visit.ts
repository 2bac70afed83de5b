/**
 * Extracting a visit from an article: the record, the statements, the
 * delegation, the checks between facts, and every fact's evidence.
 *
 * Run: npx tsx examples/extract-visit.ts
 */
import { extractDelegation, extractStatements, extractStateVisit, findCountries, findOffices, findTopics } from '../src/extract';

// An article written for this example (Iraqi press style).
const article = [
  'بغداد - وصل وزير الخارجية الإيراني مهدي رضائي إلى بغداد صباح اليوم على رأس وفد سياسي واقتصادي، في زيارة رسمية تستغرق يومين، هي الثالثة له خلال عام.',
  'والتقى رضائي رئيس الوزراء العراقي علي الساعدي، وبحث معه ملفات المياه والطاقة وأمن الحدود.',
  'وذكر بيان لمكتب رئيس الوزراء أن الساعدي أكد حرص العراق على علاقات متوازنة مع جيرانه.',
  'وأضاف أن العراق لن يكون منطلقا للاعتداء على أي دولة.',
  'وكان رضائي زار بغداد في منتصف تشرين الأول الماضي.',
].join('\n');

const { visit, statements, checks, warnings } = extractStateVisit(article, { reference: '2026-01-15', source: { outlet: 'مثال', language: 'ar-IQ' } });

console.log('visitor  ', visit?.visitor.person?.name.ar, visit?.visitor.office?.code, visit?.guestCountry);
console.log('host     ', visit?.host?.person?.name.ar, visit?.host?.office?.code, visit?.hostCountry);
console.log('type     ', visit?.visitType.type, '«' + visit?.visitType.text + '»', 'ordinal', visit?.ordinal?.value);
console.log('arrival  ', visit?.period.arrival?.start);
console.log('earlier  ', visit?.relatedEvents.map((e) => `${e.date?.start}…${e.date?.end} (${e.date?.modifier})`));
console.log('agenda   ', visit?.agenda);
console.log('checks   ', checks.map((c) => `«${c.duration.text}» ${c.from.date} → ${c.to.date}: ${c.relation}`));
console.log('warnings ', warnings.length);
for (const s of statements) {
  const speaker = s.speaker.person?.name.ar ?? s.speaker.organization?.name.ar ?? s.speaker.office?.title;
  console.log(`statement ${speaker} — ${s.verb.text} (${s.verb.code}): «${s.content.text}» [${s.content.evidence?.index}–${s.content.evidence?.end}] topics ${JSON.stringify(s.topics)}`);
}

// The pieces, on their own.
console.log('countries', findCountries('زار الوزير عمّان ثم مسقط').map((c) => `${c.evidence.text}→${c.code}`));
console.log('offices  ', findOffices('ويرافقه وزيرا الخارجية والدفاع').map((o) => `${o.code}:${o.portfolio}`));
console.log('statement', extractStatements('وقالت مصادر مطلعة إن الاتفاق بات وشيكا.').map((s) => `${s.attribution}/${s.certainty}`));
console.log('topics   ', findTopics('وأكد الوزير دعم الاستثمار وأمن الحدود، بحضور وزير الطاقة، ثم عُزف السلام الجمهوري.').map((t) => `${t.evidence.text}→${t.code}`));
console.log('delegation', extractDelegation('وصل إلى الرباط وفد اقتصادي سعودي برئاسة وزير الاستثمار، يضم عددا من رجال الأعمال.')?.unspecified?.text);
