import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSchemaIssues, OfficialStatement, StateVisit, TemporalMatch, validateSchema } from '../../src/schemas/index';
import { gulfVisit } from './fixtures';

const settings = { numRuns: 300, seed: 20260128 };

describe('any input is answered, never thrown at', () => {
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of [StateVisit, OfficialStatement, TemporalMatch]) {
          const result = schema.safeParse(value);
          if (!result.success) {
            for (const language of ['ar', 'en'] as const) {
              for (const issue of formatSchemaIssues(result.error, { language, input: value })) {
                expect(typeof issue.message).toBe('string');
                expect(issue.message.length).toBeGreaterThan(0);
              }
            }
          }
        }
      }),
      settings,
    );
  });

  it('a valid visit with random strings in its free-text fields stays valid and keeps them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (text) => {
        const visit = { ...gulfVisit(), agenda: [`${text}x`], expectedOutcomes: [text.trim() === '' ? 'x' : text] };
        const result = validateSchema(StateVisit, visit, { language: 'ar' });
        expect(result.success).toBe(true);
        expect(result.data?.agenda).toEqual([`${text}x`.trim()]);
      }),
      settings,
    );
  });

  it('random mutations of a valid visit either parse or report paths that exist in the input shape', () => {
    const keys = Object.keys(gulfVisit());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = validateSchema(StateVisit, { ...gulfVisit(), [key]: value });
        if (!result.success) for (const issue of result.issues) expect(issue.path.startsWith(key)).toBe(true);
      }),
      settings,
    );
  });
});
