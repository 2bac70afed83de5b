/**
 * Words that place a date relative to the reference day, name a period, or narrow it.
 * One table per kind; each entry carries the region that uses it (`all` for Modern Standard
 * Arabic). Spellings are as written (hamza, ta marbuta…); parsers normalize them when they
 * build their patterns, so adding a spelling is a one-line change.
 *
 * @module
 */

/** Where a spelling is used: `all` for Modern Standard Arabic, else the region of a colloquial form. */
export type WordRegion = 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';

/** A word after a date or period saying which one: the last (−1), the next (+1) or the current (0). */
export interface DirectionWord {
  readonly word: string;
  /** −1 past (الماضي), +1 next (المقبل), 0 current (الجاري). */
  readonly direction: -1 | 0 | 1;
  readonly region: WordRegion;
  /** A dual, agreeing with two nouns: after a pair («جويلية وأوت المقبلين») it places both. */
  readonly dual?: true;
}

/** Adjectives after a date or period: «تشرين الأول الماضي»، «الأسبوع المقبل»، «الشهر الجاري». */
export const DIRECTION_WORDS: readonly DirectionWord[] = [
  { word: 'الماضي', direction: -1, region: 'all' },
  { word: 'الماضية', direction: -1, region: 'all' },
  { word: 'الماض', direction: -1, region: 'all' },
  { word: 'المنصرم', direction: -1, region: 'all' },
  { word: 'المنصرمة', direction: -1, region: 'all' },
  { word: 'الفائت', direction: -1, region: 'all' },
  { word: 'الفائتة', direction: -1, region: 'all' },
  { word: 'الفايت', direction: -1, region: 'levant' },
  { word: 'السابق', direction: -1, region: 'all' },
  { word: 'السابقة', direction: -1, region: 'all' },
  { word: 'المنقضي', direction: -1, region: 'all' },
  { word: 'المنقضية', direction: -1, region: 'all' },
  { word: 'المقبل', direction: 1, region: 'all' },
  { word: 'المقبلة', direction: 1, region: 'all' },
  { word: 'القادم', direction: 1, region: 'all' },
  { word: 'القادمة', direction: 1, region: 'all' },
  { word: 'التالي', direction: 1, region: 'all' },
  { word: 'التالية', direction: 1, region: 'all' },
  { word: 'الجاي', direction: 1, region: 'levant' },
  { word: 'الجاية', direction: 1, region: 'levant' },
  { word: 'الجاري', direction: 0, region: 'all' },
  { word: 'الجارية', direction: 0, region: 'all' },
  { word: 'الحالي', direction: 0, region: 'all' },
  { word: 'الحالية', direction: 0, region: 'all' },
  // Dual agreement: «العقدين الماضيين»، «السنتين الماضيتين»، «الشهرين المقبلين».
  { word: 'الماضيين', direction: -1, region: 'all', dual: true },
  { word: 'الماضيتين', direction: -1, region: 'all', dual: true },
  { word: 'المنصرمين', direction: -1, region: 'all', dual: true },
  { word: 'الفائتين', direction: -1, region: 'all', dual: true },
  { word: 'المقبلين', direction: 1, region: 'all', dual: true },
  { word: 'المقبلتين', direction: 1, region: 'all', dual: true },
  { word: 'القادمين', direction: 1, region: 'all', dual: true },
  { word: 'القادمتين', direction: 1, region: 'all', dual: true },
];

/** After a day of the month, the current month with «الشهر» left out: «في 15 الجاري»، «العشرين من الجاري». */
export const CURRENT_MONTH_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'الجاري', region: 'all' },
  { word: 'الحالي', region: 'all' },
];

/**
 * After «العام»/«السنة», «new»: «مع بداية العام الجديد» written in the second half of a year is the
 * coming year, in the first half the current one (the year just begun).
 */
export const NEW_YEAR_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'الجديد', region: 'all' },
  { word: 'الجديدة', region: 'all' },
];

