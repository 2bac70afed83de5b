/**
 * Command-line arguments of the `ziyara` command, read with `node:util`'s `parseArgs`.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { buildRegex } from '../text/regex';
import { TASKS, type Task } from './tasks';

/** The sub-commands `ziyara` understands. */
export const COMMANDS = ['dates', 'duration', 'extract', 'batch', 'help', 'version'] as const;

/** One sub-command. */
export type Command = (typeof COMMANDS)[number];

/** Which reading to choose for a year or month the text left out. */
export type Preference = 'past' | 'future' | 'nearest';

const PREFERENCES: readonly Preference[] = ['past', 'future', 'nearest'];

/** How a start or an end of a period narrows it: thirds (default) or halves. */
export type PeriodParts = 'thirds' | 'halves';

const PERIOD_PARTS: readonly PeriodParts[] = ['thirds', 'halves'];

/** Options shared by the sub-commands, already checked. */
export interface CliOptions {
  /** `YYYY-MM-DD` as given, or a `Date` when a date-time was given. */
  reference?: string | Date;
  timeZone?: string;
  prefer?: Preference;
  locale?: string;
  /** How «مطلع/أواخر» narrow a period: `thirds` (default) or `halves`. */
  periodParts?: PeriodParts;
  /** `true`/`false` when asked for; `undefined` means "JSON when stdout is not a terminal". */
  json?: boolean;
  /** Worker threads for `batch`. */
  jobs: number;
  /** Default task of a `batch` line without its own `task`. */
  task: Task;
  /** Lines longer than this (in UTF-8 bytes) are answered with an error record, never buffered. */
  maxLineBytes: number;
}

/** A parsed command line. */
export interface ParsedCommand {
  command: Command;
  /** Positional arguments after the command. */
  operands: string[];
  options: CliOptions;
}

/** A command line that cannot be run; the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const ISO_DAY = buildRegex('cli/iso-day', '^\\d{4}-\\d{2}-\\d{2}$');
const ISO_DATE_TIME = buildRegex('cli/iso-date-time', '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?$');
const POSITIVE_INTEGER = buildRegex('cli/positive-integer', '^[1-9]\\d{0,9}$');

/** Default size of the worker pool: every core the process may use. */
export const DEFAULT_JOBS = availableParallelism();

/** Default longest batch line: 8 MiB, far above any news article. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

/**
 * The reference as written: the library reads a date-time with its offset in `--time-zone`, and
 * one without an offset as that day, whatever the machine's zone; it also refuses a day that does
 * not exist (2026-02-30), which `new Date` would roll over into March.
 */
function readReference(value: string): string {
  if (ISO_DAY.test(value) || ISO_DATE_TIME.test(value)) return value;
  throw new UsageError(`--reference "${value}" is not a day (YYYY-MM-DD) or an ISO date-time (2026-01-28T09:30:00+03:00)`);
}

function readPositiveInteger(flag: string, value: string, max: number): number {
  const n = POSITIVE_INTEGER.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n > max) throw new UsageError(`${flag} "${value}" must be a whole number from 1 to ${max}`);
  return n;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Reads `argv` (without `node` and the script path).
 *
 * @param argv - e.g. `['dates', 'زار موسكو أمس', '--reference', '2026-01-28']`.
 * @returns the command, its operands and checked options.
 * @throws UsageError for an unknown command or option, or an option value out of range.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        reference: { type: 'string', short: 'r' },
        'time-zone': { type: 'string', short: 'z' },
        prefer: { type: 'string' },
        locale: { type: 'string', short: 'l' },
        'period-parts': { type: 'string' },
        json: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        task: { type: 'string', short: 't' },
        'max-line-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    jobs: values.jobs === undefined ? DEFAULT_JOBS : readPositiveInteger('--jobs', values.jobs, 256),
    task: 'extract',
    maxLineBytes: values['max-line-bytes'] === undefined ? DEFAULT_MAX_LINE_BYTES : readPositiveInteger('--max-line-bytes', values['max-line-bytes'], 1024 * 1024 * 1024),
  };
  if (values.reference !== undefined) options.reference = readReference(values.reference);
  if (values['time-zone'] !== undefined) options.timeZone = values['time-zone'];
  if (values.locale !== undefined) options.locale = values.locale;
  if (values.json !== undefined) options.json = values.json;
  if (values.prefer !== undefined) {
    if (!isOneOf(PREFERENCES, values.prefer)) throw new UsageError(`--prefer "${values.prefer}" must be one of: ${PREFERENCES.join(', ')}`);
    options.prefer = values.prefer;
  }
  if (values['period-parts'] !== undefined) {
    const parts = values['period-parts'];
    if (!isOneOf(PERIOD_PARTS, parts)) throw new UsageError(`--period-parts "${parts}" must be one of: ${PERIOD_PARTS.join(', ')}`);
    options.periodParts = parts;
  }
  if (values.task !== undefined) {
    if (!isOneOf(TASKS, values.task)) throw new UsageError(`--task "${values.task}" must be one of: ${TASKS.join(', ')}`);
    options.task = values.task;
  }
  if (values.help) return { command: 'help', operands: positionals, options };
  if (values.version) return { command: 'version', operands: [], options };
  const [first, ...operands] = positionals;
  if (first === undefined) return { command: 'help', operands: [], options };
  if (!isOneOf(COMMANDS, first)) throw new UsageError(`unknown command "${first}"; commands: ${COMMANDS.join(', ')}`);
  return { command: first, operands, options };
}
