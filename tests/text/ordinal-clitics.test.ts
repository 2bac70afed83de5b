import { describe, expect, it } from 'vitest';
import { findArabicOrdinals } from '../../src/text/index';
import { findTemporal } from '../../src/temporal/index';

describe('an ordinal after a preposition joined to its article', () => {
  it.each([
    // ل + الثالث is written «للثالث»: the lam and the article are one written unit, kept in the span.
    ['الموافق للثالث من الشهر', 'للثالث', 3],
    ['وللخامس عشر مرة', 'للخامس عشر', 15],
    ['تمهيدا للحادي والعشرين', 'للحادي والعشرين', 21],
    // «ب» stays outside the span, as «و» does.
    ['احتفل بالعاشر من محرم', 'العاشر', 10],
  ])('%s', (text, span, value) => {
    expect(findArabicOrdinals(text)).toEqual([{ text: span, index: text.indexOf(span), end: text.indexOf(span) + span.length, value }]);
  });

  it('«لل» before a word that is no ordinal reads nothing', () => {
    expect(findArabicOrdinals('للعالم وللناس')).toEqual([]);
  });
});

describe('dates with such an ordinal day', () => {
  // Reference: Monday 30 November 2026.
  it.each([
    ['Gulf, «الموافق لل…» after a weekday', 'يلتقي القادة يوم الخميس الموافق للثالث من ديسمبر.', 'الخميس الموافق للثالث من ديسمبر', '2026-12-03'],
    ['Levant, «الموافق لل…» with a year', 'صدر المرسوم الموافق للحادي والعشرين من أيلول 2025.', 'للحادي والعشرين من أيلول 2025', '2025-09-21'],
    ['Egypt, «ب» before the ordinal', 'احتفلت السفارة بالخامس من يوليو 2026.', 'الخامس من يوليو 2026', '2026-07-05'],
  ])('%s', (_, text, span, iso) => {
    const [match] = findTemporal(text, { reference: '2026-11-30' });
    expect([match?.text, match?.index, match?.value.type === 'date' ? match.value.start : null]).toEqual([span, text.indexOf(span), iso]);
  });
});
