import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import { parseDuration } from '../../src/temporal/parse-duration';
import type { TemporalMatch } from '../../src/temporal/types';

const REF = { reference: '2026-01-28' };

/** What a user checks of a duration match: its text, its offsets, its ISO form and its qualifier. */
function durationOf(match: TemporalMatch): [string, number, number, string, string | null] {
  if (match.value.type !== 'duration') throw new Error(`not a duration: ${match.text}`);
  return [match.text, match.index, match.end, match.value.iso, match.value.qualifier];
}

function durations(text: string): [string, number, number, string, string | null][] {
  return findTemporal(text, REF)
    .filter((m) => m.kind === 'duration')
    .map(durationOf);
}

describe('a vague amount is at least three of its unit (an Arabic plural counts three or more)', () => {
  it.each([
    // Egypt
    ['ويبقى الوفد المصري في الخرطوم بضعة أيام لاستكمال المباحثات', 'بضعة أيام', 30, 39, 'P3D'],
    // Levant
    ['استمرت المفاوضات بين الجانبين عدة أشهر قبل توقيع الاتفاق', 'عدة أشهر', 30, 38, 'P3M'],
    // Gulf: the glued «ل» stays out of the span
    ['وتوقفت الملاحة في المضيق لبضع ساعات صباح اليوم', 'بضع ساعات', 26, 35, 'PT3H'],
    // Maghreb
    ['وغاب الملف عن طاولة الحوار سنوات عديدة', 'سنوات عديدة', 27, 38, 'P3Y'],
    // Iraq
    ['ويزور وزير الخارجية العراقي طهران لأيام قليلة', 'أيام قليلة', 35, 45, 'P3D'],
    ['وأمهلت اللجنة الطرفين بضعة أسابيع للرد', 'بضعة أسابيع', 22, 33, 'P3W'],
    ['وظل السفير في منصبه عدة سنوات', 'عدة سنوات', 20, 29, 'P3Y'],
    ['وانتظر الصحفيون دقائق معدودة قبل المؤتمر', 'دقائق معدودة', 16, 28, 'PT3M'],
  ])('%s', (text, matched, index, end, iso) => {
    expect(durations(text)).toEqual([[matched, index, end, iso, 'at-least']]);
  });

  it('«بضعة عشر» is a vague number of teens: at least thirteen', () => {
    expect(durations('واستمر الحصار بضعة عشر شهرا')).toEqual([['بضعة عشر شهرا', 14, 27, 'P13M', 'at-least']]);
    expect(durations('وبقي الأسرى في المعتقل بضعة عشر يوما')).toEqual([['بضعة عشر يوما', 23, 36, 'P13D', 'at-least']]);
  });

  it('takes an including introducer into the span («على مدى»)', () => {
    expect(durations('وتعاون البلدان على مدى سنوات عديدة في مجال الطاقة')).toEqual([['على مدى سنوات عديدة', 15, 34, 'P3Y', 'at-least']]);
  });

  it('leaves a bounding word out: it would bound an amount the text did not give', () => {
    expect(durations('ويتوقع أن يصدر القرار خلال بضعة أيام')).toEqual([['بضعة أيام', 27, 36, 'P3D', 'at-least']]);
  });

  it('never joins a sum: «عام وعدة أشهر» reads the vague part only', () => {
    expect(durations('قضى الوزير في المنفى عاما وعدة أشهر')).toEqual([['عدة أشهر', 27, 35, 'P3M', 'at-least']]);
  });

  it('parseDuration reads a whole vague amount', () => {
    expect(parseDuration('بضعة أيام')).toEqual({ type: 'duration', iso: 'P3D', parts: { days: 3 }, qualifier: 'at-least' });
    expect(parseDuration('لمدة عدة أشهر')).toEqual({ type: 'duration', iso: 'P3M', parts: { months: 3 }, qualifier: 'at-least' });
    expect(parseDuration('سنين عديدة')).toEqual({ type: 'duration', iso: 'P3Y', parts: { years: 3 }, qualifier: 'at-least' });
  });
});

describe('«قبل/بعد» with a vague amount is a vague date, never a precise day', () => {
  it.each([
    ['وكان الوزير قد زار الرباط قبل عدة أشهر', 'قبل عدة أشهر', 26, 'month', 'past'],
    ['ويعود الوفد إلى بيروت بعد بضعة أيام', 'بعد بضعة أيام', 22, 'day', 'future'],
    ['وأعلنت الوزارة منذ بضع سنوات خطة للإصلاح', 'منذ بضع سنوات', 15, 'year', 'past'],
    ['وتبدأ المرحلة الثانية بعد أسابيع قليلة', 'بعد أسابيع قليلة', 22, 'week', 'future'],
  ])('%s', (text, matched, index, precision, vagueSide) => {
    const matches = findTemporal(text, REF);
    expect(matches.map((m) => [m.text, m.index, m.end])).toEqual([[matched, index, index + matched.length]]);
    expect(matches[0]!.value).toEqual({ type: 'date', calendar: 'gregory', precision, known: {}, implied: {}, vague: true, vagueSide });
  });

  it('parseDate agrees', () => {
    expect(parseDate('قبل بضعة أيام', REF)).toEqual({ type: 'date', calendar: 'gregory', precision: 'day', known: {}, implied: {}, vague: true, vagueSide: 'past' });
  });
});

describe('the same words in other roles give no duration', () => {
  it.each([
    'وزار الوزير عدة دول عربية خلال جولته', // «عدة» before a noun that is no unit
    'وعقد الجانبان عدة اجتماعات مغلقة',
    'وشارك بضعة آلاف في التظاهرة',
    'وصادرت الشرطة عدة الصيد من القارب',
    'وقال إن المفاوضات استمرت أياما طويلة',
    'وكانت الخسائر قليلة هذا الموسم',
  ])('%s', (text) => {
    expect(durations(text)).toEqual([]);
  });

  it('a definite plural with «القليلة» stays the vague period it was', () => {
    const [match] = findTemporal('تراجعت الأسعار في الأيام القليلة الماضية', REF);
    expect([match!.text, match!.kind]).toEqual(['الأيام القليلة الماضية', 'date']);
  });
});

describe('a few hours ago or ahead is a vague day', () => {
  it.each([
    ['Levant', 'أعلن الجيش قبل ساعات سيطرته على المعبر', 'قبل ساعات', 'past'],
    ['Gulf', 'ويتوقع صدور القرار خلال الساعات القليلة المقبلة.', 'الساعات القليلة المقبلة', 'future'],
    ['Iraq', 'انطلقت العملية منذ ساعات في الأنبار', 'منذ ساعات', 'past'],
    ['Egypt, «الساعات الماضية» without a count', 'تراجعت حدة الاشتباكات خلال الساعات الماضية.', 'الساعات الماضية', 'past'],
    ['Maghreb, «الساعات المقبلة»', 'ينتظر أن يصدر البلاغ خلال الساعات المقبلة.', 'الساعات المقبلة', 'future'],
  ])('%s', (_, sentence, text, vagueSide) => {
    const matches = findTemporal(sentence, REF);
    expect(matches.map((m) => [m.kind, m.text, m.index])).toEqual([['date', text, sentence.indexOf(text)]]);
    expect(matches[0]?.value).toEqual({ type: 'date', calendar: 'gregory', precision: 'day', known: {}, implied: {}, vague: true, vagueSide });
  });
});
