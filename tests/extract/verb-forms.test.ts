import { describe, expect, it } from 'vitest';
import { readVerbForm } from '../../src/extract/verb-forms';
import { normalizeArabic } from '../../src/text';

const read = (word: string) => {
  const result = readVerbForm(normalizeArabic(word));
  return result ? result.forms.map((f) => `${f.verb.code}:${f.kind}:${f.gender ?? '-'}:${f.number}`) : null;
};

describe('reporting-verb forms generated from the table', () => {
  it('conjugates sound verbs in every person, gender and number the news uses', () => {
    expect(read('أكد')).toEqual(['affirm:finite:male:singular']);
    expect(read('أكدت')).toEqual(['affirm:finite:female:singular']);
    expect(read('أكدوا')).toEqual(['affirm:finite:male:plural']);
    expect(read('أكدا')).toEqual(['affirm:finite:male:dual']);
    expect(read('أكدتا')).toEqual(['affirm:finite:female:dual']);
    expect(read('يؤكدون')).toEqual(['affirm:finite:male:plural']);
    expect(read('تؤكد')).toEqual(['affirm:finite:female:singular']);
  });

  it('conjugates weak verbs by rule (دعا، نفى، رأى) and hollow ones (أشار)', () => {
    expect(read('دعت')).toEqual(['call-for:finite:female:singular']);
    // دعوا is both the plural and the dual; one reading is kept per verb and kind.
    expect(read('دعوا')).toEqual(['call-for:finite:male:plural']);
    expect(read('نفت')).toEqual(['deny:finite:female:singular']);
    expect(read('نفوا')).toEqual(['deny:finite:male:plural']);
    expect(read('نفيا')).toEqual(['deny:finite:male:dual']);
    expect(read('رأت')).toEqual(['consider:finite:female:singular']);
    expect(read('رأوا')).toEqual(['consider:finite:male:plural']);
    expect(read('أشارت')).toEqual(['indicate:finite:female:singular']);
    expect(read('أشاروا')).toEqual(['indicate:finite:male:plural']);
  });

  it('reads participles, verbal nouns with a pronoun, and the definite verbal noun of passives', () => {
    expect(read('مؤكدًا')).toEqual(['affirm:participle:male:singular']);
    expect(read('مؤكدةً')).toEqual(['affirm:participle:female:singular']);
    expect(read('مشيرين')).toEqual(['indicate:participle:male:plural']);
    expect(read('تأكيده')).toEqual(['affirm:verbal-noun:male:singular']);
    expect(read('إشارتها')).toEqual(['indicate:verbal-noun:female:singular']);
    expect(read('الإشارة')).toEqual(['indicate:verbal-noun-definite:-:singular']);
  });

  it('reads a joined و or ف and nothing else', () => {
    expect(readVerbForm(normalizeArabic('وأكد'))?.clitic).toBe('و');
    expect(readVerbForm(normalizeArabic('فقال'))?.clitic).toBe('ف');
    expect(read('بأكد')).toBeNull();
    expect(read('سيارة')).toBeNull();
  });
});
