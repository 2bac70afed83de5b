/**
 * Schemas of the values ziyara's temporal parsers return (`src/temporal/types.ts`),
 * so that extractor output validates. Each const shares its name with the temporal
 * layer's type, so `DateValue` is both a schema and a type.
 *
 * @module
 */
import * as z from 'zod';
import type * as temporal from '../temporal/types';
import { buildRegex } from '../text/regex';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { raiseRule } from './rules';

/**
 * The temporal layer's `DateFields` (this module's `DateFields` is its schema).
 *
 * @example
 * ```ts
 * const known: DateFields = { day: 15, month: 10 }; // «15 تشرين الأول»
 * ```
 */
export type DateFields = temporal.DateFields;
/**
 * The temporal layer's `RelativeAnchor` (this module's `RelativeAnchor` is its schema).
 *
 * @example
 * ```ts
 * const relative: RelativeAnchor = { unit: 'week', offset: 1 }; // «الأسبوع المقبل»
 * ```
 */
export type RelativeAnchor = temporal.RelativeAnchor;
/**
 * The temporal layer's `DateValue` (this module's `DateValue` is its schema).
 *
 * @example
 * ```ts
 * const value: DateValue | null = parseDate('15 تشرين الأول الماضي', { reference: '2026-01-28' }) as DateValue;
 * ```
 */
export type DateValue = temporal.DateValue;
/**
 * The temporal layer's `TimeValue` (this module's `TimeValue` is its schema).
 *
 * @example
 * ```ts
 * const time: TimeValue = { type: 'time', hour: 22, minute: 30 }; // «الساعة 10:30 مساء»
 * ```
 */
export type TimeValue = temporal.TimeValue;
/**
 * The temporal layer's `RangeValue` (this module's `RangeValue` is its schema).
 *
 * @example
 * ```ts
 * const range = parseDate('بين 12 و15 أكتوبر 2025') as RangeValue;
 * ```
 */
export type RangeValue = temporal.RangeValue;
/**
 * The temporal layer's `DurationParts` (this module's `DurationParts` is its schema).
 *
 * @example
 * ```ts
 * const parts: DurationParts = { years: 1, months: 3 }; // «عام وثلاثة أشهر»
 * ```
 */
export type DurationParts = temporal.DurationParts;
/**
 * The temporal layer's `DurationValue` (this module's `DurationValue` is its schema).
 *
 * @example
 * ```ts
 * const value: DurationValue | null = parseDuration('ثلاثة أشهر ونصف'); // iso 'P3.5M'
 * ```
 */
export type DurationValue = temporal.DurationValue;
/**
 * The temporal layer's `TemporalValue` (this module's `TemporalValue` is its schema).
 *
 * @example
 * ```ts
 * const value: TemporalValue | null = parseDate('أمس', { reference: '2026-01-28' });
 * ```
 */
export type TemporalValue = temporal.TemporalValue;
/**
 * The temporal layer's `TemporalMatch` (this module's `TemporalMatch` is its schema).
 *
 * @example
 * ```ts
 * const matches: TemporalMatch[] = findTemporal('زار موسكو أمس', { reference: '2026-01-28' });
 * ```
 */
export type TemporalMatch = temporal.TemporalMatch;

const ISO_DURATION = buildRegex(
  'schemas/iso-duration',
  '^P(?!$)(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?Y)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?M)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?W)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?D)?(?:T(?=[0-9])(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?H)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?M)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?S)?)?$',
);

const yearField = field(z.int().optional(), {
  en: ['Year', 'The year, in the calendar of the text.'],
  ar: ['السنة', 'السنة بتقويم النص.'],
});

const dateFieldsSchema = z.object({
    year: yearField,
    month: field(z.int().min(1).max(12).optional(), {
      en: ['Month', 'The month, 1–12, in the calendar of the text (Hijri months for a Hijri date).'],
      ar: ['الشهر', 'الشهر من 1 إلى 12 بتقويم النص (الأشهر الهجرية للتاريخ الهجري).'],
    }),
    day: field(z.int().min(1).max(31).optional(), {
      en: ['Day', 'The day of the month, 1–31.'],
      ar: ['اليوم', 'اليوم من الشهر، من 1 إلى 31.'],
    }),
    weekday: field(z.int().min(1).max(7).optional(), {
      en: ['Weekday', 'ISO weekday: 1 = Monday … 7 = Sunday.'],
      ar: ['يوم الأسبوع', 'يوم الأسبوع وفق ISO: 1 = الاثنين … 7 = الأحد.'],
    }),
  });
