/**
 * Markers after a year saying its calendar: «2025م»، «1447 هـ»، «سنة 1447 للهجرة».
 * Spellings as written; normalized when the pattern is built («هـ» becomes «ه»).
 *
 * @module
 */

/** One era marker and the calendar it names. */
export interface EraMarker {
  readonly marker: string;
  readonly calendar: 'gregory' | 'islamic-umalqura';
  /** The one marker per calendar written when formatting a date. */
  readonly preferred?: true;
}

/** Era markers after a year. */
export const ERA_MARKERS: readonly EraMarker[] = [
  // No dotted «م.»/«هـ.»: after a year, a dot is almost always the full stop that ends the sentence.
  { marker: 'م', calendar: 'gregory', preferred: true },
  { marker: 'ميلادي', calendar: 'gregory' },
  { marker: 'ميلادية', calendar: 'gregory' },
  { marker: 'للميلاد', calendar: 'gregory' },
  { marker: 'هـ', calendar: 'islamic-umalqura', preferred: true },
  { marker: 'ھ', calendar: 'islamic-umalqura' },
  { marker: 'هجري', calendar: 'islamic-umalqura' },
  { marker: 'هجرية', calendar: 'islamic-umalqura' },
  { marker: 'للهجرة', calendar: 'islamic-umalqura' },
];

/** Nouns that introduce a year («عام 2025»، «سنة 1447»، «لعام 2025»), and their duals before two years («بين عامي 2020 و2024»). */
export const YEAR_NOUNS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'لعام', 'لسنة', 'للعام', 'للسنة', 'بعام', 'بسنة', 'وعام', 'وسنة', 'عامي', 'سنتي'];

/** The noun «day», singular and plural, before a weekday, a date or an ordinal («يوم الخميس»، «أول أيام رمضان»). */
export const DAY_NOUN_FORMS = { singular: 'يوم', plural: 'أيام' } as const;

/** Nouns that introduce a month name and give it date context («شهر رمضان»، «في شهر أكتوبر»، the dual «بين شهري يناير ومارس»). */
export const MONTH_NOUNS: readonly string[] = ['شهر', 'الشهر', 'لشهر', 'بشهر', 'شهري'];

/** Words for «the first day» of a month: «غرة رمضان» (mostly of a Hijri one), Moroccan «فاتح ماي». */
export const FIRST_DAY_WORDS: readonly string[] = ['غرة', 'فاتح'];

/**
 * Words for «the first day» written before «من» and the month: «الفاتح من نوفمبر» (Algeria, Morocco,
 * Tunisia, Mauritania). Only with «من»: «محمد الفاتح» is a name, and «الفاتح مارس» is no date.
 */
export const FIRST_DAY_OF_WORDS: readonly string[] = ['الفاتح'];
