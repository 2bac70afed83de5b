/**
 * Review findings: `null` options are no options, and the extractor's unions are the schemas'.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { extractDelegation, extractStateVisit, extractStatements } from '../../src/extract';
import type { VisitTypeCode as TableVisitTypeCode } from '../../src/data/visit-words';
import type { AttributionCode, CertaintyCode } from '../../src/data/attribution-phrases';
import type { StatementAttribution as ExtractorAttribution, StatementCertainty as ExtractorCertainty } from '../../src/extract/types';
import type { StatementAttribution, StatementCertainty, VisitTypeCode } from '../../src/schemas';

describe('null options are read as no options', () => {
  const text = 'وصل رئيس الوزراء الأردني جعفر حسان إلى بغداد اليوم في زيارة رسمية، يرافقه وفد يضم وزيري الخارجية والطاقة. وقال حسان إن الزيارة تعزز التعاون.';

  it('extractStatements, extractDelegation and extractStateVisit with options: null', () => {
    expect(extractStatements(text, null).map((s) => s.content.text)).toEqual(['الزيارة تعزز التعاون']);
    expect(extractDelegation(text, null)?.members.map((m) => m.office?.portfolio ?? m.role)).toEqual(['head', 'foreign', 'energy']);
    const result = extractStateVisit(text, null);
    expect(result.visit?.visitor.person?.name.ar).toBe('جعفر حسان');
    expect(result.visit?.hostCountry).toBe('IQ');
  });
});

describe('the extractor\'s unions are the schemas\'', () => {
  it('attribution, certainty and visit type', () => {
    expectTypeOf<ExtractorAttribution>().toEqualTypeOf<StatementAttribution>();
    expectTypeOf<ExtractorCertainty>().toEqualTypeOf<StatementCertainty>();
    expectTypeOf<AttributionCode>().toEqualTypeOf<StatementAttribution>();
    expectTypeOf<CertaintyCode>().toEqualTypeOf<StatementCertainty>();
    expectTypeOf<TableVisitTypeCode>().toEqualTypeOf<VisitTypeCode>();
  });
});
