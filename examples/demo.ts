/**
 * `npm run demo`: reads an Arabic news article and prints what ziyara
 * understands — the visit, its delegation and statements in Arabic and
 * English, every date and duration with its value (and, for dates, the Hijri
 * day and the Arabic month names), then the validated `StateVisit` as JSON.
 *
 *   npm run demo                                   the example article (reference 2026-01-22)
 *   npm run demo -- article.txt --reference 2026-01-28
 *   cat article.txt | npm run demo -- --reference 2026-01-28
 */
import { fstatSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICE_TITLES } from '../src/data/offices';
import { type StateVisitExtraction, TOPICS, extractStateVisit, findTopics } from '../src/extract';
import { englishCountryName } from '../src/schemas';
import { type DateValue, type TemporalMatch, formatArabicDate, toHijri } from '../src/temporal';

const DEFAULT_ARTICLE = resolve(dirname(fileURLToPath(import.meta.url)), 'articles', 'demo-article.txt');
/** The day the example article was written: «اليوم» in it is this day. */
const DEFAULT_REFERENCE = '2026-01-22';

interface Arguments {
  path: string | null;
  reference: string | null;
}

function parseArguments(argv: readonly string[]): Arguments {
  let path: string | null = null;
  let reference: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === '--reference') reference = argv[++i] ?? null;
    else if (argument.startsWith('--reference=')) reference = argument.slice('--reference='.length);
    else if (argument === '--help' || argument === '-h') {
      console.log('usage: npm run demo -- [article.txt | < article.txt] [--reference YYYY-MM-DD]');
      process.exit(0);
    } else path = argument;
  }
  return { path, reference };
}

