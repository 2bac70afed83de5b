/**
 * The facts of a visit: the sentence that reports it, visitor and host,
 * place, protocol type, ordinal, arrival, earlier visits, agenda, expected
 * outcomes and the durations the text gives between visits.
 *
 * @internal
 * @module
 */
import { ORDINAL_WORDS } from '../data/ordinal-words';
import {
  AGENDA_PHRASES,
  CREDENTIALS_PHRASES,
  EARLIER_VISIT_MARKERS,
  FIRST_VISIT_PHRASES,
  HOST_SIDE_FRAMES,
  type HostSideReading,
  MEETING_PHRASES,
  WELCOME_PHRASES,
  MOVEMENT_VERBS,
  type MovementVerb,
  NON_HOST_OFFICE_CODES,
  OUTCOME_KIND_WORDS,
  OUTCOME_PHRASES,
  type OutcomeKind,
  RESIDENT_OFFICE_CODES,
  ROOT_WAW_WORDS,
  TOPIC_OPENING_WORDS,
  VISIT_BEGAN_WORDS,
  VISIT_ORDINAL_FRAMES,
  VISIT_LENGTH_DEFINITE_NOUNS,
  VISIT_LENGTH_MAX_GAP,
  VISIT_LENGTH_PHRASES,
  VISIT_TYPE_PHRASES,
  VISIT_UNDER_WAY_CLITICS,
  VISIT_UNDER_WAY_PREPOSITIONS,
  type VisitTypeCode,
} from '../data/visit-words';
import type { DateValue, DurationValue, TemporalMatch } from '../temporal/types';
import { normalizeArabic } from '../text/normalize';
import type { ArticleAnalysis } from './analysis';
import { type Sentence, evidenceOf, sentenceOf } from './document';
import { lexiconOf, PhraseLexicon, type PhraseMatch } from './lexicon';
import type { OfficeHit } from './offices';
import { type Participant, SUBJECT_BEFORE_REACH, firstParticipant, officeStartsOf, participantCountry } from './participants';
import { type PersonRecord, readName } from './people';
import { hostHoldingTalks } from './talks-host';
import { gapAfter, isPlainGap } from './tokens';
import { readVerbForm } from './verb-forms';
import type { CountryMention, Evidence } from './types';

export type { Participant } from './participants';

/** An earlier visit the text relates this one to. */
export interface EarlierVisit {
  date?: TemporalMatch & { value: DateValue };
  place?: CountryMention;
  description: string;
  evidence: Evidence;
}

/** A duration the text gives between two visits (`الثانية له خلال ثلاثة أشهر ونصف`). */
export interface VisitInterval {
  duration: TemporalMatch & { value: DurationValue };
}

/** Everything read about the visit. */
export interface VisitFacts {
  evidence: Evidence;
  visitor?: Participant;
  host?: Participant;
  guestCountry?: { code: string; evidence: Evidence };
  hostCountry?: { code: string; evidence: Evidence };
  places: CountryMention[];
  type?: { type: VisitTypeCode; text: string; evidence: Evidence };
  ordinal?: { value: number; text: string; evidence: Evidence };
  arrival?: TemporalMatch & { value: DateValue };
  /** How long the visit lasts, where the text says so after the visit phrase (`زيارة تستمر يومين`). */
  duration?: TemporalMatch & { value: DurationValue };
  earlierVisits: EarlierVisit[];
  agenda: Array<{ text: string; evidence: Evidence }>;
  outcomes: Array<{ text: string; kind: OutcomeKind; evidence: Evidence }>;
  intervals: VisitInterval[];
}

interface Lexicons {
  readonly movement: PhraseLexicon<MovementVerb>;
  readonly frames: PhraseLexicon<HostSideReading>;
  readonly credentials: PhraseLexicon<true>;
  readonly residentOffices: ReadonlySet<string>;
  readonly nonHostOffices: ReadonlySet<string>;
  readonly earlier: PhraseLexicon<true>;
  readonly meeting: PhraseLexicon<true>;
  readonly welcome: PhraseLexicon<true>;
  readonly agenda: PhraseLexicon<true>;
  readonly outcome: PhraseLexicon<true>;
  readonly outcomeKinds: PhraseLexicon<OutcomeKind>;
  readonly types: PhraseLexicon<VisitTypeCode>;
  readonly ordinals: PhraseLexicon<number>;
  readonly topicOpeners: ReadonlySet<string>;
  readonly rootWaw: ReadonlySet<string>;
  readonly began: PhraseLexicon<true>;
  readonly length: PhraseLexicon<true>;
  readonly definiteVisit: PhraseLexicon<true>;
  readonly underWay: ReadonlySet<string>;
}

let lexicons: Lexicons | null = null;

