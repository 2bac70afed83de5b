import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Country, formatSchemaIssues, schemaErrorMap, StateVisit, validateSchema } from '../../src/schemas/index';
import { day, gulfVisit } from './fixtures';

describe('formatSchemaIssues', () => {
  it('words a rule in Arabic with a rooted path', () => {
    const visit = { ...gulfVisit(), period: { arrival: day('2025-12-03'), departure: day('2025-12-01') } };
    const result = StateVisit.safeParse(visit);
    if (result.success) throw new Error('expected a failure');
    expect(formatSchemaIssues(result.error, { language: 'ar', root: 'visit' })).toEqual([
      {
        path: 'visit.period.departure',
        code: 'departure-before-arrival',
        message: 'يجب ألا يسبق تاريخ المغادرة (2025-12-01) تاريخ الوصول (2025-12-03)',
      },
    ]);
  });

  it("re-words zod's own issues with zod's Arabic locale, without changing the global config", () => {
    const result = StateVisit.safeParse({ ...gulfVisit(), visitType: { type: 'visit' } });
    if (result.success) throw new Error('expected a failure');
    const [arabic] = formatSchemaIssues(result.error, { language: 'ar' });
    expect(arabic?.path).toBe('visitType.type');
    expect(arabic?.message).toBe(
      'اختيار غير مقبول: يتوقع انتقاء أحد هذه الخيارات: "state"|"official"|"official-working"|"working"|"private"|"transit"|"unspecified"',
    );
    // the English default is untouched: a plain parse still speaks English
    expect(result.error.issues[0]?.message).toMatch(/^Invalid option/);
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });

  it('names the received type when given the input, and only the expected type otherwise', () => {
    const input = { ...gulfVisit(), visitor: 7 };
    const result = StateVisit.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    expect(formatSchemaIssues(result.error, { language: 'ar', input })[0]?.message).toBe(
      'مدخلات غير مقبولة: يفترض إدخال object، ولكن تم إدخال number',
    );
    expect(formatSchemaIssues(result.error, { language: 'ar' })[0]?.message).toBe('مدخلات غير مقبولة: يفترض إدخال object');
    const missing = StateVisit.safeParse({ guestCountry: 'SY' });
    if (missing.success) throw new Error('expected a failure');
    const issues = formatSchemaIssues(missing.error, { language: 'en' });
    expect(issues.map((i) => i.path)).toEqual(['visitor', 'hostCountry', 'visitType']);
    expect(issues[0]?.message).toBe('Invalid input: expected object');
  });

  it('summarizes the 249 country codes instead of listing them', () => {
    const result = validateSchema(Country, 'سوريا', { language: 'en' });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      { path: '', code: 'invalid_value', message: 'Invalid option: expected one of 249 options such as AD|AE|AF|AG|AI' },
    ]);
  });
});

describe('validateSchema', () => {
  it('returns the parsed data on success', () => {
    const result = validateSchema(StateVisit, gulfVisit(), { language: 'ar' });
    expect(result.success).toBe(true);
    expect(result.success && result.data.places[0]?.name.en).toBe('Rabat');
  });

  it('applies the Arabic locale to this call only', () => {
    const result = validateSchema(StateVisit, { ...gulfVisit(), visitor: 'الشرع' }, { language: 'ar', root: 'visit' });
    expect(result.issues).toEqual([
      { path: 'visit.visitor', code: 'invalid_type', message: 'مدخلات غير مقبولة: يفترض إدخال object، ولكن تم إدخال string' },
    ]);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('مدخلات غير مقبولة: يفترض إدخال object، ولكن تم إدخال string');
    expect(StateVisit.safeParse({ ...gulfVisit(), visitor: 'الشرع' }).error?.issues[0]?.message).toBe(
      'Invalid input: expected object, received string',
    );
  });

  it('never throws on hostile input', () => {
    for (const input of [undefined, null, 0, '', '\uD800', [], new Date(0), { visitor: { person: { name: { ar: 'x'.repeat(100_000) } } } }]) {
      expect(validateSchema(StateVisit, input).success).toBe(false);
    }
  });

  it('exposes an error map usable per call', () => {
    const message = z.enum(['a', 'b']).safeParse('c', { error: schemaErrorMap('ar') }).error?.issues[0]?.message;
    expect(message).toBe('اختيار غير مقبول: يتوقع انتقاء أحد هذه الخيارات: "a"|"b"');
  });
});
