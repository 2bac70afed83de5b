/**
 * The visitor and the host as the visit reader finds them: a person, a title,
 * or both, at a token position of the article.
 *
 * @internal
 * @module
 */
import { type ArticleAnalysis, firstMentionAtOrAfter } from './analysis';
import { evidenceOf } from './document';
import type { OfficeHit } from './offices';
import type { PersonRecord } from './people';
import type { Evidence } from './types';

/** A visitor or a host: a person, a title, or both. */
export interface Participant {
  person?: PersonRecord;
  office?: OfficeHit;
  evidence: Evidence;
}

/**
 * How many words before a verb its subject's titles and name may start (`وكان حضرة صاحب السمو أمير
 * البلاد الشيخ … قد عقد`): a bound, so that one long sentence is read in linear time.
 */
export const SUBJECT_BEFORE_REACH = 24;

const officeIndex = new WeakMap<ArticleAnalysis, Map<number, OfficeHit>>();

function officeStartingAt(analysis: ArticleAnalysis, position: number): OfficeHit | undefined {
  let index = officeIndex.get(analysis);
  if (!index) {
    index = new Map();
    for (const hit of analysis.offices) if (!hit.mention.fromDual && !index.has(hit.from)) index.set(hit.from, hit);
    officeIndex.set(analysis, index);
  }
  return index.get(position);
}

/**
 * The first person or title in `[from, to)` of token positions.
 *
 * @param analysis - the article analysis.
 * @param from - the first token position looked at.
 * @param to - the token position after the last one looked at.
 * @param skip - a person not to take (the visitor, when the host is looked for).
 * @returns the participant with its evidence, or `undefined`.
 */
export function firstParticipant(analysis: ArticleAnalysis, from: number, to: number, skip?: PersonRecord): Participant | undefined {
  const { document } = analysis;
  for (let p = from; p < to; p++) {
    const hit = officeStartingAt(analysis, p);
    const mention = analysis.personMentions[firstMentionAtOrAfter(analysis.personMentions, p)];
    const person = hit ? analysis.personOfOffice.get(hit) : mention && mention[0] === p ? mention[1] : undefined;
    if (!hit && !person) continue;
    if (skip && person === skip) continue;
    const token = document.tokens[p] as { start: number; end: number };
    const evidence = hit ? hit.mention.evidence : evidenceOf(document, token.start, token.end);
    return { ...(person ? { person } : {}), ...(hit ? { office: hit } : {}), evidence };
  }
  return undefined;
}

/**
 * The country of a participant: the person's, else the title's.
 *
 * @param participant - a visitor or a host.
 * @returns an ISO 3166-1 code, or `undefined`.
 */
export function participantCountry(participant: Participant | undefined): string | undefined {
  return participant?.person?.country ?? participant?.office?.mention.country ?? participant?.person?.office?.country;
}

const officeStartSets = new WeakMap<ArticleAnalysis, ReadonlySet<number>>();

/**
 * The token positions where a title starts, built once per article.
 *
 * @param analysis - the article analysis.
 * @returns the positions.
 */
export function officeStartsOf(analysis: ArticleAnalysis): ReadonlySet<number> {
  let officeStarts = officeStartSets.get(analysis);
  if (!officeStarts) {
    officeStarts = new Set(analysis.offices.map((hit) => hit.from));
    officeStartSets.set(analysis, officeStarts);
  }
  return officeStarts;
}
