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

const o = (
  spelling: string,
  value: number,
  gender: 'masculine' | 'feminine',
  kind: OrdinalWordKind = 'unit',
  register: NumberRegister = 'standard',
): OrdinalWord => ({ spelling, kind, value, gender, register });

/** Every ordinal word ziyara reads. Tens, hundreds and scales reuse the cardinal table with `ال`. */
export const ORDINAL_WORDS: readonly OrdinalWord[] = [
  o('أول', 1, 'masculine'),
  o('أولى', 1, 'feminine'),
  o('ثاني', 2, 'masculine'),
  o('ثان', 2, 'masculine'),
  o('ثانية', 2, 'feminine'),
  o('ثالث', 3, 'masculine'),
  o('ثالثة', 3, 'feminine'),
  o('تالت', 3, 'masculine', 'unit', 'egyptian'),
  o('تالتة', 3, 'feminine', 'unit', 'egyptian'),
  o('رابع', 4, 'masculine'),
  o('رابعة', 4, 'feminine'),
  o('خامس', 5, 'masculine'),
  o('خامسة', 5, 'feminine'),
  o('سادس', 6, 'masculine'),
  o('سادسة', 6, 'feminine'),
  o('سابع', 7, 'masculine'),
  o('سابعة', 7, 'feminine'),
  o('ثامن', 8, 'masculine'),
  o('ثامنة', 8, 'feminine'),
  o('تامن', 8, 'masculine', 'unit', 'egyptian'),
  o('تامنة', 8, 'feminine', 'unit', 'egyptian'),
  o('تاسع', 9, 'masculine'),
  o('تاسعة', 9, 'feminine'),
  o('عاشر', 10, 'masculine'),
  o('عاشرة', 10, 'feminine'),
  // adverbial accusative: أولاً، ثانياً … "first(ly), second(ly)"
  o('أولا', 1, 'masculine'),
  o('ثانيا', 2, 'masculine'),
  o('ثالثا', 3, 'masculine'),
  o('رابعا', 4, 'masculine'),
  o('خامسا', 5, 'masculine'),
  o('سادسا', 6, 'masculine'),
  o('سابعا', 7, 'masculine'),
  o('ثامنا', 8, 'masculine'),
  o('تاسعا', 9, 'masculine'),
  o('عاشرا', 10, 'masculine'),
  o('حادي', 1, 'masculine', 'compound-unit'),
  o('حادية', 1, 'feminine', 'compound-unit'),
  o('واحد', 1, 'masculine', 'compound-unit'),
  o('واحدة', 1, 'feminine', 'compound-unit'),
  o('أحد', 1, 'masculine', 'compound-unit'),
  o('إحدى', 1, 'feminine', 'compound-unit'),
  o('اثني', 2, 'masculine', 'compound-unit'),
  o('اثنتي', 2, 'feminine', 'compound-unit'),
];

/**
 * Words before `المائة`/`المئة` that make it "per cent", not "the
 * hundredth": `في المائة`, and the clitic of `بالمائة`.
 */
export const PERCENT_CONTEXT: readonly string[] = ['في'];

/** Clitics that make `المائة` "per cent" when written joined to it (`بالمائة`). */
export const PERCENT_CLITICS: readonly string[] = ['ب'];