function getLexicons(): Lexicons {
  if (lexicons) return lexicons;
  const movement = new PhraseLexicon<MovementVerb>();
  for (const verb of MOVEMENT_VERBS) movement.add(verb.verb, verb);
  const types = new PhraseLexicon<VisitTypeCode>();
  for (const phrase of VISIT_TYPE_PHRASES) types.add(phrase.phrase, phrase.type);
  const outcomeKinds = new PhraseLexicon<OutcomeKind>();
  for (const word of OUTCOME_KIND_WORDS) outcomeKinds.add(word.word, word.kind);
  // Ordinal frames × the feminine unit ordinals of the ordinal table (`هي الثانية له`).
  const ordinals = new PhraseLexicon<number>();
  for (const word of ORDINAL_WORDS) {
    if (word.kind !== 'unit' || word.gender !== 'feminine' || word.register !== 'standard') continue;
    for (const frame of VISIT_ORDINAL_FRAMES) ordinals.add(frame.replace('{ordinal}', `ال${word.spelling}`), word.value);
  }
  for (const phrase of FIRST_VISIT_PHRASES) ordinals.add(phrase, 1);
  const frames = new PhraseLexicon<HostSideReading>();
  for (const frame of HOST_SIDE_FRAMES) frames.add(frame.phrase, frame.reading);
  lexicons = {
    movement,
    frames,
    credentials: lexiconOf(CREDENTIALS_PHRASES, true as const),
    residentOffices: new Set(RESIDENT_OFFICE_CODES),
    nonHostOffices: new Set(NON_HOST_OFFICE_CODES),
    earlier: lexiconOf(EARLIER_VISIT_MARKERS, true as const),
    meeting: lexiconOf(MEETING_PHRASES, true as const),
    welcome: lexiconOf(WELCOME_PHRASES, true as const),
    agenda: lexiconOf(AGENDA_PHRASES, true as const),
    outcome: lexiconOf(OUTCOME_PHRASES, true as const),
    outcomeKinds,
    types,
    ordinals,
    topicOpeners: new Set(TOPIC_OPENING_WORDS.map(normalizeArabic)),
    rootWaw: new Set(ROOT_WAW_WORDS.map(normalizeArabic)),
    began: lexiconOf(VISIT_BEGAN_WORDS, true as const),
    length: lexiconOf(VISIT_LENGTH_PHRASES, true as const),
    definiteVisit: lexiconOf(VISIT_LENGTH_DEFINITE_NOUNS, true as const),
    underWay: new Set(VISIT_UNDER_WAY_PREPOSITIONS.map(normalizeArabic)),
  };
  return lexicons;
}

interface Movement {
  readonly verb: MovementVerb;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: Sentence;
  readonly earlier: boolean;
}

/** Every movement verb, marked earlier when `كان`/`سبق أن` opens its clause. */
function findMovements(analysis: ArticleAnalysis): Movement[] {
  const { document } = analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  const movements: Movement[] = [];
  for (const match of lex.movement.findAll(text, tokens, 'conjunction')) {
    const sentence = sentenceOf(document, match.from);
    if (!sentence) continue;
    // «الأمير فيصل بن فرحان» is a name, not «ف» + «يصل».
    if (match.clitic !== '' && insideTitleOrName(analysis, document.normalized.starts[match.start] ?? 0, document.normalized.ends[match.end - 1] ?? 0)) continue;
    const verb = match.values[0] as MovementVerb;
    if (verb.requires) {
      const required = verb.requires.map((phrase) => normalizeArabic(phrase).split(' '));
      const within = verb.within ?? 10;
      const startsAt = (p: number): boolean => required.some((words) => words.every((word, k) => p + k < sentence.to && (tokens[p + k] as { text: string }).text === word));
      const blocked = new Set((verb.blockedBy ?? []).map(normalizeArabic));
      let found = false;
      for (let p = match.to; p < sentence.to && p - match.to < within && !found && !blocked.has((tokens[p] as { text: string }).text); p++) found = startsAt(p);
      if (!found) continue;
    }
    let earlier = false;
    for (let p = Math.max(sentence.from, match.from - 6); p < match.from && !earlier; p++) earlier = lex.earlier.matchAt(text, tokens, p, 'conjunction') !== null;
    movements.push({ verb: match.values[0] as MovementVerb, from: match.from, to: match.to, start: match.start, end: match.end, sentence, earlier });
  }
  return movements;
}

/** The index of the first item whose `index` (an offset in the input) is at or after `offset`. */
function firstAtOrAfter(items: ReadonlyArray<{ index: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle] as { index: number }).index < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items (sorted by `index`) that lie inside `[start, end)`. */
function itemsBetween<T extends { index: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length && (items[i] as T).index < end; i++) if ((items[i] as T).end <= end) found.push(items[i] as T);
  return found;
}

/** Country mentions in `[from, to)` of token positions. */
function countriesBetween(analysis: ArticleAnalysis, from: number, to: number): CountryMention[] {
  const { tokens } = analysis.document;
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const first = analysis.document.normalized.starts[start] ?? 0;
  const last = analysis.document.normalized.ends[Math.max(end - 1, 0)] ?? 0;
  const countries = analysis.countries;
  let low = 0;
  let high = countries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((countries[middle] as CountryMention).evidence.index < first) low = middle + 1;
    else high = middle;
  }
  const found: CountryMention[] = [];
  for (let i = low; i < countries.length && (countries[i] as CountryMention).evidence.index < last; i++) {
    if ((countries[i] as CountryMention).evidence.end <= last) found.push(countries[i] as CountryMention);
  }
  return found;
}

