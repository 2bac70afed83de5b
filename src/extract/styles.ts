/**
 * Styles of address before a title (`سمو ولي العهد`، `فخامة الرئيس`، `معالي وزير
 * الخارجية`، `دولة رئيس الوزراء`): the title's mention starts at the style, so
 * that a reader who looks for a title after a verb (`وأكد سمو ولي العهد أن`)
 * finds it there, and the style is never read as a name.
 *
 * @internal
 * @module
 */
import { HONORIFICS } from '../data/honorifics';
import type { ArticleDocument } from './document';
import { PhraseLexicon } from './lexicon';
import type { OfficeHit } from './offices';
import { isPlainGap } from './tokens';

let styles: PhraseLexicon<true> | null = null;

function styleLexicon(): PhraseLexicon<true> {
  if (styles) return styles;
  styles = new PhraseLexicon<true>();
  for (const honorific of HONORIFICS) if (honorific.kind === 'style') styles.add(honorific.phrase, true);
  return styles;
}

/**
 * The office hits with each `from` moved back over the styles of address
 * written right before the title (`حضرة صاحب السمو` + `أمير البلاد`).
 *
 * @param document - the prepared article.
 * @param hits - the office hits in text order.
 * @returns the hits, a new object for each one that moved.
 */
export function extendOverStyles(document: ArticleDocument, hits: readonly OfficeHit[]): OfficeHit[] {
  const { text, tokens } = document;
  const lexicon = styleLexicon();
  // Where a chain of styles ending right before a token starts: scanned once, left to right.
  const chainStartBefore = new Map<number, number>();
  for (let position = 0; position < tokens.length; position++) {
    const match = lexicon.matchAt(text, tokens, position, 'none');
    if (!match || !isPlainGap(text, tokens, match.to - 1)) continue;
    chainStartBefore.set(match.to, chainStartBefore.get(position) ?? position);
    position = match.to - 1;
  }
  return hits.map((hit, index) => {
    const start = chainStartBefore.get(hit.from);
    // Not back into the title before (`أمير دولة قطر` holds «دولة» as its own word); hits are in text order.
    const previous = hits[index - 1];
    if (start === undefined || (previous !== undefined && previous.from !== hit.from && previous.to > start)) return hit;
    return { ...hit, from: start };
  });
}
