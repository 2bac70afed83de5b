/**
 * What the CLI can do with one text. Shared by the single commands and the batch worker,
 * so `ziyara dates` and a batch line with `"task": "dates"` give the same answer.
 */
import type { ExtractStateVisitOptions, extractStateVisit } from '../extract';
import { findTemporal, parseDuration } from '../temporal';
import type { TemporalOptions } from '../temporal';

/** The tasks a command or a batch line can ask for. */
export const TASKS = ['dates', 'duration', 'extract'] as const;

/** One task. */
export type Task = (typeof TASKS)[number];

/** The reading options of one text: the temporal options the library takes. */
export type TaskOptions = TemporalOptions;

// The extractor (and zod with it) is loaded only when a text is to be extracted, so that
// `ziyara dates` starts as fast as `ziyara/temporal` loads.
let extractor: typeof extractStateVisit | undefined;

/**
 * Loads what a task needs before {@link runTask} runs it.
 *
 * @param task - the task about to run.
 * @returns when the task can run.
 */
export async function prepareTask(task: Task): Promise<void> {
  if (task === 'extract' && extractor === undefined) extractor = (await import('../extract')).extractStateVisit;
}

/**
 * Runs one task on one text (after {@link prepareTask} for that task).
 *
 * @param task - `dates` (every temporal expression), `duration` (the whole text as a duration),
 *   `extract` (the article as a StateVisit draft).
 * @param text - the text as given.
 * @param options - reference day, time zone, preference, locale.
 * @returns a JSON-serializable result: matches, a duration or `null`, or an extraction.
 * @throws the library's option errors (e.g. `TemporalOptionsError` for a bad reference); an
 *   `Error` when `extract` runs before `prepareTask('extract')` (a programming error).
 */
export function runTask(task: Task, text: string, options: TaskOptions): unknown {
  switch (task) {
    case 'dates':
      return findTemporal(text, options);
    case 'duration':
      return parseDuration(text, options);
    case 'extract':
      if (extractor === undefined) throw new Error('runTask("extract") before prepareTask("extract")');
      return extractor(text, extractOptions(options));
  }
}

/** The extractor reads the reference day and time zone; `prefer`, `locale` and `periodParts` are for dates only. */
function extractOptions(options: TaskOptions): ExtractStateVisitOptions {
  const result: ExtractStateVisitOptions = {};
  if (options.reference !== undefined) result.reference = options.reference;
  if (options.timeZone !== undefined) result.timeZone = options.timeZone;
  return result;
}

/**
 * Copies only the options that were given, so that `undefined` never overrides a default.
 *
 * @param options - CLI or batch-line options.
 * @returns the temporal options.
 */
export function taskOptions(options: {
  reference?: string | Date | undefined;
  timeZone?: string | undefined;
  prefer?: TemporalOptions['prefer'] | undefined;
  locale?: string | undefined;
  periodParts?: TemporalOptions['periodParts'] | undefined;
}): TaskOptions {
  const result: TaskOptions = {};
  if (options.reference !== undefined) result.reference = options.reference;
  if (options.timeZone !== undefined) result.timeZone = options.timeZone;
  if (options.prefer !== undefined) result.prefer = options.prefer;
  if (options.locale !== undefined) result.locale = options.locale;
  if (options.periodParts !== undefined) result.periodParts = options.periodParts;
  return result;
}