true satisfies IsExact<z.output<typeof dateFieldsSchema>, DateFields>;
true satisfies IsExact<z.input<typeof dateFieldsSchema>, DateFields>;

/**
 * Schema of the temporal layer's `DateFields`: parts of a date as written or inferred.
 *
 * @example
 * ```ts
 * DateFields.parse({ day: 15, month: 10 }); // «15 تشرين الأول»
 * ```
 */
export const DateFields: z.ZodType<DateFields, DateFields> = named(dateFieldsSchema, 'DateFields', {
    en: ['Date fields', 'Parts of a date, each present only when written or inferred.'],
    ar: ['أجزاء التاريخ', 'أجزاء التاريخ، ولا يظهر منها إلا ما كُتب أو استُنتج.'],
  });

const relativeAnchorSchema = z.object({
    unit: field(z.enum(['day', 'week', 'month', 'quarter', 'year', 'hour', 'minute', 'second', 'decade', 'century']), {
      en: ['Unit', 'The unit counted from the reference date.'],
      ar: ['الوحدة', 'الوحدة المعدودة من التاريخ المرجعي.'],
    }),
    offset: field(z.number(), {
      en: ['Offset', 'Units after (positive) or before (negative) the reference; fractional for «ونصف».'],
      ar: ['الإزاحة', 'عدد الوحدات بعد التاريخ المرجعي (موجب) أو قبله (سالب)، ويكون كسرا مع «ونصف».'],
    }),
  });
true satisfies IsExact<z.output<typeof relativeAnchorSchema>, RelativeAnchor>;
true satisfies IsExact<z.input<typeof relativeAnchorSchema>, RelativeAnchor>;

/**
 * Schema of the temporal layer's `RelativeAnchor`: a date relative to the reference date.
 *
 * @example
 * ```ts
 * RelativeAnchor.parse({ unit: 'week', offset: 1 }); // «الأسبوع المقبل»
 * ```
 */
export const RelativeAnchor: z.ZodType<RelativeAnchor, RelativeAnchor> = named(relativeAnchorSchema, 'RelativeAnchor', {
    en: ['Relative anchor', 'How a date is placed relative to the reference date.'],
    ar: ['المرجع النسبي', 'موقع التاريخ بالنسبة إلى التاريخ المرجعي.'],
  });

const isoDay = (en: [string, string], ar: [string, string]) => field(z.iso.date().optional(), { en, ar });

