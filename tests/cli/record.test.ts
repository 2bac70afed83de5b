import { describe, expect, it } from 'vitest';
import { readBatchLine } from '../../src/cli/batch/record';

describe('readBatchLine', () => {
  it('reads id, text, reference and task', () => {
    expect(readBatchLine('{"id":"sy-1","text":"وصل الوفد أمس","reference":"2026-01-28","task":"dates"}', 1)).toEqual({
      ok: true,
      request: { id: 'sy-1', text: 'وصل الوفد أمس', reference: '2026-01-28', task: 'dates' },
    });
  });

  it('accepts a numeric id, a missing id and ignores unknown keys', () => {
    expect(readBatchLine('{"id":7,"text":"غدا","source":"sana"}', 3)).toEqual({ ok: true, request: { id: 7, text: 'غدا' } });
    expect(readBatchLine('{"text":"غدا"}', 4)).toEqual({ ok: true, request: { id: null, text: 'غدا' } });
  });

  it('answers malformed JSON with an invalid-json record carrying the line number', () => {
    const result = readBatchLine('{"id":1,"text":', 12);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.record.line).toBe(12);
      expect(result.record.id).toBeNull();
      expect(result.record.error.code).toBe('invalid-json');
    }
  });

  it.each([
    ['[1,2]', null, 'a line must be a JSON object { "id", "text", "reference"?, "task"? }'],
    ['"نص"', null, 'a line must be a JSON object { "id", "text", "reference"?, "task"? }'],
    ['{"id":{"x":1},"text":"a"}', null, '"id" must be a string or a number'],
    ['{"id":"a"}', 'a', '"text" must be a string'],
    ['{"id":"a","text":5}', 'a', '"text" must be a string'],
    ['{"id":"a","text":"t","reference":20260128}', 'a', '"reference" must be a "YYYY-MM-DD" string'],
    ['{"id":"a","text":"t","task":"translate"}', 'a', '"task" "translate" must be one of: dates, duration, extract'],
  ])('rejects %s as invalid-line naming the problem', (raw, id, message) => {
    const result = readBatchLine(raw, 2);
    expect(result).toEqual({ ok: false, record: { line: 2, id, error: { code: 'invalid-line', message } } });
  });

  it('does not let a __proto__ key change the request prototype', () => {
    const result = readBatchLine('{"id":1,"text":"اليوم","__proto__":{"polluted":true}}', 1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.getPrototypeOf(result.request)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
