/**
 * Every month-name table, one per dialect or calendar.
 *
 * @module
 */
import { ALGERIAN_MONTHS } from './algerian';
import { EGYPTIAN_MONTHS } from './egyptian';
import { GULF_MONTHS } from './gulf';
import { HIJRI_MONTHS } from './hijri';
import { IRAQI_MONTHS } from './iraqi';
import { LEVANTINE_MONTHS } from './levantine';
import { MAURITANIAN_MONTHS } from './mauritanian';
import { MOROCCAN_MONTHS } from './moroccan';
import { NUMBERED_MONTHS } from './numbered';
import { TUNISIAN_MONTHS } from './tunisian';
import type { MonthTable } from './types';

export type { MonthDialect, MonthNameEntry, MonthTable } from './types';

/** All month tables; a spelling's dialects are the tables that list it. */
export const MONTH_TABLES: readonly MonthTable[] = [
  LEVANTINE_MONTHS,
  IRAQI_MONTHS,
  EGYPTIAN_MONTHS,
  GULF_MONTHS,
  ALGERIAN_MONTHS,
  TUNISIAN_MONTHS,
  MOROCCAN_MONTHS,
  MAURITANIAN_MONTHS,
  HIJRI_MONTHS,
  NUMBERED_MONTHS,
];

/**
 * Separators the press puts between the two names of one month, as in
 * «تشرين الأول/أكتوبر» or «تشرين الأول - أكتوبر» (parentheses are handled apart). One character each.
 */
export const COMBINED_MONTH_SEPARATORS: readonly string[] = ['/', '-', '–', '—', '|'];