/** After a period noun, two periods away: «الأسبوع بعد القادم» (+2), «العام قبل الماضي» (−2). */
export const TWO_AWAY_WORDS: readonly { readonly word: string; readonly offset: -2 | 2; readonly region: WordRegion }[] = [
  { word: 'بعد القادم', offset: 2, region: 'all' },
  { word: 'بعد المقبل', offset: 2, region: 'all' },
  { word: 'بعد التالي', offset: 2, region: 'all' },
  { word: 'قبل الماضي', offset: -2, region: 'all' },
  { word: 'قبل الماضية', offset: -2, region: 'all' },
  { word: 'قبل الفائت', offset: -2, region: 'all' },
];

/**
 * Before «اليوم» and « من » a period: the same day of another period, «في مثل هذا اليوم من العام الماضي»
 * (the reference's day a year earlier), «في نفس اليوم من الشهر المقبل».
 */
export const SAME_DAY_LEADS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'مثل هذا', region: 'all' },
  { word: 'نفس', region: 'all' },
  { word: 'ذات', region: 'all' },
];

/** A demonstrative before a period noun meaning "this one": «هذا العام»، «هذه السنة». */
export const THIS_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'هذا', region: 'all' },
  { word: 'هذه', region: 'all' },
  { word: 'هاذا', region: 'all' },
  { word: 'هاي', region: 'levant' },
  { word: 'هاد', region: 'levant' },
];

/** A word naming a day by its distance from the reference day. */
export interface RelativeDayWord {
  readonly word: string;
  /** Days after (positive) or before (negative) the reference day. */
  readonly offset: number;
  readonly region: WordRegion;
  /**
   * `true` when the word is mostly something else in running text («الغد» "the future» in «تحديات الغد»,
   * «الآن» "so far" in «حتى الآن»): it is read only with a part of the day or «يوم» before it, or as a whole string.
   */
  readonly ambiguous?: boolean;
  /** Words after which an ambiguous word is a day all the same («حتى الغد» is until tomorrow). */
  readonly dayAfter?: readonly string[];
}

