export type {
  DateFields,
  DateValue,
  DurationParts,
  DurationQualifier,
  DurationValue,
  PartOfDay,
  PeriodModifier,
  Precision,
  RangeValue,
  RelativeAnchor,
  TemporalKind,
  TemporalMatch,
  TemporalOptions,
  TemporalValue,
  TimeValue,
  VagueSide,
} from './types';
export { findTemporal } from './find';
export { parseDate } from './parse-date';
export { TemporalOptionsError } from './errors';
export { parseDuration } from './parse-duration';
export { DurationFormatError, formatArabicDuration } from './format-duration';
export type { FormatDurationOptions } from './format-duration';
