import { describe, expect, it } from 'vitest';
import { REPORTING_VERB_CODES, REPORTING_VERBS } from '../../src/data/reporting-verbs';
import { normalizeArabic } from '../../src/text/normalize';

describe('the reporting-verb table', () => {
  it('uses every code and lists no past tense twice', () => {
    expect(new Set(REPORTING_VERBS.map((v) => v.code))).toEqual(new Set(REPORTING_VERB_CODES));
    const pasts = REPORTING_VERBS.map((v) => normalizeArabic(v.past));
    expect(new Set(pasts).size).toBe(pasts.length);
  });

  it('never gives one written form two codes', () => {
    const codes = new Map<string, Set<string>>();
    for (const verb of REPORTING_VERBS) {
      for (const form of [verb.past, verb.pastFeminine, verb.present, verb.verbalNoun, verb.participle]) {
        const key = normalizeArabic(form);
        codes.set(key, (codes.get(key) ?? new Set()).add(verb.code));
      }
    }
    expect([...codes].filter(([, set]) => set.size > 1)).toEqual([]);
  });

  it.each([
    ['أكد', 'affirm', 'تأكيد', 'مؤكدا', 'أكدت'],
    ['شدد', 'stress', 'تشديد', 'مشددا', 'شددت'],
    ['أعرب', 'express', 'إعراب', 'معربا', 'أعربت'],
    ['أشار', 'indicate', 'إشارة', 'مشيرا', 'أشارت'],
    ['أوضح', 'clarify', 'توضيح', 'موضحا', 'أوضحت'],
    ['نقل', 'convey', 'نقل', 'ناقلا', 'نقلت'],
    ['قال', 'say', 'قول', 'قائلا', 'قالت'],
    ['صرح', 'state', 'تصريح', 'مصرحا', 'صرحت'],
    ['أعلن', 'announce', 'إعلان', 'معلنا', 'أعلنت'],
    ['لفت', 'note', 'لفت', 'لافتا', 'لفتت'],
    ['نوه', 'note', 'تنويه', 'منوها', 'نوهت'],
    ['دعا', 'call-for', 'دعوة', 'داعيا', 'دعت'],
    ['رحب', 'welcome', 'ترحيب', 'مرحبا', 'رحبت'],
    ['أفاد', 'report', 'إفادة', 'مفيدا', 'أفادت'],
    ['ذكر', 'mention', 'ذكر', 'ذاكرا', 'ذكرت'],
    ['اعتبر', 'consider', 'اعتبار', 'معتبرا', 'اعتبرت'],
    ['رأى', 'consider', 'رأي', 'رائيا', 'رأت'],
    ['جدد', 'renew', 'تجديد', 'مجددا', 'جددت'],
    ['طالب', 'demand', 'مطالبة', 'مطالبا', 'طالبت'],
    ['نفى', 'deny', 'نفي', 'نافيا', 'نفت'],
    ['حذر', 'warn', 'تحذير', 'محذرا', 'حذرت'],
    ['أدان', 'condemn', 'إدانة', 'مدينا', 'أدانت'],
    ['أضاف', 'add', 'إضافة', 'مضيفا', 'أضافت'],
    ['كشف', 'reveal', 'كشف', 'كاشفا', 'كشفت'],
    ['أبلغ', 'inform', 'إبلاغ', 'مبلغا', 'أبلغت'],
    ['أشاد', 'praise', 'إشادة', 'مشيدا', 'أشادت'],
  ])('%s: %s, %s, %s, %s', (past, code, verbalNoun, participle, pastFeminine) => {
    expect(REPORTING_VERBS.find((v) => v.past === past)).toMatchObject({ code, verbalNoun, participle, pastFeminine });
  });

  it('lists introducers longest first', () => {
    for (const verb of REPORTING_VERBS) {
      const lengths = verb.introducers.map((i) => i.length);
      expect(lengths, verb.past).toEqual([...lengths].sort((a, b) => b - a));
    }
  });
});
