import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract/index';

describe('a time after a title is not a name', () => {
  it('«ويلتقي الرئيس الفرنسي الساعة 10:30 مساء» gives the host an office and no person', () => {
    const text = 'وصل الرئيس اللبناني اليوم إلى باريس في زيارة رسمية تستمر يومين، ويلتقي الرئيس الفرنسي الساعة 10:30 مساء.';
    const { visit } = extractStateVisit(text, { reference: '2026-01-28' });
    expect(visit?.host?.office?.title).toBe('الرئيس الفرنسي');
    expect(visit?.host?.office?.country).toBe('FR');
    expect(visit?.host?.person).toBeUndefined();
  });

  it('«يستقبل الملك المغربي الليلة» keeps الليلة out of the name', () => {
    const text = 'يحل رئيس الوزراء الإسباني ضيفا على الرباط في زيارة عمل، ويستقبله الملك المغربي الليلة في القصر الملكي.';
    const { visit } = extractStateVisit(text, { reference: '2026-03-02' });
    expect(JSON.stringify(visit?.host ?? {})).not.toContain('الليلة');
  });
});