/** Standard input, when it is a pipe or a redirected file (never a terminal or /dev/null). */
function readStdin(): string | null {
  if (process.stdin.isTTY) return null;
  try {
    const stat = fstatSync(0);
    if (!stat.isFIFO() && !stat.isFile()) return null;
    return readFileSync(0, 'utf8');
  } catch {
    return null;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const TYPE_NAMES: Record<string, [string, string]> = {
  state: ['زيارة دولة', 'state visit'],
  official: ['زيارة رسمية', 'official visit'],
  'official-working': ['زيارة عمل رسمية', 'official working visit'],
  working: ['زيارة عمل', 'working visit'],
  private: ['زيارة خاصة', 'private visit'],
  transit: ['زيارة عبور', 'transit visit'],
  unspecified: ['زيارة', 'visit (type not stated)'],
};

/** A topic code with its Arabic label from the topic table: `energy (الطاقة)`. */
function topicLabel(code: string): string {
  const topic = TOPICS.find((t) => t.code === code);
  return topic ? `${code} (${topic.ar})` : code;
}

function english(code: string | undefined): string {
  return code ? `${englishCountryName(code) ?? code} (${code})` : '—';
}

/** The English label of an office from the office table (`Minister of Foreign Affairs`), else its code. */
function officeEnglish(office: { code: string; portfolio?: string | undefined; country?: string | undefined } | undefined, withCountry = true): string {
  if (!office) return '';
  const row = OFFICE_TITLES.find((t) => t.code === office.code && t.portfolio === office.portfolio && !t.country);
  const title = office.portfolio && row ? row.en : office.code.replaceAll('-', ' ');
  const country = withCountry && office.country ? `, ${englishCountryName(office.country) ?? office.country}` : '';
  return `${title}${country}`;
}

type Party = { person?: { name: { ar: string } } | undefined; office?: { title: string; code: string; portfolio?: string | undefined; country?: string | undefined } | undefined };

function partyArabic(party: Party | undefined): string {
  if (!party) return '—';
  return [party.office?.title, party.person?.name.ar].filter(Boolean).join(' ');
}

function partyEnglish(party: Party | undefined): string {
  if (!party) return '—';
  return [party.person?.name.ar, officeEnglish(party.office, false)].filter(Boolean).join(' — ');
}

function dateLine(value: DateValue): string {
  if (!value.start) return 'vague (no day pinned)';
  const span = value.end && value.end !== value.start ? `${value.start} … ${value.end}` : value.start;
  const parts = [`${span} (${value.precision})`];
  try {
    const hijri = toHijri(value.start);
    parts.push(`Hijri ${hijri.year}-${String(hijri.month).padStart(2, '0')}-${String(hijri.day).padStart(2, '0')} = ${formatArabicDate(value.start, { calendar: 'islamic-umalqura' })}`);
    parts.push(`${formatArabicDate(value.start, { dialect: ['levantine', 'gulf'] })}`);
  } catch {
    parts.push('outside the Hijri table');
  }
  return parts.join(' | ');
}

function temporalLine(match: TemporalMatch): string {
  const value = match.value;
  switch (value.type) {
    case 'date':
      return dateLine(value);
    case 'duration':
      return `duration ${value.iso}${value.qualifier ? ` (${value.qualifier})` : ''}`;
    case 'range':
      return `range ${value.from.type === 'date' ? (value.from.start ?? '?') : 'time'} → ${value.to.type === 'date' ? (value.to.start ?? '?') : 'time'}`;
    case 'time':
      return `time ${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}${value.date?.start ? ` on ${value.date.start}` : ''}`;
  }
}

function printSummary(result: StateVisitExtraction, reference: string, source: string): void {
  const { visit } = result;
  console.log(`ziyara — ${source} (reference ${reference})`);
  console.log('='.repeat(72));
  if (!visit) {
    console.log('لا زيارة في النص / no visit reported in this text');
  } else {
    const [typeAr, typeEn] = TYPE_NAMES[visit.visitType.type] ?? ['', visit.visitType.type];
    const place = visit.places.map((p) => p.name.ar).join('، ') || '—';
    const placeEn = visit.places.map((p) => p.name.en ?? p.name.ar).join(', ') || '—';
    console.log(`الزائر:      ${partyArabic(visit.visitor)}`);
    console.log(`visitor:     ${partyEnglish(visit.visitor)} — ${english(visit.guestCountry)}`);
    console.log(`المضيف:      ${partyArabic(visit.host)}`);
    console.log(`host:        ${partyEnglish(visit.host)} — ${english(visit.hostCountry)}`);
    console.log(`المكان:      ${place}   place: ${placeEn}`);
    console.log(`النوع:       ${visit.visitType.text ?? typeAr}   type: ${typeEn}`);
    if (visit.ordinal) console.log(`الترتيب:     ${visit.ordinal.text ?? ''}   ordinal: ${visit.ordinal.value}`);
    if (visit.period.arrival?.start) console.log(`الوصول:      ${formatArabicDate(visit.period.arrival.start, { dialect: 'levantine' })}   arrival: ${visit.period.arrival.start}`);
    for (const event of visit.relatedEvents) {
      console.log(`زيارة سابقة: ${event.description ?? ''}   earlier visit: ${event.date?.start ?? '?'}${event.date?.end && event.date.end !== event.date.start ? ` … ${event.date.end}` : ''}`);
    }
    if (visit.agenda.length > 0) {
      console.log(`جدول الأعمال / agenda: ${visit.agenda.join(' • ')}`);
      // The schema keeps the agenda as written; findTopics gives the codes of its words.
      const codes = [...new Set(visit.agenda.flatMap((item) => findTopics(item).map((mention) => mention.code)))];
      if (codes.length > 0) console.log(`  الموضوعات / topics: ${codes.join(' • ')}`);
    }
    for (const outcome of visit.expectedOutcomes) console.log(`المتوقع / expected: ${outcome}`);
  }
  const delegation = result.delegation;
  if (delegation) {
    console.log('-'.repeat(72));
    console.log(`الوفد / delegation (${delegation.kind}, ${english(delegation.country)}):`);
    for (const member of delegation.members) {
      const ar = [member.office?.title, member.person?.name.ar].filter(Boolean).join(' ');
      console.log(`  ${member.role === 'head' ? 'رئيس الوفد / head  ' : 'عضو / member       '} ${ar}   (${officeEnglish(member.office) || 'person'})`);
    }
    if (delegation.unspecified) console.log(`  + ${delegation.unspecified.text}   (unspecified others)`);
  }
  console.log('-'.repeat(72));
  console.log(`التصريحات / statements (${result.statements.length}):`);
  for (const statement of result.statements) {
    const speaker = [statement.speaker.person?.name.ar, statement.speaker.office?.title, statement.speaker.organization?.name.ar].filter(Boolean).join('، ') || '—';
    console.log(`  • ${speaker} — ${statement.verb.text} [${statement.verb.code}; ${statement.attribution}; ${statement.certainty}]`);
    console.log(`    «${statement.content.text}»`);
    if (statement.topics.length > 0) console.log(`    الموضوعات / topics: ${statement.topics.map(topicLabel).join(' • ')}`);
  }
  if (result.checks.length > 0 || result.warnings.length > 0) {
    console.log('-'.repeat(72));
    for (const check of result.checks) {
      console.log(`check: «${check.duration.text}» between ${check.from.date} and ${check.to.date}: ${check.from.date} + ${check.duration.iso} = ${check.expected} → ${check.relation} (${check.differenceDays} days)`);
    }
    for (const warning of result.warnings) console.log(`warning [${warning.code}]: ${warning.message}`);
  }
  console.log('-'.repeat(72));
  console.log(`التعابير الزمنية / temporal expressions (${result.temporal.length}):`);
  for (const match of result.temporal) console.log(`  [${match.index}–${match.end}] «${match.text}» → ${temporalLine(match)}`);
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  let text: string;
  let source: string;
  let reference = args.reference;
  const piped = args.path ? null : readStdin();
  if (args.path) {
    text = readFileSync(args.path, 'utf8');
    source = args.path;
  } else if (piped !== null && piped.trim().length > 0) {
    text = piped;
    source = 'standard input';
  } else {
    text = readFileSync(DEFAULT_ARTICLE, 'utf8');
    source = 'examples/articles/demo-article.txt';
    reference ??= DEFAULT_REFERENCE;
  }
  reference ??= today();
  const result = extractStateVisit(text, { reference });
  printSummary(result, reference, source);
  console.log('='.repeat(72));
  console.log(result.visit ? 'StateVisit (validated):' : 'statements (validated):');
  console.log(JSON.stringify(result.visit ?? result.statements, null, 2));
}

main();
