/**
 * The `ziyara` command: dispatches a parsed command line and returns the exit code.
 * Kept apart from `main.ts` (which only wires the process) so that it reads like a table.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { StateVisitExtraction } from '../extract';
import { findTemporal, TemporalOptionsError, type TemporalMatch } from '../temporal';
import { parseCommandLine, UsageError, type CliOptions, type ParsedCommand } from './args';
import { runBatch } from './batch/run-batch';
import { spawnBatchWorker } from './batch/pool';
import { describeMatches, describeTemporalValue } from './describe';
import { describeExtraction } from './describe-article';
import { fileOperand, textOperand, unreadableFile } from './read-input';
import { prepareTask, runTask, taskOptions, type TaskOptions } from './tasks';
import { USAGE } from './usage';

/** A stream that may be a terminal. */
export type TerminalStream = Writable & { isTTY?: boolean };

/** The process around the command: streams, the worker module and the version. */
export interface CliIO {
  stdin: Readable;
  stdout: TerminalStream;
  stderr: TerminalStream;
  /** The batch worker module (`batch-worker.ts` or the built `.js`). */
  workerUrl: URL;
  version: string;
}

/** Exit codes: 0 ok, 1 something was not read or a batch line failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function wantsJson(options: CliOptions, stdout: TerminalStream): boolean {
  return options.json ?? stdout.isTTY !== true;
}

/** Checks the reading options once, up front, with the library's own validation. */
function checkedOptions(options: CliOptions): TaskOptions {
  const result = taskOptions(options);
  try {
    findTemporal('', result);
  } catch (error) {
    if (error instanceof TemporalOptionsError) throw new UsageError(error.message);
    throw error;
  }
  return result;
}

function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function dates(command: ParsedCommand, io: CliIO): Promise<number> {
  const options = checkedOptions(command.options);
  const text = await textOperand(command.operands, io.stdin);
  const matches = runTask('dates', text, options) as TemporalMatch[];
  write(io.stdout, wantsJson(command.options, io.stdout) ? JSON.stringify(matches) : describeMatches(matches));
  return EXIT.ok;
}

async function duration(command: ParsedCommand, io: CliIO): Promise<number> {
  const options = checkedOptions(command.options);
  const text = await textOperand(command.operands, io.stdin);
  const value = runTask('duration', text, options);
  if (wantsJson(command.options, io.stdout)) write(io.stdout, JSON.stringify(value));
  else if (value === null) write(io.stderr, 'not a duration');
  else write(io.stdout, `${describeTemporalValue(value as never)}\n${JSON.stringify(value, null, 2)}`);
  return value === null ? EXIT.failed : EXIT.ok;
}

async function extract(command: ParsedCommand, io: CliIO): Promise<number> {
  const options = checkedOptions(command.options);
  const text = await fileOperand(command.operands, io.stdin);
  await prepareTask('extract');
  const result = runTask('extract', text, options) as StateVisitExtraction;
  write(io.stdout, wantsJson(command.options, io.stdout) ? JSON.stringify(result) : describeExtraction(result));
  return EXIT.ok;
}

async function batch(command: ParsedCommand, io: CliIO): Promise<number> {
  const options = checkedOptions(command.options);
  if (command.operands.length > 1) throw new UsageError('give one JSON Lines file, or "-" (or nothing) to read standard input');
  const path = command.operands[0];
  let input: Readable = io.stdin;
  let totalBytes: number | undefined;
  if (path !== undefined && path !== '-') {
    try {
      totalBytes = (await stat(path)).size;
    } catch (error) {
      throw unreadableFile(path, error);
    }
    input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  }
  const settings = { task: command.options.task, options };
  const summary = await runBatch({
    input,
    output: io.stdout,
    progressStream: io.stderr,
    ...(totalBytes === undefined ? {} : { totalBytes }),
    jobs: command.options.jobs,
    maxLineBytes: command.options.maxLineBytes,
    spawnWorker: () => spawnBatchWorker(io.workerUrl, settings),
  });
  if (summary.failed > 0) {
    write(io.stderr, `ziyara batch: ${summary.failed} of ${summary.lines} lines failed`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/**
 * Runs one command line.
 *
 * @param argv - the arguments after the program name.
 * @param io - the process's streams, the worker module and the version.
 * @returns the exit code.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // No command at all: the usage, as for a wrong command line.
  if (argv.length === 0) {
    write(io.stderr, USAGE);
    return EXIT.usage;
  }
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        write(io.stdout, USAGE);
        return EXIT.ok;
      case 'version':
        write(io.stdout, io.version);
        return EXIT.ok;
      case 'dates':
        return await dates(command, io);
      case 'duration':
        return await duration(command, io);
      case 'extract':
        return await extract(command, io);
      case 'batch':
        return await batch(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, `ziyara: ${error.message}\nRun "ziyara --help" for usage.`);
      return EXIT.usage;
    }
    write(io.stderr, `ziyara: ${(error as Error).message}`);
    return EXIT.failed;
  }
}