/** Temporal matches inside a sentence. */
function temporalIn(analysis: ArticleAnalysis, temporal: readonly TemporalMatch[], sentence: Sentence, from = sentence.from): TemporalMatch[] {
  const { tokens, normalized } = analysis.document;
  const start = normalized.starts[tokens[from]?.start ?? 0] ?? 0;
  const end = normalized.ends[Math.max((tokens[sentence.to - 1]?.end ?? 1) - 1, 0)] ?? 0;
  return itemsBetween(temporal, start, end);
}

function isDate(match: TemporalMatch): match is TemporalMatch & { value: DateValue } {
  return match.kind === 'date' && match.value.type === 'date';
}

function isDuration(match: TemporalMatch): match is TemporalMatch & { value: DurationValue } {
  return match.kind === 'duration' && match.value.type === 'duration';
}

/**
 * The length of the visit: a duration right after a verb of lasting that follows a visit phrase
 * of the same clause (`في زيارة رسمية تستمر ثلاثة أيام`، `زيارة عمل لمدة يومين`), outside the
 * sentences about earlier visits.
 */
function visitLength(analysis: ArticleAnalysis, temporal: readonly TemporalMatch[], typePhrases: readonly PhraseMatch<VisitTypeCode>[], skipped: ReadonlySet<number>): (TemporalMatch & { value: DurationValue }) | undefined {
  const { document } = analysis;
  const { text, tokens, normalized } = document;
  // The protocol phrases first (`زيارة رسمية`), then the visit named again (`الزيارة التي تستمر يومين`).
  const visitPhrases: ReadonlyArray<{ readonly from: number; readonly to: number }> = [...typePhrases, ...getLexicons().definiteVisit.findAll(text, tokens, 'conjunction')];
  for (const phrase of visitPhrases) {
    const sentence = sentenceOf(document, phrase.from);
    if (!sentence || skipped.has(sentence.start)) continue;
    for (let at = phrase.to; at < sentence.to && at - phrase.to <= VISIT_LENGTH_MAX_GAP; at++) {
      // The length belongs to the visit's own clause.
      if (!isPlainGap(text, tokens, at - 1)) break;
      const lasting = getLexicons().length.matchAt(text, tokens, at, 'conjunction');
      if (lasting) {
        // The duration starts at the phrase (`على مدى يومين` is one match) or right after it.
        const from = normalized.starts[lasting.start] ?? 0;
        const to = normalized.ends[lasting.end - 1] ?? from;
        const duration = temporalIn(analysis, temporal, sentence, at).filter(isDuration).find((d) => d.index >= from && d.index <= to + 2);
        if (duration) return duration;
        break;
      }
    }
  }
  return undefined;
}

/**
 * Whether a word joined with `و` opens a new topic: not when `و` is a root
 * letter (`وقف`، `وحدة`), nor when an adjective follows an adjective
 * (`السياسية والاقتصادية`).
 */
function startsNewTopic(word: string, previous: string): boolean {
  const { rootWaw, topicOpeners } = getLexicons();
  if (!word.startsWith('و') || word.length < 4 || rootWaw.has(word)) return false;
  const rest = word.slice(1);
  if (topicOpeners.has(rest)) return true;
  const adjective = (w: string): boolean => w.startsWith('ال') && (w.endsWith('يه') || w.endsWith('ي'));
  return !(adjective(rest) && adjective(previous));
}

/** Splits an agenda list into topics at commas and at `و` that joins two topics. */
function readTopics(analysis: ArticleAnalysis, from: number, to: number): Array<{ text: string; evidence: Evidence }> {
  const { document } = analysis;
  const { text, tokens } = document;
  const { rootWaw } = getLexicons();
  const topics: Array<{ text: string; evidence: Evidence }> = [];
  let start = from;
  const close = (end: number): void => {
    if (end > start) {
      const first = tokens[start] as { start: number; text: string };
      const offset = start > from && first.text.startsWith('و') && !rootWaw.has(first.text) ? 1 : 0;
      const evidence = evidenceOf(document, first.start + offset, (tokens[end - 1] as { end: number }).end);
      topics.push({ text: evidence.text, evidence });
    }
    start = end;
  };
  for (let p = from; p < to; p++) {
    const word = (tokens[p] as { text: string }).text;
    if (p > start && startsNewTopic(word, (tokens[p - 1] as { text: string }).text)) close(p);
    const gap = gapAfter(text, tokens, p);
    if (gap.includes('،') || gap.includes(',')) close(p + 1);
  }
  close(to);
  return topics;
}

