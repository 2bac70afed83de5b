import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';
import { readSeedArticle } from '../../conformance/load';
import { findTemporal } from '../../src/temporal/index';
import { JSON_SCHEMA_NAMES, StateVisit, toJSONSchema, type JsonSchemaName } from '../../src/schemas/index';
import { JSON_SCHEMA_SOURCES } from '../../src/schemas/json-schema';
import { clone, day, gulfVisit } from './fixtures';
import { seedVisit } from './seed-visit';

/** An independent validator: ajv, draft 2020-12, strict, with ziyara's metadata keywords declared. */
function compile(name: JsonSchemaName) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true, uri: true } });
  ajv.addVocabulary(['title_ar', 'title_en', 'description_ar', 'description_en']);
  return ajv.compile(toJSONSchema(name));
}

describe('toJSONSchema', () => {
  it.each(JSON_SCHEMA_NAMES)('%s compiles under ajv strict mode and carries bilingual titles', (name) => {
    const schema = toJSONSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.title_ar).toBe('string');
    expect(typeof schema.title).toBe('string');
    expect(() => compile(name)).not.toThrow();
  });

  it('puts the schema at the root and shared parts in $defs', () => {
    const schema = toJSONSchema('StateVisit');
    expect(schema.title).toBe('State visit');
    expect(schema.title_ar).toBe('زيارة رسمية أو زيارة دولة');
    expect(schema.required).toEqual(['visitor', 'guestCountry', 'hostCountry', 'visitType']);
    expect(Object.keys(schema.$defs ?? {})).toEqual(expect.arrayContaining(['Person', 'Office', 'DateValue', 'Delegation', 'Evidence', 'Country']));
  });

  it.each(JSON_SCHEMA_NAMES)('every property of %s, in the root and in $defs, carries all four texts', (name) => {
    const schema = toJSONSchema(name);
    const objects = [schema, ...Object.values(schema.$defs ?? {})];
    const missing: string[] = [];
    for (const object of objects) {
      for (const [key, property] of Object.entries((object as { properties?: Record<string, Record<string, unknown>> }).properties ?? {})) {
        for (const text of ['title_ar', 'title_en', 'description_ar', 'description_en', 'title', 'description']) {
          if (typeof property[text] !== 'string') missing.push(`${key}.${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('throws a named error for an unknown schema name', () => {
    expect(() => toJSONSchema('Visit' as JsonSchemaName)).toThrow(/Unknown schema name "Visit": expected one of StateVisit, /);
  });
});

describe('the JSON Schema and zod agree', () => {
  const validate = compile('StateVisit');

  const valid: [string, unknown][] = [
    ['the Gulf fixture', gulfVisit()],
    ['the Gulf fixture after parsing (defaults filled)', JSON.parse(JSON.stringify(StateVisit.parse(gulfVisit())))],
    ['a minimal visit', { visitor: { office: { title: 'الرئيس', code: 'president' } }, guestCountry: 'EG', hostCountry: 'IQ', visitType: { type: 'working' } }],
  ];
  const article = readSeedArticle();
  if (article) valid.push(['the seed visit', seedVisit(article)]);

  it.each(valid)('both accept %s', (_label, document) => {
    expect(StateVisit.safeParse(document).success).toBe(true);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  const breakers: [string, (visit: ReturnType<typeof gulfVisit>) => void][] = [
    ['a lower-case country code', (v) => void (v.hostCountry = 'ma')],
    ['a non-country region code', (v) => void (v.guestCountry = 'EU')],
    ['an unknown visit type', (v) => void ((v.visitType as { type: string }).type = 'state-visit')],
    ['an impossible date', (v) => void (v.period = { arrival: { ...day('2025-12-03'), start: '2025-02-29' } })],
    ['a date in another format', (v) => void (v.period = { arrival: { ...day('2025-12-03'), start: '03/12/2025' } })],
    ['a negative offset', (v) => void (v.places![0]!.evidence = { text: '', index: -1, end: -1 })],
    ['a fractional offset', (v) => void (v.places![0]!.evidence = { text: 'ا', index: 0.5, end: 1.5 })],
    ['a missing visitor', (v) => void delete (v as Partial<typeof v>).visitor],
    ['an unknown office code', (v) => void ((v.visitor.office as { code: string }).code = 'pharaoh')],
    ['an unknown reporting verb code', (v) => void ((v.statements![0]!.verb as { code: string }).code = 'whisper')],
    ['a bad ISO duration', (v) => void (v.period = { duration: { type: 'duration', iso: '2 days', parts: { days: 2 }, qualifier: null } })],
    ['a Wikidata id without Q', (v) => void (v.host = { person: { name: { ar: 'محمد السادس' }, wikidata: '57553' } })],
    ['an ordinal of zero', (v) => void (v.ordinal = { value: 0 })],
    ['an ftp source URL', (v) => void (v.sources = [{ outlet: 'سانا', url: 'ftp://sana.sy/' }])],
    ['a wrong PLOVER event', (v) => void (v.eventCodes = { plover: { event: 'MEET' as 'CONSULT', mode: 'visit' } })],
  ];

  it.each(breakers)('both reject %s', (_label, breakIt) => {
    const document = clone(gulfVisit());
    breakIt(document);
    expect(StateVisit.safeParse(document).success).toBe(false);
    expect(validate(document)).toBe(false);
  });

  it('cross-field rules are zod-only (JSON Schema cannot compare two fields)', () => {
    const document = { ...gulfVisit(), period: { arrival: day('2025-12-03'), departure: day('2025-12-01') } };
    expect(StateVisit.safeParse(document).success).toBe(false);
    expect(validate(document)).toBe(true);
  });

  it.skipIf(!article)('ajv accepts every TemporalMatch findTemporal reads in the seed article', () => {
    const validateMatch = compile('TemporalMatch');
    const matches = findTemporal(article ?? '', { reference: '2026-01-28' });
    expect(matches.length).toBeGreaterThan(5);
    for (const match of matches) expect(validateMatch(JSON.parse(JSON.stringify(match))), match.text).toBe(true);
  });

  it('every top-level schema validates what zod produces for it', () => {
    const samples: Partial<Record<JsonSchemaName, unknown>> = {
      DateValue: day('2026-01-28'),
      DurationValue: { type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: 'within' },
      TimeValue: { type: 'time', hour: 22, minute: 30, partOfDay: 'evening' },
      RangeValue: { type: 'range', from: day('2025-10-12'), to: day('2025-10-15') },
      TemporalMatch: { kind: 'date', text: 'أمس', index: 10, end: 13, value: day('2026-01-27') },
      Country: 'SY',
      Evidence: { text: 'أمس', index: 10, end: 13 },
      Place: { name: { ar: 'بغداد' }, kind: 'capital', country: 'IQ' },
    };
    for (const [name, sample] of Object.entries(samples) as [JsonSchemaName, unknown][]) {
      const parsed = JSON_SCHEMA_SOURCES[name].parse(sample);
      expect(compile(name)(JSON.parse(JSON.stringify(parsed))), name).toBe(true);
    }
  });
});
