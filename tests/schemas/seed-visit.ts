/**
 * The seed article's visit, built by hand. The article is read at run time from the
 * shared corpus; only short search terms are written here, and every evidence span and
 * statement content is cut from the article by offset.
 */
import type { DateValue, Evidence, StateVisitInput } from '../../src/schemas/index';

/** Evidence for the first `needle` at or after `from`. */
function find(article: string, needle: string, from = 0): Evidence {
  const index = article.indexOf(needle, from);
  if (index < 0) throw new Error(`seed article: ${needle} not found`);
  return { text: needle, index, end: index + needle.length };
}

/** Evidence from `start` up to (not including) the first `stop` after it. */
function until(article: string, start: number, stop: string): Evidence {
  const end = article.indexOf(stop, start);
  if (end < 0) throw new Error(`seed article: ${stop} not found`);
  return { text: article.slice(start, end), index: start, end };
}

/** Evidence from `a.index` to `b.end`. */
function cover(article: string, a: Evidence, b: Evidence): Evidence {
  return { text: article.slice(a.index, b.end), index: a.index, end: b.end };
}

/** One statement: the verb, then the content after `lead` up to `stop`. */
function statement(article: string, verb: string, lead: string, stop: string, from = 0) {
  const verbEvidence = find(article, verb, from);
  const leadEvidence = find(article, lead, verbEvidence.end);
  const content = until(article, leadEvidence.end, stop);
  return { verb: verbEvidence, content, whole: cover(article, verbEvidence, content) };
}

const REFERENCE = '2026-01-28';

/** «اليوم» with the reference date of the article. */
const today: DateValue = {
  type: 'date',
  calendar: 'gregory',
  precision: 'day',
  known: {},
  implied: { year: 2026, month: 1, day: 28 },
  start: REFERENCE,
  end: REFERENCE,
  relative: { unit: 'day', offset: 0 },
};

/** «15 تشرين الأول الماضي»: day and month written, year implied by «الماضي». */
const earlierVisitDate: DateValue = {
  type: 'date',
  calendar: 'gregory',
  precision: 'day',
  known: { day: 15, month: 10 },
  implied: { year: 2025 },
  start: '2025-10-15',
  end: '2025-10-15',
};