/** Where a clause ends: the sentence end, or a comma before a participle or a new verb clause. */
function clauseEnd(analysis: ArticleAnalysis, from: number, sentence: Sentence): number {
  const { text, tokens } = analysis.document;
  for (let p = from; p < sentence.to - 1; p++) {
    const gap = gapAfter(text, tokens, p);
    if (!(gap.includes('،') || gap.includes(','))) continue;
    const next = (tokens[p + 1] as { text: string }).text;
    // «…، مشيرًا» or «…، ويبحث»: a reporting form or a verb joined with و ends the list.
    if (readVerbForm(next) || next.startsWith('وي') || next.startsWith('وت')) return p + 1;
  }
  return sentence.to;
}

/** The offset in the input where the clause that starts at a token ends: the next comma, else the sentence end. */
function clauseEndOffset(analysis: ArticleAnalysis, from: number, sentence: Sentence): number {
  const { text, tokens, normalized } = analysis.document;
  let p = from;
  for (; p < sentence.to - 1; p++) {
    const gap = gapAfter(text, tokens, p);
    if (gap.includes('،') || gap.includes(',')) break;
  }
  return normalized.ends[Math.max((tokens[p] as { end: number }).end - 1, 0)] ?? 0;
}

/** How many pluperfect arrivals after the closing verb are looked at for the visitor's own. */
const PLUPERFECT_ARRIVALS = 4;

/**
 * The arrival of a visit whose end is reported (`اختتم … اليوم زيارته`): the day after
 * `بدأها`/`استهلها` in the same sentence (`التي بدأها أمس الأحد`), else the day of a pluperfect
 * arrival of the same visitor (`وكان حسان قد وصل إلى بغداد صباح السبت`); the closing day is none.
 */
function arrivalOfEndedVisit(
  analysis: ArticleAnalysis,
  temporal: readonly TemporalMatch[],
  main: Movement,
  movements: readonly Movement[],
  visitor: Participant | undefined,
): { arrival: TemporalMatch & { value: DateValue }; movement?: Movement } | undefined {
  const { text, tokens } = analysis.document;
  const began = getLexicons().began.findAll(text, tokens, 'conjunction', main.sentence.from, main.sentence.to)[0];
  if (began) {
    const arrival = temporalIn(analysis, temporal, main.sentence, began.to).filter(isDate).find((d) => d.value.precision === 'day');
    return arrival ? { arrival } : undefined;
  }
  const arrivals = movements.filter((m) => m.earlier && m.verb.role === 'visitor-arrives' && m.sentence.start >= main.sentence.start).slice(0, PLUPERFECT_ARRIVALS);
  for (const movement of arrivals) {
    const subject = firstParticipant(analysis, Math.max(movement.sentence.from, movement.from - SUBJECT_BEFORE_REACH), movement.to) ?? firstParticipant(analysis, movement.to, Math.min(movement.sentence.to, movement.to + SUBJECT_BEFORE_REACH));
    if (!subject?.person || subject.person !== visitor?.person) continue;
    const day = temporalIn(analysis, temporal, movement.sentence, movement.to).filter(isDate).find((d) => d.value.precision === 'day');
    if (day) return { arrival: day, movement };
  }
  return undefined;
}

/** A host-side frame (`الذي يزور`، `لدى استقباله`، `في إطار زيارته`) in a sentence about the current visit. */
interface FrameMatch {
  readonly reading: HostSideReading;
  readonly from: number;
  readonly to: number;
  readonly sentence: Sentence;
  readonly earlier: boolean;
}

/** Every host-side frame; earlier when `كان`/`سبق أن` opens its clause or `السابقة` follows (`خلال زيارته السابقة`). */
function findFrames(analysis: ArticleAnalysis): FrameMatch[] {
  const { document } = analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  const frames: FrameMatch[] = [];
  for (const match of lex.frames.findAll(text, tokens, 'conjunction')) {
    const sentence = sentenceOf(document, match.from);
    if (!sentence) continue;
    // Before the frame (`وكان … قد التقى … خلال زيارته`) or on its last word (`زيارته السابقة`); a
    // `كان` inside the frame (`وكان في استقبال`) is the frame's own.
    let earlier = lex.earlier.matchAt(text, tokens, match.to - 1, 'conjunction') !== null;
    for (let p = Math.max(sentence.from, match.from - 12); p < match.from && !earlier; p++) earlier = lex.earlier.matchAt(text, tokens, p, 'conjunction') !== null;
    frames.push({ reading: match.values[0] as HostSideReading, from: match.from, to: match.to, sentence, earlier });
  }
  return frames;
}

/** A participant with the token span it takes (title, adjective and name). */
interface PlacedParticipant {
  readonly participant: Participant;
  readonly from: number;
  readonly to: number;
}

/** The participants of `[from, to)` in text order, each person once. */
function participantsIn(analysis: ArticleAnalysis, from: number, to: number): PlacedParticipant[] {
  const { document } = analysis;
  const officeStarts = officeStartsOf(analysis);
  const placed: PlacedParticipant[] = [];
  for (let p = from; p < to; p++) {
    const participant = firstParticipant(analysis, p, p + 1);
    if (!participant) continue;
    let end = p + 1;
    if (participant.office) {
      end = participant.office.to;
      const name = participant.person && isPlainGap(document.text, document.tokens, end - 1) ? readName(document, end, officeStarts) : null;
      if (name) end = name.to;
    }
    if (!participant.person || !placed.some((other) => other.participant.person === participant.person)) placed.push({ participant, from: p, to: end });
    p = Math.max(p, end - 1);
  }
  return placed;
}

