import { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch/run-batch';

// Answers each line with its text reversed, after a random short delay, so batches finish out of order.
const SHUFFLING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  setTimeout(() => parentPort.postMessage({
    batchId: batch.batchId,
    results: batch.items.map((item) => ({ seq: item.seq, output: item.raw.split('').reverse().join(''), failed: item.raw.startsWith('bad') })),
  }), Math.floor(Math.random() * 5));
});
`;

describe('runBatch', () => {
  it('writes in input order, reads only a bounded window ahead of a slow output, and counts failures', async () => {
    const total = 4000;
    const jobs = 2;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const input = Readable.from(
      (function* lines() {
        for (let i = 0; i < total; i++) {
          produced++;
          yield `${i % 500 === 0 ? 'bad' : 'ok'}-${i}\n`;
        }
      })(),
    );
    const seen: string[] = [];
    const output = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, callback) {
        seen.push(chunk.toString().trimEnd());
        written++;
        maxAhead = Math.max(maxAhead, produced - written);
        setImmediate(callback);
      },
    });
    const summary = await runBatch({
      input,
      output,
      progressStream: { isTTY: false, write: () => true },
      jobs,
      maxLineBytes: 1024,
      spawnWorker: () => new Worker(SHUFFLING_WORKER, { eval: true }),
    });
    expect(summary).toEqual({ lines: total, failed: total / 500 });
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `${i % 500 === 0 ? 'bad' : 'ok'}-${i}`.split('').reverse().join('')));
    // In flight: at most 4 batches of 32 lines per worker, plus what the streams buffer (16 chunks in, 64 bytes out).
    expect(maxAhead).toBeLessThanOrEqual(jobs * 32 * 4 + 16 + 64);
  });
});
