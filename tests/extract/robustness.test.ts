import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDelegation, extractStatements, extractStateVisit, findCountries, findOffices } from '../../src/extract';
import { expectEvidenceInInput, readArticle } from './evidence';

const arabicWords = ['وأكد', 'الرئيس', 'السوري', 'أن', 'إلى', 'موسكو', 'وفد', 'ويرافقه', 'وزيري', 'الخارجية', 'والدفاع', '«', '»', '،', '.', 'اليوم', 'زيارة', 'رسمية', 'الثانية', 'له', 'بدوره', 'عمان', 'مالي', '\u0651', '\u200F', '\uD800', '15', 'تشرين الأول'];
const arabicText = fc.array(fc.constantFrom(...arabicWords), { maxLength: 60 }).map((words) => words.join(' '));

describe('bad input', () => {
  it('no exported function throws on arbitrary strings, and every evidence quotes the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), arabicText), (text) => {
        const result = extractStateVisit(text, { reference: '2026-01-28' });
        expectEvidenceInInput(text, result);
        expectEvidenceInInput(text, findCountries(text));
        expectEvidenceInInput(text, findOffices(text));
        expectEvidenceInInput(text, extractStatements(text));
        expectEvidenceInInput(text, extractDelegation(text));
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB article (every example article repeated) is read in one pass, with the visit of its first report', async () => {
    const names = ['demo-article.txt', 'gulf-kuwait-riyadh.txt', 'egypt-cairo.txt', 'morocco-rabat.txt', 'algeria-tunisia.txt', 'iraq-baghdad.txt', 'levant-no-visit.txt'];
    const articles = await Promise.all(names.map(readArticle));
    const block = articles.join('\n');
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = extractStateVisit(text, { reference: '2026-01-22' });
    expect(result.visit?.guestCountry).toBe('JO');
    const perBlock = extractStatements(block).length;
    expect(result.statements.length).toBe(perBlock * Math.ceil(1_000_000 / block.length));
    expect(findCountries(text).length).toBe(findCountries(block).length * Math.ceil(1_000_000 / block.length));
  });

  it('a text with no visit gives visit null with its statements and dates', () => {
    const result = extractStateVisit('وقال وزير الخارجية المغربي إن المملكة ترحب بالحوار، وذلك أمس.', { reference: '2026-05-03' });
    expect(result.visit).toBeNull();
    expect(result.statements).toHaveLength(1);
    expect(result.temporal.map((m) => [m.text, m.value.type === 'date' ? m.value.start : null])).toEqual([['أمس', '2026-05-02']]);
  });

  it('a visit only talked about is no visit; a visitor of the host country is never reported', () => {
    expect(extractStateVisit('قال وزير الخارجية المصري إن زيارة الرئيس إلى واشنطن ستتم الشهر المقبل.', { reference: '2026-01-28' }).visit).toBeNull();
    // «نظيره الأردني» is the Jordanian foreign minister: the visitor, not the Egyptian host.
    const counterpart = extractStateVisit('التقى وزير الخارجية المصري في القاهرة نظيره الأردني الذي يقوم بزيارة رسمية إلى مصر.', { reference: '2026-01-28' });
    expect(counterpart.visit?.visitor.office).toMatchObject({ title: 'نظيره الأردني', code: 'minister', portfolio: 'foreign', country: 'JO' });
    expect([counterpart.visit?.guestCountry, counterpart.visit?.hostCountry]).toEqual(['JO', 'EG']);
    const sameCountry = extractStateVisit('التقى وزير الخارجية المصري في القاهرة وزير الداخلية المصري الذي يقوم بزيارة رسمية إلى مصر.', { reference: '2026-01-28' });
    expect(sameCountry.visit).toBeNull();
    expect(sameCountry.warnings.map((w) => w.code)).toEqual(['visit-incomplete']);
  });

  it('an invalid reference is an options error, not a text error', () => {
    expect(() => extractStateVisit('وصل الرئيس', { reference: '2026-13-45' })).toThrow();
    expect(extractStateVisit('', { reference: '2026-01-28' }).visit).toBeNull();
  });
});