/** «اليوم»، «أمس»، «أول أمس»، «غدًا»، «بعد غد»، Moroccan «يومه»… */
export const RELATIVE_DAY_WORDS: readonly RelativeDayWord[] = [
  { word: 'اليوم', offset: 0, region: 'all' },
  { word: 'يومه', offset: 0, region: 'maghreb' },
  { word: 'الليلة', offset: 0, region: 'all' },
  { word: 'هذه الليلة', offset: 0, region: 'all' },
  { word: 'الآن', offset: 0, region: 'all', ambiguous: true },
  { word: 'حالا', offset: 0, region: 'all', ambiguous: true },
  { word: 'حالاً', offset: 0, region: 'all', ambiguous: true },
  { word: 'هذه اللحظة', offset: 0, region: 'all' },
  { word: 'في هذه اللحظة', offset: 0, region: 'all' },
  { word: 'اليوم الماضي', offset: -1, region: 'all' },
  { word: 'اليوم السابق', offset: -1, region: 'all' },
  { word: 'اليوم المنصرم', offset: -1, region: 'all' },
  { word: 'يوم أمس', offset: -1, region: 'all' },
  { word: 'يوم قبل أمس', offset: -2, region: 'all' },
  { word: 'قبل يوم أمس', offset: -2, region: 'all' },
  { word: 'قبل أمس', offset: -2, region: 'all' },
  { word: 'اليوم القبل البارحة', offset: -2, region: 'levant' },
  { word: 'اليوم الي قبل امبارح', offset: -2, region: 'levant' },
  { word: 'اليوم الذي بعد الغد', offset: 2, region: 'all' },
  { word: 'اليوم الي بعد بكرة', offset: 2, region: 'levant' },
  { word: 'الليلة الماضية', offset: -1, region: 'all' },
  { word: 'ليلة أمس', offset: -1, region: 'all' },
  { word: 'ليلة البارحة', offset: -1, region: 'all' },
  { word: 'أمس', offset: -1, region: 'all' },
  { word: 'الأمس', offset: -1, region: 'all' },
  { word: 'البارحة', offset: -1, region: 'all' },
  { word: 'مبارح', offset: -1, region: 'levant' },
  { word: 'امبارح', offset: -1, region: 'egypt' },
  { word: 'إمبارح', offset: -1, region: 'egypt' },
  { word: 'أول أمس', offset: -2, region: 'all' },
  { word: 'أول من أمس', offset: -2, region: 'all' },
  { word: 'أول البارحة', offset: -2, region: 'all' },
  { word: 'أول امبارح', offset: -2, region: 'egypt' },
  { word: 'أمس الأول', offset: -2, region: 'all' },
  { word: 'يوم أمس الأول', offset: -2, region: 'all' },
  { word: 'غدا', offset: 1, region: 'all' },
  { word: 'غد', offset: 1, region: 'all' },
  { word: 'الغد', offset: 1, region: 'all', ambiguous: true, dayAfter: ['حتى'] },
  { word: 'بكرة', offset: 1, region: 'levant' },
  { word: 'بكره', offset: 1, region: 'levant' },
  { word: 'بكرا', offset: 1, region: 'levant' },
  { word: 'غدوة', offset: 1, region: 'maghreb' },
  { word: 'بعد غد', offset: 2, region: 'all' },
  { word: 'بعد الغد', offset: 2, region: 'all' },
  { word: 'يوم بعد غد', offset: 2, region: 'all' },
  { word: 'بعد بكرة', offset: 2, region: 'levant' },
  { word: 'بعد بكره', offset: 2, region: 'levant' },
];

/* The parts of the day before a day («صباح اليوم»، «مساء الخميس») are DAY_PART_PREFIXES in times-of-day.ts. */

/** The unit a period noun names. */
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** A noun naming a calendar period: «الأسبوع»، «الشهر»، «العام»، «السنة». */
export interface PeriodWord {
  readonly word: string;
  readonly unit: PeriodUnit;
  readonly region: WordRegion;
  /** Also an adjective after a definite noun («الأمين العام» "the secretary-general"): not a period there. */
  readonly adjective?: true;
}

/** Period nouns, with the article (they are read as «the week», «the year»). */
export const PERIOD_WORDS: readonly PeriodWord[] = [
  { word: 'الأسبوع', unit: 'week', region: 'all' },
  { word: 'الاسبوع', unit: 'week', region: 'all' },
  { word: 'الشهر', unit: 'month', region: 'all' },
  { word: 'الربع', unit: 'quarter', region: 'all' },
  { word: 'العام', unit: 'year', region: 'all', adjective: true },
  { word: 'السنة', unit: 'year', region: 'all' },
  { word: 'السنه', unit: 'year', region: 'all' },
  { word: 'العقد', unit: 'decade', region: 'all' },
];

/**
 * Adjectives after «العام»/«السنة» that name another kind of year: «العام الدراسي» (the school year),
 * «السنة المالية», «العام الهجري». A start, middle or end of such a year is no calendar period
 * («إجازة منتصف العام الدراسي»).
 */
export const OTHER_YEAR_ADJECTIVES: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'الدراسي', region: 'all' },
  { word: 'الدراسية', region: 'all' },
  { word: 'الجامعي', region: 'all' },
  { word: 'الجامعية', region: 'all' },
  { word: 'المالي', region: 'all' },
  { word: 'المالية', region: 'all' },
  { word: 'القضائي', region: 'all' },
  { word: 'القضائية', region: 'all' },
  { word: 'التشريعي', region: 'all' },
  { word: 'التشريعية', region: 'all' },
  { word: 'الزراعي', region: 'all' },
  { word: 'الزراعية', region: 'all' },
  { word: 'الضريبي', region: 'all' },
  { word: 'الضريبية', region: 'all' },
  { word: 'الهجري', region: 'all' },
  { word: 'الهجرية', region: 'all' },
  { word: 'الرياضي', region: 'all' },
  { word: 'الرياضية', region: 'all' },
];

