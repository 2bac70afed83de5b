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
  it('settles only once the stream has processed every line, not when it has buffered them', async () => {
    const processed: string[] = [];
    // Each chunk is taken 2 ms after it is handed over, so lines wait in the stream's own buffer.
    const slow = new Writable({
      highWaterMark: 1 << 20,
      write(chunk: Buffer, _encoding, callback) {
        setTimeout(() => {
          processed.push(chunk.toString().trimEnd());
          callback();
        }, 2);
      },
    });
    const writer = new OrderedWriter(slow, () => undefined);
    for (let i = 0; i < 20; i++) writer.put(i, `line ${i}`);
    await writer.settled();
    expect(processed).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`));
  });

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
