/**
 * The seed article's facts (issue 6, "How it is measured"), as a suite of
 * `npm run conformance`: each fact is one entry, passed when the extractor
 * gives it. The article is read at run time from ../shared/corpus.
 */
import { extractStateVisit } from '../src/extract';
import { readSeedArticle } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

type Extraction = ReturnType<typeof extractStateVisit>;

const verbsOf = (r: Extraction, name: string) =>
  (r.visit?.statements ?? []).filter((s) => s.speaker.person?.name.ar === name && s.certainty === 'confirmed').map((s) => s.verb.text).filter((v) => !v.endsWith('ًا')).join('،');

/** Each fact: what a user expects, and what the extractor gave. */
const FACTS: ReadonlyArray<[string, unknown, (r: Extraction) => unknown]> = [
  ['visitor', 'أحمد الشرع/president/SY', (r) => `${r.visit?.visitor.person?.name.ar}/${r.visit?.visitor.office?.code}/${r.visit?.guestCountry}`],
  ['host', 'فلاديمير بوتين/president/RU', (r) => `${r.visit?.host?.person?.name.ar}/${r.visit?.host?.office?.code}/${r.visit?.hostCountry}`],
  ['place', 'Moscow/RU', (r) => `${r.visit?.places[0]?.name.en}/${r.visit?.places[0]?.country}`],
  ['visit type', 'official', (r) => r.visit?.visitType.type],
  ['ordinal', 2, (r) => r.visit?.ordinal?.value],
  ['arrival', '2026-01-28', (r) => r.visit?.period.arrival?.start],
  ['earlier visit', '2025-10-15', (r) => r.visit?.relatedEvents[0]?.date?.start],
  ['delegation head', 'أحمد الشرع', (r) => r.visit?.delegation?.head?.person?.name.ar],
  ['delegation members', 'president,secretary-general,minister:foreign,minister:defence', (r) => r.visit?.delegation?.members.map((m) => (m.office?.portfolio ? `${m.office.code}:${m.office.portfolio}` : m.office?.code)).join(',')],
  ['unspecified members', true, (r) => Boolean(r.visit?.delegation?.unspecified?.text.includes('معاونيه'))],
  ['statements by al-Sharaa', 'أكد،أشار،أعرب', (r) => verbsOf(r, 'أحمد الشرع')],
  ['statements by Putin', 'شدد،أوضح', (r) => verbsOf(r, 'فلاديمير بوتين')],
  ['statements by Peskov', 'نقل،أكد', (r) => verbsOf(r, 'ديميتري بيسكوف')],
  ['Peskov as Kremlin spokesman', 'spokesperson/الكرملين', (r) => {
    const s = r.visit?.statements.find((x) => x.speaker.person?.name.ar === 'ديميتري بيسكوف');
    return `${s?.speaker.office?.code}/${s?.speaker.office?.organization?.name.ar}`;
  }],
  ['unconfirmed media reports', 'media-reports/unconfirmed', (r) => {
    const s = r.visit?.statements.find((x) => x.attribution === 'media-reports');
    return `${s?.attribution}/${s?.certainty}`;
  }],
  ['declined comment', 'declined-comment', (r) => r.visit?.statements.find((x) => x.certainty === 'declined-comment')?.certainty],
  ['3.5 months checked', 'P3.5M:2026-01-30:agrees', (r) => r.checks.filter((c) => c.duration.iso === 'P3.5M').map((c) => `${c.duration.iso}:${c.expected}:${c.relation}`).join()],
  ['under 4 months checked', 'P4M:less-than:agrees', (r) => r.checks.filter((c) => c.duration.iso === 'P4M').map((c) => `${c.duration.iso}:${c.duration.qualifier}:${c.relation}`).join()],
];

/** The seed article's facts as a conformance suite (floor: every fact). */
export const SEED_ARTICLE_SUITE: ConformanceSuite = {
  name: 'seed article facts (extractStateVisit)',
  floor: 1,
  run(): SuiteResult {
    const text = readSeedArticle();
    if (!text) return { suite: this.name, passed: 0, total: 0, misses: [], skipped: [{ input: 'seed-article.txt', reason: 'not found' }] };
    const result = extractStateVisit(text, { reference: '2026-01-28' });
    const misses: ConformanceMiss[] = [];
    for (const [fact, expected, read] of FACTS) {
      const actual = read(result);
      if (actual !== expected) misses.push({ input: fact, expected, actual });
    }
    return { suite: this.name, passed: FACTS.length - misses.length, total: FACTS.length, misses };
  },
};
