/**
 * `ziyara`: everything — Arabic temporal helpers, diplomacy schemas and the article extractor.
 *
 * @packageDocumentation
 */
export * from './temporal';
export * from './schemas';
export * from './extract';
// The schemas layer exports each temporal value as a zod schema and, under the same name, the
// temporal layer's type; naming them here makes the root export that merged symbol.
export {
  DateFields,
  DateValue,
  DurationParts,
  DurationValue,
  RangeValue,
  RelativeAnchor,
  TemporalMatch,
  TemporalValue,
  TimeValue,
} from './schemas/index';
