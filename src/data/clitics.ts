/**
 * One-letter words written joined to the next word: the conjunctions و/ف and
 * the prepositions ب/ل. A number phrase after them starts after the clitic
 * (`وثلاثة` → `ثلاثة`).
 *
 * @module
 */

/** Conjunctions that may come first (`و`, `ف`). */
export const CONJUNCTION_CLITICS: readonly string[] = ['و', 'ف'];

/** Prepositions that may follow a conjunction (`ب`, `ل`): `وبثلاثة`, `لخمسة`. */
export const PREPOSITION_CLITICS: readonly string[] = ['ب', 'ل'];

/** The conjunction that joins the parts of a number phrase (`خمسة وعشرون`). */
export const JOINING_CONJUNCTION = 'و';

/** The definite article, which turns a cardinal word into an ordinal (`العشرون`). */
export const DEFINITE_ARTICLE = 'ال';

/** The preposition «ل» joined to the article, which drops its alef: ل + الثالث is written «للثالث». */
export const LAM_WITH_ARTICLE = 'لل';

/**
 * Third-person pronouns written joined to the end of a word: his, her, their two, their
 * (`حرصه`، `يرافقها`، `التزامهما`، `موقفهم`).
 *
 * @example
 * ```ts
 * THIRD_PERSON_SUFFIXES.map((suffix) => `حرص${suffix}`); // ['حرصه', 'حرصها', 'حرصهما', 'حرصهم']
 * ```
 */
export const THIRD_PERSON_SUFFIXES: readonly string[] = ['ه', 'ها', 'هما', 'هم'];
