/**
 * ziyara's own metadata registry: an Arabic and an English title and description for
 * every schema and every field. Never zod's global registry, never `z.config`, so an
 * application's own zod metadata is left alone.
 *
 * @module
 */
import * as z from 'zod';

/**
 * The metadata ziyara attaches to each schema and field.
 *
 * @example
 * ```ts
 * const meta: SchemaMetadata = {
 *   title_ar: 'تاريخ الوصول', title_en: 'Arrival',
 *   description_ar: 'اليوم الذي وصل فيه الزائر', description_en: 'The day the visitor arrived',
 * };
 * ```
 */
export interface SchemaMetadata {
  /** JSON Schema `$defs` name for a top-level schema (`StateVisit`). */
  id?: string;
  /** Arabic title. */
  title_ar: string;
  /** English title. */
  title_en: string;
  /** Arabic description. */
  description_ar: string;
  /** English description. */
  description_en: string;
}

/**
 * The registry that holds ziyara's metadata; pass it to `z.toJSONSchema(schema, { metadata: ziyaraRegistry })`.
 *
 * @example
 * ```ts
 * ziyaraRegistry.get(StateVisit)?.title_ar; // 'زيارة رسمية أو زيارة دولة'
 * ```
 */
export const ziyaraRegistry = z.registry<SchemaMetadata>();

/**
 * Metadata written compactly: `[title, description]` in each language.
 * @internal
 */
export interface BilingualText {
  readonly en: readonly [title: string, description: string];
  readonly ar: readonly [title: string, description: string];
}

/**
 * Registers `schema` in {@link ziyaraRegistry} and returns it.
 * @internal
 */
export function named<S extends z.ZodType>(schema: S, id: string, text: BilingualText): S {
  ziyaraRegistry.add(schema, {
    id,
    title_en: text.en[0],
    description_en: text.en[1],
    title_ar: text.ar[0],
    description_ar: text.ar[1],
  } satisfies SchemaMetadata as never);
  return schema;
}

/**
 * A field: a copy of `schema` (so that the same schema can carry different metadata in
 * different places), registered with the field's own metadata. The copy keeps `schema`
 * as its parent, so JSON Schema refers to the shared definition.
 * @internal
 */
export function field<S extends z.ZodType>(schema: S, text: BilingualText): S {
  const copy = schema.clone(undefined, { parent: true }) as S;
  ziyaraRegistry.add(copy, {
    title_en: text.en[0],
    description_en: text.en[1],
    title_ar: text.ar[0],
    description_ar: text.ar[1],
  } satisfies SchemaMetadata as never);
  return copy;
}
