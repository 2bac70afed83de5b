/**
 * Letters that may be glued to the end of a digit group without making it
 * something other than a number: the era markers of years (`2025م`,
 * `1447هـ`). Any other letter glued after digits (`20دولار`, `١مليون`) means
 * the digits are part of a code or a unit, not a number on their own.
 *
 * @module
 */

/** Era markers written right after a year: `م` (ميلادي) and `هـ` (هجري). */
export const DIGIT_SUFFIXES: readonly string[] = ['م', 'هـ'];
