/**
 * Conversions between ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic
 * (۰–۹) digits.
 *
 * @module
 */

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const ARABIC_DECIMAL_SEPARATOR = '\u066B'; // ٫
const ARABIC_THOUSANDS_SEPARATOR = '\u066C'; // ٬

/**
 * The digit shapes {@link toArabicDigits} writes: `arab` is ٠–٩ (the Arab
 * world), `arabext` is ۰–۹ (Persian, Urdu).
 *
 * @example
 * ```ts
 * const system: ArabicDigitSystem = 'arab';
 * toArabicDigits('عام 2025', system); // 'عام ٢٠٢٥'
 * ```
 */
export type ArabicDigitSystem = 'arab' | 'arabext';

/**
 * Turns Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits into ASCII
 * digits, the Arabic decimal separator `٫` into `.` and the Arabic thousands
 * separator `٬` into `,`. Every other character is kept.
 *
 * @param text - any string.
 * @returns the text with Latin digits; never throws.
 * @example
 * ```ts
 * toLatinDigits('وصل في ١٥ تشرين الأول ٢٠٢٥'); // 'وصل في 15 تشرين الأول 2025'
 * toLatinDigits('٢٫٥ مليار'); // '2.5 مليار'
 * toLatinDigits('۱۴۰۴'); // '1404'
 * ```
 */
export function toLatinDigits(text: string): string {
  if (typeof text !== 'string') return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String.fromCharCode(0x30 + code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
      out += String.fromCharCode(0x30 + code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (text[i] === ARABIC_DECIMAL_SEPARATOR) out += '.';
    else if (text[i] === ARABIC_THOUSANDS_SEPARATOR) out += ',';
    else out += text[i];
  }
  return out;
}

function isAnyDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) ||
    (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
  );
}

/**
 * Writes every digit (ASCII or either Arabic system) in the chosen Arabic
 * digit system. A `.` between two digits becomes the Arabic decimal separator
 * `٫` (so `2.5` → `٢٫٥`, but a sentence's full stop after a number stays);
 * commas are left alone, since `,` between digits may be a list.
 *
 * @param text - any string.
 * @param system - `arab` for ٠–٩ (default) or `arabext` for ۰–۹.
 * @returns the text with Arabic digits; never throws (an unknown system is read as `arab`).
 * @example
 * ```ts
 * toArabicDigits('زار موسكو في 15 أكتوبر 2025.'); // 'زار موسكو في ١٥ أكتوبر ٢٠٢٥.'
 * toArabicDigits('نما الاقتصاد 2.5%'); // 'نما الاقتصاد ٢٫٥%'
 * toArabicDigits('1404', 'arabext'); // '۱۴۰۴'
 * ```
 */
export function toArabicDigits(text: string, system: ArabicDigitSystem = 'arab'): string {
  if (typeof text !== 'string') return text;
  const zero = system === 'arabext' ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) out += String.fromCharCode(zero + code - 0x30);
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String.fromCharCode(zero + code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
      out += String.fromCharCode(zero + code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (text[i] === '.' && i > 0 && isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1)))
      out += ARABIC_DECIMAL_SEPARATOR;
    else out += text[i];
  }
  return out;
}
