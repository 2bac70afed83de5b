/**
 * `findCountries`: every country named in a text.
 *
 * @module
 */
import { englishCountryName, arabicCountryName } from '../data/country-codes';
import { COUNTRY_CONTEXT_WORDS } from '../data/countries';
import { normalizeArabic } from '../text/normalize';
import { type CountryEntry, countryLexicon, needsContext } from './country-lexicon';
import { type ArticleDocument, evidenceOf, prepareDocument } from './document';
import type { PhraseMatch } from './lexicon';
import type { CountryMention } from './types';

const CONTEXT_WORDS = new Set(COUNTRY_CONTEXT_WORDS.map(normalizeArabic));
const SHADDA = '\u0651';
const DAMMA = '\u064F';

/**
 * Picks one reading of an ambiguous spelling: عمّان (shadda) is Jordan's
 * capital, عُمان (damma) the sultanate; without marks, the country the rest of
 * the article names wins, then the CLDR country name.
 */
function resolveAmbiguous(
  document: ArticleDocument,
  match: PhraseMatch<CountryEntry>,
  codesInText: ReadonlySet<string>,
): CountryEntry {
  const values = match.values;
  const capital = values.find((v) => v.ambiguousWith);
  const written = evidenceOf(document, match.start, match.end).text;
  if (capital) {
    if (written.includes(SHADDA)) return capital;
    const country = values.find((v) => v.code === capital.ambiguousWith) ?? { code: capital.ambiguousWith as string, kind: 'name' as const };
    if (written.includes(DAMMA)) return country;
    if (codesInText.has(capital.code) && !codesInText.has(country.code)) return capital;
    return country;
  }
  return values[0] as CountryEntry;
}

/**
 * Finds the countries of a prepared document (shared by the extractors).
 *
 * @param document - the prepared article.
 * @returns the mentions in text order.
 */
export function findCountriesIn(document: ArticleDocument): CountryMention[] {
  const matches = countryLexicon()
    .findAll(document.text, document.tokens, 'any')
    .filter((match) => {
      if (!needsContext(match.phrase)) return true;
      const before = document.tokens[match.from - 1];
      return before !== undefined && CONTEXT_WORDS.has(before.text);
    });
  const codesInText = new Set<string>();
  for (const match of matches) if (match.values.length === 1) codesInText.add((match.values[0] as CountryEntry).code);
  const mentions: CountryMention[] = [];
  for (const match of matches) {
    const chosen = match.values.length > 1 ? resolveAmbiguous(document, match, codesInText) : (match.values[0] as CountryEntry);
    const others = [...new Set(match.values.map((v) => v.code).filter((code) => code !== chosen.code))];
    const nameAr = arabicCountryName(chosen.code);
    const nameEn = englishCountryName(chosen.code);
    if (!nameAr || !nameEn) continue;
    mentions.push({
      code: chosen.code,
      kind: chosen.kind,
      nameAr,
      nameEn,
      ...(others.length > 0 ? { alternatives: others } : {}),
      evidence: evidenceOf(document, match.start, match.end),
    });
  }
  return mentions;
}

/**
 * Finds every country named in Arabic text: by its name (every ISO country,
 * from `Intl.DisplayNames`, plus alternative names such as `سورية` or
 * `الولايات المتحدة الأميركية`), by an adjective (`السوري`، `الروسية`, derived
 * by rule, with the irregular ones from a table), by its capital or another
 * city (`موسكو`، `أبو ظبي`) or by a seat of power (`الكرملين`، `الإليزيه`).
 * Joined clitics are read (`وموسكو`، `للعراق`). `عمان` is Amman or Oman:
 * diacritics decide, then the other countries the text names.
 *
 * Linear in the length of the text; never throws.
 *
 * @param text - any string.
 * @returns the mentions in text order, `[]` when there are none.
 * @example
 * ```ts
 * const mentions = findCountries('استقبل العاهل المغربي في الرباط الرئيسَ الموريتاني');
 * mentions.map((m) => [m.code, m.kind, m.evidence.text]);
 * // [['MA', 'nisba', 'المغربي'], ['MA', 'capital', 'الرباط'], ['MR', 'nisba', 'الموريتاني']]
 * ```
 */
export function findCountries(text: string): CountryMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return findCountriesIn(prepareDocument(text));
}
