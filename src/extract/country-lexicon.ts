/**
 * The country lookup: every ISO country by its CLDR Arabic name, the
 * alternative names, the nisba adjectives (derived by rule, plus the
 * exceptions), capitals and seats of power. Built once, on first use.
 *
 * @internal
 * @module
 */
import { arabicCountryName, countryCodes } from '../data/country-codes';
import { CAPITALS, COUNTRY_ALTERNATIVE_NAMES, COUNTRY_WORDS_NEEDING_CONTEXT, INSTITUTIONS, NISBA_EXCEPTIONS, NON_COUNTRY_NAME_WORDS, STATE_NAME_FORMS } from '../data/countries';
import { normalizeArabic } from '../text/normalize';
import { PhraseLexicon } from './lexicon';
import { deriveNisba, nisbaForms } from './nisba';
import type { CountryMentionKind } from './types';

/** What a country phrase stands for. */
export interface CountryEntry {
  readonly code: string;
  readonly kind: CountryMentionKind;
  /** Another country the spelling names (عمان). */
  readonly ambiguousWith?: string;
}

let lexicon: PhraseLexicon<CountryEntry> | null = null;
let nisbaLexicon: PhraseLexicon<CountryEntry> | null = null;
let needingContext: ReadonlySet<string> | null = null;

/** Country names from CLDR with their parenthesized alternatives split off (`ميانمار (بورما)`). */
function cldrNames(code: string): string[] {
  const name = arabicCountryName(code);
  if (!name) return [];
  const names: string[] = [];
  const open = name.indexOf('(');
  if (open > 0) {
    names.push(name.slice(0, open).trim());
    names.push(name.slice(open + 1).replace(')', '').trim());
  } else if (!name.includes(' - ')) {
    names.push(name);
  }
  return names.filter((n) => n.length > 0 && !NON_COUNTRY_NAME_WORDS.some((word) => n.includes(word)));
}

function build(): void {
  const all = new PhraseLexicon<CountryEntry>();
  const nisbas = new PhraseLexicon<CountryEntry>();
  const entries = new Map<string, CountryEntry>();
  const entry = (code: string, kind: CountryMentionKind, ambiguousWith?: string): CountryEntry => {
    const key = `${code}:${kind}:${ambiguousWith ?? ''}`;
    let value = entries.get(key);
    if (!value) {
      value = ambiguousWith ? { code, kind, ambiguousWith } : { code, kind };
      entries.set(key, value);
    }
    return value;
  };
  const exceptionForms = new Set(NISBA_EXCEPTIONS.flatMap((e) => [normalizeArabic(e.masculine), normalizeArabic(e.feminine)]));
  const nameForms = STATE_NAME_FORMS.filter((f) => f.form.includes('{name}'));
  const adjectiveForms = STATE_NAME_FORMS.filter((f) => f.form.includes('{adjective}'));
  // «جمهورية قبرص»، «الجمهورية الإيطالية»: the state named around its name or adjective.
  const addStateForms = (placeholder: '{name}' | '{adjective}', word: string, code: string): void => {
    for (const { form } of placeholder === '{name}' ? nameForms : adjectiveForms) all.add(form.replace(placeholder, word), entry(code, 'name'));
  };
  const addNisbaOf = (name: string, code: string): void => {
    addStateForms('{name}', name, code);
    const masculine = deriveNisba(normalizeArabic(name));
    if (!masculine) return;
    if (!exceptionForms.has(`${masculine}ه`)) addStateForms('{adjective}', `${masculine}ه`, code);
    for (const form of nisbaForms(masculine)) {
      if (exceptionForms.has(form)) continue;
      all.add(form, entry(code, 'nisba'));
      nisbas.add(form, entry(code, 'nisba'));
    }
    // Indefinite forms (`وفد سعودي`) only after a noun the extractor reads: never alone,
    // since `سورية` is also a country name.
    nisbas.add(masculine.slice(2), entry(code, 'nisba'));
    nisbas.add(`${masculine.slice(2)}ه`, entry(code, 'nisba'));
  };
  for (const code of countryCodes()) {
    for (const name of cldrNames(code)) {
      all.add(name, entry(code, 'name'));
      addNisbaOf(name, code);
    }
  }
  for (const alternative of COUNTRY_ALTERNATIVE_NAMES) {
    all.add(alternative.name, entry(alternative.code, 'name'));
    addNisbaOf(alternative.name, alternative.code);
  }
  for (const exception of NISBA_EXCEPTIONS) {
    const masculine = normalizeArabic(exception.masculine);
    const feminine = normalizeArabic(exception.feminine);
    for (const form of [masculine, feminine, ...nisbaForms(masculine).slice(2)]) {
      all.add(form, entry(exception.code, 'nisba'));
      nisbas.add(form, entry(exception.code, 'nisba'));
    }
    addStateForms('{adjective}', feminine, exception.code);
  }
  for (const capital of CAPITALS) all.add(capital.name, entry(capital.code, capital.kind, capital.ambiguousWith));
  for (const institution of INSTITUTIONS) all.add(institution.name, entry(institution.code, 'institution'));
  lexicon = all;
  nisbaLexicon = nisbas;
  needingContext = new Set(COUNTRY_WORDS_NEEDING_CONTEXT.map(normalizeArabic));
}

/**
 * The lookup of every country phrase.
 *
 * @returns the lexicon (built on first call).
 */
export function countryLexicon(): PhraseLexicon<CountryEntry> {
  if (!lexicon) build();
  return lexicon as PhraseLexicon<CountryEntry>;
}

/**
 * The lookup of nisba adjectives only (`السوري`، `الروسية`), for titles.
 *
 * @returns the lexicon (built on first call).
 */
export function nisbaLexiconOf(): PhraseLexicon<CountryEntry> {
  if (!nisbaLexicon) build();
  return nisbaLexicon as PhraseLexicon<CountryEntry>;
}

/**
 * Whether a normalized phrase is a country word that needs context (`مالي`).
 *
 * @param phrase - a normalized phrase.
 * @returns `true` when it needs `جمهورية`/`دولة`… before it.
 */
export function needsContext(phrase: string): boolean {
  if (!needingContext) build();
  return (needingContext as ReadonlySet<string>).has(phrase);
}
