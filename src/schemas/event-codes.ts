import * as z from 'zod';
import { field, named } from './registry';

/**
 * CAMEO codes of a visit: 042 "make a visit" (the visitor's event), 043 "host a visit" (the host's).
 *
 * @example
 * ```ts
 * // «زيارة رسمية» seen from both sides
 * const codes = CAMEO_VISIT_CODES; // ['042', '043']
 * ```
 */
export const CAMEO_VISIT_CODES = ['042', '043'] as const;

/**
 * Codes that let a visit join event datasets: CAMEO (GDELT) and PLOVER.
 *
 * @example
 * ```ts
 * const codes: EventCodes = { cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } };
 * ```
 */
export type EventCodes = z.infer<typeof EventCodes>;

/**
 * Schema of {@link EventCodes}; the defaults are the codes of any visit.
 *
 * @example
 * ```ts
 * EventCodes.parse({}); // { cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } }
 * ```
 */
export const EventCodes = named(
  z.object({
    cameo: field(z.array(z.enum(CAMEO_VISIT_CODES)).default(() => [...CAMEO_VISIT_CODES]), {
      en: ['CAMEO codes', 'CAMEO event codes: 042 make a visit, 043 host a visit.'],
      ar: ['رموز CAMEO', 'رموز أحداث CAMEO: 042 القيام بزيارة، 043 استضافة زيارة.'],
    }),
    plover: field(
      z
        .object({
          event: field(z.literal('CONSULT'), {
            en: ['PLOVER event', 'The PLOVER event type: CONSULT.'],
            ar: ['حدث PLOVER', 'نوع الحدث في PLOVER: CONSULT (تشاور).'],
          }),
          mode: field(z.literal('visit'), {
            en: ['PLOVER mode', 'The PLOVER mode of a consultation: visit.'],
            ar: ['نمط PLOVER', 'نمط التشاور في PLOVER: visit (زيارة).'],
          }),
        })
        .default(() => ({ event: 'CONSULT' as const, mode: 'visit' as const })),
      {
        en: ['PLOVER code', 'The PLOVER event and mode: CONSULT, visit.'],
        ar: ['رمز PLOVER', 'حدث PLOVER ونمطه: CONSULT وvisit.'],
      },
    ),
  }),
  'EventCodes',
  {
    en: ['Event codes', 'Codes for interoperability with CAMEO/GDELT and PLOVER event data.'],
    ar: ['رموز الحدث', 'رموز للتوافق مع بيانات الأحداث في CAMEO/GDELT وPLOVER.'],
  },
);
