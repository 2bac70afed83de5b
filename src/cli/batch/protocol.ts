/**
 * Messages between `ziyara batch` and its worker threads. Lines travel in small batches
 * to keep message overhead low; each worker answers a batch with one message.
 */
import type { Task, TaskOptions } from '../tasks';

/** What every worker knows from the start (sent as `workerData`). */
export interface WorkerSettings {
  /** Task of a line that names none. */
  task: Task;
  /** Options of a line that gives none (its `reference` overrides this one). */
  options: TaskOptions;
}

/** One input line sent to a worker: its place in the output and its raw text. */
export interface WorkItem {
  /** Position in the output (lines are written in this order). */
  seq: number;
  /** 1-based line number in the input. */
  line: number;
  /** The line's text, parsed in the worker so that JSON parsing also runs in parallel. */
  raw: string;
}

/** A batch of lines for one worker. */
export interface WorkBatch {
  batchId: number;
  items: WorkItem[];
}

/** One answered line: the JSON text of its output record. */
export interface WorkResult {
  seq: number;
  /** The output record, serialized (one line of JSON). */
  output: string;
  failed: boolean;
}

/** A worker's answer to one batch. */
export interface BatchDone {
  batchId: number;
  results: WorkResult[];
}
