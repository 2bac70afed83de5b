/**
 * JSON Schema (draft 2020-12) for ziyara's top-level schemas, generated from the zod
 * schemas with ziyara's metadata: English `title`/`description` for generic tools, and
 * `title_ar`, `title_en`, `description_ar`, `description_en` on every schema and field.
 *
 * @module
 */
import * as z from 'zod';
import { Country } from './country';
import { Delegation } from './delegation';
import { DelegationMember } from './delegation-member';
import { Evidence } from './evidence';
import { Office } from './office';
import { OfficialStatement } from './official-statement';
import { Organization } from './organization';
import { Person } from './person';
import { Place } from './place';
import { RelatedEvent } from './related-event';
import { ziyaraRegistry } from './registry';
import { Source } from './source';
import { StateVisit } from './state-visit';
import { DateValue, DurationValue, RangeValue, TemporalMatch, TimeValue } from './temporal';

/** The scheme check of `z.httpUrl()`, as a JSON Schema pattern. */
const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://';

/**
 * The name of a top-level schema that has a JSON Schema file (`ziyara/json-schema/<name>.json`).
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = 'OfficialStatement'; // «تصريح رسمي»
 * ```
 */
export type JsonSchemaName =
  | 'StateVisit'
  | 'Delegation'
  | 'DelegationMember'
  | 'OfficialStatement'
  | 'Person'
  | 'Organization'
  | 'Office'
  | 'Place'
  | 'Country'
  | 'Evidence'
  | 'Source'
  | 'RelatedEvent'
  | 'DateValue'
  | 'DurationValue'
  | 'TimeValue'
  | 'RangeValue'
  | 'TemporalMatch';

/**
 * The schema behind each JSON Schema name.
 * @internal
 */
export const JSON_SCHEMA_SOURCES: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  StateVisit,
  Delegation,
  DelegationMember,
  OfficialStatement,
  Person,
  Organization,
  Office,
  Place,
  Country,
  Evidence,
  Source,
  RelatedEvent,
  DateValue,
  DurationValue,
  TimeValue,
  RangeValue,
  TemporalMatch,
};

/**
 * The names of the top-level schemas, in a stable order.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES.includes('StateVisit'); // true — «زيارة دولة»
 * ```
 */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[];

/**
 * A JSON Schema document as produced by {@link toJSONSchema}.
 *
 * @example
 * ```ts
 * const schema: JsonSchemaDocument = toJSONSchema('Place'); // «المكان»
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export type JsonSchemaDocument = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema (draft 2020-12) of a top-level schema, describing the JSON a user may
 * send (the schema's input: fields with defaults are optional; unknown keys are allowed
 * because parsing strips them). Cross-field rules (departure after arrival, delegation
 * head among members, offsets ordered) cannot be said in JSON Schema: parse with zod for those.
 * Reused schemas (`Person`, `DateValue`…) are in `$defs`.
 *
 * @param name - a name from {@link JSON_SCHEMA_NAMES}.
 * @returns a fresh JSON Schema object.
 * @throws Error when `name` is not a top-level schema name (the message lists the valid names).
 * @example
 * ```ts
 * const schema = toJSONSchema('StateVisit');
 * schema.title; // 'State visit'
 * schema.title_ar; // 'زيارة رسمية أو زيارة دولة'
 * ```
 */
export function toJSONSchema(name: JsonSchemaName): JsonSchemaDocument {
  if (!Object.prototype.hasOwnProperty.call(JSON_SCHEMA_SOURCES, name)) {
    throw new Error(`Unknown schema name ${JSON.stringify(name)}: expected one of ${JSON_SCHEMA_NAMES.join(', ')}`);
  }
  const generated = z.toJSONSchema(JSON_SCHEMA_SOURCES[name], {
    target: 'draft-2020-12',
    metadata: ziyaraRegistry,
    io: 'input',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      // every URL field is z.httpUrl(); say its http(s) rule in the JSON Schema too
      if (jsonSchema.format === 'uri' && jsonSchema.pattern === undefined) jsonSchema.pattern = HTTP_URL_PATTERN;
      const meta = ziyaraRegistry.get(zodSchema);
      if (!meta) return;
      // every property carries all four texts, even where they equal those of the $ref target
      jsonSchema.title_ar = meta.title_ar;
      jsonSchema.title_en = meta.title_en;
      jsonSchema.description_ar = meta.description_ar;
      jsonSchema.description_en = meta.description_en;
      jsonSchema.title = meta.title_en;
      jsonSchema.description = meta.description_en;
    },
  });
  return hoistRoot(generated, name);
}

/**
 * zod puts a root schema that has an `id` in `$defs` and makes the root a `$ref` to it;
 * a file reads better with the schema itself at the root, so move it back up.
 */
function hoistRoot(document: JsonSchemaDocument, name: string): JsonSchemaDocument {
  const ownRef = `#/$defs/${name}`;
  const defs = { ...(document.$defs ?? {}) };
  const root = defs[name];
  if (document.$ref !== ownRef || !root || typeof root !== 'object') return document;
  delete defs[name];
  const text = JSON.stringify(root).split(JSON.stringify(ownRef)).join('"#"');
  const defsText = JSON.stringify(defs).split(JSON.stringify(ownRef)).join('"#"');
  const hoisted: JsonSchemaDocument = { $schema: document.$schema, ...(JSON.parse(text) as JsonSchemaDocument) };
  const remaining = JSON.parse(defsText) as Record<string, JsonSchemaDocument>;
  if (Object.keys(remaining).length > 0) hoisted.$defs = remaining;
  return hoisted;
}
