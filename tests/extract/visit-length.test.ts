/**
 * The length of a visit written after the visit phrase with a verb of lasting («في زيارة رسمية
 * تستمر ثلاثة أيام»، «زيارة تدوم يومين»، «لمدة»، «على مدى»): `visit.period.duration`, validated by
 * the StateVisit schema and kept through JSON. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';
import { StateVisit } from '../../src/schemas';

const reference = '2026-11-30';

describe('visit.period.duration', () => {
  it('«في زيارة رسمية تستمر ثلاثة أيام» (Egypt → Gulf) is P3D, with the match in temporal', () => {
    const text = 'وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض اليوم في زيارة رسمية تستمر ثلاثة أيام.';
    const { visit, temporal } = extractStateVisit(text, { reference });
    expect(visit?.period.arrival?.start).toBe('2026-11-30');
    expect(visit?.period.duration).toEqual({ type: 'duration', iso: 'P3D', parts: { days: 3 }, qualifier: null });
    const match = temporal.find((m) => m.kind === 'duration');
    expect([match?.text, match?.index, match?.end]).toEqual(['ثلاثة أيام', 74, 84]);
    expect(text.slice(74, 84)).toBe('ثلاثة أيام');
    expect(visit?.period.departure).toBeUndefined();
  });

  it('«في زيارة تدوم يومين» (Gulf) and «زيارة عمل لمدة أسبوع» (Maghreb)', () => {
    const gulf = extractStateVisit('وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى مسقط اليوم في زيارة تدوم يومين.', { reference }).visit;
    expect(gulf?.period.duration?.iso).toBe('P2D');
    const maghreb = extractStateVisit('حل وزير الخارجية المغربي ناصر بوريطة أمس بنواكشوط في زيارة عمل لمدة أسبوع.', { reference }).visit;
    expect(maghreb?.period.duration?.iso).toBe('P1W');
    expect(maghreb?.period.arrival?.start).toBe('2026-11-29');
  });

  it('«على مدى يومين» after the visit phrase and a destination (Levant)', () => {
    const visit = extractStateVisit('يبدأ الرئيس اللبناني جوزاف عون غدا زيارة رسمية إلى دمشق على مدى يومين.', { reference }).visit;
    expect(visit?.period.duration?.iso).toBe('P2D');
  });

  it('the visit named again: «في ختام الزيارة التي تستمر يومين» (Gulf)', () => {
    const text = 'وصل ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح إلى الدوحة اليوم في زيارة رسمية. ويصدر الجانبان بيانا مشتركا في ختام الزيارة التي تستمر يومين.';
    const visit = extractStateVisit(text, { reference }).visit;
    expect(visit?.period.duration?.iso).toBe('P2D');
  });

  it('a duration that is not the visit\'s length is not read as one (Iraq)', () => {
    const text = 'وصل رئيس الوزراء العراقي محمد شياع السوداني إلى عمان اليوم في زيارة رسمية، ووقع البلدان اتفاقية لمدة خمس سنوات.';
    const visit = extractStateVisit(text, { reference }).visit;
    expect(visit?.period.arrival?.start).toBe('2026-11-30');
    expect(visit?.period.duration).toBeUndefined();
  });

  it('the visit with its duration passes the StateVisit schema after a JSON round trip', () => {
    const { visit } = extractStateVisit('وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض اليوم في زيارة رسمية تستمر ثلاثة أيام.', { reference });
    const parsed = StateVisit.safeParse(JSON.parse(JSON.stringify(visit)));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.period.duration?.iso).toBe('P3D');
  });
});
