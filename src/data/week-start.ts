/**
 * First day of the week per Arab region, used only when the running ICU has no
 * `Intl.Locale` week info. ISO weekdays: 1 = Monday, 6 = Saturday, 7 = Sunday.
 * Values are CLDR 48's (`weekData`), as Node 20 (ICU 78) reports them.
 *
 * @example
 * ```ts
 * FIRST_DAY_OF_WEEK_FALLBACK.SY; // 6 — «السبت»
 * ```
 */
export const FIRST_DAY_OF_WEEK_FALLBACK: Readonly<Record<string, number>> = {
  AE: 1,
  BH: 6,
  DJ: 6,
  DZ: 6,
  EG: 6,
  EH: 1,
  ER: 1,
  IL: 7,
  IQ: 6,
  JO: 6,
  KM: 1,
  KW: 6,
  LB: 1,
  LY: 6,
  MA: 1,
  MR: 1,
  OM: 6,
  PS: 1,
  QA: 6,
  SA: 7,
  SD: 6,
  SO: 1,
  SS: 1,
  SY: 6,
  TD: 1,
  TN: 1,
  YE: 7,
};

/** The first day of the week for a region missing from the table: Monday, CLDR's world default (`001`). */
export const DEFAULT_FIRST_DAY_OF_WEEK = 1;