const partOfDaySchema = z.enum(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night']);
const vagueSideSchema = z.enum(['past', 'future']);

const dateValueSchema = z
    .object({
      type: field(z.literal('date'), {
        en: ['Type', 'Always "date".'],
        ar: ['النوع', 'القيمة "date" دائما.'],
      }),
      calendar: field(z.enum(['gregory', 'islamic-umalqura']), {
        en: ['Calendar', 'The calendar the text used: gregory or islamic-umalqura.'],
        ar: ['التقويم', 'التقويم الذي استعمله النص: ميلادي (gregory) أو هجري أم القرى (islamic-umalqura).'],
      }),
      precision: field(z.enum(['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century']), {
        en: ['Precision', 'How much of the calendar the value covers.'],
        ar: ['الدقة', 'المدى الذي تغطيه القيمة من التقويم: يوم أو أسبوع أو شهر…'],
      }),
      known: field(DateFields, {
        en: ['Written parts', 'The parts of the date the text wrote.'],
        ar: ['الأجزاء المكتوبة', 'أجزاء التاريخ التي ذكرها النص.'],
      }),
      implied: field(DateFields, {
        en: ['Implied parts', 'The parts inferred from the reference date, «الماضي», a Hijri conversion…'],
        ar: ['الأجزاء المستنتجة', 'أجزاء التاريخ المستنتجة من التاريخ المرجعي أو من «الماضي» أو من التحويل الهجري…'],
      }),
      start: isoDay(
        ['Start', 'First Gregorian day covered, YYYY-MM-DD; absent when vague.'],
        ['البداية', 'أول يوم ميلادي تغطيه القيمة بصيغة YYYY-MM-DD، ويغيب إن كانت مبهمة.'],
      ),
      end: isoDay(
        ['End', 'Last Gregorian day covered (inclusive), YYYY-MM-DD; absent when vague.'],
        ['النهاية', 'آخر يوم ميلادي تغطيه القيمة (ضمنا) بصيغة YYYY-MM-DD، ويغيب إن كانت مبهمة.'],
      ),
      hijri: field(DateFields.optional(), {
        en: ['Hijri date', 'The Hijri date as written, when the text was Hijri.'],
        ar: ['التاريخ الهجري', 'التاريخ الهجري كما ورد إن كان النص هجريا.'],
      }),
      relative: field(RelativeAnchor.optional(), {
        en: ['Relative to', 'Present when the text was relative to the reference date.'],
        ar: ['نسبي إلى', 'يظهر إن كان النص نسبيا إلى التاريخ المرجعي.'],
      }),
      modifier: field(z.enum(['start', 'middle', 'end']).optional(), {
        en: ['Part of the period', 'Start, middle or end of the period (مطلع، منتصف، أواخر).'],
        ar: ['جزء الفترة', 'مطلع الفترة أو منتصفها أو أواخرها.'],
      }),
      vague: field(z.literal(true).optional(), {
        en: ['Vague', 'true when the text does not pin a day (قبل أيام).'],
        ar: ['مبهم', 'true إن لم يحدد النص يوما بعينه (قبل أيام).'],
      }),
      vagueSide: field(vagueSideSchema.optional(), {
        en: ['Side of a vague date', 'With vague: past for قبل أيام، مؤخرا; future for في الأيام المقبلة، قريبا.'],
        ar: ['جهة التاريخ المبهم', 'مع المبهم: past لـ«قبل أيام» و«مؤخرا»، وfuture لـ«في الأيام المقبلة» و«قريبا».'],
      }),
      warnings: field(z.array(z.string()).optional(), {
        en: ['Warnings', 'Problems found while reading it.'],
        ar: ['تنبيهات', 'مشكلات ظهرت أثناء قراءته.'],
      }),
      partOfDay: field(partOfDaySchema.optional(), {
        en: ['Part of day', 'The part of the day written before the day (مساء الخميس); «ليلة» + a weekday is the night before it.'],
        ar: ['جزء اليوم', 'جزء اليوم المذكور قبل اليوم (مساء الخميس)؛ و«ليلة» قبل اسم يوم هي الليلة التي تسبقه.'],
      }),
    })
    .superRefine((value, ctx) => {
      if (value.start !== undefined && value.end !== undefined && value.end < value.start) {
        raiseRule(ctx, 'date-range-order', ['end'], { start: value.start, end: value.end });
      }
    });
true satisfies IsExact<z.output<typeof dateValueSchema>, DateValue>;
true satisfies IsExact<z.input<typeof dateValueSchema>, DateValue>;

/**
 * Schema of the temporal layer's `DateValue`: a day, a week, a month… with `start ≤ end`.
 *
 * @example
 * ```ts
 * DateValue.parse({
 *   type: 'date', calendar: 'gregory', precision: 'day',
 *   known: { day: 15, month: 10 }, implied: { year: 2025 },
 *   start: '2025-10-15', end: '2025-10-15',
 * }); // «15 تشرين الأول الماضي»
 * ```
 */
export const DateValue: z.ZodType<DateValue, DateValue> = named(dateValueSchema, 'DateValue', {
    en: ['Date value', 'A date or a period (day, week, month, quarter, year…) read from the text.'],
    ar: ['قيمة تاريخ', 'تاريخ أو فترة (يوم، أسبوع، شهر، ربع، سنة…) مقروءة من النص.'],
  });

const timeValueSchema = z.object({
    type: field(z.literal('time'), { en: ['Type', 'Always "time".'], ar: ['النوع', 'القيمة "time" دائما.'] }),
    hour: field(z.int().min(0).max(23), { en: ['Hour', '0–23.'], ar: ['الساعة', 'من 0 إلى 23.'] }),
    minute: field(z.int().min(0).max(59), { en: ['Minute', '0–59.'], ar: ['الدقيقة', 'من 0 إلى 59.'] }),
    second: field(z.int().min(0).max(59).optional(), {
      en: ['Second', '0–59, when written.'],
      ar: ['الثانية', 'من 0 إلى 59 إن ذُكرت.'],
    }),
    partOfDay: field(partOfDaySchema.optional(), {
      en: ['Part of day', 'The part of day the text named (صباحا، مساء…).'],
      ar: ['جزء اليوم', 'جزء اليوم الذي ذكره النص (صباحا، مساء…).'],
    }),
    timeZone: field(z.string().min(1).optional(), {
      en: ['Time zone', 'The IANA time zone the text gave the time in (بتوقيت مكة المكرمة → Asia/Riyadh); absent for local time.'],
      ar: ['المنطقة الزمنية', 'المنطقة الزمنية (IANA) التي ذكرها النص للوقت (بتوقيت مكة المكرمة ← Asia/Riyadh)؛ تغيب في التوقيت المحلي.'],
    }),
    date: field(DateValue.optional(), {
      en: ['Date', 'The date the time belongs to, when the text gave one.'],
      ar: ['التاريخ', 'التاريخ الذي يخصه الوقت إن ذكره النص.'],
    }),
  });
true satisfies IsExact<z.output<typeof timeValueSchema>, TimeValue>;
true satisfies IsExact<z.input<typeof timeValueSchema>, TimeValue>;

/**
 * Schema of the temporal layer's `TimeValue`: a time of day.
 *
 * @example
 * ```ts
 * TimeValue.parse({ type: 'time', hour: 22, minute: 30, partOfDay: 'evening' }); // «10:30 مساء»
 * ```
 */
export const TimeValue: z.ZodType<TimeValue, TimeValue> = named(timeValueSchema, 'TimeValue', {
    en: ['Time value', 'A time of day, with its date when the text gave one.'],
    ar: ['قيمة وقت', 'وقت من اليوم، مع تاريخه إن ذكره النص.'],
  });

const dateOrTime = z.discriminatedUnion('type', [dateValueSchema, timeValueSchema]);

const rangeValueSchema = z.object({
    type: field(z.literal('range'), { en: ['Type', 'Always "range".'], ar: ['النوع', 'القيمة "range" دائما.'] }),
    from: field(dateOrTime, { en: ['From', 'The first date or time.'], ar: ['من', 'التاريخ أو الوقت الأول.'] }),
    to: field(dateOrTime, { en: ['To', 'The last date or time.'], ar: ['إلى', 'التاريخ أو الوقت الأخير.'] }),
  });
true satisfies IsExact<z.output<typeof rangeValueSchema>, RangeValue>;
true satisfies IsExact<z.input<typeof rangeValueSchema>, RangeValue>;

/**
 * Schema of the temporal layer's `RangeValue`: between two dates or two times.
 *
 * @example
 * ```ts
 * // «بين 12 و15 أكتوبر 2025»
 * RangeValue.parse({ type: 'range', from: twelfth, to: fifteenth });
 * ```
 */
export const RangeValue: z.ZodType<RangeValue, RangeValue> = named(rangeValueSchema, 'RangeValue', {
    en: ['Range value', 'A range between two dates or two times.'],
    ar: ['قيمة مدى', 'مدى بين تاريخين أو وقتين.'],
  });

const amount = (en: string, ar: string) =>
  field(z.number().nonnegative().optional(), { en: [en, `Number of ${en.toLowerCase()}; may be fractional.`], ar: [ar, `عدد ${ar}، ويجوز أن يكون كسرا.`] });

const durationPartsSchema = z.object({
    centuries: amount('Centuries', 'القرون'),
    decades: amount('Decades', 'العقود'),
    years: amount('Years', 'السنوات'),
    months: amount('Months', 'الأشهر'),
    weeks: amount('Weeks', 'الأسابيع'),
    days: amount('Days', 'الأيام'),
    hours: amount('Hours', 'الساعات'),
    minutes: amount('Minutes', 'الدقائق'),
    seconds: amount('Seconds', 'الثواني'),
  });
true satisfies IsExact<z.output<typeof durationPartsSchema>, DurationParts>;
true satisfies IsExact<z.input<typeof durationPartsSchema>, DurationParts>;

/**
 * Schema of the temporal layer's `DurationParts`: amounts of each unit.
 *
 * @example
 * ```ts
 * DurationParts.parse({ months: 3.5 }); // «ثلاثة أشهر ونصف»
 * ```
 */
export const DurationParts: z.ZodType<DurationParts, DurationParts> = named(durationPartsSchema, 'DurationParts', {
    en: ['Duration parts', 'Amounts of each unit of a duration; fractional amounts allowed.'],
    ar: ['أجزاء المدة', 'مقدار كل وحدة من وحدات المدة، ويجوز الكسر.'],
  });

const durationValueSchema = z.object({
    type: field(z.literal('duration'), { en: ['Type', 'Always "duration".'], ar: ['النوع', 'القيمة "duration" دائما.'] }),
    iso: field(z.string().regex(ISO_DURATION), {
      en: ['ISO 8601 duration', 'The duration in ISO 8601 form (P3.5M, P2D, P1Y3M, PT1.5H).'],
      ar: ['المدة بصيغة ISO 8601', 'المدة بصيغة ISO 8601 (P3.5M، P2D، P1Y3M، PT1.5H).'],
    }),
    parts: field(DurationParts, {
      en: ['Parts', 'Amounts of each unit.'],
      ar: ['الأجزاء', 'مقدار كل وحدة.'],
    }),
    qualifier: field(z.enum(['less-than', 'more-than', 'about', 'at-least', 'at-most', 'only', 'within']).nullable(), {
      en: ['Qualifier', 'How the text bounds or hedges the duration (أقل من، نحو، فقط…), or null.'],
      ar: ['القيد', 'كيف قيد النص المدة (أقل من، نحو، فقط…)، أو null.'],
    }),
  });
true satisfies IsExact<z.output<typeof durationValueSchema>, DurationValue>;
true satisfies IsExact<z.input<typeof durationValueSchema>, DurationValue>;

/**
 * Schema of the temporal layer's `DurationValue`: a length of time with its ISO 8601 form.
 *
 * @example
 * ```ts
 * DurationValue.parse({ type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null }); // «ثلاثة أشهر ونصف»
 * ```
 */
export const DurationValue: z.ZodType<DurationValue, DurationValue> = named(durationValueSchema, 'DurationValue', {
    en: ['Duration value', 'A length of time read from the text.'],
    ar: ['قيمة مدة', 'مدة زمنية مقروءة من النص.'],
  });

const temporalValueSchema = z.discriminatedUnion('type', [dateValueSchema, rangeValueSchema, durationValueSchema, timeValueSchema]);
true satisfies IsExact<z.output<typeof temporalValueSchema>, TemporalValue>;
true satisfies IsExact<z.input<typeof temporalValueSchema>, TemporalValue>;

/**
 * Schema of the temporal layer's `TemporalValue`: any of the four values, told apart by `type`.
 *
 * @example
 * ```ts
 * TemporalValue.parse({ type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: 'only' }); // «يومين فقط»
 * ```
 */
export const TemporalValue: z.ZodType<TemporalValue, TemporalValue> = named(temporalValueSchema, 'TemporalValue', {
  en: ['Temporal value', 'A date, a range, a duration or a time.'],
  ar: ['قيمة زمنية', 'تاريخ أو مدى أو مدة أو وقت.'],
});

const Offset = z.int().nonnegative();

const temporalMatchSchema = z
    .object({
      kind: field(z.enum(['date', 'range', 'duration', 'time']), {
        en: ['Kind', 'The kind of value: date, range, duration or time.'],
        ar: ['النوع', 'نوع القيمة: تاريخ أو مدى أو مدة أو وقت.'],
      }),
      text: field(z.string(), {
        en: ['Text', 'The matched text exactly as in the input: input.slice(index, end).'],
        ar: ['النص', 'النص المطابق كما ورد في المدخل تماما.'],
      }),
      index: field(Offset, {
        en: ['Start offset', 'UTF-16 offset of the first unit in the input.'],
        ar: ['موضع البداية', 'موضع أول وحدة في المدخل (بوحدات UTF-16).'],
      }),
      end: field(Offset, {
        en: ['End offset', 'UTF-16 offset after the last unit in the input.'],
        ar: ['موضع النهاية', 'الموضع الذي يلي آخر وحدة في المدخل (بوحدات UTF-16).'],
      }),
      value: field(temporalValueSchema, {
        en: ['Value', 'What the expression means.'],
        ar: ['القيمة', 'معنى العبارة.'],
      }),
    })
    .superRefine((match, ctx) => {
      if (match.index > match.end) {
        raiseRule(ctx, 'offsets-ordered', ['end'], { index: match.index, end: match.end });
      } else if (match.text.length !== match.end - match.index) {
        raiseRule(ctx, 'evidence-length', ['text'], { length: match.text.length, span: match.end - match.index });
      }
      if (match.kind !== match.value.type) {
        raiseRule(ctx, 'kind-mismatch', ['kind'], { kind: match.kind, type: match.value.type });
      }
    });
true satisfies IsExact<z.output<typeof temporalMatchSchema>, TemporalMatch>;
true satisfies IsExact<z.input<typeof temporalMatchSchema>, TemporalMatch>;

/**
 * Schema of the temporal layer's `TemporalMatch`: one expression found in running text.
 * Rules: `index ≤ end`, `text` is `end − index` characters long, `kind` equals `value.type`.
 *
 * @example
 * ```ts
 * TemporalMatch.parse(findTemporal('زار موسكو أمس', { reference: '2026-01-28' })[0]);
 * ```
 */
export const TemporalMatch: z.ZodType<TemporalMatch, TemporalMatch> = named(temporalMatchSchema, 'TemporalMatch', {
    en: ['Temporal match', 'One temporal expression found in running text, with its offsets and value.'],
    ar: ['عبارة زمنية', 'عبارة زمنية وُجدت في النص، مع موضعيها وقيمتها.'],
  });
