export { normalizeArabic, normalizeWithMap, originalSpan } from './normalize';
export type { NormalizedText } from './normalize';
export { toArabicDigits, toLatinDigits } from './digits';
export type { ArabicDigitSystem } from './digits';
export { parseArabicNumber } from './numbers';
export { parseArabicOrdinal } from './ordinals';
export { findArabicNumbers, findArabicOrdinals } from './find-numbers';
export type { NumberMatch } from './find-numbers';
export { NUMBER_PHRASE_SOURCE, ORDINAL_PHRASE_SOURCE } from './number-patterns';