/** A plural period noun before a count and a direction: «الأسابيع الثلاثة القادمة»، «الأشهر الستة الماضية». */
export interface PeriodPluralWord {
  readonly word: string;
  /** `hour`: the hours run from or to the reference day, read as the days they touch. */
  readonly unit: PeriodUnit | 'day' | 'hour';
  readonly region: WordRegion;
}

/** A period named by the day or year after it: «أسبوع 15 سبتمبر»، «الأسبوع الثالث من عام 2027»، «الربع الأول من عام ألفين وعشرين». */
export const PERIOD_OF_DATE_WORDS: readonly { readonly word: string; readonly unit: 'week' | 'quarter' | 'half'; readonly region: WordRegion }[] = [
  { word: 'الأسبوع', unit: 'week', region: 'all' },
  { word: 'أسبوع', unit: 'week', region: 'all' },
  { word: 'الربع', unit: 'quarter', region: 'all' },
  { word: 'النصف', unit: 'half', region: 'all' },
];

/** The weekend: «عطلة نهاية الأسبوع»، «الويكند». */
export const WEEKEND_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'عطلة نهاية الأسبوع', region: 'all' },
  { word: 'عطلة نهاية الاسبوع', region: 'all' },
  { word: 'العطلة الأسبوعية', region: 'all' },
  { word: 'الويك إند', region: 'all' },
  { word: 'الويكند', region: 'all' },
  { word: 'الويك اند', region: 'egypt' },
];

/** «آخر 3 سنوات»: the last N periods up to the reference. */
export const LAST_N_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'آخر', region: 'all' },
  { word: 'أخر', region: 'all' },
];

/** Dual period nouns, a count of two with a direction: «العقدين الماضيين»، «الشهرين المقبلين». */
export const PERIOD_DUAL_WORDS: readonly PeriodPluralWord[] = [
  { word: 'الساعتين', unit: 'hour', region: 'all' },
  { word: 'اليومين', unit: 'day', region: 'all' },
  { word: 'الأسبوعين', unit: 'week', region: 'all' },
  { word: 'الشهرين', unit: 'month', region: 'all' },
  { word: 'العامين', unit: 'year', region: 'all' },
  { word: 'السنتين', unit: 'year', region: 'all' },
  { word: 'العقدين', unit: 'decade', region: 'all' },
];

/** Plural period nouns. */
export const PERIOD_PLURAL_WORDS: readonly PeriodPluralWord[] = [
  { word: 'الساعات', unit: 'hour', region: 'all' },
  { word: 'الأيام', unit: 'day', region: 'all' },
  { word: 'الأسابيع', unit: 'week', region: 'all' },
  { word: 'الأشهر', unit: 'month', region: 'all' },
  { word: 'الشهور', unit: 'month', region: 'all' },
  { word: 'السنوات', unit: 'year', region: 'all' },
  { word: 'الأعوام', unit: 'year', region: 'all' },
  { word: 'السنين', unit: 'year', region: 'all' },
];

/** A word narrowing a period to its start, middle or end: «مطلع»، «منتصف»، «أواخر». */
export interface PeriodModifierWord {
  readonly word: string;
  readonly modifier: 'start' | 'middle' | 'end';
  readonly region: WordRegion;
  /**
   * The word itself says a third (ten days of a month) or a half, whatever the `periodParts` option
   * says. A year's halves are not read here but as `half` periods («النصف الأول من العام»).
   */
  readonly split?: 'thirds' | 'halves';
}

