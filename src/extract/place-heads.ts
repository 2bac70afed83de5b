/**
 * Places named after a ruler (`مطار الملك خالد الدولي`، `جامعة الملك سعود`):
 * a title or rank right after one of the heads of `PLACE_NAME_HEADS` is part
 * of the place's name, so it opens no office and no personal name.
 *
 * @internal
 * @module
 */
import { PLACE_NAME_HEADS } from '../data/name-boundaries';
import type { ArticleDocument } from './document';
import { PhraseLexicon } from './lexicon';
import { isPlainGap } from './tokens';

let heads: PhraseLexicon<true> | null = null;

/**
 * Whether the token at `position` follows a place head (`بمطار`، `قاعدة`) with a plain space.
 *
 * @param document - the prepared article.
 * @param position - a token position.
 * @returns `true` when the words from `position` are the rest of a place's name.
 */
export function followsPlaceHead(document: ArticleDocument, position: number): boolean {
  if (position <= 0 || !isPlainGap(document.text, document.tokens, position - 1)) return false;
  if (!heads) {
    heads = new PhraseLexicon<true>();
    for (const head of PLACE_NAME_HEADS) heads.add(head, true);
  }
  const match = heads.matchAt(document.text, document.tokens, position - 1, 'any');
  return match !== null && match.to === position;
}
