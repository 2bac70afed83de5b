import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../src/cli/batch/lines';

async function collect(chunks: (string | Buffer)[], maxLineBytes = 1024): Promise<InputLine[]> {
  async function* source(): AsyncGenerator<string | Buffer> {
    yield* chunks;
  }
  const lines: InputLine[] = [];
  for await (const line of readLines(source(), maxLineBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits on line feeds across chunk boundaries and numbers lines from 1', async () => {
    const lines = await collect(['{"id":1,"te', 'xt":"أمس"}\n{"id"', ':2}\n']);
    expect(lines.map((l) => [l.number, l.text])).toEqual([
      [1, '{"id":1,"text":"أمس"}'],
      [2, '{"id":2}'],
    ]);
  });

  it('keeps a multi-byte Arabic letter split between two chunks intact', async () => {
    const bytes = Buffer.from('غدا\nبعد غد\n', 'utf8');
    const lines = await collect([bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)]);
    expect(lines.map((l) => l.text)).toEqual(['غدا', 'بعد غد']);
  });

  it('strips a carriage return, a byte-order mark on line 1, and reads a last line without a line feed', async () => {
    const lines = await collect(['\uFEFFأول\r\n', 'ثان\r\n', 'ثالث']);
    expect(lines.map((l) => l.text)).toEqual(['أول', 'ثان', 'ثالث']);
    expect(lines[2]!.number).toBe(3);
  });

  it('counts bytes per line including the line feed', async () => {
    const lines = await collect(['اليوم\nab']);
    expect(lines.map((l) => l.bytes)).toEqual([Buffer.byteLength('اليوم\n'), 2]);
  });

  it('reports a line over the limit as text null without keeping it, and goes on', async () => {
    const long = 'x'.repeat(50);
    const lines = await collect(['short\n', long.slice(0, 20), long.slice(20), '\nnext\n'], 30);
    expect(lines.map((l) => [l.number, l.text])).toEqual([
      [1, 'short'],
      [2, null],
      [3, 'next'],
    ]);
    expect(lines[1]!.bytes).toBe(51);
  });

  it('keeps empty lines (the runner decides to skip them) and yields nothing for empty input', async () => {
    expect((await collect(['a\n\nb\n'])).map((l) => l.text)).toEqual(['a', '', 'b']);
    expect(await collect([])).toEqual([]);
  });
});
