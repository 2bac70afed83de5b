import * as z from 'zod';
import { type Evidence, evidenceField } from './evidence';
import { Place } from './place';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { DateValue } from './temporal';

/**
 * The kinds of event a visit report relates a visit to.
 *
 * @example
 * ```ts
 * // «وكان الرئيس زار موسكو في 15 تشرين الأول الماضي»
 * const kind: RelatedEventKind = 'previous-visit';
 * ```
 */
export const RELATED_EVENT_KINDS = ['previous-visit', 'planned-visit', 'meeting', 'summit', 'phone-call', 'agreement', 'other'] as const;

/**
 * A kind of {@link RELATED_EVENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: RelatedEventKind = 'phone-call'; // «اتصال هاتفي»
 * ```
 */
export type RelatedEventKind = (typeof RELATED_EVENT_KINDS)[number];

/**
 * An event the report relates the visit to: an earlier visit, a planned one, a summit…
 *
 * @example
 * ```ts
 * const earlier: RelatedEvent = { kind: 'previous-visit', description: 'الزيارة الأولى إلى موسكو' };
 * ```
 */
export interface RelatedEvent {
  /** What the event is. */
  kind: RelatedEventKind;
  /** The event as the text describes it. */
  description?: string;
  /** When the event took place or will take place. */
  date?: DateValue;
  /** Where the event took place. */
  place?: Place;
  /** Where the text mentions the event. */
  evidence?: Evidence;
}

const relatedEventSchema = z.object({
    kind: field(z.enum(RELATED_EVENT_KINDS), {
      en: ['Kind', 'What the event is: previous visit, planned visit, meeting, summit, phone call…'],
      ar: ['النوع', 'نوع الحدث: زيارة سابقة أو مرتقبة أو لقاء أو قمة أو اتصال هاتفي…'],
    }),
    description: field(z.string().trim().min(1).optional(), {
      en: ['Description', 'The event as the text describes it.'],
      ar: ['الوصف', 'الحدث كما وصفه النص.'],
    }),
    date: field(DateValue.optional(), {
      en: ['Date', 'When the event took place or will take place.'],
      ar: ['التاريخ', 'تاريخ وقوع الحدث أو موعده.'],
    }),
    place: field(Place.optional(), {
      en: ['Place', 'Where the event took place.'],
      ar: ['المكان', 'مكان الحدث.'],
    }),
    evidence: evidenceField({ en: 'the event', ar: 'ذكر الحدث' }),
  });
true satisfies IsExact<z.output<typeof relatedEventSchema>, RelatedEvent>;
true satisfies IsExact<z.input<typeof relatedEventSchema>, RelatedEvent>;

/**
 * Schema of {@link RelatedEvent}.
 *
 * @example
 * ```ts
 * RelatedEvent.parse({ kind: 'summit', description: 'القمة العربية في بغداد' });
 * ```
 */
export const RelatedEvent: z.ZodType<RelatedEvent, RelatedEvent> = named(relatedEventSchema, 'RelatedEvent', {
    en: ['Related event', 'An event the report relates the visit to.'],
    ar: ['حدث ذو صلة', 'حدث ربطه الخبر بالزيارة.'],
  });
