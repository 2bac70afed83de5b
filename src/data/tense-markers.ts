/**
 * Words that put the clause after them in the future: the particle «سوف», «من المقرر أن»-type
 * frames, and the verbs of diplomatic news with the future prefix «س» (or the colloquial «ح»/«ه»).
 * A date left without a year or a direction in such a clause is the coming one («ستعقد القمة في 15
 * ديسمبر» written on 30 November is this December, not last year's). Spellings as written; the
 * temporal layer normalizes them.
 *
 * @module
 */

/** Where a marker is used: absent for Modern Standard Arabic everywhere, else the region of a colloquial form. */
export type TenseMarkerRegion = 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';

/** One future marker. */
export interface FutureMarker {
  readonly phrase: string;
  readonly region?: TenseMarkerRegion;
}

/**
 * Present-tense verbs of scheduled events («تبدأ الزيارة في 3 ديسمبر»، «يحل الوزير بالرباط يوم 5
 * دجنبر»): news writes coming events with them, but also recurring ones and, now and then, a past
 * one. A date left without a year in their clause is the nearer of the last and the coming one.
 */
export const PRESENT_SCHEDULE_MARKERS: readonly FutureMarker[] = [
  { phrase: 'يبدأ' },
  { phrase: 'تبدأ' },
  { phrase: 'ينطلق' },
  { phrase: 'تنطلق' },
  { phrase: 'ينتهي' },
  { phrase: 'تنتهي' },
  { phrase: 'يختتم' },
  { phrase: 'تختتم' },
  { phrase: 'يزور' },
  { phrase: 'تزور' },
  { phrase: 'يصل' },
  { phrase: 'تصل' },
  { phrase: 'يلتقي' },
  { phrase: 'تلتقي' },
  { phrase: 'يعقد' },
  { phrase: 'تعقد' },
  { phrase: 'ينعقد' },
  { phrase: 'تنعقد' },
  { phrase: 'يتوجه' },
  { phrase: 'تتوجه' },
  { phrase: 'يستضيف' },
  { phrase: 'تستضيف' },
  { phrase: 'يحتضن' },
  { phrase: 'تحتضن' },
  { phrase: 'يقام' },
  { phrase: 'تقام' },
  { phrase: 'تجرى' },
  { phrase: 'يحل', region: 'maghreb' },
  { phrase: 'تحل', region: 'maghreb' },
];

/** Future markers, one per line. */
export const FUTURE_MARKERS: readonly FutureMarker[] = [
  { phrase: 'سوف' },
  { phrase: 'من المقرر' },
  { phrase: 'من المنتظر' },
  { phrase: 'من المرتقب' },
  { phrase: 'من المتوقع' },
  { phrase: 'المقرر' },
  { phrase: 'المقررة' },
  { phrase: 'المرتقب' },
  { phrase: 'المرتقبة' },
  { phrase: 'المزمع' },
  { phrase: 'المزمعة' },
  { phrase: 'يعتزم' },
  { phrase: 'تعتزم' },
  { phrase: 'سيزور' },
  { phrase: 'ستزور' },
  { phrase: 'سيصل' },
  { phrase: 'ستصل' },
  { phrase: 'سيلتقي' },
  { phrase: 'ستلتقي' },
  { phrase: 'سيعقد' },
  { phrase: 'ستعقد' },
  { phrase: 'سينعقد' },
  { phrase: 'ستنعقد' },
  { phrase: 'سيبدأ' },
  { phrase: 'ستبدأ' },
  { phrase: 'سينطلق' },
  { phrase: 'ستنطلق' },
  { phrase: 'سيتوجه' },
  { phrase: 'ستتوجه' },
  { phrase: 'سيجري' },
  { phrase: 'ستجري' },
  { phrase: 'ستجرى' },
  { phrase: 'سيقوم' },
  { phrase: 'ستقوم' },
  { phrase: 'سيستضيف' },
  { phrase: 'ستستضيف' },
  { phrase: 'سيحتضن' },
  { phrase: 'ستحتضن' },
  { phrase: 'سيشارك' },
  { phrase: 'ستشارك' },
  { phrase: 'سيغادر' },
  { phrase: 'ستغادر' },
  { phrase: 'سيعود' },
  { phrase: 'ستعود' },
  { phrase: 'سيقام' },
  { phrase: 'ستقام' },
  { phrase: 'سيتم' },
  { phrase: 'ستتم' },
  { phrase: 'سيشهد' },
  { phrase: 'ستشهد' },
  { phrase: 'سيترأس' },
  { phrase: 'ستترأس' },
  { phrase: 'سيحل' },
  { phrase: 'ستحل' },
  { phrase: 'سيوقع' },
  { phrase: 'ستوقع' },
  { phrase: 'سيلقي' },
  { phrase: 'ستلقي' },
  { phrase: 'ستنظم' },
  { phrase: 'سينظم' },
  { phrase: 'ستنتهي' },
  { phrase: 'سينتهي' },
  { phrase: 'ستدخل' },
  { phrase: 'سيدخل' },
  { phrase: 'هيزور', region: 'egypt' },
  { phrase: 'هيوصل', region: 'egypt' },
  { phrase: 'حيزور', region: 'levant' },
  { phrase: 'رح يزور', region: 'levant' },
];

/**
 * Words that open a clause after a comma and carry on the future of the clause before it: in
 * «سيزور الرئيس باريس يوم الأحد، ثم يتوجه إلى روما في 3 ديسمبر» the trip to Rome is still to come.
 * Only read right after a comma that closes a future clause («، على أن» alone is no marker: «أكد على
 * أن» is reported speech).
 */
export const FUTURE_CLAUSE_CONTINUERS: readonly FutureMarker[] = [
  { phrase: 'ثم' },
  { phrase: 'ومن ثم' },
  { phrase: 'على أن' },
  { phrase: 'قبل أن' },
  { phrase: 'حيث' },
  { phrase: 'ومنها' },
  { phrase: 'ومن هناك' },
];
