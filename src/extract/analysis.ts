/**
 * One pass over an article that every extractor shares: the prepared text,
 * its countries, offices and people, and where each person is mentioned.
 *
 * @internal
 * @module
 */
import { findCountriesIn } from './countries';
import { type ArticleDocument, prepareDocument } from './document';
import { type OfficeHit, findOfficeHits } from './offices';
import { type PeopleRegistry, type PersonRecord, collectPeople } from './people';
import { extendOverStyles } from './styles';
import type { CountryMention } from './types';

/** Everything the extractors read from one article. */
export interface ArticleAnalysis {
  readonly document: ArticleDocument;
  readonly countries: readonly CountryMention[];
  readonly offices: readonly OfficeHit[];
  readonly people: PeopleRegistry;
  /** The person each titled mention names. */
  readonly personOfOffice: ReadonlyMap<OfficeHit, PersonRecord>;
  /** Every mention of a person, as `[token position, person]`, in text order. */
  readonly personMentions: ReadonlyArray<readonly [number, PersonRecord]>;
}

/**
 * Analyses an article once.
 *
 * @param text - the article.
 * @returns the shared analysis.
 */
export function analyseArticle(text: string): ArticleAnalysis {
  const document = prepareDocument(text);
  // `سمو ولي العهد`: the title's mention starts at its style of address.
  const offices = extendOverStyles(document, findOfficeHits(document));
  const { registry, byOfficeHit } = collectPeople(document, offices);
  const mentions = new Map<number, PersonRecord>();
  for (const [hit, person] of byOfficeHit) mentions.set(hit.from, person);
  for (const [position, person] of registry.scanMentions()) {
    // The surname inside a titled mention (`الرئيس الروسي فلاديمير بوتين`) is the same mention.
    let inside = false;
    for (let back = 0; back < 7 && !inside; back++) inside = mentions.get(position - back) === person;
    if (!inside) mentions.set(position, person);
  }
  const personMentions = [...mentions.entries()].sort((a, b) => a[0] - b[0]);
  return { document, countries: findCountriesIn(document), offices, people: registry, personOfOffice: byOfficeHit, personMentions };
}

/**
 * Registers a person mention found later (a speaker named without a title).
 *
 * @param analysis - the article analysis.
 * @param position - token position.
 * @param person - the person.
 */
export function addPersonMention(analysis: ArticleAnalysis, position: number, person: PersonRecord): void {
  const list = analysis.personMentions as Array<readonly [number, PersonRecord]>;
  const at = firstMentionAtOrAfter(list, position);
  for (let i = at; i < list.length && (list[i] as readonly [number, PersonRecord])[0] === position; i++) {
    if ((list[i] as readonly [number, PersonRecord])[1] === person) return;
  }
  list.splice(at, 0, [position, person]);
}

/**
 * The index of the first person mention at or after a token position (binary search).
 *
 * @param mentions - mentions sorted by position.
 * @param position - a token position.
 * @returns an index into `mentions` (`mentions.length` when none).
 */
export function firstMentionAtOrAfter(mentions: ReadonlyArray<readonly [number, PersonRecord]>, position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as readonly [number, PersonRecord])[0] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
