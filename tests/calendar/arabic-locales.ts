/**
 * The Arabic locales of the running ICU, discovered by asking Intl which
 * `ar-XX` tags resolve to themselves (plus `ar` and `ar-001`).
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function discover(): string[] {
  const locales = ['ar'];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const tag = `ar-${a}${b}`;
      if (new Intl.DateTimeFormat(tag).resolvedOptions().locale === tag) locales.push(tag);
    }
  }
  if (new Intl.DateTimeFormat('ar-001').resolvedOptions().locale === 'ar-001') locales.push('ar-001');
  return locales;
}

export const ARABIC_LOCALES: readonly string[] = discover();