/** Visitor and host around a host-side frame, and where the places of the visit end. */
function readFrame(analysis: ArticleAnalysis, frame: FrameMatch): { visitor?: Participant; host?: Participant; placesTo: number } {
  const placed = participantsIn(analysis, frame.sentence.from, frame.sentence.to).filter((x) => x.to <= frame.from || x.from >= frame.to);
  const before = placed.filter((x) => x.from < frame.from);
  const after = placed.filter((x) => x.from >= frame.to);
  let visitor: PlacedParticipant | undefined;
  let host: PlacedParticipant | undefined;
  if (frame.reading === 'visitor-before') {
    visitor = before[before.length - 1];
    host = before.find((x) => x !== visitor) ?? after[0];
  } else if (frame.reading === 'visitor-is-subject') {
    visitor = before[0] ?? after[0];
    host = [...before, ...after].find((x) => x !== visitor);
  } else if (frame.reading === 'host-is-subject') {
    host = before[0];
    visitor = after[0] ?? before[1];
  } else {
    visitor = after[0];
    host = after[1];
  }
  // The places of the visit: up to a few words after the frame (`الذي يزور القاهرة`، `زيارته الرسمية إلى تونس`)
  // and the names of both parties, not the rest of the sentence (`حرص الجزائر على … مع روما`).
  let placesTo = Math.min(frame.sentence.to, Math.max(frame.to + 5, visitor?.to ?? 0, host?.to ?? 0));
  // … and the rest of the clause that names the last of them (`وانغ يي في القاهرة اليوم`), up to a comma.
  const { text, tokens } = analysis.document;
  for (let extra = 0; extra < 3 && placesTo < frame.sentence.to && isPlainGap(text, tokens, placesTo - 1); extra++) placesTo++;
  return { ...(visitor ? { visitor: visitor.participant } : {}), ...(host ? { host: host.participant } : {}), placesTo };
}

const wordSpans = new WeakMap<ArticleAnalysis, ReadonlyArray<{ index: number; end: number }>>();

/** Whether `[index, end)` of the input lies inside a title or a person's titled mention. */
function insideTitleOrName(analysis: ArticleAnalysis, index: number, end: number): boolean {
  let spans = wordSpans.get(analysis);
  if (!spans) {
    const all = [...analysis.offices.map((hit) => hit.mention.evidence), ...analysis.people.people.flatMap((person) => person.mentions)];
    spans = all.map((e) => ({ index: e.index, end: e.end })).sort((a, b) => a.index - b.index);
    wordSpans.set(analysis, spans);
  }
  const at = firstAtOrAfter(spans, index + 1);
  // Spans hardly nest: the few that start at or before the words are enough to look at.
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const span = spans[i] as { index: number; end: number };
    if (span.index <= index && end <= span.end) return true;
  }
  return false;
}

/**
 * Whether a country mention names an office or a person, not a place: it lies inside a title
 * (`رئيس جمهورية كازاخستان`، `سفير اليابان`) or a name (`جورجيا ميلوني`).
 */
function isPartOfTitleOrName(analysis: ArticleAnalysis, mention: CountryMention): boolean {
  return insideTitleOrName(analysis, mention.evidence.index, mention.evidence.end);
}

/**
 * Merges into `holder` the unnamed records of the same office and country
 * (`الرئيس عبد الفتاح السيسي` … `وقال الرئيس المصري`): they were kept apart while
 * the holder's country was unknown (two holders of one office are counterparts
 * in a visit), and the visit has now told it.
 */
function adoptUnnamedHolders(analysis: ArticleAnalysis, holder: PersonRecord): void {
  const office = holder.office;
  if (!office) return;
  const people = analysis.people.people;
  const adopted = new Set<PersonRecord>();
  for (const other of people) {
    if (other === holder || other.nameWords.length > 0 || !other.office || other.country !== holder.country) continue;
    if (other.office.code !== office.code || other.office.portfolio !== office.portfolio) continue;
    adopted.add(other);
    for (const mention of other.mentions) {
      if (holder.mentionStarts.has(mention.index)) continue;
      holder.mentionStarts.add(mention.index);
      holder.mentions.push(mention);
    }
  }
  if (adopted.size === 0) return;
  holder.mentions.sort((a, b) => a.index - b.index);
  for (let i = people.length - 1; i >= 0; i--) if (adopted.has(people[i] as PersonRecord)) people.splice(i, 1);
  const byHit = analysis.personOfOffice as Map<OfficeHit, PersonRecord>;
  for (const [hit, person] of byHit) if (adopted.has(person)) byHit.set(hit, holder);
  const mentions = analysis.personMentions as Array<readonly [number, PersonRecord]>;
  for (let i = 0; i < mentions.length; i++) {
    const [position, person] = mentions[i] as readonly [number, PersonRecord];
    if (adopted.has(person)) mentions[i] = [position, holder];
  }
}

