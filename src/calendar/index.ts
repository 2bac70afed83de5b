export type { CivilDate, CalendarSystem } from './types';
export { CalendarRangeError } from './errors';
export type { MonthDialect, MonthNameMatch } from './months';
export { lookupMonth, MONTH_DIALECTS, MONTH_NAME_SOURCE, monthNames, parseMonthName } from './months';
export type { IsoWeekday } from './weekdays';
export { lookupWeekday, parseWeekday, WEEKDAY_SOURCE } from './weekdays';
export {
  compareCivilDates,
  daysInMonth,
  isValidCivilDate,
  MAX_CIVIL_YEAR,
  MIN_CIVIL_YEAR,
  parseIsoDate,
  toIsoDate,
} from './civil-date';
export { addDays, addMonths, addYears } from './add';
export type { CalendarDuration, MonthsAndDays } from './add-duration';
export { addDuration, DAYS_PER_FRACTIONAL_MONTH, durationToMonthsAndDays } from './add-duration';
export { daysBetween, firstDayOfWeek, startOfWeek, weekdayOf } from './week';
export { toCivilDate } from './to-civil-date';
export {
  hijriMonthLength,
  isValidHijriDate,
  MAX_HIJRI_GREGORIAN,
  MAX_HIJRI_YEAR,
  MIN_HIJRI_GREGORIAN,
  MIN_HIJRI_YEAR,
  toGregorian,
  toHijri,
} from './hijri';
export type { FormatArabicDateOptions } from './format';
export { formatArabicDate } from './format';
