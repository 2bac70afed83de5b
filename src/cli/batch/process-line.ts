/**
 * Answers one batch line: read it, run its task, serialize the record. Never throws:
 * every failure becomes an error record so that the run goes on.
 */
import { prepareTask, runTask, taskOptions } from '../tasks';
import type { WorkItem, WorkResult, WorkerSettings } from './protocol';
import { errorRecord, readBatchLine, type BatchResultRecord } from './record';

/** The error class name the temporal layer uses for options it cannot read. */
const OPTIONS_ERROR_NAME = 'TemporalOptionsError';

/**
 * Processes one line.
 *
 * @param item - the line and its place in the output.
 * @param settings - the run's default task and options.
 * @returns the serialized record and whether the line failed.
 */
export async function processLine(item: WorkItem, settings: WorkerSettings): Promise<WorkResult> {
  const read = readBatchLine(item.raw, item.line);
  if (!read.ok) return { seq: item.seq, output: JSON.stringify(read.record), failed: true };
  const { request } = read;
  const task = request.task ?? settings.task;
  try {
    await prepareTask(task);
    const options = taskOptions({ ...settings.options, reference: request.reference ?? settings.options.reference });
    const record: BatchResultRecord = { line: item.line, id: request.id, task, result: runTask(task, request.text, options) };
    return { seq: item.seq, output: JSON.stringify(record), failed: false };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const code = failure.name === OPTIONS_ERROR_NAME ? 'invalid-option' : 'task-failed';
    return { seq: item.seq, output: JSON.stringify(errorRecord(item.line, request.id, code, failure.message)), failed: true };
  }
}