/** «مطلع/أوائل/بداية»، «منتصف/أواسط»، «أواخر/نهاية/آخر» before a period, a month or a year. */
export const PERIOD_MODIFIER_WORDS: readonly PeriodModifierWord[] = [
  { word: 'مطلع', modifier: 'start', region: 'all' },
  { word: 'أوائل', modifier: 'start', region: 'all' },
  { word: 'بداية', modifier: 'start', region: 'all' },
  { word: 'بدايات', modifier: 'start', region: 'all' },
  { word: 'مستهل', modifier: 'start', region: 'all' },
  { word: 'أول', modifier: 'start', region: 'all' },
  { word: 'منتصف', modifier: 'middle', region: 'all' },
  { word: 'أواسط', modifier: 'middle', region: 'all' },
  { word: 'وسط', modifier: 'middle', region: 'all' },
  { word: 'نصف', modifier: 'middle', region: 'all' },
  { word: 'نص', modifier: 'middle', region: 'levant' },
  { word: 'أواخر', modifier: 'end', region: 'all' },
  { word: 'نهاية', modifier: 'end', region: 'all' },
  { word: 'نهايات', modifier: 'end', region: 'all' },
  { word: 'آخر', modifier: 'end', region: 'all' },
  { word: 'ختام', modifier: 'end', region: 'all' },
  { word: 'وقت مبكر من', modifier: 'start', region: 'all' },
  { word: 'وقت مبكر', modifier: 'start', region: 'all' },
  { word: 'في وقت لاحق من', modifier: 'end', region: 'all' },
  { word: 'في وقت لاحق', modifier: 'end', region: 'all' },
  { word: 'وقت لاحق من', modifier: 'end', region: 'all' },
  // «العشر الأواخر من رمضان»، «العشر الأوائل من ذي الحجة»: ten days, whatever periodParts says.
  { word: 'العشر الأوائل من', modifier: 'start', region: 'all', split: 'thirds' },
  { word: 'العشر الأول من', modifier: 'start', region: 'all', split: 'thirds' },
  { word: 'العشر الأواسط من', modifier: 'middle', region: 'all', split: 'thirds' },
  { word: 'العشر الأواخر من', modifier: 'end', region: 'all', split: 'thirds' },
  { word: 'العشر الأخيرة من', modifier: 'end', region: 'all', split: 'thirds' },
  { word: 'الأيام العشرة الأخيرة من', modifier: 'end', region: 'all', split: 'thirds' },
  { word: 'الأيام العشر الأواخر من', modifier: 'end', region: 'all', split: 'thirds' },
  { word: 'الأيام العشرة الأولى من', modifier: 'start', region: 'all', split: 'thirds' },
  { word: 'الأيام العشر الأوائل من', modifier: 'start', region: 'all', split: 'thirds' },
  // «الثلث الأخير من شهر رمضان»: a third, whatever periodParts says.
  { word: 'الثلث الأول من', modifier: 'start', region: 'all', split: 'thirds' },
  { word: 'الثلث الأوسط من', modifier: 'middle', region: 'all', split: 'thirds' },
  { word: 'الثلث الثاني من', modifier: 'middle', region: 'all', split: 'thirds' },
  { word: 'الثلث الأخير من', modifier: 'end', region: 'all', split: 'thirds' },
  { word: 'الثلث الثالث من', modifier: 'end', region: 'all', split: 'thirds' },
  // «النصف الأول من شهر يناير»: days 1–15 and 16–end, whatever periodParts says (a year's halves are year-part's).
  { word: 'النصف الأول من', modifier: 'start', region: 'all', split: 'halves' },
  { word: 'النصف الثاني من', modifier: 'end', region: 'all', split: 'halves' },
  { word: 'النصف الأخير من', modifier: 'end', region: 'all', split: 'halves' },
];

/** A decade named by the plural of its tens: «الثمانينات» is the 1980s (century from the reference). */
export interface DecadeWord {
  readonly word: string;
  /** The decade's tens digit times ten: 80 for «الثمانينات». */
  readonly tens: number;
  readonly region: WordRegion;
}

