import * as z from 'zod';
import type { IsExact } from './exact';
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
 * A CAMEO visit code: `042` make a visit, `043` host a visit.
 *
 * @example
 * ```ts
 * const code: CameoVisitCode = '043'; // «استضاف»
 * ```
 */
export type CameoVisitCode = (typeof CAMEO_VISIT_CODES)[number];

/**
 * The PLOVER coding of a visit: event `CONSULT`, mode `visit`.
 *
 * @example
 * ```ts
 * const plover: PloverVisitCode = { event: 'CONSULT', mode: 'visit' }; // «زيارة»
 * ```
 */
export interface PloverVisitCode {
  /** The PLOVER event type. */
  event: 'CONSULT';
  /** The PLOVER mode of the consultation. */
  mode: 'visit';
}

/**
 * The input accepted by {@link EventCodes}: both parts may be omitted.
 *
 * @example
 * ```ts
 * const input: EventCodesInput = { cameo: ['042'] }; // «قام بزيارة»
 * ```
 */
export interface EventCodesInput {
  /** CAMEO event codes; default `['042', '043']`. */
  cameo?: CameoVisitCode[] | undefined;
  /** The PLOVER event and mode; default `{ event: 'CONSULT', mode: 'visit' }`. */
  plover?: PloverVisitCode | undefined;
}

/**
 * Codes that let a visit join event datasets: CAMEO (GDELT) and PLOVER.
 *
 * @example
 * ```ts
 * // «زيارة رسمية»: CAMEO 042 (make a visit) and 043 (host a visit)
 * const codes: EventCodes = { cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } };
 * ```
 */
export interface EventCodes {
  /** CAMEO event codes: `042` make a visit, `043` host a visit (default both). */
  cameo: CameoVisitCode[];
  /** The PLOVER event and mode (default `CONSULT`, `visit`). */
  plover: PloverVisitCode;
}

const eventCodesSchema = z.object({
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
  });
true satisfies IsExact<z.output<typeof eventCodesSchema>, EventCodes>;
true satisfies IsExact<z.input<typeof eventCodesSchema>, EventCodesInput>;

/**
 * Schema of {@link EventCodes}; the defaults are the codes of any visit.
 *
 * @example
 * ```ts
 * // «زيارة رسمية» → make a visit / host a visit
 * EventCodes.parse({}); // { cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } }
 * ```
 */
export const EventCodes: z.ZodType<EventCodes, EventCodesInput> = named(eventCodesSchema, 'EventCodes', {
    en: ['Event codes', 'Codes for interoperability with CAMEO/GDELT and PLOVER event data.'],
    ar: ['رموز الحدث', 'رموز للتوافق مع بيانات الأحداث في CAMEO/GDELT وPLOVER.'],
  });
