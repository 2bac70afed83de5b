import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

/** Sentences with numbers, ordinals and part-of-day words that are not clock times. */
const NOT_TIMES: readonly string[] = [
  'افتتحت الدورة السابعة للمؤتمر',
  'حلت البلاد في المرتبة الثالثة عالميا',
  'فاز الفريق 2:1 في المباراة',
  'وقتل 7 أشخاص في الهجوم',
  'وأدى المصلون صلاة الظهر في المسجد الأقصى',
  'وفي الجلسة الحادية عشرة للبرلمان تقرر التصويت',
  'وبلغ عدد الزوار 1140 زائرا',
  'ونشرت الصحيفة الخبر في عددها الصباحي',
  'وسجلت البورصة ارتفاعا بنسبة 3.5 بالمئة',
  'وأقر المجلس المادة 12 من الدستور',
];

describe('numbers and words that are not clock times', () => {
  for (const sentence of NOT_TIMES) {
    it(sentence, () => {
      expect(findTemporal(sentence, { reference: '2026-01-28' }).filter((m) => m.kind === 'time')).toEqual([]);
    });
  }
});
