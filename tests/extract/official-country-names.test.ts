import { describe, expect, it } from 'vitest';
import { extractStateVisit, findCountries } from '../../src/extract';

describe('official long names of countries', () => {
  it('«جمهورية القمر المتحدة» is the Comoros', () => {
    expect(findCountries('وصل رئيس جمهورية القمر المتحدة إلى البلاد').map((m) => [m.code, m.evidence.text])).toEqual([['KM', 'جمهورية القمر المتحدة']]);
  });

  it('a visit by a head of state named by the official long name has its guest country (Gulf wire style)', () => {
    const article = 'الكويت - كونا: وصل رئيس جمهورية القمر المتحدة غزالي عثماني إلى البلاد مساء اليوم في زيارة رسمية تستغرق ثلاثة أيام.';
    const { visit } = extractStateVisit(article, { reference: '2026-11-30' });
    expect([visit?.guestCountry, visit?.visitor.person?.name.ar, visit?.visitor.office?.code]).toEqual(['KM', 'غزالي عثماني', 'president']);
  });
});
