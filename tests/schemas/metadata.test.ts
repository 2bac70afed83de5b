import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ziyaraRegistry } from '../../src/schemas/index';
import { JSON_SCHEMA_SOURCES } from '../../src/schemas/json-schema';

const KEYS = ['title_ar', 'title_en', 'description_ar', 'description_en'] as const;
const ARABIC = /[\u0600-\u06FF]/u;

/** The schema inside optional/nullable/default/array wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodArray) {
      current = current.element as z.ZodType;
    } else break;
  }
  return current;
}

/** Every field of every object reachable from `root`, as `[path, field schema]`. */
function fields(root: z.ZodType, path: string, seen = new Set<z.ZodType>()): [string, z.ZodType][] {
  const inner = unwrap(root);
  if (seen.has(inner)) return [];
  seen.add(inner);
  const found: [string, z.ZodType][] = [];
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      found.push([`${path}.${key}`, child], ...fields(child, `${path}.${key}`, seen));
    }
  } else if (inner instanceof z.ZodDiscriminatedUnion || inner instanceof z.ZodUnion) {
    (inner.options as z.ZodType[]).forEach((option, i) => found.push(...fields(option, `${path}|${i}`, seen)));
  }
  return found;
}

function hasFullMetadata(schema: z.ZodType): boolean {
  const meta = ziyaraRegistry.get(schema);
  return !!meta && KEYS.every((key) => typeof meta[key] === 'string' && meta[key].length > 0) && ARABIC.test(meta.title_ar) && ARABIC.test(meta.description_ar);
}

describe('metadata in ziyara’s own registry', () => {
  it.each(Object.entries(JSON_SCHEMA_SOURCES))('%s and every field it reaches have Arabic and English titles and descriptions', (name, schema) => {
    expect(hasFullMetadata(schema as z.ZodType)).toBe(true);
    const all = fields(schema as z.ZodType, name);
    const missing = all.filter(([, field]) => !hasFullMetadata(field)).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('walks a meaningful number of fields', () => {
    expect(fields(JSON_SCHEMA_SOURCES.StateVisit, 'StateVisit').length).toBeGreaterThan(100);
  });

  it("leaves zod's global registry alone", () => {
    expect(z.globalRegistry.get(JSON_SCHEMA_SOURCES.StateVisit)).toBeUndefined();
    expect(z.globalRegistry.get(JSON_SCHEMA_SOURCES.Person)).toBeUndefined();
  });

  it('gives the same schema different metadata in different places', () => {
    const shape = (JSON_SCHEMA_SOURCES.StateVisit as unknown as z.ZodObject).shape;
    expect(ziyaraRegistry.get(shape.guestCountry)?.title_ar).toBe('الدولة الزائرة');
    expect(ziyaraRegistry.get(shape.hostCountry)?.title_ar).toBe('الدولة المضيفة');
    expect(ziyaraRegistry.get(JSON_SCHEMA_SOURCES.Country)?.title_ar).toBe('الدولة');
  });
});
