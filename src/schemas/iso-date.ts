import * as z from 'zod';
import type { Tagged } from 'type-fest';
import { named } from './registry';

/**
 * A calendar day written `YYYY-MM-DD` (ISO 8601), tagged so that an unchecked string
 * cannot be passed where a validated date is expected.
 *
 * @example
 * ```ts
 * // «28 كانون الثاني 2026»
 * const day = IsoDate.parse('2026-01-28'); // IsoDate
 * ```
 */
export type IsoDate = Tagged<string, 'IsoDate'>;

/**
 * Schema of an ISO calendar day: `YYYY-MM-DD` and a real day (`2025-02-29` is rejected,
 * `2024-02-29` accepted).
 *
 * @example
 * ```ts
 * IsoDate.safeParse('2025-10-15').success; // true — «15 تشرين الأول 2025»
 * IsoDate.safeParse('15/10/2025').success; // false
 * ```
 */
export const IsoDate = named(z.iso.date() as unknown as z.ZodType<IsoDate, string>, 'IsoDate', {
  en: ['ISO date', 'A calendar day written YYYY-MM-DD (ISO 8601), a real day of the Gregorian calendar.'],
  ar: ['تاريخ بصيغة ISO', 'يوم في التقويم الميلادي مكتوب بالصيغة YYYY-MM-DD وفق معيار ISO 8601.'],
});
