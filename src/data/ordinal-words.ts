/**
 * Arabic ordinal words (first, second, …), masculine and feminine, each
 * tagged with the register that writes it. The definite article is not part
 * of a spelling: the parser accepts every entry with and without `ال`.
 *
 * @module
 */
import type { NumberRegister } from './number-words';

/**
 * The role an ordinal word plays.
 *
 * - `unit`: 1st–10th, a complete ordinal alone (`الأول`, `الثالثة`, `عاشر`).
 * - `compound-unit`: a first word of 11th/21st… that is not an ordinal alone
 *   (`الحادي`, `الحادية`, and the cardinal `الواحد`/`الأحد`/`الاثني` forms
 *   Duckling's corpus writes).
 */
export type OrdinalWordKind = 'unit' | 'compound-unit';

/** One spelling of one ordinal word. */
export interface OrdinalWord {
  /** The word without `ال` (hamza, ة, ى allowed; normalized when the lookup is built). */
  readonly spelling: string;
  /** Whether the word is an ordinal alone or only the first word of a compound. */
  readonly kind: OrdinalWordKind;
  /** The ordinal value, 1–10 (the unit part of a compound). */
  readonly value: number;
  /** Grammatical gender. */
  readonly gender: 'masculine' | 'feminine';
  /** Who writes it this way. */
  readonly register: NumberRegister;
}

const ordinalWord = (
  spelling: string,
  value: number,
  gender: 'masculine' | 'feminine',
  kind: OrdinalWordKind = 'unit',
  register: NumberRegister = 'standard',
): OrdinalWord => ({ spelling, kind, value, gender, register });

/** Every ordinal word ziyara reads. Tens, hundreds and scales reuse the cardinal table with `ال`. */
export const ORDINAL_WORDS: readonly OrdinalWord[] = [
  ordinalWord('أول', 1, 'masculine'),
  ordinalWord('أولى', 1, 'feminine'),
  ordinalWord('ثاني', 2, 'masculine'),
  ordinalWord('ثان', 2, 'masculine'),
  ordinalWord('ثانية', 2, 'feminine'),
  ordinalWord('ثالث', 3, 'masculine'),
  ordinalWord('ثالثة', 3, 'feminine'),
  ordinalWord('تالت', 3, 'masculine', 'unit', 'egyptian'),
  ordinalWord('تالتة', 3, 'feminine', 'unit', 'egyptian'),
  ordinalWord('رابع', 4, 'masculine'),
  ordinalWord('رابعة', 4, 'feminine'),
  ordinalWord('خامس', 5, 'masculine'),
  ordinalWord('خامسة', 5, 'feminine'),
  ordinalWord('سادس', 6, 'masculine'),
  ordinalWord('سادسة', 6, 'feminine'),
  ordinalWord('سابع', 7, 'masculine'),
  ordinalWord('سابعة', 7, 'feminine'),
  ordinalWord('ثامن', 8, 'masculine'),
  ordinalWord('ثامنة', 8, 'feminine'),
  ordinalWord('تامن', 8, 'masculine', 'unit', 'egyptian'),
  ordinalWord('تامنة', 8, 'feminine', 'unit', 'egyptian'),
  ordinalWord('تاسع', 9, 'masculine'),
  ordinalWord('تاسعة', 9, 'feminine'),
  ordinalWord('عاشر', 10, 'masculine'),
  ordinalWord('عاشرة', 10, 'feminine'),
  // adverbial accusative: أولاً، ثانياً … "first(ly), second(ly)"
  ordinalWord('أولا', 1, 'masculine'),
  ordinalWord('ثانيا', 2, 'masculine'),
  ordinalWord('ثالثا', 3, 'masculine'),
  ordinalWord('رابعا', 4, 'masculine'),
  ordinalWord('خامسا', 5, 'masculine'),
  ordinalWord('سادسا', 6, 'masculine'),
  ordinalWord('سابعا', 7, 'masculine'),
  ordinalWord('ثامنا', 8, 'masculine'),
  ordinalWord('تاسعا', 9, 'masculine'),
  ordinalWord('عاشرا', 10, 'masculine'),
  ordinalWord('حادي', 1, 'masculine', 'compound-unit'),
  ordinalWord('حادية', 1, 'feminine', 'compound-unit'),
  ordinalWord('واحد', 1, 'masculine', 'compound-unit'),
  ordinalWord('واحدة', 1, 'feminine', 'compound-unit'),
  ordinalWord('أحد', 1, 'masculine', 'compound-unit'),
  ordinalWord('إحدى', 1, 'feminine', 'compound-unit'),
  ordinalWord('اثني', 2, 'masculine', 'compound-unit'),
  ordinalWord('اثنتي', 2, 'feminine', 'compound-unit'),
];

/**
 * Words before `المائة`/`المئة` that make it "per cent", not "the
 * hundredth": `في المائة`, and the clitic of `بالمائة`.
 */
export const PERCENT_CONTEXT: readonly string[] = ['في'];

/** Clitics that make `المائة` "per cent" when written joined to it (`بالمائة`). */
export const PERCENT_CLITICS: readonly string[] = ['ب'];