export function seedVisit(article: string): StateVisitInput {
  const sharaa = { name: { ar: 'أحمد الشرع', en: 'Ahmed al-Sharaa' }, country: 'SY', gender: 'male' as const, evidence: find(article, 'أحمد الشرع') };
  const putin = { name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }, wikidata: 'Q7747', country: 'RU', gender: 'male' as const, evidence: find(article, 'فلاديمير بوتين') };
  const peskov = { name: { ar: 'ديميتري بيسكوف', en: 'Dmitry Peskov' }, country: 'RU', gender: 'male' as const, evidence: find(article, 'ديميتري بيسكوف') };
  const presidentSY = { title: 'الرئيس السوري', code: 'president' as const, country: 'SY', evidence: find(article, 'الرئيس السوري') };
  const presidentRU = { title: 'الرئيس الروسي', code: 'president' as const, country: 'RU', evidence: find(article, 'الرئيس الروسي') };
  const kremlin = { name: { ar: 'الكرملين', en: 'Kremlin' }, kind: 'presidency' as const, country: 'RU' };
  const spokesman = { title: 'المتحدث باسم الكرملين', code: 'spokesperson' as const, organization: kremlin, country: 'RU', evidence: find(article, 'المتحدث باسم الكرملين') };

  const head = { person: sharaa, office: presidentSY, role: 'head' as const };
  const dual = find(article, 'وزيري الخارجية والدفاع');
  const delegationStart = find(article, 'وفد رسمي');
  const others = until(article, article.indexOf('عدد من كبار', delegationStart.end), '.');

  const affirm = statement(article, 'أكد', 'أن ', '.');
  const indicate = statement(article, 'أشار', 'إلى أن ', '.');
  const stress = statement(article, 'شدد', 'على أن ', '،');
  const clarify = statement(article, 'أوضح', 'أن ', '.');
  const convey = statement(article, 'نقل', 'أن ', '، مشير');
  const declined = statement(article, 'رفض التعليق', 'على ', '.');

  return {
    visitor: { person: sharaa, office: presidentSY },
    host: { person: putin, office: presidentRU },
    guestCountry: 'SY',
    hostCountry: 'RU',
    places: [{ name: { ar: 'موسكو', en: 'Moscow' }, kind: 'capital', country: 'RU', evidence: find(article, 'موسكو') }],
    visitType: { type: 'official', text: 'زيارة رسمية', evidence: find(article, 'زيارة رسمية') },
    ordinal: { value: 2, text: 'الثانية له', evidence: find(article, 'الثانية له') },
    agenda: ['bilateral relations', 'regional developments', 'military cooperation', 'Russian forces in Syria'],
    period: { arrival: today },
    delegation: {
      country: 'SY',
      kind: 'official',
      head,
      members: [
        head,
        {
          office: { title: 'الأمين العام لرئاسة الجمهورية', code: 'secretary-general', organization: { name: { ar: 'رئاسة الجمهورية' }, kind: 'presidency', country: 'SY' }, country: 'SY' },
          role: 'member',
          evidence: find(article, 'الأمين العام لرئاسة الجمهورية'),
        },
        { office: { title: 'وزير الخارجية', code: 'minister', portfolio: 'foreign', country: 'SY' }, role: 'member', evidence: dual },
        { office: { title: 'وزير الدفاع', code: 'minister', portfolio: 'defence', country: 'SY' }, role: 'member', evidence: dual },
      ],
      unspecified: { text: others.text, description: 'several senior aides and officers of the Syrian Arab Army security detail', evidence: others },
      evidence: until(article, delegationStart.index, '.'),
    },
    statements: [
      { speaker: { person: sharaa, office: presidentSY, country: 'SY' }, attribution: 'named', verb: { text: 'أكد', code: 'affirm', evidence: affirm.verb }, content: { text: affirm.content.text, mode: 'indirect', evidence: affirm.content }, topics: ['territorial integrity'], date: today, evidence: affirm.whole },
      { speaker: { person: sharaa, country: 'SY' }, attribution: 'named', verb: { text: 'أشار', code: 'indicate', evidence: indicate.verb }, content: { text: indicate.content.text, mode: 'indirect', evidence: indicate.content }, evidence: indicate.whole },
      { speaker: { person: putin, office: presidentRU, country: 'RU' }, attribution: 'named', verb: { text: 'شدد', code: 'stress', evidence: stress.verb }, content: { text: stress.content.text, mode: 'indirect', evidence: stress.content }, topics: ['bilateral relations'], evidence: stress.whole },
      { speaker: { person: putin, country: 'RU' }, attribution: 'named', verb: { text: 'أوضح', code: 'clarify', evidence: clarify.verb }, content: { text: clarify.content.text, mode: 'indirect', evidence: clarify.content }, topics: ['trade'], evidence: clarify.whole },
      { speaker: { person: peskov, office: spokesman, organization: kremlin, country: 'RU' }, attribution: 'spokesperson', verb: { text: 'نقل', code: 'convey', evidence: convey.verb }, content: { text: convey.content.text, mode: 'indirect', evidence: convey.content }, topics: ['agenda'], evidence: convey.whole },
      { speaker: { person: peskov, office: spokesman, country: 'RU' }, attribution: 'spokesperson', verb: { text: 'رفض التعليق', code: 'reject', evidence: declined.verb }, content: { text: declined.content.text, mode: 'summary', evidence: declined.content }, certainty: 'declined-comment', evidence: declined.whole },
    ],
    relatedEvents: [
      {
        kind: 'previous-visit',
        description: 'first visit of al-Sharaa to Moscow',
        date: earlierVisitDate,
        place: { name: { ar: 'موسكو', en: 'Moscow' }, kind: 'capital', country: 'RU' },
        evidence: find(article, '15 تشرين الأول الماضي'),
      },
    ],
    expectedOutcomes: ['official statements on the results of the talks at the end of the visit'],
  };
}
