import { describe, expect, it } from 'vitest';
import { segmentText } from '../../playground/highlight';
import { findTemporal, type TemporalMatch } from '../../src/index';

function fakeMatch(text: string, index: number, end: number): TemporalMatch {
  return { kind: 'duration', text: text.slice(index, end), index, end, value: { type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: null } };
}

describe('segmentText (playground highlighting)', () => {
  it('cuts a Gulf-style sentence into plain pieces and the matches findTemporal gives, joining back to the text', () => {
    const text = 'يصل سمو ولي العهد غدا إلى الدوحة في زيارة تستغرق يومين';
    const matches = findTemporal(text, { reference: '2025-11-20' });
    const segments = segmentText(text, matches);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.match)).toEqual(matches);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(matches.map((m) => m.text));
  });

  it('keeps a match at the very start and at the very end', () => {
    const text = 'يومين في الرباط يومين';
    const segments = segmentText(text, [fakeMatch(text, 0, 5), fakeMatch(text, 16, 21)]);
    expect(segments.map((s) => [s.text, s.match !== null])).toEqual([
      ['يومين', true],
      [' في الرباط ', false],
      ['يومين', true],
    ]);
  });

  it('skips a match that overlaps an earlier one or leaves the text, and gives nothing for an empty text', () => {
    const text = 'بعد يومين';
    const segments = segmentText(text, [fakeMatch(text, 0, 9), fakeMatch(text, 4, 9), { ...fakeMatch(text, 4, 9), end: 40 }]);
    expect(segments.map((s) => s.text)).toEqual(['بعد يومين']);
    expect(segmentText('', [])).toEqual([]);
  });
});
