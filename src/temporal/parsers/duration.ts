/**
 * Durations in running text: `ثلاثة أشهر ونصف`، `يومين فقط`، `أقل من 4 أشهر`،
 * `عام وثلاثة أشهر`، `لمدة ساعة`.
 *
 * A lone singular unit (`شهر`، `عام`، `ساعة`) is a duration only after a word
 * that introduces one (`لمدة`، `خلال`، `منذ`، `نحو`…) or with `واحد`/`كامل`
 * after it: on its own it is usually something else (`بشكل عام`، `ساعة الصفر`).
 *
 * @internal
 * @module
 */
import { durationValue } from '../durations/iso';
import { readDurations } from '../durations/read';
import type { Candidate, TemporalParser } from '../parser';

/** The duration parser. */
export const durationParser: TemporalParser = {
  name: 'duration',
  find(text: string): Candidate[] {
    const candidates: Candidate[] = [];
    for (const reading of readDurations(text)) {
      if (reading.bare && !reading.introduced) continue;
      candidates.push({
        index: reading.outerStart,
        end: reading.outerEnd,
        kind: 'duration',
        value: durationValue(reading.parts, reading.qualifier),
        source: 'duration',
      });
    }
    return candidates;
  },
};
