/**
 * Valid documents for the schema tests, written for these tests (Gulf, Maghreb, Levant,
 * Iraq and Egypt styles) — never copied from the shared corpus.
 */
import type { DateValue, DelegationMember, StateVisitInput } from '../../src/schemas/index';

/** A day-precision Gregorian date value, as the temporal parser returns one. */
export function day(iso: string, known: DateValue['known'] = {}): DateValue {
  const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
  return {
    type: 'date',
    calendar: 'gregory',
    precision: 'day',
    known,
    implied: { year, month, day: dayOfMonth },
    start: iso,
    end: iso,
  };
}

/** Evidence for `needle` in `text` (first occurrence at or after `from`). */
export function span(text: string, needle: string, from = 0): { text: string; index: number; end: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`fixture: ${needle} not in text`);
  return { text: needle, index, end: index + needle.length };
}

/** A Gulf-style sentence: the Emir of Qatar arrives in Rabat on an official working visit. */
export const GULF_SENTENCE = 'وصل أمير دولة قطر إلى الرباط في زيارة عمل رسمية تستمر يومين، يرافقه وزير الخارجية.';

export const foreignMinister: DelegationMember = {
  office: { title: 'وزير الخارجية', code: 'minister', portfolio: 'foreign', country: 'QA' },
  role: 'member',
  evidence: span(GULF_SENTENCE, 'وزير الخارجية'),
};

export const emir: DelegationMember = {
  office: { title: 'أمير دولة قطر', code: 'emir', country: 'QA' },
  role: 'head',
  evidence: span(GULF_SENTENCE, 'أمير دولة قطر'),
};

/** A complete, valid visit built from {@link GULF_SENTENCE}. */
export function gulfVisit(): StateVisitInput {
  return {
    visitor: { office: { title: 'أمير دولة قطر', code: 'emir', country: 'QA' } },
    host: { office: { title: 'الملك', code: 'king', country: 'MA' } },
    guestCountry: 'QA',
    hostCountry: 'MA',
    places: [{ name: { ar: 'الرباط', en: 'Rabat' }, kind: 'capital', country: 'MA', evidence: span(GULF_SENTENCE, 'الرباط') }],
    visitType: { type: 'official-working', text: 'زيارة عمل رسمية', evidence: span(GULF_SENTENCE, 'زيارة عمل رسمية') },
    period: {
      arrival: day('2025-12-03'),
      departure: day('2025-12-04'),
      duration: { type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: null },
    },
    delegation: {
      country: 'QA',
      kind: 'official',
      head: emir,
      members: [emir, foreignMinister],
    },
    statements: [
      {
        speaker: { organization: { name: { ar: 'الديوان الأميري' }, kind: 'royal-court', country: 'QA' }, country: 'QA' },
        attribution: 'official-source',
        verb: { text: 'أفاد', code: 'report' },
        content: { text: 'الزيارة تتناول تعزيز الاستثمارات المشتركة', mode: 'summary' },
      },
    ],
    sources: [{ outlet: 'وكالة الأنباء القطرية', url: 'https://www.qna.org.qa/', publishedAt: '2025-12-03' }],
  };
}

/** A deep copy, for tests that break one field. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
