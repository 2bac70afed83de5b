/**
 * Numbers and ordinals written in words next to a match, read by the text layer
 * (`findArabicNumbers`, `findArabicOrdinals`) on a small window. A word is first checked against
 * the text layer's lexicons, so the grammar runs only where a number word actually stands and a
 * long text stays fast.
 *
 * @internal
 * @module
 */
import { LAM_WITH_ARTICLE, PREPOSITION_CLITICS } from '../data/clitics';
import { findArabicNumbers, findArabicOrdinals } from '../text/find-numbers';
import { NUMBER_LEXICON, ORDINAL_LEXICON } from '../text/number-lexicon';
import { parseArabicNumber } from '../text/numbers';
import { buildRegex } from '../text/regex';
import { YEAR_NOUN_SOURCE } from './patterns';

const PREPOSITIONS = new Set(PREPOSITION_CLITICS);

/** Wider than any day ordinal («الحادي والثلاثين») or year in words («ألفين وخمسة وعشرين»). */
const WINDOW = 48;

function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

/** A word that may belong to a number or an ordinal, once «و» and «ال» are taken off. */
function isNumberWord(word: string): boolean {
  let w = word;
  if (w.startsWith('و') && w.length > 2 && !NUMBER_LEXICON.has(w) && !ORDINAL_LEXICON.has(w)) w = w.slice(1);
  // «بالثالث»، «للثالث»: a preposition before the article.
  if (w.startsWith(LAM_WITH_ARTICLE) && w.length > 4) w = w.slice(LAM_WITH_ARTICLE.length);
  else if (PREPOSITIONS.has(w[0] as string) && w.startsWith('ال', 1) && w.length > 4) w = w.slice(3);
  else if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  return NUMBER_LEXICON.has(w) || ORDINAL_LEXICON.has(w) || NUMBER_LEXICON.has(word) || ORDINAL_LEXICON.has(word);
}

function wordEndingAt(text: string, position: number): string {
  let start = position;
  while (start > 0 && position - start < 16 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, position);
}

function wordStartingAt(text: string, position: number): string {
  let end = position;
  while (end < text.length && end - position < 16 && isLetter(text.charCodeAt(end))) end++;
  return text.slice(position, end);
}

/** The ordinal that ends exactly at `position` of normalized `text`, with its start. */
export function ordinalEndingAt(text: string, position: number): { value: number; index: number } | null {
  if (!isNumberWord(wordEndingAt(text, position))) return null;
  const from = Math.max(0, position - WINDOW);
  const window = text.slice(from, position);
  const found = findArabicOrdinals(window);
  const last = found[found.length - 1];
  if (!last || last.end !== window.length) return null;
  return { value: last.value, index: from + last.index };
}

/** The ordinal that starts exactly at `position` of normalized `text`, with its end. */
export function ordinalStartingAt(text: string, position: number): { value: number; end: number } | null {
  if (!isNumberWord(wordStartingAt(text, position))) return null;
  const window = text.slice(position, position + WINDOW);
  const first = findArabicOrdinals(window)[0];
  if (!first || first.index !== 0) return null;
  return { value: first.value, end: position + first.end };
}

/** The number (digits or words) that starts exactly at `position` of normalized `text`, with its end. */
export function numberStartingAt(text: string, position: number): { value: number; end: number } | null {
  const code = text.charCodeAt(position);
  if (!(code >= 0x30 && code <= 0x39) && !isNumberWord(wordStartingAt(text, position))) return null;
  const window = text.slice(position, position + WINDOW);
  const first = findArabicNumbers(window)[0];
  if (!first || first.index !== 0) return null;
  return { value: first.value, end: position + first.end };
}

/** «وال» before the tens of a definite compound number. */
const DEFINITE_AND = ' وال';

/**
 * A definite compound whose tens take the article too («الساعات الأربع والعشرين»، «الثماني
 * والأربعين»), read from after the first «ال»: the text layer reads only the bare «أربع وعشرين».
 */
function definiteCompoundAt(text: string, position: number): { value: number; end: number } | null {
  const units = wordStartingAt(text, position);
  const tensAt = position + units.length + DEFINITE_AND.length;
  if (units.length === 0 || !text.startsWith(DEFINITE_AND, position + units.length)) return null;
  const tens = wordStartingAt(text, tensAt);
  const value = parseArabicNumber(`${units} و${tens}`);
  return value !== null && Number.isInteger(value) && value > 10 ? { value, end: tensAt + tens.length } : null;
}

/**
 * The number that starts at `position` when read alone, for a number glued to an article
 * («الثلاثة» read from after «ال»). After a counted noun a word that is also a fraction is the
 * count: «السنوات الخمس» is five years, not a fifth (خُمس), likewise «السبع»، «العشر».
 */
export function numberAloneAt(text: string, position: number): { value: number; end: number } | null {
  const compound = definiteCompoundAt(text, position);
  if (compound) return compound;
  const found = numberStartingAt(text, position);
  if (found && !Number.isInteger(found.value)) {
    const word = wordStartingAt(text, position);
    const cardinal = parseArabicNumber(word);
    if (cardinal !== null && Number.isInteger(cardinal)) return { value: cardinal, end: position + word.length };
  }
  return found;
}

/** What may stand between a month and the year after it: «سبتمبر، ألفين»، «فبراير من عام 2018». */
const YEAR_LEAD = buildRegex('temporal/year-lead', `(?: ?[،,])? (?:من )?(?:${YEAR_NOUN_SOURCE} )?`, 'y');

/**
 * The number after `end` once a comma, «من» or a year noun is passed («أكتوبر، ألفين» → 2000), with
 * its start and end; the caller decides whether it is a plausible year.
 */
export function numberAfterYearLead(text: string, end: number): { value: number; start: number; end: number } | null {
  YEAR_LEAD.lastIndex = end;
  const lead = YEAR_LEAD.exec(text);
  if (!lead) return null;
  const start = end + lead[0].length;
  const number = numberStartingAt(text, start);
  return number ? { ...number, start } : null;
}
