import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';

const reference = '2026-11-30';

function visitOf(text: string) {
  const { visit } = extractStateVisit(text, { reference });
  return visit && [visit.visitor.person?.name.ar, visit.visitor.office?.code, visit.guestCountry, visit.hostCountry, visit.visitType?.type];
}

describe('a visit verb, its subject, then the visit (VSO)', () => {
  it.each([
    ['Algeria, «أجرى … زيارة عمل إلى»', 'أجرى وزير الشؤون الخارجية الجزائري أحمد عطاف يوم الاثنين زيارة عمل إلى تونس.', ['أحمد عطاف', 'minister', 'DZ', 'TN', 'working']],
    ['Maghreb press, «قام … بزيارة إلى»', 'قام الرئيس الفرنسي إيمانويل ماكرون أمس بزيارة إلى الجزائر.', ['إيمانويل ماكرون', 'president', 'FR', 'DZ', 'unspecified']],
    ['Gulf, «تجري … زيارة رسمية»', 'تجري رئيسة وزراء إيطاليا جورجيا ميلوني غدا زيارة رسمية إلى الإمارات.', ['جورجيا ميلوني', 'prime-minister', 'IT', 'AE', 'official']],
  ])('%s', (_, text, expected) => {
    expect(visitOf(text)).toEqual(expected);
  });

  it.each([
    ['a call that mentions a visit', 'أجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي تناولا خلاله زيارة رسمية مرتقبة.'],
    ['talks about someone else\'s visit', 'أجرى وزير الخارجية السعودي مباحثات مع نظيره الأردني حول زيارة الملك المرتقبة.'],
    ['changes to a visit\'s programme', 'تجري الحكومة العراقية تعديلات على جدول زيارة الوفد الإيراني.'],
  ])('no visit by the subject: %s', (_, text) => {
    expect(visitOf(text)).toBeNull();
  });

  it('after «مع … الذي يزور» the visit is the guest\'s, not the subject\'s', () => {
    const text = 'أجرى رئيس الجمهورية عبد المجيد تبون، اليوم بقصر المرادية، محادثات مع الرئيس التونسي قيس سعيد الذي يزور الجزائر في زيارة دولة تدوم يومين.';
    expect(visitOf(text)).toEqual(['قيس سعيد', 'president', 'TN', 'DZ', 'state']);
  });
});
