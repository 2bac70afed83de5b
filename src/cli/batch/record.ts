/**
 * The JSON Lines contract of `ziyara batch`: what one input line may hold and what one
 * output line says about it.
 */
import { TASKS, type Task } from '../tasks';

/** One input line, once read: `{ "id", "text", "reference"?, "task"? }`. */
export interface BatchRequest {
  id: string | number | null;
  text: string;
  reference?: string;
  task?: Task;
}

/** Why a line failed. */
export type BatchErrorCode = 'invalid-json' | 'invalid-line' | 'line-too-long' | 'invalid-option' | 'task-failed' | 'worker-failed';

/** One output line for a line that failed. */
export interface BatchErrorRecord {
  line: number;
  id: string | number | null;
  error: { code: BatchErrorCode; message: string };
}

/** One output line for a line that was read. */
export interface BatchResultRecord {
  line: number;
  id: string | number | null;
  task: Task;
  result: unknown;
}

/** What reading one line gives: a request, or the error record to write instead. */
export type ReadLineResult = { ok: true; request: BatchRequest } | { ok: false; record: BatchErrorRecord };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds the error record of a line.
 *
 * @param line - 1-based line number.
 * @param id - the line's id when it could be read.
 * @param code - why it failed.
 * @param message - what was wrong, naming the value.
 * @returns the record.
 */
export function errorRecord(line: number, id: string | number | null, code: BatchErrorCode, message: string): BatchErrorRecord {
  return { line, id, error: { code, message } };
}

/**
 * Reads one JSON Lines line. Unknown keys are ignored; `id` may be a string, a number or absent.
 *
 * @param raw - the line's text.
 * @param line - its 1-based number, for the error record.
 * @returns the request, or the error record saying what is wrong with the line.
 */
export function readBatchLine(raw: string, line: number): ReadLineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, record: errorRecord(line, null, 'invalid-json', (error as Error).message) };
  }
  if (!isPlainObject(parsed)) return { ok: false, record: errorRecord(line, null, 'invalid-line', 'a line must be a JSON object { "id", "text", "reference"?, "task"? }') };
  const rawId = parsed.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (rawId !== undefined && rawId !== null && id === null) return { ok: false, record: errorRecord(line, null, 'invalid-line', '"id" must be a string or a number') };
  if (typeof parsed.text !== 'string') return { ok: false, record: errorRecord(line, id, 'invalid-line', '"text" must be a string') };
  const request: BatchRequest = { id, text: parsed.text };
  if (parsed.reference !== undefined && parsed.reference !== null) {
    if (typeof parsed.reference !== 'string') return { ok: false, record: errorRecord(line, id, 'invalid-line', '"reference" must be a "YYYY-MM-DD" string') };
    request.reference = parsed.reference;
  }
  if (parsed.task !== undefined && parsed.task !== null) {
    const task = parsed.task;
    if (typeof task !== 'string' || !(TASKS as readonly string[]).includes(task)) {
      return { ok: false, record: errorRecord(line, id, 'invalid-line', `"task" ${JSON.stringify(task)} must be one of: ${TASKS.join(', ')}`) };
    }
    request.task = task as Task;
  }
  return { ok: true, request };
}
