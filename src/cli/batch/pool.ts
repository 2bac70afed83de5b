/**
 * A fixed pool of worker threads fed from a queue of batches. A worker that dies takes
 * only its own batch down: those lines get error records and a fresh worker takes its place.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchDone, WorkBatch, WorkerSettings } from './protocol';
import { errorRecord } from './record';

/**
 * Starts one worker thread running `workerUrl`. Under `tsx` (the file is `.ts`), the worker
 * first registers tsx's loader: Node 20 workers do not inherit the parent's module hooks.
 *
 * @param workerUrl - the worker module (`batch-worker.ts` in the source, `.js` when built).
 * @param settings - sent as `workerData`.
 * @returns the worker.
 */
export function spawnBatchWorker(workerUrl: URL, settings: WorkerSettings): Worker {
  if (extname(fileURLToPath(workerUrl)) !== '.ts') return new Worker(workerUrl, { workerData: settings });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}

/** Longest run of worker deaths tolerated before the pool gives up. */
const MAX_RESPAWNS = 16;

/** Runs batches on worker threads and reports each answered batch. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, WorkBatch>();
  private readonly queue: WorkBatch[] = [];
  private respawns = 0;
  private fatal: Error | null = null;

  /**
   * @param spawn - starts one worker.
   * @param size - number of workers.
   * @param onDone - called once per batch, with its results.
   */
  constructor(
    private readonly spawn: () => Worker,
    size: number,
    private readonly onDone: (done: BatchDone) => void,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  /** An error that stopped the pool (workers keep dying), or `null`. */
  get failure(): Error | null {
    return this.fatal;
  }

  /**
   * Queues a batch; it runs as soon as a worker is free.
   *
   * @param batch - the lines to answer.
   */
  submit(batch: WorkBatch): void {
    if (this.fatal) {
      this.fail(batch, this.fatal.message);
      return;
    }
    this.queue.push(batch);
    this.dispatch();
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.on('message', (done: BatchDone) => {
      this.busy.delete(worker);
      this.idle.push(worker);
      this.respawns = 0;
      this.onDone(done);
      this.dispatch();
    });
    worker.on('error', (error: Error) => this.replace(worker, error));
    worker.on('exit', (code) => {
      if (this.busy.has(worker)) this.replace(worker, new Error(`worker exited with code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    const batch = this.busy.get(worker);
    this.busy.delete(worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt !== -1) this.idle.splice(idleAt, 1);
    void worker.terminate();
    if (batch) this.fail(batch, error.message);
    if (++this.respawns > MAX_RESPAWNS) {
      this.fatal = new Error(`batch workers keep failing: ${error.message}`);
      for (const queued of this.queue.splice(0)) this.fail(queued, this.fatal.message);
      return;
    }
    this.idle.push(this.start());
    this.dispatch();
  }

  /** Answers every line of a batch with a `worker-failed` record. */
  private fail(batch: WorkBatch, message: string): void {
    this.onDone({
      batchId: batch.batchId,
      results: batch.items.map((item) => ({ seq: item.seq, output: JSON.stringify(errorRecord(item.line, null, 'worker-failed', message)), failed: true })),
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const batch = this.queue.shift()!;
      this.busy.set(worker, batch);
      worker.postMessage(batch);
    }
  }
}
