/**
 * Looks at the words around a match in normalized text (single spaces), for rules such as
 * «a day and month after قوى is a name».
 *
 * @internal
 * @module
 */

function isWordChar(code: number): boolean {
  // Letters of the Arabic block, Latin letters and digits: enough to find a neighbouring word.
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0660 && code <= 0x06ff) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The word that ends right before `index` (skipping one space), or `''`. Looks back at most 40 units. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  if (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < 40 && isWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The word that starts right after `end` (skipping one space), or `''`. Looks ahead at most 40 units. */
export function wordAfter(text: string, end: number): string {
  let start = end;
  if (start < text.length && text[start] === ' ') start++;
  let stop = start;
  while (stop < text.length && stop - start < 40 && isWordChar(text.charCodeAt(stop))) stop++;
  return text.slice(start, stop);
}