/** «العشرينات» … «التسعينات», with the «ـيات» spelling too. */
export const DECADE_WORDS: readonly DecadeWord[] = [
  { word: 'العشرينات', tens: 20, region: 'all' },
  { word: 'العشرينيات', tens: 20, region: 'all' },
  { word: 'الثلاثينات', tens: 30, region: 'all' },
  { word: 'الثلاثينيات', tens: 30, region: 'all' },
  { word: 'الأربعينات', tens: 40, region: 'all' },
  { word: 'الأربعينيات', tens: 40, region: 'all' },
  { word: 'الخمسينات', tens: 50, region: 'all' },
  { word: 'الخمسينيات', tens: 50, region: 'all' },
  { word: 'الستينات', tens: 60, region: 'all' },
  { word: 'الستينيات', tens: 60, region: 'all' },
  { word: 'السبعينات', tens: 70, region: 'all' },
  { word: 'السبعينيات', tens: 70, region: 'all' },
  { word: 'الثمانينات', tens: 80, region: 'all' },
  { word: 'الثمانينيات', tens: 80, region: 'all' },
  { word: 'التسعينات', tens: 90, region: 'all' },
  { word: 'التسعينيات', tens: 90, region: 'all' },
  // Without the article, as the first term of a construct: «سبعينيات القرن الماضي».
  { word: 'عشرينيات', tens: 20, region: 'all' },
  { word: 'ثلاثينيات', tens: 30, region: 'all' },
  { word: 'أربعينيات', tens: 40, region: 'all' },
  { word: 'خمسينيات', tens: 50, region: 'all' },
  { word: 'ستينيات', tens: 60, region: 'all' },
  { word: 'سبعينيات', tens: 70, region: 'all' },
  { word: 'ثمانينيات', tens: 80, region: 'all' },
  { word: 'تسعينيات', tens: 90, region: 'all' },
  { word: 'ثمانينات', tens: 80, region: 'all' },
  { word: 'تسعينات', tens: 90, region: 'all' },
];

/** After a decade, «من القرن الماضي»: the decade of the 1900s («التسعينيات من القرن الماضي»). */
export const LAST_CENTURY_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'من القرن الماضي', region: 'all' },
  { word: 'من القرن العشرين', region: 'all' },
  { word: 'من القرن المنصرم', region: 'all' },
];

/** A part of a year: a quarter or a half, named by its ordinal («الربع الأول»، «النصف الثاني»). */
export interface YearPartWord {
  readonly word: string;
  readonly unit: 'quarter' | 'half';
  readonly region: WordRegion;
}

/** «الربع» and «النصف» before an ordinal; the ordinal is read by the number layer. */
export const YEAR_PART_WORDS: readonly YearPartWord[] = [
  { word: 'الربع', unit: 'quarter', region: 'all' },
  { word: 'النصف', unit: 'half', region: 'all' },
];

/** A phrase for an unpinned recent or near time: «قبل أيام»، «في الآونة الأخيرة». */
export interface VagueTimeWord {
  readonly phrase: string;
  /** −1 recent past, +1 near future. */
  readonly direction: -1 | 1;
  /** The grain the phrase speaks in: days for «قبل أيام», months for «قبل أشهر». */
  readonly precision: 'day' | 'week' | 'month' | 'year';
  readonly region: WordRegion;
}

