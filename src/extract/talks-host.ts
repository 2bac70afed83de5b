/**
 * The host as the one who holds talks with the visitor (`وعقد رئيس مجلس الوزراء … مباحثات مع
 * ضيفه`، `وبحث الرئيس عون مع ضيفه`), or the one the visitor holds talks with.
 *
 * @internal
 * @module
 */
import { GUEST_MEETING_VERBS, GUEST_NOUNS, TALKS_NOUNS, TALKS_VERBS, TALKS_WITH_WORDS } from '../data/visit-words';
import { normalizeArabic } from '../text/normalize';
import { type ArticleAnalysis, addPersonMention, firstMentionAtOrAfter } from './analysis';
import { type Sentence, evidenceOf, sentenceOf } from './document';
import { lexiconOf, type PhraseLexicon } from './lexicon';
import { type Participant, SUBJECT_BEFORE_REACH, firstParticipant, officeStartsOf, participantCountry } from './participants';
import { type PersonRecord, readName } from './people';

interface TalksLexicons {
  readonly talksVerbs: PhraseLexicon<true>;
  readonly talksNouns: ReadonlySet<string>;
  readonly talksWith: ReadonlySet<string>;
  readonly guestNouns: ReadonlySet<string>;
  readonly guestMeetingVerbs: PhraseLexicon<true>;
}

let lexicons: TalksLexicons | null = null;

function getLexicons(): TalksLexicons {
  lexicons ??= {
    talksVerbs: lexiconOf(TALKS_VERBS, true as const),
    talksNouns: new Set(TALKS_NOUNS.map(normalizeArabic)),
    talksWith: new Set(TALKS_WITH_WORDS.map(normalizeArabic)),
    guestNouns: new Set(GUEST_NOUNS.map(normalizeArabic)),
    guestMeetingVerbs: lexiconOf(GUEST_MEETING_VERBS, true as const),
  };
  return lexicons;
}

/** How far after a talks verb its object and `مع` may stand (`وعقد خلالها رئيس مجلس الوزراء نواف سلام مباحثات موسعة مع`). */
const TALKS_REACH = 16;

/**
 * The host as the one who holds talks with the visitor: `وعقد رئيس مجلس الوزراء محمد شياع السوداني
 * مباحثات مع ضيفه التركي`، `أجرى رئيس الحكومة عزيز أخنوش مباحثات مع رئيس وزراء السنغال`، `وكان أمير
 * البلاد … قد عقد مع ضيفه جلسة مباحثات`. The talks must be with the visitor (`ضيفه`, or the visitor
 * named after `مع`); the host is the subject, after the verb or, failing that, before it. When the
 * visitor is the subject (`أن السيد ألباريس سيجري مباحثات مع السيد ناصر بوريطة`), the one after
 * `مع` is the host, named there only and without a title if need be.
 *
 * @param analysis - the article analysis.
 * @param visitor - the visitor read so far.
 * @param hostCode - the host country read so far: a host of another country is not taken.
 * @param skipSentences - start offsets of the sentences about an earlier visit.
 * @returns the host, or `undefined` when no talks name one.
 */
export function hostHoldingTalks(analysis: ArticleAnalysis, visitor: Participant | undefined, hostCode: string | undefined, skipSentences: ReadonlySet<number>): Participant | undefined {
  const { document } = analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  // «وبحث الرئيس عون مع ضيفه …»: a verb of discussing or meeting needs no talks noun, but the guest.
  const withGuest = lex.guestMeetingVerbs.findAll(text, tokens, 'conjunction').map((match) => ({ match, needsObject: false }));
  const talks = lex.talksVerbs.findAll(text, tokens, 'conjunction').map((match) => ({ match, needsObject: true }));
  for (const { match, needsObject } of [...talks, ...withGuest].sort((a, b) => a.match.from - b.match.from)) {
    const sentence = sentenceOf(document, match.from);
    if (!sentence || skipSentences.has(sentence.start)) continue;
    const reach = Math.min(sentence.to, match.to + TALKS_REACH);
    let withAt = -1;
    let talksAt = -1;
    for (let p = match.to; p < reach && withAt < 0; p++) {
      const word = (tokens[p] as { text: string }).text;
      if (talksAt < 0 && lex.talksNouns.has(word)) talksAt = p;
      if (lex.talksWith.has(word)) withAt = p;
    }
    if (withAt < 0 || withAt + 1 >= sentence.to) continue;
    // «مع ضيفه جلسة مباحثات»: the object may follow the guest.
    if (talksAt < 0) for (let p = withAt + 1; p < Math.min(reach, withAt + 4) && talksAt < 0; p++) if (lex.talksNouns.has((tokens[p] as { text: string }).text)) talksAt = p;
    const guest = lex.guestNouns.has((tokens[withAt + 1] as { text: string }).text);
    if (needsObject ? talksAt < 0 : !guest) continue;
    if (talksAt < 0) talksAt = withAt;
    const partner = guest ? undefined : firstParticipant(analysis, withAt + 1, withAt + 2);
    const withVisitor = guest || (partner?.person !== undefined && partner.person === visitor?.person);
    const subjectTo = Math.min(withAt, talksAt);
    let host: Participant | undefined;
    if (withVisitor) {
      host =
        firstParticipant(analysis, match.to, subjectTo, visitor?.person) ??
        firstParticipant(analysis, Math.max(sentence.from, match.from - SUBJECT_BEFORE_REACH), match.from, visitor?.person) ??
        // «وبحث السيد ناصر بوريطة مع ضيفه»: a subject named without a title.
        namedPartner(analysis, match.to, subjectTo);
    } else if (visitor?.person && visitorIsSubject(analysis, visitor.person, sentence, match.from, subjectTo)) {
      // «أن السيد ألباريس سيجري مباحثات مع السيد ناصر بوريطة»: the visitor holds talks with the host,
      // who may be named here only, without a title.
      host = partner ?? namedPartner(analysis, withAt + 1, sentence.to);
    }
    if (!host || host.person === visitor?.person) continue;
    const country = participantCountry(host);
    if (!hostCode || !country || country === hostCode) return host;
  }
  return undefined;
}

/** How many words before a talks verb the visitor may stand as its subject (`أن السيد ألباريس سيجري`). */
const SUBJECT_REACH = 6;

/** Whether the visitor is named as the subject of a talks verb: right before it, or between it and its object. */
function visitorIsSubject(analysis: ArticleAnalysis, visitor: PersonRecord, sentence: Sentence, verbAt: number, objectAt: number): boolean {
  const mentions = analysis.personMentions;
  for (let i = firstMentionAtOrAfter(mentions, Math.max(sentence.from, verbAt - SUBJECT_REACH)); i < mentions.length; i++) {
    const [position, person] = mentions[i] as readonly [number, PersonRecord];
    if (position >= objectAt) break;
    if (person === visitor) return true;
  }
  return false;
}

/** A person named with no title at `position` (`مع السيد ناصر بوريطة`), ending before `to`, added to the article's people. */
function namedPartner(analysis: ArticleAnalysis, position: number, to: number): Participant | undefined {
  const { document } = analysis;
  const name = readName(document, position, officeStartsOf(analysis));
  if (!name || name.words.length < 2 || name.to > to) return undefined;
  const evidence = evidenceOf(document, (document.tokens[name.from] as { start: number }).start, (document.tokens[name.to - 1] as { end: number }).end);
  const person = analysis.people.resolve(name, undefined, name.from, evidence);
  if (!person) return undefined;
  addPersonMention(analysis, name.from, person);
  return { person, evidence };
}
