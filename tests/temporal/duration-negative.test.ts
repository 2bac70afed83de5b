import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const reference = '2026-01-28';
const AGO_LATER = /^(?:قبل|منذ|بعد) /;

/** Sentences where a unit word is not a length of time: no duration (nor ago/later date) may be read. */
const NOT_DURATIONS: readonly string[] = [
  'وأكد الأمين العام للجامعة العربية دعم المبادرة',
  'وبشكل عام، رحبت الأطراف بالاتفاق',
  'وقال مدير عام الشركة إن الأرباح ارتفعت',
  'وحدد الجيش ساعة الصفر للهجوم',
  'وصلت الطائرة في ساعة متأخرة من الليل',
  'قدم الوزير معلومات دقيقة عن الصفقة',
  'وفي مرة ثانية رفض الوفد الحضور',
  'وعقد الرئيسان اجتماعا مغلقا في القصر',
  'ووقع الطرفان عقد توريد الغاز',
  'وشارك في احتفالات يوم الاستقلال',
  'وأعلنت الحكومة أن عام 2026 سيكون عام الإصلاح',
  'ويبدأ شهر رمضان بعد أيام',
  'وقال إن المفاوضات استمرت أياما طويلة',
  'وكانت تلك أسابيع صعبة على السكان',
  'ويحتفل المسلمون بعيد الفطر كل سنة',
  'وتحدث عن قرن الماعز في الحكاية الشعبية',
  'وطالب بإعادة النظر في عقد الإيجار',
  'ويصادف يوم الخميس ذكرى التأسيس',
  'وتعمل غرفة العمليات على مدار الساعة',
];

describe('words that look like durations but are not', () => {
  for (const sentence of NOT_DURATIONS) {
    it(sentence, () => {
      // No duration, and no «قبل/منذ/بعد + duration» date.
      const found = findTemporal(sentence, { reference }).filter((m) => m.kind === 'duration' || (m.value.type === 'date' && m.value.relative !== undefined && !m.value.vague && AGO_LATER.test(m.text)));
      expect(found).toEqual([]);
    });
  }

  it('leaves a date with «يوم» to the date parser: the longest reading wins', () => {
    const matches = findTemporal('وصل الوفد يوم الخميس 15 أكتوبر 2025', { reference });
    expect(matches.every((m) => m.kind !== 'duration')).toBe(true);
  });
});