/** Phrases read as `vague: true` dates: they do not pin a day. */
export const VAGUE_TIME_PHRASES: readonly VagueTimeWord[] = [
  { phrase: 'قبل أيام', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'قبل أيام قليلة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'منذ أيام', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'منذ أيام قليلة', direction: -1, precision: 'day', region: 'all' },
  // «قبل ساعات»: earlier today or late yesterday; the grain is the day.
  { phrase: 'قبل ساعات', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'قبل ساعات قليلة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'منذ ساعات', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'بعد ساعات', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'الساعات القليلة الماضية', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'الساعات القليلة المقبلة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'الساعات الماضية', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'الساعات المقبلة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'قبل أسابيع', direction: -1, precision: 'week', region: 'all' },
  { phrase: 'منذ أسابيع', direction: -1, precision: 'week', region: 'all' },
  { phrase: 'قبل أشهر', direction: -1, precision: 'month', region: 'all' },
  { phrase: 'منذ أشهر', direction: -1, precision: 'month', region: 'all' },
  { phrase: 'قبل سنوات', direction: -1, precision: 'year', region: 'all' },
  { phrase: 'منذ سنوات', direction: -1, precision: 'year', region: 'all' },
  { phrase: 'الأيام القليلة الماضية', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'الأيام العديدة الماضية', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'الأيام القليلة المقبلة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'الأيام القليلة القادمة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'الأسابيع القليلة الماضية', direction: -1, precision: 'week', region: 'all' },
  { phrase: 'الأسابيع القليلة المقبلة', direction: 1, precision: 'week', region: 'all' },
  { phrase: 'الأسابيع القليلة القادمة', direction: 1, precision: 'week', region: 'all' },
  { phrase: 'الأشهر القليلة الماضية', direction: -1, precision: 'month', region: 'all' },
  { phrase: 'الأشهر القليلة المقبلة', direction: 1, precision: 'month', region: 'all' },
  { phrase: 'السنوات القليلة الماضية', direction: -1, precision: 'year', region: 'all' },
  { phrase: 'السنوات القليلة المقبلة', direction: 1, precision: 'year', region: 'all' },
  { phrase: 'في الآونة الأخيرة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'الآونة الأخيرة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'مؤخرا', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'مؤخراً', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'قبل فترة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'من فترة', direction: -1, precision: 'day', region: 'levant' },
  { phrase: 'قبل مدة', direction: -1, precision: 'day', region: 'all' },
  { phrase: 'بعد أيام', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'خلال الأيام المقبلة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'في الأيام المقبلة', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'قريبا', direction: 1, precision: 'day', region: 'all' },
  { phrase: 'قريباً', direction: 1, precision: 'day', region: 'all' },
];

/** A word joining the two ends of a range: «من … إلى»، «بين … و»، «حتى». */
export interface RangeWord {
  readonly word: string;
  /** `from` opens a range, `to` joins its end, `between` opens a «بين … و» range, `until` is an open end from the reference. */
  readonly role: 'from' | 'to' | 'between' | 'and' | 'until';
  readonly region: WordRegion;
}

/** Range connectors. */
export const RANGE_WORDS: readonly RangeWord[] = [
  { word: 'من', role: 'from', region: 'all' },
  { word: 'بداية من', role: 'from', region: 'maghreb' },
  { word: 'ابتداء من', role: 'from', region: 'all' },
  { word: 'اعتبارا من', role: 'from', region: 'all' },
  { word: 'إلى', role: 'to', region: 'all' },
  { word: 'الى', role: 'to', region: 'all' },
  { word: 'حتى', role: 'to', region: 'all' },
  { word: 'لغاية', role: 'to', region: 'all' },
  { word: 'وحتى', role: 'to', region: 'all' },
  { word: 'ولغاية', role: 'to', region: 'all' },
  { word: 'وإلى', role: 'to', region: 'all' },
  { word: 'بين', role: 'between', region: 'all' },
  { word: 'و', role: 'and', region: 'all' },
  { word: 'حتى', role: 'until', region: 'all' },
  { word: 'لغاية', role: 'until', region: 'all' },
  { word: 'إلى غاية', role: 'until', region: 'maghreb' },
];

/**
 * A word before days joined by «و»: «يومي» ("on the two days of") before two — «يومي الأحد والاثنين»،
 * «يومي 12 و13 مارس» —, «أيام» before two or more — «أيام 5 و6 و7 أبريل». Days that follow each
 * other are a range; other days are a list of dates («يومي 12 و15 آذار»). Before weekdays «أيام»
 * needs a direction («أيام الجمعة والسبت المقبلة»): without one the days recur (see
 * {@link RECURRING_DAY_WORDS}).
 */
export const DAY_LIST_WORDS: readonly { readonly word: string; readonly days: 'two' | 'two-or-more'; readonly region: WordRegion }[] = [
  { word: 'يومي', days: 'two', region: 'all' },
  { word: 'أيام', days: 'two-or-more', region: 'all' },
];

/**
 * Words before a weekday that make it a day that recurs, not one date: «تفتح المتاحف أيام الجمعة
 * والسبت»، «كل جمعة»، «كل يوم خميس». No date is read there; «يوم الجمعة» (singular) stays a date.
 */
export const RECURRING_DAY_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'أيام', region: 'all' },
  { word: 'كل', region: 'all' },
];

/** The word joining the two halves of a double date: «23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025». */
export const EQUIVALENCE_WORDS: readonly { readonly word: string; readonly region: WordRegion; readonly preferred?: true }[] = [
  { word: 'الموافق', region: 'all', preferred: true },
  { word: 'الموافقة', region: 'all' },
  { word: 'الموافق لـ', region: 'all' },
  { word: 'الموافق ل', region: 'all' },
  { word: 'الموافق ليوم', region: 'all' },
  { word: 'الموافق لـيوم', region: 'all' },
  { word: 'وفق', region: 'all' },
];

/**
 * Words that mean "the last" of a series: after the noun («الربع الأخير» is the 4th quarter, «الجمعة
 * الأخيرة من رمضان») or before it («آخر جمعة من رمضان»).
 */
export const LAST_WORDS: readonly { readonly word: string; readonly placement: 'after-noun' | 'before-noun'; readonly region: WordRegion }[] = [
  { word: 'الأخير', placement: 'after-noun', region: 'all' },
  { word: 'الأخيرة', placement: 'after-noun', region: 'all' },
  { word: 'آخر', placement: 'before-noun', region: 'all' },
];

/**
 * Weekday names that are also ordinary words: «الاثنين» is "the two", «الأحد» opens «الأحد عشر»
 * ("the eleven"). In running text they need «يوم», a direction word, a date after them or a range
 * word around them before they are read as a weekday.
 */
export const WEEKDAYS_NEEDING_CONTEXT: readonly string[] = ['الاثنين', 'الإثنين', 'الأثنين', 'الاتنين', 'الأحد'];

/**
 * Particles that may follow a day number without making it a count: «الأربعاء 27 مع الوفد»، «يوم 21 في
 * القاهرة». Any other word after the number («يوم 21 قتيلا») makes it a count, not a day.
 */
export const PARTICLES_AFTER_DATE: readonly string[] = ['مع', 'في', 'فى', 'على', 'عند', 'من', 'إلى', 'الى', 'حتى', 'و', 'ثم', 'حيث', 'لكن', 'بعد', 'قبل'];

/**
 * Words around an ambiguous weekday that make it one: «من الأحد إلى الخميس»، «اليوم الاثنين». The
 * parts of the day before it («مساء الاثنين»، «ليل الأحد») count too: `DAY_PART_PREFIXES` in times-of-day.
 */
export const WEEKDAY_CONTEXT_WORDS: readonly string[] = ['من', 'منذ', 'حتى', 'إلى', 'الى', 'اليوم', 'غدا', 'أمس'];

/** Words for "the rest of" a period: «بقية الأسبوع»، «باقي العام» run from the reference day to its end. */
export const REST_OF_WORDS: readonly { readonly word: string; readonly region: WordRegion }[] = [
  { word: 'بقية', region: 'all' },
  { word: 'باقي', region: 'all' },
  { word: 'ما تبقى من', region: 'all' },
];