/** The dash or colon after a dateline (`الرياض - وصل …`، `الرباط: استقبل …`). */
const DATELINE_MARKS = ['-', '–', '—', ':'];

/** The place of the dateline that opens the article (`الجزائر - استقبل …`), if it names one. */
function datelinePlace(analysis: ArticleAnalysis): CountryMention | undefined {
  const { text, tokens } = analysis.document;
  // A dateline is one to three words: a city, a capital or a country.
  for (let to = 1; to <= 3 && to <= tokens.length; to++) {
    const gap = gapAfter(text, tokens, to - 1);
    if (!DATELINE_MARKS.some((mark) => gap.includes(mark))) continue;
    return countriesBetween(analysis, 0, to).find((c) => c.kind !== 'nisba' && c.kind !== 'institution');
  }
  return undefined;
}

/**
 * Reads the visit facts of an analysed article.
 *
 * @param analysis - the article analysis.
 * @param temporal - every temporal match of the article.
 * @returns the facts, or `null` when the text reports no visit.
 */
export function readVisit(analysis: ArticleAnalysis, temporal: readonly TemporalMatch[]): VisitFacts | null {
  const { document } = analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  const movements = findMovements(analysis);
  const frames = findFrames(analysis);
  // A verb inside a frame (`الذي يزور`) is the frame's, not the sentence's main verb.
  const inFrame = (m: Movement): boolean => frames.some((f) => f.from <= m.from && m.from < f.to);
  const current = movements.filter((m) => !m.earlier && !inFrame(m));
  const rank = (m: Movement): number => (m.verb.role === 'visitor-arrives' ? 0 : m.verb.role === 'host-receives' ? 1 : 2);
  const movementMain = [...current].sort((a, b) => rank(a) - rank(b) || a.from - b.from)[0];
  // A host-side frame reads the visit unless a movement verb reports it in the same sentence or
  // earlier (`وصل … إلى الرياض، وكان في استقبال سموه لدى وصوله ولي العهد السعودي`).
  const frame = frames.find((f) => !f.earlier && (!movementMain || f.sentence.start < movementMain.sentence.start));
  const main = frame ? undefined : movementMain;
  const typeMatches = lex.types.findAll(text, tokens, 'any');
  // Without a movement verb, only «في زيارة …» / «بزيارة …» reports a visit under way
  // (a visit merely talked about — «إن زيارة الرئيس ستتم» — is not one).
  const underWay = typeMatches.find((m) => VISIT_UNDER_WAY_CLITICS.some((clitic) => m.clitic.endsWith(clitic)) || lex.underWay.has(tokens[m.from - 1]?.text ?? ''));
  if (!main && !frame && !underWay) return null;
  const earlierSentences = new Set([...movements.filter((m) => m.earlier), ...frames.filter((f) => f.earlier)].map((m) => m.sentence.start));
  const visitSentence = main?.sentence ?? frame?.sentence ?? sentenceOf(document, (underWay as { from: number }).from) ?? (document.sentences[0] as Sentence);
  // An ambassador presenting credentials is received at his post: no visit.
  if (lex.credentials.findAll(text, tokens, 'any', visitSentence.from, visitSentence.to).length > 0) return null;

  const facts: VisitFacts = {
    evidence: evidenceOf(document, main ? main.start : visitSentence.start, (tokens[visitSentence.to - 1] as { end: number }).end),
    places: [],
    earlierVisits: [],
    agenda: [],
    outcomes: [],
    intervals: [],
  };

  // Visitor and host.
  const afterVerb = main ? main.to : visitSentence.from;
  let placesTo = visitSentence.to;
  if (frame) {
    const read = readFrame(analysis, frame);
    if (read.visitor) facts.visitor = read.visitor;
    if (read.host) facts.host = read.host;
    placesTo = read.placesTo;
  } else if (main?.verb.role === 'host-receives') {
    const host = firstParticipant(analysis, afterVerb, visitSentence.to);
    if (host) facts.host = host;
    const after = host?.office ? host.office.to : afterVerb + 1;
    const visitor = firstParticipant(analysis, after, visitSentence.to, host?.person);
    if (visitor) facts.visitor = visitor;
  } else {
    const visitor = firstParticipant(analysis, afterVerb, visitSentence.to) ?? firstParticipant(analysis, visitSentence.from, visitSentence.to);
    if (visitor) facts.visitor = visitor;
  }

  // Places: the countries named after the verb (`إلى موسكو`), not adjectives.
  const placeMentions = countriesBetween(analysis, afterVerb, placesTo).filter((c) => c.kind !== 'nisba' && !isPartOfTitleOrName(analysis, c));
  const seenPlaces = new Set<string>();
  facts.places = placeMentions.filter((c) => {
    const key = normalizeArabic(c.evidence.text);
    if (seenPlaces.has(key)) return false;
    seenPlaces.add(key);
    return true;
  });
  // The place that agrees with the host's title (`خادم الحرمين الشريفين … في قصر السلام بجدة`: Jeddah's
  // palace, not Baghdad's), else the first city, capital or country, else the first seat of power.
  const hostTitleCountry = participantCountry(facts.host);
  const place =
    placeMentions.find((c) => hostTitleCountry !== undefined && c.code === hostTitleCountry) ??
    placeMentions.find((c) => c.kind !== 'institution') ??
    placeMentions[0];
  // The dateline comes last: it says where the report was filed, which a host-side report shares.
  const dateline = place || hostTitleCountry ? undefined : datelinePlace(analysis);
  if (dateline) facts.places.push(dateline);
  const hostCode = place?.code ?? hostTitleCountry ?? dateline?.code;
  // A frame's other party from another country is not the host (`اتصالا هاتفيا مع الرئيس الفرنسي الذي يزور الصين`).
  if (frame && hostCode && hostTitleCountry && hostTitleCountry !== hostCode) delete facts.host;
  if (hostCode) facts.hostCountry = { code: hostCode, evidence: place?.evidence ?? dateline?.evidence ?? (facts.host as Participant).evidence };

  // The one who holds talks with the visitor, else the person met (`يلتقي خلالها`), else the one
  // who welcomed the visitor (`وكان في استقباله`).
  if (!facts.host) {
    const talksHost = hostHoldingTalks(analysis, facts.visitor, hostCode, earlierSentences);
    if (talksHost) facts.host = talksHost;
  }
  for (const lexicon of [lex.meeting, lex.welcome]) {
    if (facts.host) break;
    for (const sentence of document.sentences) {
      if (earlierSentences.has(sentence.start)) continue;
      for (const match of lexicon.findAll(text, tokens, 'conjunction', sentence.from, sentence.to)) {
        const host = firstParticipant(analysis, match.to, Math.min(sentence.to, match.to + 8), facts.visitor?.person);
        if (host && (!hostCode || !participantCountry(host) || participantCountry(host) === hostCode)) {
          facts.host = host;
          break;
        }
      }
      if (facts.host) break;
    }
  }
  if (!facts.host && hostCode) {
    const person = analysis.people.people.find((p) => p.country === hostCode && p.office && !lex.nonHostOffices.has(p.office.code));
    if (person) facts.host = { person, evidence: person.mentions[0] as Evidence };
  }
  // A visitor of the host country is the wrong reading (`التقى وزير الخارجية المصري … نظيره الأردني الذي يقوم بزيارة`):
  // take the first other participant of the sentence from another country.
  if (hostCode && participantCountry(facts.visitor) === hostCode) {
    let other: Participant | undefined;
    for (let p = visitSentence.from; p < visitSentence.to && !other; p++) {
      const candidate = firstParticipant(analysis, p, p + 1);
      if (candidate && participantCountry(candidate) && participantCountry(candidate) !== hostCode) other = candidate;
    }
    if (other) facts.visitor = other;
    else delete facts.visitor;
  }
  // A resident diplomat received at his post is not a visitor.
  const visitorOffice = facts.visitor?.person?.office ?? facts.visitor?.office?.mention;
  if (visitorOffice && lex.residentOffices.has(visitorOffice.code)) return null;
  const guestCode = participantCountry(facts.visitor);
  if (guestCode && facts.visitor) facts.guestCountry = { code: guestCode, evidence: facts.visitor.person?.office?.evidence ?? facts.visitor.evidence };
  if (!facts.hostCountry && participantCountry(facts.host)) {
    facts.hostCountry = { code: participantCountry(facts.host) as string, evidence: (facts.host as Participant).evidence };
  }
  // A host named by a title without a country (`رئيس الجمهورية عبد المجيد تبون`) is of the host country,
  // and the unnamed holder of the same office in that country (`وقال الرئيس المصري`) is the host.
  if (facts.host?.person && !participantCountry(facts.host) && facts.hostCountry) {
    facts.host.person.country = facts.hostCountry.code;
    adoptUnnamedHolders(analysis, facts.host.person);
  }

  // Type: in the visit sentence first, a specific type before the bare «زيارة».
  const typesInSentence = typeMatches.filter((m) => m.from >= visitSentence.from && m.to <= visitSentence.to);
  const typeChoice =
    typesInSentence.find((m) => m.values[0] !== 'unspecified') ??
    typeMatches.find((m) => m.values[0] !== 'unspecified' && !earlierSentences.has(sentenceOf(document, m.from)?.start ?? -1)) ??
    typesInSentence[0] ??
    typeMatches[0];
  if (typeChoice) {
    const evidence = evidenceOf(document, typeChoice.start, typeChoice.end);
    facts.type = { type: typeChoice.values[0] as VisitTypeCode, text: evidence.text, evidence };
  }

  // Ordinal and the durations that follow it (`الثانية له خلال ثلاثة أشهر ونصف`).
  const ordinals = lex.ordinals.findAll(text, tokens, 'any');
  const ordinalChoice = ordinals.find((m) => m.from >= visitSentence.from && m.to <= visitSentence.to) ?? ordinals[0];
  if (ordinalChoice) {
    const evidence = evidenceOf(document, ordinalChoice.start, ordinalChoice.end);
    facts.ordinal = { value: ordinalChoice.values[0] as number, text: evidence.text, evidence };
  }
  for (const ordinal of ordinals) {
    if ((ordinal.values[0] as number) < 2) continue;
    const sentence = sentenceOf(document, ordinal.from);
    if (!sentence) continue;
    const after = temporalIn(analysis, temporal, sentence, ordinal.to).filter(isDuration)[0];
    if (after) facts.intervals.push({ duration: after });
  }

  // Arrival: the first day-precise date of the visit sentence.
  // The pluperfect arrival of a visit whose end is reported is no earlier visit.
  let arrivalMovement: Movement | undefined;
  if (main?.verb.endsVisit) {
    const read = arrivalOfEndedVisit(analysis, temporal, main, movements, facts.visitor);
    if (read) facts.arrival = read.arrival;
    arrivalMovement = read?.movement;
  } else if (frame && !main) {
    // «… سيفي غريب، الذي وصل إلى القاهرة أمس في زيارة عمل»: a day in the visitor's own clause.
    const arrival = frame.reading === 'visitor-before' ? temporalIn(analysis, temporal, frame.sentence, frame.from).filter(isDate).find((d) => d.value.precision === 'day' && d.index < clauseEndOffset(analysis, frame.from, frame.sentence)) : undefined;
    if (arrival) facts.arrival = arrival;
  } else if (main) {
    let dates = temporalIn(analysis, temporal, visitSentence).filter(isDate);
    // «استقبل … اليوم … الذي يقوم بزيارة رسمية بدأها أمس»: a day in the visitor's own clause dates
    // the arrival better than the reception day, which stays the reading when the clause has none.
    if (main.verb.role === 'host-receives') {
      const clause = frames.find((f) => f.reading === 'visitor-before' && f.sentence.start === visitSentence.start && f.from > main.from);
      const clauseOffset = clause ? document.normalized.starts[(tokens[clause.from] as { start: number }).start] : undefined;
      const inClause = clauseOffset === undefined ? [] : dates.filter((d) => d.index >= clauseOffset && d.value.precision === 'day');
      if (inClause.length > 0) dates = inClause;
    }
    const arrival = dates.find((d) => d.value.precision === 'day') ?? dates[0];
    if (arrival) facts.arrival = arrival;
  }

  const duration = visitLength(analysis, temporal, typeMatches, earlierSentences);
  if (duration) facts.duration = duration;

  // Earlier visits, with their dates and places; not the arrival of the visit whose end is reported.
  for (const movement of movements.filter((m) => m.earlier && m !== arrivalMovement)) {
    const dates = temporalIn(analysis, temporal, movement.sentence, movement.to).filter(isDate);
    const placeMention = countriesBetween(analysis, movement.to, movement.sentence.to).find((c) => c.kind !== 'nisba');
    const endPosition = clauseEnd(analysis, movement.to, movement.sentence);
    const firstComma = (() => {
      for (let p = movement.to; p < endPosition; p++) {
        const gap = gapAfter(text, tokens, p);
        if (gap.includes('،') || gap.includes(',')) return p + 1;
      }
      return endPosition;
    })();
    const startToken = tokens[movement.sentence.from] as { start: number; text: string };
    const evidence = evidenceOf(document, startToken.start + (startToken.text.startsWith('و') ? 1 : 0), (tokens[firstComma - 1] as { end: number }).end);
    facts.earlierVisits.push({
      ...(dates[0] ? { date: dates[0] } : {}),
      ...(placeMention ? { place: placeMention } : {}),
      description: evidence.text,
      evidence,
    });
  }

  // Agenda topics, outside the earlier-visit sentences.
  const seen = new Set<string>();
  for (const sentence of document.sentences) {
    if (earlierSentences.has(sentence.start)) continue;
    for (const match of lex.agenda.findAll(text, tokens, 'conjunction', sentence.from, sentence.to)) {
      for (const topic of readTopics(analysis, match.to, clauseEnd(analysis, match.to, sentence))) {
        const key = normalizeArabic(topic.text);
        if (seen.has(key)) continue;
        seen.add(key);
        facts.agenda.push(topic);
      }
    }
  }

  // Expected outcomes.
  for (const match of lex.outcome.findAll(text, tokens, 'conjunction')) {
    const sentence = sentenceOf(document, match.from);
    if (!sentence || match.to >= sentence.to) continue;
    const evidence = evidenceOf(document, (tokens[match.to] as { start: number }).start, (tokens[sentence.to - 1] as { end: number }).end);
    const kind = lex.outcomeKinds.findAll(text, tokens, 'any', match.to, sentence.to)[0]?.values[0] ?? 'other';
    facts.outcomes.push({ text: evidence.text, kind, evidence });
  }
  return facts;
}
