import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OrderedWriter } from '../../src/cli/batch/ordered-writer';

function sink(highWaterMark: number): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      setImmediate(callback);
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

describe('OrderedWriter', () => {
  it('writes lines in the order of their positions whatever order they arrive in', async () => {
    const { stream, lines } = sink(1024);
    let written = 0;
    const writer = new OrderedWriter(stream, () => written++);
    writer.put(2, 'c');
    writer.put(0, 'a');
    await writer.settled();
    expect(lines()).toEqual(['a']);
    expect(writer.buffered).toBe(1);
    writer.put(3, 'd');
    writer.put(1, 'b');
    await writer.settled();
    await new Promise((resolve) => stream.end(resolve));
    expect(lines()).toEqual(['a', 'b', 'c', 'd']);
    expect(written).toBe(4);
    expect(writer.buffered).toBe(0);
  });

  it('waits for drain when the stream is full and still writes everything in order', async () => {
    const { stream, lines } = sink(4);
    const writer = new OrderedWriter(stream, () => {});
    const order = Array.from({ length: 200 }, (_, i) => i).reverse();
    for (const i of order) writer.put(i, `line-${i}`);
    await writer.settled();
    await new Promise((resolve) => stream.end(resolve));
    expect(lines()).toEqual(Array.from({ length: 200 }, (_, i) => `line-${i}`));
  });
});
