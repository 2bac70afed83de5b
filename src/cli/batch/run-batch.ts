/**
 * `ziyara batch`: JSON Lines in, one record per line out, in input order, answered by a pool
 * of worker threads. Memory stays flat: the input is read only as fast as results are
 * written, and the lines in flight are capped in count and in bytes.
 */
import type { Readable, Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { readLines } from './lines';
import { OrderedWriter } from './ordered-writer';
import { WorkerPool } from './pool';
import { ProgressBar, type ProgressStream } from './progress';
import type { BatchDone, WorkItem } from './protocol';
import { errorRecord } from './record';

/** How a batch run is wired. */
export interface BatchRun {
  input: Readable;
  output: Writable;
  /** Standard error: the progress bar is drawn there when it is a terminal. */
  progressStream: ProgressStream;
  /** Input size in bytes, when known, for the progress percentage. */
  totalBytes?: number;
  jobs: number;
  maxLineBytes: number;
  /** Starts one worker. */
  spawnWorker: () => Worker;
}

/** What a finished run reports. */
export interface BatchSummary {
  /** Records written (one per non-blank input line). */
  lines: number;
  /** Records that are errors. */
  failed: number;
}

/** Lines sent to a worker in one message. */
const LINES_PER_BATCH = 32;
/** Bytes sent to a worker in one message (a batch closes early on long lines). */
const BYTES_PER_BATCH = 256 * 1024;
/** Bytes of input in flight (sent or waiting to be written) before reading pauses. */
const MAX_BYTES_IN_FLIGHT = 32 * 1024 * 1024;

/**
 * Runs a batch to the end of the input.
 *
 * @param run - streams, pool size and limits.
 * @returns how many records were written and how many were errors.
 * @throws when the output stream fails (e.g. a closed pipe) or the workers keep dying.
 */
export async function runBatch(run: BatchRun): Promise<BatchSummary> {
  const maxLinesInFlight = run.jobs * LINES_PER_BATCH * 4;
  const progress = new ProgressBar(run.progressStream, run.totalBytes);
  let linesInFlight = 0;
  let bytesInFlight = 0;
  const bytesBySeq = new Map<number, number>();
  let failed = 0;
  let written = 0;
  let wakeReader: (() => void) | null = null;
  let outputError: Error | null = null;
  const wake = (): void => {
    const resolve = wakeReader;
    wakeReader = null;
    resolve?.();
  };
  /** Waits until a line is written (or the output fails). */
  const lineWritten = async (): Promise<void> => {
    if (outputError) throw outputError;
    await new Promise<void>((resolve) => {
      wakeReader = resolve;
    });
    if (outputError) throw outputError;
  };
  const onOutputError = (error: Error): void => {
    outputError = error;
    wake();
  };
  run.output.on('error', onOutputError);

  const writer = new OrderedWriter(run.output, () => {
    written++;
    linesInFlight--;
    wake();
  });
  const accept = (seq: number, output: string, isFailure: boolean): void => {
    bytesInFlight -= bytesBySeq.get(seq) ?? 0;
    bytesBySeq.delete(seq);
    if (isFailure) failed++;
    progress.advance({ done: 1, failed: isFailure ? 1 : 0 });
    writer.put(seq, output);
  };
  const pool = new WorkerPool(run.spawnWorker, run.jobs, (done: BatchDone) => {
    for (const result of done.results) accept(result.seq, result.output, result.failed);
  });

  let seq = 0;
  let batchId = 0;
  let batch: WorkItem[] = [];
  let batchBytes = 0;
  const sendBatch = (): void => {
    if (batch.length === 0) return;
    pool.submit({ batchId: batchId++, items: batch });
    batch = [];
    batchBytes = 0;
  };

  try {
    for await (const line of readLines(run.input, run.maxLineBytes)) {
      progress.advance({ bytesRead: line.bytes });
      if (line.text !== null && line.text.trim() === '') continue;
      const at = seq++;
      linesInFlight++;
      if (line.text === null) {
        accept(at, JSON.stringify(errorRecord(line.number, null, 'line-too-long', `line ${line.number} is longer than ${run.maxLineBytes} bytes (--max-line-bytes)`)), true);
      } else {
        bytesBySeq.set(at, line.bytes);
        bytesInFlight += line.bytes;
        batch.push({ seq: at, line: line.number, raw: line.text });
        batchBytes += line.bytes;
        if (batch.length >= LINES_PER_BATCH || batchBytes >= BYTES_PER_BATCH) sendBatch();
      }
      while (linesInFlight >= maxLinesInFlight || bytesInFlight >= MAX_BYTES_IN_FLIGHT) {
        sendBatch();
        await lineWritten();
      }
    }
    sendBatch();
    while (linesInFlight > 0) await lineWritten();
    await writer.settled();
  } finally {
    run.output.off('error', onOutputError);
    progress.finish();
    await pool.close();
  }
  if (pool.failure) throw pool.failure;
  return { lines: written, failed };
}
