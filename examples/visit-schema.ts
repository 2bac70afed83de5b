/**
 * Builds a state visit by hand from an Iraqi-style report, validates it with the
 * `StateVisit` schema, prints it, then shows what a broken draft gets back, in Arabic
 * and in English.
 *
 * Run: npx tsx examples/visit-schema.ts
 */
import { arabicCountryName, formatSchemaIssues, StateVisit, validateSchema, type StateVisitInput } from '../src/schemas';

const report =
  'وصل رئيس الوزراء العراقي اليوم إلى القاهرة في زيارة رسمية تستمر يومين، يرافقه وفد ضم وزيري الخارجية والنفط. ' +
  'وأكد الناطق باسم الحكومة أن الزيارة تبحث الربط الكهربائي.';

/** Evidence for the first occurrence of `needle` in the report. */
function at(needle: string) {
  const index = report.indexOf(needle);
  return { text: needle, index, end: index + needle.length };
}

const head = { office: { title: 'رئيس الوزراء العراقي', code: 'prime-minister', country: 'IQ' }, role: 'head', evidence: at('رئيس الوزراء العراقي') } as const;

const draft: StateVisitInput = {
  visitor: { office: head.office },
  guestCountry: 'IQ',
  hostCountry: 'EG',
  places: [{ name: { ar: 'القاهرة', en: 'Cairo' }, kind: 'capital', country: 'EG', evidence: at('القاهرة') }],
  visitType: { type: 'official', text: 'زيارة رسمية', evidence: at('زيارة رسمية') },
  period: {
    arrival: { type: 'date', calendar: 'gregory', precision: 'day', known: {}, implied: { year: 2026, month: 2, day: 9 }, start: '2026-02-09', end: '2026-02-09', relative: { unit: 'day', offset: 0 } },
    duration: { type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: null },
  },
  delegation: {
    country: 'IQ',
    kind: 'official',
    head,
    members: [
      head,
      { office: { title: 'وزير الخارجية', code: 'minister', portfolio: 'foreign', country: 'IQ' }, role: 'member', evidence: at('وزيري الخارجية والنفط') },
      { office: { title: 'وزير النفط', code: 'minister', portfolio: 'oil', country: 'IQ' }, role: 'member', evidence: at('وزيري الخارجية والنفط') },
    ],
  },
  statements: [
    {
      speaker: { office: { title: 'الناطق باسم الحكومة', code: 'spokesperson', country: 'IQ' }, country: 'IQ' },
      attribution: 'spokesperson',
      verb: { text: 'أكد', code: 'affirm', evidence: at('أكد') },
      content: { text: 'الزيارة تبحث الربط الكهربائي', mode: 'indirect', evidence: at('الزيارة تبحث الربط الكهربائي') },
      topics: ['electricity interconnection'],
    },
  ],
};

const visit = StateVisit.parse(draft);
console.log(`valid: ${arabicCountryName(visit.guestCountry)} → ${arabicCountryName(visit.hostCountry)}, ${visit.visitType.text}`);
console.log(`delegation: ${visit.delegation?.members.map((m) => m.office?.title).join('، ')}`);
console.log(`statement: ${visit.statements[0]?.verb.text} (${visit.statements[0]?.verb.code}) — ${visit.statements[0]?.content.text}`);
console.log(`event codes: CAMEO ${visit.eventCodes.cameo.join('/')}, PLOVER ${visit.eventCodes.plover.event} (${visit.eventCodes.plover.mode})`);
console.log(JSON.stringify(visit.period, null, 2));

// A broken draft: departure before arrival, a head who is not a member, a country name instead of a code.
const broken = {
  ...draft,
  hostCountry: 'مصر',
  period: { ...draft.period, departure: { ...draft.period!.arrival!, start: '2026-02-08', end: '2026-02-08' } },
  delegation: { ...draft.delegation!, head: { office: { title: 'وزير المالية', code: 'minister', portfolio: 'finance' }, role: 'head' } },
};
for (const language of ['ar', 'en'] as const) {
  const result = validateSchema(StateVisit, broken, { language, root: 'visit' });
  console.log(`\n${language}:`);
  for (const issue of result.issues) console.log(`  ${issue.path}: ${issue.message}`);
}

// The same issues from a plain safeParse, formatted afterwards.
const plain = StateVisit.safeParse(broken);
if (!plain.success) console.log(`\n${formatSchemaIssues(plain.error).length} issues from a plain safeParse`);
