/**
 * Worker thread of `ziyara batch` (built as its own entry next to the CLI): answers each
 * batch of lines it is sent, in order, with one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processLine } from './batch/process-line';
import type { BatchDone, WorkBatch, WorkerSettings } from './batch/protocol';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('batch-worker.ts runs only as a worker thread of `ziyara batch`');
port.on('message', async (batch: WorkBatch) => {
  const done: BatchDone = { batchId: batch.batchId, results: [] };
  for (const item of batch.items) done.results.push(await processLine(item, settings));
  port.postMessage(done);
});
