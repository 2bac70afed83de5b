/**
 * The nisba rule: the adjective of a country from its name (سوريا → السوري،
 * روسيا → الروسي، مصر → المصري، الإمارات → الإماراتي). Irregular adjectives are
 * in `NISBA_EXCEPTIONS` of `src/data/countries.ts`.
 *
 * @internal
 * @module
 */

/**
 * The masculine nisba of a one-word country name, both normalized.
 *
 * Drops the article, then a final `يا` (سوريا), `ة` (سورية) or `ا` (فرنسا),
 * and adds `ي` unless the stem already ends in it (مالي، السعودية).
 *
 * @param name - a normalized one-word country name.
 * @returns the masculine adjective with `ال`, or `null` for a multi-word name.
 */
export function deriveNisba(name: string): string | null {
  if (name.includes(' ') || name.length < 3) return null;
  let stem = name.startsWith('ال') ? name.slice(2) : name;
  if (stem.endsWith('يا') && stem.length > 3) stem = stem.slice(0, -2);
  else if (stem.endsWith('ه') && stem.length > 3) stem = stem.slice(0, -1);
  else if (stem.endsWith('ا') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.length < 2) return null;
  return stem.endsWith('ي') ? `ال${stem}` : `ال${stem}ي`;
}

/**
 * Every inflection of a masculine nisba that names the country: feminine
 * (`ه` for ة), plural and dual.
 *
 * @param masculine - normalized masculine adjective with `ال`.
 * @returns the forms, masculine first.
 */
export function nisbaForms(masculine: string): string[] {
  return [masculine, `${masculine}ه`, `${masculine}ين`, `${masculine}ون`, `${masculine}ان`];
}
