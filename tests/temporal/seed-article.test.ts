import { describe, expect, it } from 'vitest';
import { MISSING_MESSAGE, readSeedArticle } from '../../conformance/load';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, DurationValue, TemporalMatch } from '../../src/temporal/types';

const article = readSeedArticle();

/** The match whose text contains `core` (DESIGN.md's worked example lists the expression, not the span). */
function covering(matches: TemporalMatch[], core: string, from = 0): TemporalMatch {
  const at = (article as string).indexOf(core, from);
  const match = matches.find((m) => m.index <= at && m.end >= at + core.length);
  if (at < 0 || !match) throw new Error(`«${core}» not found`);
  return match;
}

describe.skipIf(!article)(`seed article (reference 2026-01-28)${article ? '' : `: ${MISSING_MESSAGE}`}`, () => {
  const matches = article ? findTemporal(article, { reference: '2026-01-28' }) : [];

  it('every match is the text it claims, in order, without overlaps', () => {
    for (const [i, m] of matches.entries()) {
      expect(article?.slice(m.index, m.end)).toBe(m.text);
      if (i > 0) expect(m.index).toBeGreaterThanOrEqual((matches[i - 1] as TemporalMatch).end);
    }
  });

  it('«اليوم» is the reference day, each of the three times', () => {
    const today = matches.filter((m) => m.text === 'اليوم');
    expect(today).toHaveLength(3);
    for (const m of today) expect([(m.value as DateValue).start, (m.value as DateValue).end]).toEqual(['2026-01-28', '2026-01-28']);
  });

  it('«15 تشرين الأول الماضي» is 2025-10-15, the year implied', () => {
    const m = covering(matches, '15 تشرين الأول الماضي');
    const value = m.value as DateValue;
    expect(m.text).toBe('15 تشرين الأول الماضي');
    expect([value.start, value.end, value.known, value.implied]).toEqual(['2025-10-15', '2025-10-15', { day: 15, month: 10 }, { year: 2025 }]);
  });

  it('«خلال العام الماضي» is the year 2025', () => {
    const value = covering(matches, 'العام الماضي').value as DateValue;
    expect([value.precision, value.start, value.end]).toEqual(['year', '2025-01-01', '2025-12-31']);
  });

  it('the durations: «ثلاثة أشهر ونصف» P3.5M, «أقل من 4 أشهر» P4M less-than, «يومين فقط» P2D only', () => {
    expect((covering(matches, 'ثلاثة أشهر ونصف').value as DurationValue).iso).toBe('P3.5M');
    const lessThan = covering(matches, 'أقل من 4 أشهر').value as DurationValue;
    expect([lessThan.iso, lessThan.qualifier]).toEqual(['P4M', 'less-than']);
    const only = covering(matches, 'يومين فقط').value as DurationValue;
    expect([only.iso, only.qualifier]).toEqual(['P2D', 'only']);
  });

  it('finds nothing else', () => {
    const expected = ['اليوم', 'العام الماضي', 'اليوم', 'ثلاثة أشهر ونصف', 'يومين فقط', 'اليوم', '15 تشرين الأول الماضي', 'أقل من 4 أشهر'];
    expect(matches).toHaveLength(expected.length);
    expected.forEach((core, i) => expect(matches[i]?.text).toContain(core));
  });
});
