export { ziyaraRegistry } from './registry';
export type { SchemaMetadata } from './registry';
export { SCHEMA_RULES } from './rules';
export type { SchemaRule } from './rules';
export { IsoDate } from './iso-date';
export { Country } from './country';
export { Evidence } from './evidence';
export { LocalizedName } from './localized-name';
export { Place, PLACE_KINDS } from './place';
export type { PlaceKind } from './place';
export { Person } from './person';
export { Organization, ORGANIZATION_KINDS } from './organization';
export type { OrganizationKind } from './organization';
export { Office } from './office';
export { DelegationMember, DELEGATION_ROLES } from './delegation-member';
export type { DelegationRole } from './delegation-member';
export { Delegation, DELEGATION_KINDS, UnspecifiedMembers } from './delegation';
export type { DelegationInput, DelegationKind } from './delegation';
export {
  OfficialStatement,
  Speaker,
  ReportingVerbUse,
  StatementContent,
  STATEMENT_ATTRIBUTIONS,
  STATEMENT_CERTAINTIES,
  CONTENT_MODES,
} from './official-statement';
export type { OfficialStatementInput, StatementAttribution, StatementCertainty, ContentMode } from './official-statement';
export { Source } from './source';
export type { SourceInput } from './source';
export { RelatedEvent, RELATED_EVENT_KINDS } from './related-event';
export type { RelatedEventKind } from './related-event';
export { EventCodes, CAMEO_VISIT_CODES } from './event-codes';
export type { CameoVisitCode, EventCodesInput, PloverVisitCode } from './event-codes';
export { StateVisit, VisitType, VisitOrdinal, VisitParticipant, VisitPeriod, VISIT_TYPES } from './state-visit';
export type { StateVisitInput, VisitTypeCode } from './state-visit';
export {
  DateFields,
  RelativeAnchor,
  DateValue,
  TimeValue,
  RangeValue,
  DurationParts,
  DurationValue,
  TemporalValue,
  TemporalMatch,
} from './temporal';
export { formatSchemaIssues, schemaErrorMap, validateSchema } from './errors';
export type {
  FormatIssuesOptions,
  SchemaIssue,
  SchemaLanguage,
  SchemaValidation,
  SchemaValidationFailure,
  SchemaValidationSuccess,
} from './errors';
export { toJSONSchema, JSON_SCHEMA_NAMES } from './json-schema';
export type { JsonSchemaDocument, JsonSchemaName } from './json-schema';
export { countryCodes, isCountryCode, arabicCountryName, englishCountryName } from '../data/country-codes';
export { OFFICE_CODES, PORTFOLIO_CODES } from '../data/offices';
export type { OfficeCode, Portfolio } from '../data/offices';
export { REPORTING_VERB_CODES } from '../data/reporting-verbs';
export type { ReportingVerbCode } from '../data/reporting-verbs';
