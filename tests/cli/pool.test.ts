import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/batch/pool';
import type { BatchDone, WorkBatch } from '../../src/cli/batch/protocol';

// A tiny worker in plain JavaScript: echoes each line upper-cased, and dies on a line "crash".
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  if (batch.items.some((item) => item.raw === 'crash')) process.exit(3);
  parentPort.postMessage({ batchId: batch.batchId, results: batch.items.map((item) => ({ seq: item.seq, output: item.raw.toUpperCase(), failed: false })) });
});
`;

function batch(batchId: number, lines: string[], firstSeq: number): WorkBatch {
  return { batchId, items: lines.map((raw, i) => ({ seq: firstSeq + i, line: firstSeq + i + 1, raw })) };
}

function runPool(size: number, batches: WorkBatch[]): Promise<BatchDone[]> {
  const expected = batches.length;
  return new Promise((resolve) => {
    const done: BatchDone[] = [];
    const pool = new WorkerPool(() => new Worker(ECHO_WORKER, { eval: true }), size, (answer) => {
      done.push(answer);
      if (done.length === expected) void pool.close().then(() => resolve(done));
    });
    for (const b of batches) pool.submit(b);
  });
}

describe('WorkerPool', () => {
  it('answers every batch once, whichever worker takes it', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => batch(i, [`a${i}`, `b${i}`], i * 2));
    const done = await runPool(3, batches);
    expect(done.map((d) => d.batchId).sort((a, b) => a - b)).toEqual(batches.map((b) => b.batchId));
    const outputs = done.flatMap((d) => d.results).sort((a, b) => a.seq - b.seq).map((r) => r.output);
    expect(outputs).toEqual(batches.flatMap((b) => b.items.map((item) => item.raw.toUpperCase())));
  });

  it('answers the lines of a batch whose worker died with worker-failed records, and goes on with a new worker', async () => {
    const done = await runPool(1, [batch(0, ['x'], 0), batch(1, ['crash', 'y'], 1), batch(2, ['z'], 3)]);
    const bySeq = done.flatMap((d) => d.results).sort((a, b) => a.seq - b.seq);
    expect(bySeq.map((r) => [r.seq, r.failed])).toEqual([
      [0, false],
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(JSON.parse(bySeq[1]!.output)).toEqual({ line: 2, id: null, error: { code: 'worker-failed', message: 'worker exited with code 3' } });
    expect(bySeq[3]!.output).toBe('Z');
  });
});
