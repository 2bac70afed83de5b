export { normalizeArabic, normalizeWithMap, originalSpan } from './normalize';
export type { NormalizedText } from './normalize';
